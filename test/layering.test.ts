/**
 * The folder layout of DESIGN.md, checked on the imports themselves:
 * watchers/ never reach into the service, classifiers/ stay pure, and the
 * wire types in contract/ depend on nothing of ours but themselves.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '../src/project-root.js'

const root = projectRoot()

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f))
}

/** Every module specifier a file imports or re-exports, with whether the import is type-only. */
function imports(file: string): Array<{ spec: string; typeOnly: boolean }> {
  const text = readFileSync(join(root, file), 'utf8')
  const found: Array<{ spec: string; typeOnly: boolean }> = []
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'/gms)) {
    found.push({ spec: m[3] ?? '', typeOnly: m[2] !== undefined })
  }
  for (const m of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) found.push({ spec: m[1] ?? '', typeOnly: false })
  return found
}

/** The top-level folder a relative import from `file` lands in. */
function folderOf(file: string, spec: string): string {
  const target = relative(root, join(root, file, '..', spec))
  return target.split('/')[0] ?? ''
}

describe('layering', () => {
  it('watchers/ import only watchers/ and contract/ of ours', () => {
    const offending = sources('watchers').flatMap((f) =>
      imports(f)
        .filter((i) => i.spec.startsWith('.') && !['watchers', 'contract'].includes(folderOf(f, i.spec)))
        .map((i) => `${f} → ${i.spec}`),
    )
    expect(offending).toEqual([])
  })

  it('classifiers/ do no I/O and import nothing of the service', () => {
    const io = /^(node:)?(fs|fs\/promises|net|http|https|http2|dgram|child_process|worker_threads|dns|tls)$/
    const offending = sources('classifiers').flatMap((f) =>
      imports(f)
        .filter((i) => io.test(i.spec) || (i.spec.startsWith('.') && !['classifiers', 'contract'].includes(folderOf(f, i.spec))))
        .map((i) => `${f} → ${i.spec}`),
    )
    expect(offending).toEqual([])
  })

  it('contract/ imports only zod and itself', () => {
    const offending = sources('contract').flatMap((f) =>
      imports(f)
        .filter((i) => (i.spec.startsWith('.') ? folderOf(f, i.spec) !== 'contract' : i.spec !== 'zod'))
        .map((i) => `${f} → ${i.spec}`),
    )
    expect(offending).toEqual([])
  })

  it('the dashboard imports from outside its folder only types of contract/', () => {
    const offending = sources('dashboard/src').flatMap((f) =>
      imports(f)
        .filter((i) => i.spec.startsWith('.') && folderOf(f, i.spec) !== 'dashboard')
        .filter((i) => !(i.typeOnly && folderOf(f, i.spec) === 'contract'))
        .map((i) => `${f} → ${i.spec}`),
    )
    expect(offending).toEqual([])
  })
})
