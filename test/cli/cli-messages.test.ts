/** The CLI speaks French: node:util's parseArgs errors are translated, naming the option or argument at fault. */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parseArgsMessage } from '../../src/cli/main.js'

/** The French message for the error parseArgs throws on `args`. */
function messageFor(args: string[], options: ParseArgsConfig['options'] = {}): string {
  try {
    parseArgs({ args, options, allowPositionals: false })
  } catch (err) {
    const e = err as Error & { code: string }
    return parseArgsMessage(e.code, e.message)
  }
  throw new Error('parseArgs accepted the arguments')
}

describe('CLI messages', () => {
  it('translates parseArgs errors', () => {
    expect(messageFor(['--vitesse', '3'])).toBe('option inconnue : --vitesse')
    expect(messageFor(['--speed'], { speed: { type: 'string' } })).toBe('l’option --speed attend une valeur')
    expect(messageFor(['--demo=oui'], { demo: { type: 'boolean' } })).toBe('l’option --demo ne prend pas de valeur')
    expect(messageFor(['fichier.jsonl'])).toBe('argument inattendu : fichier.jsonl')
  })
})
