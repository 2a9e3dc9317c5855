/** Posts: one row per (platform, external id), scored once per model version. */
import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  index,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import type { Evidence, Hint } from '../../../classifiers/verdict.js'

export const posts = pgTable(
  'posts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    platform: text('platform').notNull(),
    /** The platform's own id, kept as given. */
    externalId: text('external_id').notNull(),
    url: text('url'),
    /** Handle, or DID when no handle is known. */
    author: text('author').notNull(),
    authorId: text('author_id'),
    authorCreatedAt: timestamp('author_created_at', { withTimezone: true }),
    text: text('text').notNull(),
    /** When the post was written (scenario time). */
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** When Vigie first stored it (wall clock). */
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull().defaultNow(),
    hashtags: text('hashtags').array().notNull().default(sql`'{}'::text[]`),
    mentions: text('mentions').array().notNull().default(sql`'{}'::text[]`),
    replyTo: text('reply_to'),
    /** Languages declared by the platform. */
    langs: text('langs').array().notNull().default(sql`'{}'::text[]`),
    /** Language the classifier settled on ("und" when unknown). */
    lang: text('lang').notNull(),
    score: real('score').notNull(),
    harassment: boolean('harassment').notNull(),
    categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
    evidence: jsonb('evidence').$type<Evidence[]>().notNull().default(sql`'[]'::jsonb`),
    /** Verdict.hints of a post marked without evidence (weak cues or the model's words); empty otherwise and for posts stored before. */
    hints: jsonb('hints').$type<Hint[]>().notNull().default(sql`'[]'::jsonb`),
    modelVersion: text('model_version').notNull(),
    /** When the platform reported the post deleted; the row is kept as evidence. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    /** Author account status reported by the platform: null = active, else "takendown", "deleted", "suspended", "deactivated"… */
    authorStatus: text('author_status'),
  },
  (t) => [
    uniqueIndex('posts_platform_external_id_key').on(t.platform, t.externalId),
    index('posts_created_at_idx').on(t.createdAt),
    index('posts_author_idx').on(t.author),
    index('posts_author_id_idx').on(t.authorId),
    index('posts_hashtags_idx').using('gin', t.hashtags),
    index('posts_mentions_idx').using('gin', t.mentions),
    // Search (GET /api/posts): French full text and hashtags, accent- and case-folded by vigie_fold() (migration 0014).
    // `search_vector` is a stored generated column, to_tsvector('french', vigie_fold(text)), added by hand in
    // migration 0014 and left out of this table on purpose: no select or insert of ours ever carries it.
    index('posts_text_search_idx').using('gin', sql`search_vector`),
    index('posts_hashtags_folded_idx').using('gin', sql`vigie_fold_tags(${t.hashtags})`),
    // An author's handle by its first label (« lea » → lea.bsky.social), whatever the database's collation.
    index('posts_author_pattern_idx').on(t.author.op('text_pattern_ops')),
  ],
)

export type PostRow = typeof posts.$inferSelect
export type NewPostRow = typeof posts.$inferInsert
