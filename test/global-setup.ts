/**
 * Runs once before all suites: builds dist/ (the CLI tests spawn it) and the
 * dashboard bundle (served at /), and
 * prepares a migrated PGlite dump that each suite opens in ~1 s instead of
 * running initdb (~5 s).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { dumpPglite, openDatabase } from '../src/db/client.js'

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' })
  // The server serves the built dashboard: always a fresh bundle.
  execFileSync(process.execPath, ['scripts/build-dashboard.mjs'], { stdio: 'inherit' })
  const dir = mkdtempSync(join(tmpdir(), 'vigie-test-'))
  const handle = await openDatabase({ driver: 'pglite', dataDir: null })
  const dump = await dumpPglite(handle)
  await handle.close()
  const path = join(dir, 'template.tar')
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()))
  project.provide('pgliteTemplate', path)
  return () => rmSync(dir, { recursive: true, force: true })
}
