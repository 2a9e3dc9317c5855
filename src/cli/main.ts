/** The `vigie` command line: start, replay, classify, user, audit. */
import { ConfigError, envToConfig, type Config } from '../config/config.js'
import { readEnv } from '../config/env.js'
import { DataDirLockedError } from '../db/data-dir-lock.js'
import { UsageError } from './args.js'
import { AuditBrokenError, auditCommand, auditUsage } from './commands/audit.js'
import { replayCommand, replayUsage } from './commands/replay.js'
import { startCommand, startUsage } from './commands/start.js'
import { userCommand, userUsage } from './commands/user.js'

const classifyUsage = `vigie classify < posts.jsonl > verdicts.jsonl

Lit des lignes JSON {id, text, langs?} sur l'entrée standard et écrit pour chacune
le verdict du classifieur (score, catégories, indices), dans le même ordre.
Un message classé harcèlement sans preuve du lexique porte « hints » : le
vocabulaire hostile non visé (kind "weak") ou les mots qui ont pesé dans le
score du modèle (kind "model", avec leur poids), avec leurs positions.`

const usage = `Vigie — veille des vagues de cyberharcèlement

Usage : vigie <commande> [options]

Commandes :
  start      démarre le service (tableau de bord, API, pipeline) ; --demo : démonstration hors ligne
  replay     rejoue un scénario JSONL dans le pipeline
  classify   classe des posts JSONL (stdin → stdout)
  user       crée un compte : vigie user add NOM --role ROLE (mot de passe sur stdin)
  audit      vérifie le journal d'audit : vigie audit verify

vigie <commande> --help pour le détail d'une commande.`

const commands: Record<string, { usage: string; run: (argv: string[], cfg: Config) => Promise<unknown> }> = {
  start: {
    usage: startUsage,
    run: (argv, cfg) => startCommand(cfg, argv),
  },
  replay: { usage: replayUsage, run: replayCommand },
  user: { usage: userUsage, run: userCommand },
  audit: { usage: auditUsage, run: auditCommand },
  classify: {
    usage: classifyUsage,
    run: async (argv) => {
      if (argv.length > 0) throw new UsageError(`option inconnue : ${argv[0]}`)
      const { classifyCommand } = await import('./commands/classify.js')
      await classifyCommand(process.stdin, process.stdout)
    },
  },
}

/** node:util parseArgs errors (in English) in French: the option or argument at fault, and what is wrong. */
export function parseArgsMessage(code: string, message: string): string {
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? ''
  const option = quoted.split(' ')[0] ?? quoted
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `option inconnue : ${option}`
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `argument inattendu : ${quoted}`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/argument missing/.test(message)) return `l’option ${option} attend une valeur`
    if (/does not take an argument/.test(message)) return `l’option ${option} ne prend pas de valeur`
    return `valeur invalide pour l’option ${option}`
  }
  return `arguments invalides : ${message}`
}

/** Runs the CLI; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage}\n`)
    return name ? 0 : 2
  }
  const command = commands[name]
  if (!command) {
    process.stderr.write(`commande inconnue : ${name}\n\n${usage}\n`)
    return 2
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n`)
    return 0
  }
  try {
    const cfg = envToConfig(readEnv())
    await command.run(rest, cfg)
    return 0
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n\n${command.usage}\n`)
      return 2
    }
    if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${parseArgsMessage(String(err.code), err.message)}\n\n${command.usage}\n`)
      return 2
    }
    if (err instanceof ConfigError) {
      process.stderr.write(`configuration invalide : ${err.message}\n`)
      return 2
    }
    if (err instanceof DataDirLockedError || err instanceof AuditBrokenError) {
      process.stderr.write(`${err.message}\n`)
      return 1
    }
    process.stderr.write(`erreur : ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
    return 1
  }
}
