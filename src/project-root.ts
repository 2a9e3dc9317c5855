/** Locates the project root (the folder of Vigie's package.json), from source or from dist/. */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

let cached: string | undefined

/** Absolute path of the folder holding Vigie's package.json. */
export function projectRoot(): string {
  if (cached) return cached
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg)) {
      const { name } = JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }
      if (name === 'vigie') return (cached = dir)
    }
    const parent = dirname(dir)
    if (parent === dir) throw new Error('package.json de Vigie introuvable')
    dir = parent
  }
}

/** Vigie's version, from package.json. */
export function projectVersion(): string {
  const { version } = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string }
  return version
}
