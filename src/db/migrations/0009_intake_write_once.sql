-- Captures are evidence: write-once, like evidence snapshots.
CREATE FUNCTION "captures_write_once"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'captures are write-once: % refused', TG_OP USING ERRCODE = '42501';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "captures_no_change" BEFORE UPDATE OR DELETE ON "captures" FOR EACH ROW EXECUTE FUNCTION "captures_write_once"();--> statement-breakpoint
CREATE TRIGGER "captures_no_truncate" BEFORE TRUNCATE ON "captures" FOR EACH STATEMENT EXECUTE FUNCTION "captures_write_once"();
