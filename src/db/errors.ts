/** Reading PostgreSQL errors the same way from PGlite, postgres.js and drizzle. */

/** The SQLSTATE code of an error or of one of its causes, if any. */
export function sqlState(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
    e = (e as { cause?: unknown }).cause
  }
  return undefined
}

/**
 * True when the database refused the data itself (bad value, constraint,
 * size limit): retrying the same row cannot succeed, other rows can.
 */
export function isDataError(err: unknown): boolean {
  const code = sqlState(err)
  return code !== undefined && (code.startsWith('22') || code.startsWith('23') || code.startsWith('54'))
}
