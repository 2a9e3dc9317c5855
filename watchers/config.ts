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
    .map((issue) => {
      if (issue.path.length > 0) return `${issue.path.join('.')}: ${issue.message}`
      return issue.code === 'unrecognized_keys' ? issue.message : `(root): ${issue.message}`
    })
    .join('; ')
  throw new WatcherConfigError(kind, details, result.error)
}

/**
 * A config object that refuses unknown keys, naming them in French with the
 * keys it accepts: a misspelt or invented setting (`identityService`) must not
 * be stored and silently ignored.
 */
export function configObject<T extends z.core.$ZodLooseShape>(shape: T) {
  const accepted = Object.keys(shape).join(', ')
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined
      const names = issue.keys.map((k) => `« ${k} »`).join(', ')
      return `${issue.keys.length > 1 ? 'clés inconnues' : 'clé inconnue'} ${names} (clés admises : ${accepted})`
    },
  })
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
