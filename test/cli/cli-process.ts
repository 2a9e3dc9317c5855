/** Runs the built `vigie` CLI as a child process (dist/ is built by global setup). */
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

export const VIGIE_BIN = join(import.meta.dirname, '..', '..', 'bin', 'vigie.js')

/** Spawns `vigie args…` with a clean Vigie environment plus `env` (and `nodeArgs` for node itself, e.g. `--cpu-prof`). */
export function spawnVigie(args: string[], env: Record<string, string> = {}, nodeArgs: readonly string[] = []): ChildProcess {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('VIGIE_') && k !== 'DATABASE_URL' && k !== 'PORT'),
  )
  return spawn(process.execPath, [...nodeArgs, VIGIE_BIN, ...args], {
    // No default sources: tests never reach the internet.
    env: { ...base, VIGIE_LOG_LEVEL: 'warn', VIGIE_SOURCES: '[]', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
}

/** Runs `vigie args…` to completion. */
export function runVigie(
  args: string[],
  env: Record<string, string> = {},
  stdin?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnVigie(args, env)
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
  child.stdin?.end(stdin)
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })
}
