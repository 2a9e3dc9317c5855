/**
 * The post / scenario format (one JSON object per JSONL line), validated at
 * the edge and turned into a `Post`.
 */
import { z } from 'zod'
import type { Post } from '../../contract/post.js'
import { extractHashtags, extractMentions, normalizeHashtags, normalizeMentions } from './extract.js'
import { sanitizeText } from './sanitize.js'

/** Longest post text accepted, in UTF-16 code units. */
export const MAX_TEXT_LENGTH = 50_000

const clean = z.string().transform(sanitizeText)
const optional = <T extends z.ZodType>(t: T) => t.nullish().transform((v) => v ?? undefined)
const isoDate = (field: string) =>
  z
    .string({ error: `${field} doit être une date ISO-8601 (un texte)` })
    .pipe(z.iso.datetime({ offset: true, error: `${field} n’est pas une date-heure ISO-8601` }))
    .transform((s) => new Date(s))
    .refine((d) => !Number.isNaN(d.getTime()), `${field} n’est pas une date valide`)
const strings = (field: string, maxItems: number, maxLength: number) =>
  z
    .array(clean.pipe(z.string().max(maxLength, `${field} : ${maxLength} caractères au plus par entrée`)), {
      error: `${field} doit être une liste de textes`,
    })
    .max(maxItems, `${field} : ${maxItems} entrées au plus`)

/** The JSONL line schema, as documented in README. */
export const postInputSchema = z.object({
  platform: clean.pipe(z.string().min(1, 'platform est vide').max(64, 'platform est trop long')),
  id: clean.pipe(z.string().min(1, 'id est vide').max(1024, 'id est trop long')),
  url: optional(clean.pipe(z.string().max(4096, 'url est trop longue'))),
  author: clean.pipe(z.string().min(1, 'author est vide').max(512, 'author est trop long')),
  authorId: optional(clean.pipe(z.string().max(512, 'authorId est trop long'))),
  authorCreatedAt: optional(isoDate('authorCreatedAt')),
  text: clean.pipe(
    z
      .string()
      .max(MAX_TEXT_LENGTH, `text dépasse ${MAX_TEXT_LENGTH} caractères`)
      .refine((s) => s.trim().length > 0, 'text est vide'),
  ),
  createdAt: isoDate('createdAt'),
  hashtags: optional(strings('hashtags', 100, 256)),
  mentions: optional(strings('mentions', 100, 512)),
  replyTo: optional(clean.pipe(z.string().max(2048, 'replyTo est trop long'))),
  langs: optional(strings('langs', 10, 16)),
})

export type PostInput = z.input<typeof postInputSchema>

/** The outcome of validating one input value. */
export type PostParseResult = { ok: true; post: Post } | { ok: false; reason: string }

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value
  for (const key of path) v = typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[key] : undefined
  return v
}

function describe(issue: z.core.$ZodIssue, value: unknown): string {
  const field = issue.path.join('.')
  const missing = valueAt(value, issue.path) === undefined
  if (issue.code === 'invalid_type' && missing) return `${field} manquant`
  if (issue.message.startsWith(field) || issue.message.includes(' doit ')) return issue.message
  if (issue.code === 'invalid_type') return `${field} : ${issue.expected} attendu`
  return issue.message
}

/** Validates one decoded JSON value as a post. Never throws. */
export function parsePost(value: unknown): PostParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'un message doit être un objet JSON' }
  }
  const parsed = postInputSchema.safeParse(value)
  if (!parsed.success) {
    return { ok: false, reason: parsed.error.issues.slice(0, 3).map((i) => describe(i, value)).join('; ') }
  }
  const v = parsed.data
  return {
    ok: true,
    post: {
      platform: v.platform,
      id: v.id,
      url: v.url,
      author: v.author,
      authorId: v.authorId,
      authorCreatedAt: v.authorCreatedAt,
      text: v.text,
      createdAt: v.createdAt,
      hashtags: v.hashtags ? normalizeHashtags(v.hashtags) : extractHashtags(v.text),
      mentions: v.mentions ? normalizeMentions(v.mentions) : extractMentions(v.text),
      replyTo: v.replyTo,
      langs: (v.langs ?? []).map((l) => l.toLowerCase()),
    },
  }
}

/** Parses one JSONL line. Never throws. */
export function parsePostLine(line: string): PostParseResult {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (err) {
    return { ok: false, reason: `JSON invalide : ${(err as Error).message}` }
  }
  return parsePost(value)
}
