CREATE TABLE "evidence_snapshots" (
	"flag_id" integer PRIMARY KEY NOT NULL,
	"post_id" bigint NOT NULL,
	"canonical_json" text NOT NULL,
	"sha256" text NOT NULL,
	"captured_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flags" (
	"id" serial PRIMARY KEY NOT NULL,
	"post_id" bigint NOT NULL,
	"category" text NOT NULL,
	"note" text,
	"status" text NOT NULL,
	"target_is_minor" boolean DEFAULT false NOT NULL,
	"flagged_by" integer NOT NULL,
	"flagged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_by" integer,
	"claimed_at" timestamp with time zone,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "takedowns" (
	"id" serial PRIMARY KEY NOT NULL,
	"flag_id" integer NOT NULL,
	"post_id" bigint NOT NULL,
	"platform" text NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"answer" text,
	"external_ref" text,
	"last_error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"requested_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evidence_snapshots" ADD CONSTRAINT "evidence_snapshots_flag_id_flags_id_fk" FOREIGN KEY ("flag_id") REFERENCES "public"."flags"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_flagged_by_users_id_fk" FOREIGN KEY ("flagged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "takedowns" ADD CONSTRAINT "takedowns_flag_id_flags_id_fk" FOREIGN KEY ("flag_id") REFERENCES "public"."flags"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "flags_open_post_key" ON "flags" USING btree ("post_id") WHERE status in ('pending', 'claimed', 'confirmed');--> statement-breakpoint
CREATE INDEX "flags_status_idx" ON "flags" USING btree ("status","id");--> statement-breakpoint
CREATE UNIQUE INDEX "takedowns_flag_channel_key" ON "takedowns" USING btree ("flag_id","channel");--> statement-breakpoint
CREATE INDEX "takedowns_status_idx" ON "takedowns" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "takedowns_post_idx" ON "takedowns" USING btree ("post_id");--> statement-breakpoint
CREATE FUNCTION "evidence_snapshots_write_once"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'evidence snapshots are write-once: % refused', TG_OP USING ERRCODE = '42501';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "evidence_snapshots_no_change" BEFORE UPDATE OR DELETE ON "evidence_snapshots" FOR EACH ROW EXECUTE FUNCTION "evidence_snapshots_write_once"();--> statement-breakpoint
CREATE TRIGGER "evidence_snapshots_no_truncate" BEFORE TRUNCATE ON "evidence_snapshots" FOR EACH STATEMENT EXECUTE FUNCTION "evidence_snapshots_write_once"();
