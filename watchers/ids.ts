/**
 * Ordering of platform ids and small bounded collections used in cursors.
 */

const DIGITS = /^\d{1,40}$/

/** Compares two ids: numerically when both are digit strings (Mastodon snowflakes), else as strings. */
export function compareIds(a: string, b: string): number {
  if (DIGITS.test(a) && DIGITS.test(b)) {
    const x = a.replace(/^0+(?=\d)/, '')
    const y = b.replace(/^0+(?=\d)/, '')
    if (x.length !== y.length) return x.length - y.length
  }
  return a < b ? -1 : a > b ? 1 : 0
}

/** The newest `limit` entries of `fresh` then `old`, without repeats. */
export function boundedUnion(fresh: readonly string[], old: readonly string[], limit: number): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  for (const list of [fresh, old]) {
    for (const id of list) {
      if (out.length >= limit) return out
      if (seen.has(id)) continue
      seen.add(id)
      out.push(id)
    }
  }
  return out
}
