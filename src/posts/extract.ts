/** Hashtags and mentions found in a post's text, when the platform gave none. */

// A hashtag: '#' not preceded by a word character, then letters, digits, '_'.
const HASHTAG = /(?<![\p{L}\p{N}_&#])#([\p{L}\p{N}_]{1,100})/gu
// A mention: '@' not preceded by a word character, then a handle
// (Bluesky "mila.bsky.social", Mastodon "mila" or "mila@instance.fr").
const MENTION = /(?<![\p{L}\p{N}_.@])@([\p{L}\p{N}_][\p{L}\p{N}_.-]{0,99}(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?)/gu

/** Lower-case, without '#', deduplicated, in order of appearance. */
export function normalizeHashtag(tag: string): string {
  return tag.replace(/^#+/, '').toLowerCase()
}

/** Lower-case handle, without '@' or trailing dots. */
export function normalizeMention(handle: string): string {
  return handle.replace(/^@+/, '').replace(/[.-]+$/, '').toLowerCase()
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)].filter((v) => v.length > 0)
}

/** Hashtags in `text`, normalised. */
export function extractHashtags(text: string): string[] {
  return unique(Array.from(text.matchAll(HASHTAG), (m) => normalizeHashtag(m[1] ?? '')))
}

/** Mentions in `text`, normalised. */
export function extractMentions(text: string): string[] {
  return unique(Array.from(text.matchAll(MENTION), (m) => normalizeMention(m[1] ?? '')))
}

/** Normalises and deduplicates given hashtags. */
export function normalizeHashtags(tags: readonly string[]): string[] {
  return unique(tags.map(normalizeHashtag))
}

/** Normalises and deduplicates given mentions. */
export function normalizeMentions(handles: readonly string[]): string[] {
  return unique(handles.map(normalizeMention))
}
