CREATE TABLE "captures" (
	"id" serial PRIMARY KEY NOT NULL,
	"intake_id" integer NOT NULL,
	"post_id" bigint NOT NULL,
	"source" text NOT NULL,
	"state" text NOT NULL,
	"summary" text NOT NULL,
	"requested_url" text,
	"final_url" text,
	"http_status" integer,
	"headers" jsonb,
	"captured_at" timestamp with time zone NOT NULL,
	"image_sha256" text,
	"image_type" text,
	"image_size" integer,
	"image_blob" text,
	"html_sha256" text,
	"html_size" integer,
	"html_blob" text,
	"record_sha256" text NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"post_id" bigint NOT NULL,
	"platform" text NOT NULL,
	"kind" text NOT NULL,
	"url" text NOT NULL,
	"short_link" text,
	"chain" text[] DEFAULT '{}' NOT NULL,
	"submitted_by" integer NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"case_id" integer,
	"capture_state" text NOT NULL,
	"capture_error" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intake_items_post_id_unique" UNIQUE("post_id")
);
--> statement-breakpoint
CREATE TABLE "platform_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"definition" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "takedowns" ADD COLUMN "sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "takedowns" ADD COLUMN "sent_by" text;--> statement-breakpoint
ALTER TABLE "takedowns" ADD COLUMN "sent_via" text;--> statement-breakpoint
ALTER TABLE "takedowns" ADD COLUMN "sent_to" text;--> statement-breakpoint
ALTER TABLE "captures" ADD CONSTRAINT "captures_intake_id_intake_items_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intake_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_items" ADD CONSTRAINT "intake_items_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_items" ADD CONSTRAINT "intake_items_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "captures_intake_idx" ON "captures" USING btree ("intake_id","id");--> statement-breakpoint
CREATE INDEX "intake_items_submitted_idx" ON "intake_items" USING btree ("submitted_by","id");--> statement-breakpoint
CREATE INDEX "intake_items_capture_idx" ON "intake_items" USING btree ("capture_state");