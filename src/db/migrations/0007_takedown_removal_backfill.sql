-- Requests closed before removal checks existed: a reviewer's « retiré » was the platform's doing;
-- the firehose's automatic « supprimé par la plateforme » was in fact the author deleting the post,
-- which is not a takedown: those requests open again, marked deleted by the author.
UPDATE "takedowns" SET "removed_at" = "resolved_at", "removed_by" = 'platform'
  WHERE "status" = 'removed' AND "removed_at" IS NULL AND "answer" IS DISTINCT FROM 'supprimé par la plateforme';
--> statement-breakpoint
UPDATE "takedowns" SET "removed_at" = "resolved_at", "removed_by" = 'author', "resolved_at" = NULL, "answer" = NULL,
  "status" = CASE WHEN "acknowledged_at" IS NULL THEN 'requested' ELSE 'acknowledged' END
  WHERE "status" = 'removed' AND "removed_at" IS NULL AND "answer" = 'supprimé par la plateforme';
