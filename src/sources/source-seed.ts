/**
 * Seeding on start: the definitions of VIGIE_SOURCES / VIGIE_SOURCES_FILE are
 * upserted by name; with none and an empty table, the public Bluesky
 * Jetstream (French posts, no account) is added so Vigie watches out of the box.
 */
import { PUBLIC_JETSTREAMS, type AnyPolledWatcher } from '../../watchers/index.js'
import { ConfigError } from '../config/config.js'
import type { Database } from '../db/client.js'
import { parseDefinition, SourceInputError, type SourceDefinition } from './source-input.js'
import { countSources, upsertSource } from './source-store.js'

/** The source seeded when nothing is configured. */
export const DEFAULT_SOURCE: SourceDefinition = {
  kind: 'jetstream',
  name: 'Bluesky Jetstream (public, français)',
  config: { url: PUBLIC_JETSTREAMS[1], languages: ['fr'] },
  schedule: null,
  enabled: true,
}

/** Validates every entry first (all or nothing); throws ConfigError naming the entry. */
export function parseConfiguredSources(registry: ReadonlyMap<string, AnyPolledWatcher>, entries: readonly unknown[]): SourceDefinition[] {
  const defs: SourceDefinition[] = []
  const names = new Set<string>()
  entries.forEach((entry, i) => {
    const label = `source n°${i + 1}${entry && typeof entry === 'object' && 'kind' in entry ? ` (${String(entry.kind)})` : ''}`
    let def: SourceDefinition
    try {
      def = parseDefinition(registry, entry)
    } catch (err) {
      if (err instanceof SourceInputError) throw new ConfigError(`VIGIE_SOURCES, ${label} invalide : ${err.message}`, { cause: err })
      throw err
    }
    if (names.has(def.name)) throw new ConfigError(`VIGIE_SOURCES, ${label} : le nom « ${def.name} » est déjà utilisé par une autre entrée`)
    names.add(def.name)
    defs.push(def)
  })
  return defs
}

/** Applies the configured sources (or the default one); returns how many rows changed. */
export async function seedSources(
  db: Database,
  registry: ReadonlyMap<string, AnyPolledWatcher>,
  configured: readonly unknown[] | null,
): Promise<number> {
  if (configured === null) {
    if ((await countSources(db)) > 0) return 0
    const { changed } = await upsertSource(db, DEFAULT_SOURCE)
    return changed ? 1 : 0
  }
  let changed = 0
  for (const def of parseConfiguredSources(registry, configured)) {
    if ((await upsertSource(db, def)).changed) changed++
  }
  return changed
}
