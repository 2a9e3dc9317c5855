/**
 * Where a platform receives DSA Article 16 notices by e-mail: a small map
 * from the configuration (VIGIE_PLATFORM_NOTICE_EMAILS), looked up by
 * `platform:host`, then host, then platform. No address is shipped: the
 * cell enters the ones each platform publishes. (A platform registry will
 * replace this map; keep callers to `noticeAddressFor`.)
 */

/** The configured notice address for a post of `platform` at `url`, or null. */
export function noticeAddressFor(map: Readonly<Record<string, string>>, platform: string, url: string | null): string | null {
  let host: string | null = null
  try {
    host = url ? new URL(url).hostname.toLowerCase() : null
  } catch {
    host = null
  }
  const keys = [...(host ? [`${platform}:${host}`, host] : []), platform]
  for (const key of keys) {
    const found = map[key]
    if (found) return found
  }
  return null
}
