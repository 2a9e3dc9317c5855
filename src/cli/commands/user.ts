/** `vigie user add NAME --role ROLE`: creates an account; the password is read from stdin. */
import { parseArgs } from 'node:util'
import { appendAudit } from '../../audit/audit-log.js'
import { isRole, ROLE_LABELS, roleChoices } from '../../auth/roles.js'
import { createUser, DuplicateUserError, UserInputError } from '../../auth/user-service.js'
import type { Config } from '../../config/config.js'
import { openDatabase } from '../../db/client.js'
import { UsageError } from '../args.js'

/** Usage text of `vigie user`. */
export const userUsage = `vigie user add NOM --role ROLE < mot-de-passe

Crée un compte. ROLE : ${roleChoices()}.
Le mot de passe est lu sur l'entrée standard (jamais en argument), 12 caractères au moins :
  printf '%s' "$MOT_DE_PASSE" | vigie user add alice --role admin
Avec un terminal, il est demandé sans écho.`

/** Reads the whole of stdin; a terminal gets a prompt and no echo. */
async function readPassword(stdin: NodeJS.ReadStream, stderr: NodeJS.WritableStream): Promise<string> {
  if (stdin.isTTY) {
    stderr.write('Mot de passe : ')
    stdin.setRawMode(true)
  }
  const chunks: Buffer[] = []
  try {
    for await (const chunk of stdin) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
      if (stdin.isTTY && buf.includes(0x03)) throw new UsageError('annulé')
      if (stdin.isTTY && (buf.includes(0x0d) || buf.includes(0x0a))) {
        chunks.push(buf.subarray(0, Math.max(0, buf.findIndex((b) => b === 0x0d || b === 0x0a))))
        break
      }
      chunks.push(buf)
    }
  } finally {
    if (stdin.isTTY) {
      stdin.setRawMode(false)
      stderr.write('\n')
    }
  }
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '')
}

/** Runs `vigie user …`; prints the created user on stdout. */
export async function userCommand(argv: string[], cfg: Config): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, options: { role: { type: 'string' } }, allowPositionals: true, strict: true })
  const [sub, name, ...extra] = positionals
  if (sub !== 'add') throw new UsageError(sub ? `sous-commande inconnue : ${sub}` : 'sous-commande manquante')
  if (!name) throw new UsageError('NOM manquant')
  if (extra.length > 0) throw new UsageError(`argument en trop : ${extra[0]} (le mot de passe se donne sur l'entrée standard)`)
  if (!values.role || !isRole(values.role)) throw new UsageError(`--role attend l'un de ${roleChoices()}`)
  const role = values.role
  const password = await readPassword(process.stdin, process.stderr)
  const database = await openDatabase(cfg.database)
  try {
    const user = await createUser(database.db, { name, role, password })
    await appendAudit(database.db, { actor: 'cli', action: 'user.create', subject: `user:${user.id}`, details: { name, role } })
    process.stdout.write(`compte « ${user.name} » créé (id ${user.id}, rôle ${ROLE_LABELS[role]})\n`)
  } catch (err) {
    if (err instanceof UserInputError || err instanceof DuplicateUserError) throw new UsageError(err.message)
    throw err
  } finally {
    await database.close()
  }
}
