CREATE TABLE "trends" (
	"id" serial PRIMARY KEY NOT NULL,
	"platform" text NOT NULL,
	"topic" text NOT NULL,
	"display_name" text,
	"rank" integer NOT NULL,
	"post_count" integer,
	"accounts" integer,
	"started_at" timestamp with time zone,
	"observed_at" timestamp with time zone NOT NULL,
	"url" text,
	"source_id" integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX "trends_snapshot_key" ON "trends" USING btree ("platform","topic","observed_at");--> statement-breakpoint
CREATE INDEX "trends_observed_idx" ON "trends" USING btree ("observed_at");