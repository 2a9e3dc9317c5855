/** `vigie audit verify`: recomputes the audit log's hash chain. */
import { verifyAudit } from '../../audit/audit-log.js'
import type { Config } from '../../config/config.js'
import { openDatabase } from '../../db/client.js'
import { UsageError } from '../args.js'

/** Usage text of `vigie audit`. */
export const auditUsage = `vigie audit verify

Recalcule la chaîne de hachage du journal d'audit. Code de sortie 0 si elle est
intacte, 1 en indiquant la première entrée altérée.`

/** Thrown when the chain is broken; main exits 1 with its message. */
export class AuditBrokenError extends Error {
  override name = 'AuditBrokenError'
}

/** Runs `vigie audit verify`. */
export async function auditCommand(argv: string[], cfg: Config): Promise<void> {
  if (argv[0] !== 'verify' || argv.length > 1) throw new UsageError(argv[0] ? `sous-commande inconnue : ${argv.join(' ')}` : 'sous-commande manquante')
  const database = await openDatabase(cfg.database)
  try {
    const verdict = await verifyAudit(database.db)
    if (!verdict.ok) throw new AuditBrokenError(`journal d'audit altéré à l'entrée ${verdict.brokenId} : ${verdict.reason}`)
    process.stdout.write(`journal d'audit intact (${verdict.entries} entrée(s))\n`)
  } finally {
    await database.close()
  }
}
