/** `vigie replay FILE.jsonl`: a recorded scenario through the full pipeline. */
import { createReadStream } from 'node:fs'
import { parseArgs } from 'node:util'
import type { Config, DatabaseConfig } from '../../config/config.js'
import { createContext } from '../../context.js'
import { replay } from '../../replay/replay.js'
import { createWatch } from '../../watches/watch-service.js'
import { parseWatchSpec, type WatchInput } from '../../watches/watch-input.js'
import { reportAlerts, reportWaves, type AlertReport, type WaveReport } from '../../waves/report.js'
import { positiveNumber, UsageError } from '../args.js'

export const replayUsage = `vigie replay FICHIER.jsonl [options]

Rejoue un scénario enregistré (un post JSON par ligne) dans tout le pipeline.
Par défaut dans une base jetable (en mémoire), sauf --data-dir ou DATABASE_URL.

  --fast              aussi vite que possible (sinon : l'espacement réel des posts)
  --speed N           sans --fast : accélère le temps du scénario N fois (défaut 1)
  --report            affiche à la fin un objet JSON sur stdout
  --watch "Nom, variante, @pseudo"   enregistre une veille avant de rejouer (répétable)
  --data-dir DIR      base embarquée persistante dans DIR`

/** The report printed by --report. */
export interface ReplayReport {
  posts: number
  stored: number
  duplicates: number
  rejected: number
  waves: WaveReport[]
  alerts: AlertReport[]
}

/** Parses argv, replays, prints the report; returns it. */
export async function replayCommand(argv: string[], cfg: Config): Promise<ReplayReport> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      fast: { type: 'boolean', default: false },
      speed: { type: 'string' },
      report: { type: 'boolean', default: false },
      watch: { type: 'string', multiple: true, default: [] },
      'data-dir': { type: 'string' },
    },
  })
  const [file, ...extra] = positionals
  if (!file || extra.length > 0) throw new UsageError('vigie replay attend exactement un fichier .jsonl')
  const speed = positiveNumber('speed', values.speed, 1)
  const watchInputs: WatchInput[] = values.watch.map((spec) => {
    try {
      return parseWatchSpec(spec)
    } catch (err) {
      throw new UsageError(err instanceof Error ? err.message : String(err))
    }
  })
  const database: DatabaseConfig = values['data-dir']
    ? { driver: 'pglite', dataDir: values['data-dir'] }
    : cfg.database.driver === 'postgres'
      ? cfg.database
      : { driver: 'pglite', dataDir: null }
  const input = createReadStream(file)
  await new Promise<void>((resolve, reject) => {
    input.once('open', () => resolve())
    input.once('error', (err: NodeJS.ErrnoException) =>
      reject(new UsageError(`impossible de lire ${file} : ${err.code ?? err.message}`)),
    )
  })
  const ctx = await createContext(
    { ...cfg, database },
    {
      pipeline: {
        onRejected: (post, reason) => process.stderr.write(`message ${post.platform}/${post.id} rejeté : ${reason}\n`),
      },
    },
  ).catch((err: unknown) => {
    input.destroy()
    throw err
  })
  try {
    for (const w of watchInputs) await createWatch(ctx.database.db, w, null)
    await ctx.watches.reload()
    const counts = await replay(input, ctx.pipeline, {
      fast: values.fast,
      speed,
      onInvalid: (lineNo, reason) => process.stderr.write(`ligne ${lineNo} rejetée : ${reason}\n`),
    })
    const { stored, duplicates, rejected } = ctx.pipeline.stats
    const report: ReplayReport = {
      posts: counts.lines,
      stored,
      duplicates,
      rejected: counts.invalid + rejected,
      waves: await reportWaves(ctx.database.db),
      alerts: await reportAlerts(ctx.database.db),
    }
    if (values.report) process.stdout.write(`${JSON.stringify(report)}\n`)
    return report
  } finally {
    await ctx.close()
  }
}
