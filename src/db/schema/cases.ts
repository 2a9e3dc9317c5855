/**
 * Case files (« dossiers ») of the young people who call the helpline: the
 * case, who it is shared with, what it links to (watches, alerts, flags,
 * takedowns), its own events, the files deposited in the vault, and the
 * académie referents directory. Labels are pseudonyms; the victim's name,
 * when given, is only ever put in a referent e-mail the counsellor ticks.
 */
import { sql } from 'drizzle-orm'
import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import { users } from './users.js'
import { vaultBlobs } from './vault.js'

export const cases = pgTable(
  'cases',
  {
    id: serial('id').primaryKey(),
    /** Pseudonymous label chosen by the counsellor ("Dossier L., 4e B"). */
    label: text('label').notNull(),
    /** "under-11" | "11-14" | "15-17" | "18-25". */
    ageBand: text('age_band').notNull(),
    /** One of contract/cases.ts ACADEMIES, or null. */
    academie: text('academie'),
    school: text('school'),
    notes: text('notes').notNull().default(''),
    /** The young person's name, optional; sent to a referent only when the counsellor ticks it; never logged. */
    victimName: text('victim_name'),
    /** "open" | "closed". */
    status: text('status').notNull().default('open'),
    /** Under legal hold: never purged nor erased until an admin or the owner lifts it. */
    legalHold: boolean('legal_hold').notNull().default(false),
    ownerId: integer('owner_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** When it was last closed (the case retention counts from here). */
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('cases_owner_idx').on(t.ownerId), index('cases_closed_idx').on(t.closedAt).where(sql`status = 'closed'`)],
)

/** Counsellors a case is shared with (the owner is not listed). */
export const caseMembers = pgTable(
  'case_members',
  {
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    addedBy: integer('added_by').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index('case_members_user_idx').on(t.userId)],
)

/** What a case links to: a watch, an alert, a flag or a takedown (by id). */
export const caseLinks = pgTable(
  'case_links',
  {
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** "watch" | "alert" | "flag" | "takedown". */
    kind: text('kind').notNull(),
    targetId: integer('target_id').notNull(),
    linkedBy: integer('linked_by').notNull(),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.kind, t.targetId] }), index('case_links_target_idx').on(t.kind, t.targetId)],
)

/** The case's own history: opened, closed, shared, linked, referent alerted, exported… (ids only, no names). */
export const caseEvents = pgTable(
  'case_events',
  {
    id: serial('id').primaryKey(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** users.id, or null for the system (retention). */
    actorId: integer('actor_id'),
    /** Dotted verb: "case.opened", "referent.alerted", … */
    kind: text('kind').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.at)],
)

/**
 * A file deposited in a case: its sniffed type, hash and who brought it; the
 * bytes are a sealed vault blob. Write-once (trigger, migration 0011).
 */
export const caseFiles = pgTable(
  'case_files',
  {
    id: serial('id').primaryKey(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    blobId: text('blob_id')
      .notNull()
      .references(() => vaultBlobs.id),
    /** The name the file came with, cleaned for display; never used as a path. */
    name: text('name').notNull(),
    /** MIME type sniffed from the content (never the name's or the browser's). */
    mime: text('mime').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    /** Lower-case hex SHA-256 of the bytes as received. */
    sha256: text('sha256').notNull(),
    /** Pixel size read from an image header; null for PDFs and videos. */
    width: integer('width'),
    height: integer('height'),
    uploadedBy: integer('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the victim says the capture was taken (declared, not verified). */
    capturedAt: timestamp('captured_at', { withTimezone: true }),
  },
  (t) => [index('case_files_case_idx').on(t.caseId), uniqueIndex('case_files_blob_key').on(t.blobId)],
)

/** The académie referents directory (admins keep it). */
export const referents = pgTable(
  'referents',
  {
    id: serial('id').primaryKey(),
    academie: text('academie').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('referents_academie_idx').on(t.academie)],
)

export type CaseRow = typeof cases.$inferSelect
export type CaseFileRow = typeof caseFiles.$inferSelect
export type CaseEventRow = typeof caseEvents.$inferSelect
export type CaseLinkRow = typeof caseLinks.$inferSelect
export type ReferentRow = typeof referents.$inferSelect
