/** A throwaway PostgreSQL database for one benchmark run. */
import postgres from 'postgres'
import type { DatabaseConfig } from '../src/config/config.js'

/** Creates a fresh database on the server at `adminUrl`, runs `fn` on it, drops it. */
export async function withBenchDatabase(adminUrl: string, fn: (database: DatabaseConfig) => Promise<void>): Promise<void> {
  const name = `vigie_bench_${process.pid}`
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create database ${name}`)
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  try {
    await fn({ driver: 'postgres', url: url.toString() })
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`)
    await admin.end()
  }
}
