CREATE TABLE "takedown_escalations" (
	"id" serial PRIMARY KEY NOT NULL,
	"takedown_id" integer NOT NULL,
	"action" text NOT NULL,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "takedowns" ADD COLUMN "removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "takedowns" ADD COLUMN "removed_by" text;--> statement-breakpoint
ALTER TABLE "takedowns" ADD COLUMN "last_check_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "takedowns" ADD COLUMN "last_check" jsonb;--> statement-breakpoint
ALTER TABLE "takedowns" ADD COLUMN "overdue_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "takedown_escalations" ADD CONSTRAINT "takedown_escalations_takedown_id_takedowns_id_fk" FOREIGN KEY ("takedown_id") REFERENCES "public"."takedowns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "takedown_escalations_takedown_idx" ON "takedown_escalations" USING btree ("takedown_id","id");--> statement-breakpoint
CREATE INDEX "takedowns_requested_at_idx" ON "takedowns" USING btree ("requested_at");