/**
 * Shared pieces of watcher configs: zod → WatcherConfigError, and the field
 * schemas several kinds use (http(s) URLs, hashtags).
 */
import { z } from 'zod'
import { WatcherConfigError } from './errors.js'

/** Validates `raw` with `schema`, or throws WatcherConfigError naming each bad field. */
export function parseConfigWith<S extends z.ZodType>(kind: string, schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw)
  if (result.success) return result.data
  const details = result.error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ')
  throw new WatcherConfigError(kind, details, result.error)
}

/** An absolute http(s) URL. */
export const httpUrl = z
  .string()
  .max(2_000)
  .refine((s) => {
    try {
      const u = new URL(s)
      return u.protocol === 'https:' || u.protocol === 'http:'
    } catch {
      return false
    }
  }, 'must be an absolute http(s) URL')

/** A hashtag: letters, digits and '_', a leading '#' allowed and dropped, lower-cased. */
export const hashtag = z
  .string()
  .max(101)
  .transform((s) => (s.startsWith('#') ? s.slice(1) : s).toLowerCase())
  .refine((s) => /^[\p{L}\p{N}_]{1,100}$/u.test(s), 'must be a hashtag (letters, digits, _)')

/** A lower-case ISO 639-1 code ("fr"). */
export const langCode = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'must be a language code such as "fr"')
