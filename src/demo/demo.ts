/**
 * `vigie start --demo`: a first look with no network. A throwaway PGlite
 * database in a fresh temporary folder (deleted at exit), no platform source,
 * no outgoing webhook or e-mail, no platform report (takedowns are DSA
 * notices left as "requested", carrying each post's URL), demo accounts with random passwords, a victim
 * watch, and a generated crisis replayed in real time, sped up.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Config } from '../config/config.js'
import { createContext, type AppContext } from '../context.js'
import { startServer, type RunningServer } from '../server/serve.js'
import { VaultKey } from '../vault/vault-key.js'
import { watchInputSchema } from '../watches/watch-input.js'
import { createWatch } from '../watches/watch-service.js'
import { createDemoAccounts, type DemoAccount } from './demo-accounts.js'
import { playDemoFeed } from './demo-feed.js'
import { DEMO_TARGET } from './demo-scenario.js'

/** Options of a demo run. */
export interface DemoOptions {
  /** Scenario seconds per wall-clock second. */
  speed: number
  /** Where the French console lines go (default: stdout). */
  write?: (text: string) => void
  /** Resolves when the demo must stop (default: SIGINT or SIGTERM). */
  stopped?: Promise<unknown>
  /** Called once the server listens and the accounts exist (scripts drive the demo with it). */
  onReady?: (ready: DemoReady) => void
}

/** A running demo. */
export interface DemoReady {
  url: string
  folder: string
  accounts: readonly DemoAccount[]
}

/** The configuration of a demo: everything that could reach the network is off. */
export function demoConfig(cfg: Config, dataDir: string): Config {
  return {
    ...cfg,
    database: { driver: 'pglite', dataDir },
    sources: [],
    // A throwaway key for a throwaway database, so the demo's case vault works.
    vault: cfg.vault ?? VaultKey.random(),
    takedown: {
      bluesky: null,
      mastodon: null,
      notifier: {
        name: cfg.takedown.notifier.name ?? 'Cellule de veille (démonstration Vigie)',
        email: cfg.takedown.notifier.email ?? null,
      },
      // A confirmed flag makes the DSA notice only: no platform report waits with « identifiants non configurés ».
      platformReports: false,
    },
    // No e-mail (DSA notices, referents) and no escalation webhook, whatever the environment says.
    mail: null,
    removal: { ...cfg.removal, webhook: null },
  }
}

/** Resolves at the first SIGINT or SIGTERM. */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve(signal)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}

/** The banner printed once the demo is ready. */
export function demoBanner(url: string, folder: string, speed: number, accounts: readonly DemoAccount[]): string {
  const width = Math.max(...accounts.map((a) => a.name.length))
  const lines = [
    '',
    'Vigie — démonstration hors ligne',
    '  aucun réseau : aucune source de plateforme, aucun webhook, aucun signalement envoyé',
    '  (les retraits confirmés deviennent des notifications DSA, à l’état « demandé »)',
    '',
    `Tableau de bord : ${url}`,
    `Base jetable    : ${folder} (effacée à l’arrêt)`,
    '',
    'Comptes de démonstration (mots de passe aléatoires, valables pour cette démo seulement) :',
    ...accounts.map(
      (a) => `  ${a.name.padEnd(width)}  mot de passe : ${a.password}   (${a.purpose})`,
    ),
    '',
    `Veille « ${DEMO_TARGET.label} » (@${DEMO_TARGET.handle}) ouverte pour « conseillere ».`,
    `Scénario rejoué ×${speed} : une heure de messages ordinaires déjà chargée, puis en direct un pic`,
    '#antigaspi (bénin), une vague #anti2010 et ses variantes, un acharnement sur une élève,',
    'la contre-campagne #bienvenueaux2010, la presse, une vague #antiroux et une finale de foot.',
    'Ctrl-C arrête la démo et efface la base.',
    '',
  ]
  return `${lines.join('\n')}\n`
}

/** Runs the demo until stopped; the temporary folder is removed whatever happens. */
export async function runDemo(cfg: Config, opts: DemoOptions): Promise<void> {
  const write = opts.write ?? ((text: string) => void process.stdout.write(text))
  const stopped = opts.stopped ?? untilSignal()
  const folder = mkdtempSync(join(tmpdir(), 'vigie-demo-'))
  let ctx: AppContext | undefined
  let server: RunningServer | undefined
  const abort = new AbortController()
  let feed: Promise<void> = Promise.resolve()
  try {
    ctx = await createContext(demoConfig(cfg, join(folder, 'data')))
    ctx.webhooks.stop() // a watch given a webhook URL in the demo still sends nothing
    await ctx.sources.seed() // no definition: no source (the sources service is never started)
    server = await startServer(ctx)
    const accounts = await createDemoAccounts(ctx.database.db)
    const counsellor = accounts.find((a) => a.role === 'counsellor')
    const watch = watchInputSchema.parse({
      label: DEMO_TARGET.label,
      names: [...DEMO_TARGET.watchNames],
      handles: [`@${DEMO_TARGET.handle}`],
      school: DEMO_TARGET.school,
    })
    await createWatch(ctx.database.db, watch, counsellor?.id ?? null)
    await ctx.watches.reload()
    write(demoBanner(server.url, folder, opts.speed, accounts))
    opts.onReady?.({ url: server.url, folder, accounts })
    const log = ctx.log.child({ sub: 'demo' })
    feed = playDemoFeed({
      pipeline: ctx.pipeline,
      speed: opts.speed,
      liveStart: new Date(),
      signal: abort.signal,
      onRound: (round, posts) => log.info({ round, posts }, 'scénario de démonstration rejoué ; il recommence'),
    }).catch((err: unknown) => {
      if (!abort.signal.aborted) log.error({ err }, 'le scénario de démonstration s’est arrêté')
    })
    await stopped
    write('Arrêt de la démo…\n')
  } finally {
    abort.abort()
    await feed
    try {
      await server?.close()
      await ctx?.close()
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }
  write('Démo arrêtée, base effacée.\n')
}
