/**
 * Path templates of the platform registry, matched without regular
 * expressions (admins edit them; URLs come from attackers): `/@:author/video/:id`.
 * A segment is a literal (matched case-insensitively), `:name` (one non-empty
 * segment), `prefix:name` (a literal prefix then the rest of the segment), or
 * `*` at the end (any rest, possibly empty). A trailing slash is ignored. Pure.
 */

/** Parameter values: URL-safe characters only (decoded values never contain `/`, `?` or `#`). */
const PARAM = /^[A-Za-z0-9._~-]{1,200}$/

/** Captured parameters by name. */
export type Params = Record<string, string>

function segments(path: string): string[] {
  return path.split('/').filter((s, i, all) => !(s === '' && (i === 0 || i === all.length - 1)))
}

function matchSegment(template: string, value: string, params: Params): boolean {
  const colon = template.indexOf(':')
  if (colon < 0) return template.toLowerCase() === value.toLowerCase()
  const prefix = template.slice(0, colon)
  const name = template.slice(colon + 1)
  if (!value.toLowerCase().startsWith(prefix.toLowerCase())) return false
  let rest: string
  try {
    rest = decodeURIComponent(value.slice(prefix.length))
  } catch {
    return false
  }
  if (!PARAM.test(rest)) return false
  params[name] = rest
  return true
}

/** Matches `path` (a URL's pathname) against `template`; the captured parameters, or null. */
export function matchPath(template: string, path: string, params: Params = {}): Params | null {
  const t = segments(template)
  const p = segments(path)
  for (let i = 0; i < t.length; i++) {
    const seg = t[i] as string
    if (seg === '*' && i === t.length - 1) return params
    const value = p[i]
    if (value === undefined || value === '' || !matchSegment(seg, value, params)) return null
  }
  return t.length === p.length ? params : null
}

/** Matches the query parameters a pattern needs (`{ v: ':id' }`); adds them to `params`, or null. */
export function matchQuery(wanted: Readonly<Record<string, string>> | undefined, query: URLSearchParams, params: Params): Params | null {
  for (const [key, template] of Object.entries(wanted ?? {})) {
    const value = query.get(key)
    if (value === null || !PARAM.test(value)) return null
    params[template.replace(/^:/, '')] = value
  }
  return params
}

/** Fills `:name` placeholders of a template (canonical URL, key) with `params`; null when one is missing. */
export function fill(template: string, params: Readonly<Params>): string | null {
  let missing = false
  // `https://` and `host:8080` never match: a placeholder starts with a lower-case letter.
  const out = template.replace(/:([a-z][A-Za-z0-9]*)/g, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) {
      missing = true
      return whole
    }
    return encodeURIComponent(value)
  })
  return missing ? null : out
}

/** True when `host` is listed in `hosts` (exact, or under a `*.` wildcard). */
export function hostListed(hosts: readonly string[], host: string): boolean {
  const h = host.toLowerCase()
  return hosts.some((entry) => (entry.startsWith('*.') ? h.endsWith(entry.slice(1)) || h === entry.slice(2) : h === entry))
}
