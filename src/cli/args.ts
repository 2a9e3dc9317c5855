/** Small helpers shared by the CLI commands. */

/** Thrown for a wrong command line; main prints it with the usage. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Parses a positive number option, or throws `UsageError`. */
export function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} attend un nombre positif, pas « ${value} »`)
  return n
}
