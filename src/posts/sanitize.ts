/** Makes attacker-written strings safe to store: no NUL bytes, no lone surrogates. */

// Without the `u` flag, so that surrogate halves are matched one by one.
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Replaces NUL bytes and lone UTF-16 surrogates with U+FFFD. */
export function sanitizeText(s: string): string {
  return s.replace(UNSAFE, '\uFFFD')
}
