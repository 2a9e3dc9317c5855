ALTER TABLE "cluster_events" ADD COLUMN "user_ids" integer[] DEFAULT '{}'::integer[] NOT NULL;--> statement-breakpoint
ALTER TABLE "leases" ADD COLUMN "state" jsonb;--> statement-breakpoint
-- Written by hand: journaled case events kept their people as `user:<id>` among the roles; they move to user_ids.
UPDATE "cluster_events" SET
  "user_ids" = ARRAY(SELECT substr(r, 6)::integer FROM unnest("roles") AS r WHERE r LIKE 'user:%'),
  "roles" = ARRAY(SELECT r FROM unnest("roles") AS r WHERE r NOT LIKE 'user:%')
WHERE EXISTS (SELECT 1 FROM unnest("roles") AS r WHERE r LIKE 'user:%');
