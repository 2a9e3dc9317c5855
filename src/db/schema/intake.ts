/**
 * Reporting by URL: the platform registry's edits, the items filed from a
 * pasted URL (each one a post of its platform), and their evidence captures.
 */
import { bigint, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core'
import type { PlatformDefinition } from '../../../contract/platforms.js'
import { posts } from './posts.js'
import { users } from './users.js'

/** Registry entries an administrator changed or added; a shipped entry without a row is used as shipped. */
export const platformEntries = pgTable('platform_entries', {
  /** Registry id ("tiktok", …). */
  id: text('id').primaryKey(),
  /** The whole definition (contract/platforms.ts PlatformDefinition), replacing the shipped one. */
  definition: jsonb('definition').$type<PlatformDefinition>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  /** User name. */
  updatedBy: text('updated_by').notNull(),
})

/** A URL filed by a person: the post it became, how it was recognised, and its capture's progress. */
export const intakeItems = pgTable(
  'intake_items',
  {
    id: serial('id').primaryKey(),
    postId: bigint('post_id', { mode: 'number' })
      .notNull()
      .unique()
      .references(() => posts.id),
    platform: text('platform').notNull(),
    /** "video" | "post" | "comment" | "story" | "profile" | "group" | "page". */
    kind: text('kind').notNull(),
    /** The normalised URL (also the post's url). */
    url: text('url').notNull(),
    /** The short link it was reached from, without its query string (tracking ids may name who shared it); null when pasted directly. */
    shortLink: text('short_link'),
    /** Redirect hops from the short link (URLs without query strings). */
    chain: text('chain').array().notNull().default([]),
    submittedBy: integer('submitted_by')
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    /** The case file it belongs to, when there is one. */
    caseId: integer('case_id'),
    /** "pending" | "running" | "done" | "failed" | "off" (capture not available on this server). */
    captureState: text('capture_state').notNull(),
    /** Why the last capture failed or was not made, in French. */
    captureError: text('capture_error'),
    /** The lease of the capture in progress: another instance may take the item over once it has passed. */
    captureClaimedUntil: timestamp('capture_claimed_until', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('intake_items_submitted_idx').on(t.submittedBy, t.id), index('intake_items_capture_idx').on(t.captureState)],
)

/**
 * Evidence of a filed URL: a capture of the page by Vigie, or the victim's
 * own screenshot attached by a counsellor. Write-once (trigger): a new
 * capture is a new row. Bytes are in the vault when it is configured
 * (`*_blob` ids); the hashes are always kept.
 */
export const captures = pgTable(
  'captures',
  {
    id: serial('id').primaryKey(),
    intakeId: integer('intake_id')
      .notNull()
      .references(() => intakeItems.id),
    postId: bigint('post_id', { mode: 'number' }).notNull(),
    /** "page" (Vigie's capture) | "victim-screenshot" (attached by a person). */
    source: text('source').notNull(),
    /** "available" | "removed" | "login_wall" | "geo_blocked" | "unreachable" | "unknown" (victim screenshots: "attached"). */
    state: text('state').notNull(),
    /** What the capture saw, in French. */
    summary: text('summary').notNull(),
    requestedUrl: text('requested_url'),
    finalUrl: text('final_url'),
    httpStatus: integer('http_status'),
    headers: jsonb('headers').$type<Record<string, string>>(),
    capturedAt: timestamp('captured_at', { withTimezone: true }).notNull(),
    /** Lower-case hex SHA-256 of the screenshot (PNG, or the attached image). */
    imageSha256: text('image_sha256'),
    imageType: text('image_type'),
    imageSize: integer('image_size'),
    imageBlob: text('image_blob'),
    htmlSha256: text('html_sha256'),
    htmlSize: integer('html_size'),
    htmlBlob: text('html_blob'),
    /** SHA-256 of the canonical JSON of this record (URLs, status, headers, time, the other hashes). */
    recordSha256: text('record_sha256').notNull(),
    /** User name, or "system". */
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('captures_intake_idx').on(t.intakeId, t.id)],
)

export type PlatformEntryRow = typeof platformEntries.$inferSelect
export type IntakeItemRow = typeof intakeItems.$inferSelect
export type CaptureRow = typeof captures.$inferSelect
