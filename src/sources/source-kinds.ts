/**
 * What Vigie knows about each source kind: how its config is validated, its
 * default schedule and the default name of a source of that kind.
 */
import { parseJetstreamConfig, STREAM_KINDS, type AnyPolledWatcher } from '../../watchers/index.js'

/** Default cron expression of each polled kind (every few minutes). */
export const DEFAULT_SCHEDULES: Readonly<Record<string, string>> = {
  rss: '*/5 * * * *',
  'mastodon-tag': '*/5 * * * *',
  'mastodon-trends': '*/15 * * * *',
  'bluesky-trends': '*/10 * * * *',
  'bluesky-search': '*/10 * * * *',
}

/** Fallback schedule for a polled kind missing from DEFAULT_SCHEDULES. */
const FALLBACK_SCHEDULE = '*/5 * * * *'

/** True for kinds that stream (no schedule, a supervised connection). */
export function isStreamKind(kind: string): boolean {
  return (STREAM_KINDS as readonly string[]).includes(kind)
}

/** The default schedule of a polled kind. */
export function defaultSchedule(kind: string): string {
  return DEFAULT_SCHEDULES[kind] ?? FALLBACK_SCHEDULE
}

/** Every kind a source may have, streaming kinds first. */
export function knownKinds(registry: ReadonlyMap<string, AnyPolledWatcher>): string[] {
  return [...STREAM_KINDS, ...registry.keys()]
}

/**
 * Validates `config` for `kind` with the watcher's own parser; throws the
 * watcher's WatcherConfigError. Returns nothing: the raw config is stored.
 */
export function validateKindConfig(registry: ReadonlyMap<string, AnyPolledWatcher>, kind: string, config: unknown): void {
  if (isStreamKind(kind)) parseJetstreamConfig(config)
  else {
    const watcher = registry.get(kind)
    if (!watcher) throw new TypeError(`unknown kind ${kind}`)
    watcher.parseConfig(config)
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined)

/** `${kind}:${url or instance+hashtag or query}`, the name given when none is. */
export function defaultName(kind: string, config: Record<string, unknown>): string {
  const instance = str(config.instance)
  const hashtag = str(config.hashtag)
  const what =
    str(config.url) ??
    (instance && hashtag ? `${instance}#${hashtag.replace(/^#/, '').toLowerCase()}` : undefined) ??
    instance ??
    str(config.q) ??
    str(config.service) ??
    (kind === 'jetstream' ? 'public' : 'default')
  return `${kind}:${what}`
}
