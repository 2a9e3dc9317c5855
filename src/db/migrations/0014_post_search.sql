-- Search (GET /api/posts): accent- and case-folding that PGlite and PostgreSQL 15 both have (no unaccent
-- extension needed), immutable so that indexes and generated columns can use it; schema-qualified inside, as
-- index builds run with a restricted search_path. Written by hand above drizzle-kit's indexes, like the
-- search_vector column (kept out of the drizzle schema so that no select or insert carries it): stored, the
-- French vector is computed once per post, never again while filtering.
CREATE FUNCTION vigie_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT replace(replace(replace(translate(lower($1),
    'àáâãäåāçćčèéêëēėęîïíīìñńôöòóõøōùúûüūÿýžźż',
    'aaaaaaaccceeeeeeeiiiiinnooooooouuuuuyyzzz'), 'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss')
$$;--> statement-breakpoint
CREATE FUNCTION vigie_fold_tags(text[]) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(public.vigie_fold(t)), '{}'::text[]) FROM unnest($1) AS t
$$;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('french'::regconfig, public.vigie_fold("text"))) STORED;--> statement-breakpoint
CREATE INDEX "posts_text_search_idx" ON "posts" USING gin (search_vector);--> statement-breakpoint
CREATE INDEX "posts_hashtags_folded_idx" ON "posts" USING gin (vigie_fold_tags("hashtags"));--> statement-breakpoint
CREATE INDEX "posts_author_pattern_idx" ON "posts" USING btree ("author" text_pattern_ops);