/**
 * The URLs in what a person pasted: one or many, on lines, separated by
 * spaces or commas, inside a sentence, with or without `https://`. Pure.
 */

/** Most URLs taken from one paste. */
export const MAX_URLS_PER_PASTE = 50

// A URL with a scheme, or a bare host with a path (`vm.tiktok.com/ZM…`); stops at spaces, quotes and angle brackets.
const CANDIDATE = /(?:\bhttps?:\/\/|(?<![\w@.-])(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d{1,5})?\/)[^\s<>"'`]*/gi
// Punctuation that ends a sentence rather than the URL.
const TRAILING = /[.,;:!?»«)\]}'"’]+$/

/** The distinct URL candidates in `text`, in order of appearance (at most `MAX_URLS_PER_PASTE`). */
export function extractUrls(text: string): { urls: string[]; truncated: boolean } {
  const seen = new Set<string>()
  const urls: string[] = []
  for (const match of text.matchAll(CANDIDATE)) {
    let url = match[0].replace(TRAILING, '')
    // A closing parenthesis belongs to the URL only when it opened one inside it.
    if (url.includes('(') && match[0].slice(url.length).startsWith(')')) url += ')'
    if (url.length === 0 || seen.has(url)) continue
    seen.add(url)
    urls.push(url)
  }
  return { urls: urls.slice(0, MAX_URLS_PER_PASTE), truncated: urls.length > MAX_URLS_PER_PASTE }
}
