/**
 * The source config of a `jetstream` source, validated like the polled kinds,
 * and its mapping to JetstreamConsumer options.
 */
import { z } from 'zod'
import { configObject, httpUrl, langCode, parseConfigWith } from './config.js'
import type { JetstreamOptions } from './jetstream.js'

/** Public Jetstream instances run by Bluesky. */
export const PUBLIC_JETSTREAMS = [
  'wss://jetstream1.us-east.bsky.network/subscribe',
  'wss://jetstream2.us-east.bsky.network/subscribe',
  'wss://jetstream1.us-west.bsky.network/subscribe',
  'wss://jetstream2.us-west.bsky.network/subscribe',
] as const

const wsUrl = z
  .string()
  .max(2_000)
  .refine((s) => {
    try {
      const u = new URL(s)
      return u.protocol === 'wss:' || u.protocol === 'ws:'
    } catch {
      return false
    }
  }, 'must be a ws(s):// URL ending in /subscribe')

const ConfigSchema = configObject({
  url: wsUrl.default(PUBLIC_JETSTREAMS[1]),
  /** Languages kept (ISO 639-1). */
  languages: z.array(langCode).min(1).max(10).default(['fr']),
  /** When to run franc: on every post not declared French, on undeclared ones only, or never. */
  detect: z.enum(['all', 'undeclared', 'never']).default('all'),
  /** Seconds replayed on reconnect. */
  rewindSeconds: z.number().min(0).max(600).default(5),
  /** AppView resolving this stream's DIDs to handles (default: VIGIE_BLUESKY_APPVIEW). */
  appview: httpUrl.transform((u) => u.replace(/\/+$/, '')).optional(),
  watch: configObject({
    terms: z.array(z.string().min(2).max(200)).max(5_000).optional(),
    hashtags: z.array(z.string().min(1).max(101)).max(5_000).optional(),
    handles: z.array(z.string().min(3).max(253)).max(5_000).optional(),
    dids: z.array(z.string().min(8).max(2_048)).max(5_000).optional(),
  }).optional(),
})

/** Configuration of a `jetstream` source. */
export type JetstreamConfig = z.output<typeof ConfigSchema>

/** Validates a `jetstream` source config; throws WatcherConfigError. */
export function parseJetstreamConfig(raw: unknown): JetstreamConfig {
  return parseConfigWith('jetstream', ConfigSchema, raw ?? {})
}

/** The consumer options a config stands for (callbacks and cursor added by the caller). */
export function jetstreamOptionsFrom(config: JetstreamConfig): Pick<JetstreamOptions, 'url' | 'language' | 'rewindUs' | 'watch'> {
  const opts: Pick<JetstreamOptions, 'url' | 'language' | 'rewindUs' | 'watch'> = {
    url: config.url,
    language: { keep: config.languages, detect: config.detect },
    rewindUs: Math.round(config.rewindSeconds * 1_000_000),
  }
  if (config.watch) opts.watch = config.watch
  return opts
}
