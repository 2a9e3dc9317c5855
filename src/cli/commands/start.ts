/** `vigie start`: the service (server, pipeline) until Ctrl-C. */
import type { Config } from '../../config/config.js'
import { countUsers } from '../../auth/user-service.js'
import { createContext } from '../../context.js'
import { startServer } from '../../server/serve.js'

export const startUsage = `vigie start

Démarre Vigie : tableau de bord et API sur http://localhost:8080 (PORT),
base embarquée dans ./data (VIGIE_DATA_DIR) ou PostgreSQL si DATABASE_URL est défini.
Sans aucun utilisateur, un jeton d'installation à usage unique (valable 1 h) est
affiché dans le journal : POST /api/setup {token, name, password} crée le premier administrateur.
Ctrl-C arrête proprement (les lots en attente sont écrits, la base est fermée).`

/** Runs until SIGINT/SIGTERM; resolves after a clean shutdown. */
export async function startCommand(cfg: Config): Promise<void> {
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
    const token = ctx.auth.setup.issue()
    const message = `aucun utilisateur : créez le premier administrateur dans l'heure avec POST /api/setup {token, name, password} (jeton à usage unique : ${token}) ou « vigie user add NOM --role admin »`
    if (ctx.log.isLevelEnabled('warn')) ctx.log.warn(message)
    else process.stderr.write(`${message}\n`) // shown even when VIGIE_LOG_LEVEL hides warnings
  }
  await ctx.sources.start()
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
  await ctx.sources.stop()
  await server.close()
  await ctx.close()
  ctx.log.info('Vigie arrêtée')
}
