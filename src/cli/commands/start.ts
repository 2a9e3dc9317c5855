/** `vigie start`: the service (server, pipeline) until Ctrl-C; `--demo`: the offline demo. */
import { parseArgs } from 'node:util'
import type { Config } from '../../config/config.js'
import { countUsers } from '../../auth/user-service.js'
import { Leadership } from '../../cluster/leadership.js'
import { createContext } from '../../context.js'
import { startServer } from '../../server/serve.js'
import { positiveNumber, UsageError } from '../args.js'

export const startUsage = `vigie start [--demo [--speed N]]

Démarre Vigie : tableau de bord et API sur http://localhost:8080 (PORT),
base embarquée dans ./data (VIGIE_DATA_DIR) ou PostgreSQL si DATABASE_URL est défini.
Sans aucun utilisateur, un jeton d'installation à usage unique (valable 1 h) est
affiché dans le journal : POST /api/setup {token, name, password} crée le premier administrateur.
Ctrl-C arrête proprement (les lots en attente sont écrits, la base est fermée).

  --demo       démonstration hors ligne : base jetable dans un dossier temporaire
               (effacé à l'arrêt ; DATABASE_URL et VIGIE_DATA_DIR sont ignorés),
               aucune source ni webhook, comptes de démonstration à mots de passe
               aléatoires affichés, et une crise générée rejouée en temps réel accéléré
  --speed N    avec --demo : le scénario va N fois plus vite que le temps réel (défaut 10)`

/** Parses `vigie start` options and runs the service or the demo until SIGINT/SIGTERM. */
export async function startCommand(cfg: Config, argv: string[] = []): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { demo: { type: 'boolean', default: false }, speed: { type: 'string' } },
  })
  if (positionals.length > 0) throw new UsageError(`argument inattendu : ${positionals[0]}`)
  if (values.speed !== undefined && !values.demo) throw new UsageError('--speed ne sert qu’avec --demo')
  if (values.demo) {
    const speed = positiveNumber('speed', values.speed, 10)
    const { runDemo } = await import('../../demo/demo.js')
    await runDemo(cfg, { speed })
    return
  }
  await runService(cfg)
}

/** Runs the service until SIGINT/SIGTERM; resolves after a clean shutdown. */
async function runService(cfg: Config): Promise<void> {
  const ctx = await createContext(cfg)
  try {
    await ctx.sources.seed() // an invalid VIGIE_SOURCES entry fails here, before listening
  } catch (err) {
    await ctx.close()
    throw err
  }
  const server = await startServer(ctx)
  const where = cfg.database.driver === 'postgres' ? 'PostgreSQL' : `PGlite (${cfg.database.dataDir})`
  ctx.log.info({ url: server.url, database: cfg.database.driver }, `Vigie écoute sur ${server.url} — base : ${where}`)
  if ((await countUsers(ctx.database.db)) === 0) {
    // No default password: the first admin is created with this one-time token (or `vigie user add`).
    const token = await ctx.auth.setup.issue()
    const message = `aucun utilisateur : créez le premier administrateur dans l'heure avec POST /api/setup {token, name, password} (jeton à usage unique : ${token}) ou « vigie user add NOM --role admin »`
    if (ctx.log.isLevelEnabled('warn')) ctx.log.warn(message)
    else process.stderr.write(`${message}\n`) // shown even when VIGIE_LOG_LEVEL hides warnings
  }
  await ctx.sources.start() // the sources whose lease this instance holds (all of them when alone)
  // Once across the instances sharing the database: the one holding the background lease runs these.
  const leadership = new Leadership(
    ctx.leases,
    {
      lead: async () => {
        ctx.retention.start() // nightly purge (VIGIE_RETENTION_SCHEDULE)
        ctx.removals.start() // removal checks and « en retard » escalation, on VIGIE_REMOVAL_CHECK_SCHEDULE
        const waiting = await ctx.moderation.resumePending() // platform reports a restart (or a dead instance) left waiting
        if (waiting > 0) ctx.log.info({ takedowns: waiting }, 'signalements en attente relancés')
        ctx.captures.start() // captures of filed URLs a restart left waiting
      },
      follow: async () => {
        await ctx.retention.stop()
        await ctx.removals.stop()
      },
    },
    ctx.log.child({ sub: 'cluster' }),
  )
  await leadership.start()
  if (ctx.captures.offReason) ctx.log.warn(ctx.captures.offReason)
  if (cfg.removal.loopbackPorts.length > 0) {
    ctx.log.warn({ ports: cfg.removal.loopbackPorts }, 'VIGIE_TEST_FETCH_LOOPBACK_PORTS : les vérifications de retrait peuvent joindre ces ports locaux (essais seulement)')
  }
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      ctx.log.info({ signal }, 'arrêt en cours')
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
  await leadership.stop()
  await ctx.sources.stop()
  await server.close()
  await ctx.close()
  ctx.log.info('Vigie arrêtée')
}
