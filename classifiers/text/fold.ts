/**
 * Character folding: lower case, no accents, ligatures spread out.
 * Built once at import from String.prototype.normalize, so no table is typed by hand.
 */

const LIMIT = 0x250
const TABLE: string[] = buildTable()

function buildTable(): string[] {
  const table: string[] = []
  for (let code = 0; code < LIMIT; code++) {
    const ch = String.fromCharCode(code)
    let folded = ch.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    if (ch === 'œ' || ch === 'Œ') folded = 'oe'
    else if (ch === 'æ' || ch === 'Æ') folded = 'ae'
    else if (ch === 'ß') folded = 'ss'
    table.push(folded)
  }
  return table
}

/**
 * Per code below 0x250: the a–z letter code it folds to, or 0 when it folds to anything else (a digit,
 * a ligature's two letters, a sign, nothing). A letter's own code for a–z; "É" → "e".
 */
export const FOLDED_LETTER: Uint8Array = (() => {
  const table = new Uint8Array(LIMIT)
  for (let code = 0; code < LIMIT; code++) {
    const f = TABLE[code] ?? ''
    if (f.length === 1 && isLetter(f.charCodeAt(0))) table[code] = f.charCodeAt(0)
  }
  return table
})()

/** Folds one UTF-16 code unit: lower case without accents ("É" → "e", "œ" → "oe"). */
export function foldChar(code: number): string {
  if (code < LIMIT) return TABLE[code] ?? ''
  return String.fromCharCode(code).toLowerCase()
}

/** Folds a whole string (lower case, accents stripped); lengths may differ from the input. */
export function foldText(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) out += foldChar(text.charCodeAt(i))
  return out
}

/** True for a folded ASCII letter a–z. */
export function isLetter(code: number): boolean {
  return code >= 97 && code <= 122
}

/** True for an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
