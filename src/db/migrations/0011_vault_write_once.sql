-- The vault is write-once. A blob may change only once, from unsealed to
-- sealed; a sealed blob, its chunks and the case files pointing at it are
-- deleted only inside a transaction that set vigie.vault_erase = 'on'
-- (src/vault/blob-store.ts eraseBlobs: legal erasure and retention only).
-- Unsealed blobs (an upload cut short) may be deleted to sweep them.
CREATE FUNCTION "vault_erasing"() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('vigie.vault_erase', true), '') = 'on'
$$;--> statement-breakpoint
CREATE FUNCTION "vault_blobs_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF OLD.sealed = false AND NEW.id = OLD.id AND NEW.kind = OLD.kind AND NEW.key_id = OLD.key_id
       AND NEW.wrapped_key = OLD.wrapped_key AND NEW.chunk_size = OLD.chunk_size AND NEW.created_at = OLD.created_at THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'vault blobs are write-once: UPDATE refused' USING ERRCODE = '42501';
  END IF;
  IF OLD.sealed = false OR "vault_erasing"() THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'vault blobs are deleted only by an erasure: DELETE refused' USING ERRCODE = '42501';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "vault_blobs_write_once" BEFORE UPDATE OR DELETE ON "vault_blobs" FOR EACH ROW EXECUTE FUNCTION "vault_blobs_guard"();--> statement-breakpoint
CREATE FUNCTION "vault_chunks_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF EXISTS (SELECT 1 FROM "vault_blobs" b WHERE b.id = NEW.blob_id AND b.sealed) THEN
      RAISE EXCEPTION 'vault blob % is sealed: INSERT refused', NEW.blob_id USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'vault chunks are write-once: UPDATE refused' USING ERRCODE = '42501';
  END IF;
  IF "vault_erasing"() OR NOT EXISTS (SELECT 1 FROM "vault_blobs" b WHERE b.id = OLD.blob_id AND b.sealed) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'vault chunks are deleted only by an erasure: DELETE refused' USING ERRCODE = '42501';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "vault_chunks_write_once" BEFORE INSERT OR UPDATE OR DELETE ON "vault_chunks" FOR EACH ROW EXECUTE FUNCTION "vault_chunks_guard"();--> statement-breakpoint
CREATE FUNCTION "case_files_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND "vault_erasing"() THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'case files are write-once: % refused', TG_OP USING ERRCODE = '42501';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "case_files_write_once" BEFORE UPDATE OR DELETE ON "case_files" FOR EACH ROW EXECUTE FUNCTION "case_files_guard"();--> statement-breakpoint
CREATE FUNCTION "vault_no_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is write-once: TRUNCATE refused', TG_TABLE_NAME USING ERRCODE = '42501';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "vault_blobs_no_truncate" BEFORE TRUNCATE ON "vault_blobs" FOR EACH STATEMENT EXECUTE FUNCTION "vault_no_truncate"();--> statement-breakpoint
CREATE TRIGGER "vault_chunks_no_truncate" BEFORE TRUNCATE ON "vault_chunks" FOR EACH STATEMENT EXECUTE FUNCTION "vault_no_truncate"();--> statement-breakpoint
CREATE TRIGGER "case_files_no_truncate" BEFORE TRUNCATE ON "case_files" FOR EACH STATEMENT EXECUTE FUNCTION "vault_no_truncate"();--> statement-breakpoint
-- The nightly purge asks "is this post referenced?" of each table that keeps a post id:
-- these indexes make each question one index probe instead of a scan.
CREATE INDEX IF NOT EXISTS "retention_wave_posts_post_idx" ON "wave_posts" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "retention_watch_matches_post_idx" ON "watch_matches" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "retention_flags_post_idx" ON "flags" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "retention_evidence_snapshots_post_idx" ON "evidence_snapshots" USING btree ("post_id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "retention_intake_items_post_idx" ON "intake_items" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "retention_captures_post_idx" ON "captures" USING btree ("post_id");
