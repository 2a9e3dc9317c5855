/** `vigie start` child processes on one PostgreSQL, for the cluster tests and bench/cluster.ts. */
import type { ChildProcess } from 'node:child_process'
import { spawnVigie } from '../cli/cli-process.js'

/** A running instance. */
export interface Instance {
  child: ChildProcess
  /** http://127.0.0.1:port */
  url: string
  /** Settles when the process has exited. */
  exited: Promise<void>
}

/**
 * Starts `vigie start` on `databaseUrl` watching the Jetstream at
 * `jetstreamUrl` (plus `env`, and `nodeArgs` for node); resolves once it listens.
 */
export async function startInstance(
  databaseUrl: string,
  jetstreamUrl: string,
  env: Record<string, string> = {},
  nodeArgs: readonly string[] = [],
): Promise<Instance> {
  const child = spawnVigie(['start'], {
    DATABASE_URL: databaseUrl,
    PORT: '0',
    VIGIE_LOG_LEVEL: 'info',
    VIGIE_SOURCES: JSON.stringify([{ kind: 'jetstream', name: 'flux', url: jetstreamUrl }]),
    // Nothing leaves the machine: DID ↔ handle lookups and DID documents hit a closed local port.
    VIGIE_BLUESKY_APPVIEW: 'http://127.0.0.1:9',
    VIGIE_PLC_URL: 'http://127.0.0.1:9',
    VIGIE_RETENTION_SCHEDULE: 'off',
    ...env,
  }, nodeArgs)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  let log = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance did not start:\n${log}`)), 60_000)
    const onData = (d: Buffer) => {
      log += d.toString()
      const m = /"url":"(http:\/\/[^"]+)"/.exec(log)
      if (m) {
        clearTimeout(timer)
        child.stderr?.off('data', onData)
        // Keep draining stderr so the child never blocks on a full pipe.
        child.stderr?.resume()
        resolve(m[1]!)
      }
    }
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`instance exited (${code}):\n${log}`)))
  })
  child.stdout?.resume()
  return { child, url, exited }
}

/** Signs in on an instance; returns the session cookie. */
export async function logIn(baseUrl: string, name: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password }) })
  if (res.status !== 200) throw new Error(`login ${name}: ${res.status} ${await res.text()}`)
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}
