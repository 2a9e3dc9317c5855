CREATE TABLE "signal_authors" (
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"author" text NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	"hostile_at" timestamp with time zone,
	"new_account" boolean NOT NULL,
	CONSTRAINT "signal_authors_kind_key_author_pk" PRIMARY KEY("kind","key","author")
);
--> statement-breakpoint
CREATE TABLE "signal_minutes" (
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"minute" timestamp with time zone NOT NULL,
	"posts" integer NOT NULL,
	"hostile" integer NOT NULL,
	CONSTRAINT "signal_minutes_kind_key_minute_pk" PRIMARY KEY("kind","key","minute")
);
--> statement-breakpoint
CREATE TABLE "signal_variants" (
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"variant" text NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"posts" integer NOT NULL,
	CONSTRAINT "signal_variants_kind_key_variant_pk" PRIMARY KEY("kind","key","variant")
);
--> statement-breakpoint
CREATE TABLE "wave_posts" (
	"wave_id" integer NOT NULL,
	"post_id" bigint NOT NULL,
	CONSTRAINT "wave_posts_wave_id_post_id_pk" PRIMARY KEY("wave_id","post_id")
);
--> statement-breakpoint
CREATE TABLE "waves" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"status" text NOT NULL,
	"onset_at" timestamp with time zone NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"peak_at" timestamp with time zone NOT NULL,
	"peak_per_minute" integer NOT NULL,
	"last_post_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"score" real NOT NULL,
	"posts" integer DEFAULT 0 NOT NULL,
	"hostile" integer DEFAULT 0 NOT NULL,
	"authors" integer DEFAULT 0 NOT NULL,
	"reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"stats" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" serial PRIMARY KEY NOT NULL,
	"watch_id" integer NOT NULL,
	"status" text NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	"posts" integer NOT NULL,
	"hostile" integer NOT NULL,
	"wave_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "watch_matches" (
	"watch_id" integer NOT NULL,
	"post_id" bigint NOT NULL,
	"term" text NOT NULL,
	"hostile" boolean NOT NULL,
	"posted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "watch_matches_watch_id_post_id_pk" PRIMARY KEY("watch_id","post_id")
);
--> statement-breakpoint
CREATE TABLE "watches" (
	"id" serial PRIMARY KEY NOT NULL,
	"owner_id" integer,
	"label" text NOT NULL,
	"names" text[] DEFAULT '{}'::text[] NOT NULL,
	"handles" text[] DEFAULT '{}'::text[] NOT NULL,
	"school" text,
	"webhook_url" text,
	"webhook_secret" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "wave_posts" ADD CONSTRAINT "wave_posts_wave_id_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_watch_id_watches_id_fk" FOREIGN KEY ("watch_id") REFERENCES "public"."watches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_wave_id_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."waves"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watch_matches" ADD CONSTRAINT "watch_matches_watch_id_watches_id_fk" FOREIGN KEY ("watch_id") REFERENCES "public"."watches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "signal_authors_recent_idx" ON "signal_authors" USING btree ("kind","key","last_at");--> statement-breakpoint
CREATE UNIQUE INDEX "waves_open_key" ON "waves" USING btree ("kind","key") WHERE status <> 'closed';--> statement-breakpoint
CREATE INDEX "waves_status_idx" ON "waves" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_open_watch" ON "alerts" USING btree ("watch_id") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "watch_matches_time_idx" ON "watch_matches" USING btree ("watch_id","posted_at");--> statement-breakpoint
CREATE INDEX "watches_owner_idx" ON "watches" USING btree ("owner_id");