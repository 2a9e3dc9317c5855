/**
 * The only reader of `process.env`. Everything else receives a `Config`
 * built from this by `envToConfig`.
 */

/** Raw environment values Vigie understands, unparsed. */
export interface VigieEnv {
  port?: string
  host?: string
  dataDir?: string
  databaseUrl?: string
  logLevel?: string
  batchSize?: string
  flushMs?: string
  /** JSON array of source definitions. */
  sources?: string
  /** Path of a JSON file holding the source definitions. */
  sourcesFile?: string
  /** "1": session cookies are always Secure (TLS terminated in front of Vigie). */
  secureCookies?: string
}

/** Reads Vigie's variables from an environment (default `process.env`). */
export function readEnv(env: NodeJS.ProcessEnv = process.env): VigieEnv {
  return {
    port: env.PORT,
    host: env.VIGIE_HOST,
    dataDir: env.VIGIE_DATA_DIR,
    databaseUrl: env.DATABASE_URL,
    logLevel: env.VIGIE_LOG_LEVEL,
    batchSize: env.VIGIE_BATCH_SIZE,
    flushMs: env.VIGIE_FLUSH_MS,
    sources: env.VIGIE_SOURCES,
    sourcesFile: env.VIGIE_SOURCES_FILE,
    secureCookies: env.VIGIE_SECURE_COOKIES,
  }
}
