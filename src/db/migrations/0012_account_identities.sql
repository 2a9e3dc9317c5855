CREATE TABLE "account_identities" (
	"platform" text NOT NULL,
	"account_id" text NOT NULL,
	"handle" text,
	"checked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "account_identities_platform_account_id_pk" PRIMARY KEY("platform","account_id")
);
--> statement-breakpoint
CREATE INDEX "account_identities_handle_idx" ON "account_identities" USING btree ("platform","handle");