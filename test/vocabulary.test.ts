/**
 * One vocabulary: README's « Glossaire » matches the dashboard's glossary
 * module; README, the dashboard and the server's messages never use the
 * synonyms left aside; every audit action has a French name; the server's
 * role and status names are the glossary's.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AUDIT_ACTION_NAMES, FLAG_STATUS_NAMES, REJECTED, ROLE_NAMES, SCREENS, TAKEDOWN_STATUS_NAMES, TERMS } from '../dashboard/src/glossary.js'
import { ROLE_LABELS } from '../src/auth/roles.js'
import { TAKEDOWN_STATUS_LABELS } from '../src/moderation/takedown-status.js'
import { projectRoot } from '../src/project-root.js'

const ROOT = projectRoot()
const README = readFileSync(join(ROOT, 'README.md'), 'utf8')

/** The .ts files under `dir`, relative to the root. */
function sources(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else if (name.endsWith('.ts')) out.push(relative(ROOT, p))
    }
  }
  walk(join(ROOT, dir))
  return out
}

/** README's « Glossaire » section, and the rest. */
function readmeParts(): { glossary: string; rest: string } {
  const start = README.indexOf('## Glossaire\n')
  const end = README.indexOf('\n## ', start + 1)
  if (start < 0 || end < 0) throw new Error('README has no « Glossaire » section')
  return { glossary: README.slice(start, end), rest: README.slice(0, start) + README.slice(end) }
}

/** Lines holding a rejected synonym, as `file:line: text (use « … »)`. */
function offences(file: string, text: string): string[] {
  const out: string[] = []
  text.split('\n').forEach((line, i) => {
    for (const { pattern, use } of REJECTED) if (pattern.test(line)) out.push(`${file}:${i + 1}: ${line.trim()} (use « ${use} »)`)
  })
  return out
}

describe('vocabulary', () => {
  it('README’s glossary lists exactly the names of dashboard/src/glossary.ts', () => {
    const rows = [...readmeParts().glossary.matchAll(/^\| ([a-z ]+) \| ([^|]+) \| `([a-z-]+)` \|$/gm)].map((m) => `${m[1]} | ${m[2]!.trim()} | ${m[3]}`)
    const expected = [
      ...Object.entries(SCREENS).map(([code, s]) => `screen | ${s.nav} | ${code}`),
      ...Object.entries(ROLE_NAMES).map(([code, name]) => `role | ${name} | ${code}`),
      ...Object.entries(TAKEDOWN_STATUS_NAMES).map(([code, name]) => `takedown status | ${name} | ${code}`),
      ...Object.entries(FLAG_STATUS_NAMES).map(([code, name]) => `flag status | ${name} | ${code}`),
      ...Object.entries(TERMS).map(([code, name]) => `term | ${name} | ${code}`),
    ]
    expect(rows.sort()).toEqual(expected.sort())
  })

  it('README, the dashboard and the server’s messages use none of the synonyms left aside', () => {
    const files = [...sources('dashboard/src').filter((f) => !f.endsWith('glossary.ts')), ...sources('src')]
    const found = [...offences('README.md', readmeParts().rest), ...files.flatMap((f) => offences(f, readFileSync(join(ROOT, f), 'utf8')))]
    expect(found).toEqual([])
  })

  it('catches each synonym it rejects', () => {
    const samples = ["{ label: 'Audit' }", 'Utilisateurs', 'aucun écoutant', 'demandé → reçu → retiré', 'un avis DSA', 'envoyé par courriel']
    for (const sample of samples) expect(offences('x', sample), sample).toHaveLength(1)
    // The chosen names, and ordinary words near them, pass.
    for (const fine of ['Journal d’audit', 'aucun fichier reçu', 'smtp://utilisateur:motdepasse@hôte', 'pris en compte', 'notification DSA']) {
      expect(offences('x', fine), fine).toEqual([])
    }
  })

  it('gives every audit action the server writes a French name', () => {
    const actions = new Set<string>()
    for (const f of sources('src')) {
      const text = readFileSync(join(ROOT, f), 'utf8')
      for (const m of text.matchAll(/action: '([a-z_]+\.[a-z_.]+)'/g)) actions.add(m[1]!)
      for (const m of text.matchAll(/action: [^?\n]+\? '([a-z_]+\.[a-z_.]+)' : '([a-z_]+\.[a-z_.]+)'/g)) actions.add(m[1]!).add(m[2]!)
      for (const m of text.matchAll(/audit\(c, '([a-z_]+\.[a-z_.]+)'/g)) actions.add(m[1]!)
    }
    expect(actions.size).toBeGreaterThan(40)
    expect([...actions].filter((a) => !AUDIT_ACTION_NAMES[a]).sort()).toEqual([])
  })

  it('names roles and takedown statuses on the server as the glossary does', () => {
    expect(ROLE_LABELS).toEqual(ROLE_NAMES)
    for (const [status, label] of Object.entries(TAKEDOWN_STATUS_LABELS)) {
      expect(label.startsWith(TAKEDOWN_STATUS_NAMES[status as keyof typeof TAKEDOWN_STATUS_NAMES])).toBe(true)
    }
  })
})
