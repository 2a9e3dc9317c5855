/**
 * The hints frozen with a flagged post (evidence.ts snapshotHints), as the
 * case file says them in French: in the PDF's frozen evidence and on the flag's
 * line of the timeline (and so in the PDF's chronology). Same words as the
 * dashboard's marks (dashboard/src/text-marks.ts hintLabel, which the
 * dashboard cannot share: it imports only types from outside its folder; a
 * test holds the two equal).
 */
import type { Hint } from '../../classifiers/verdict.js'

/** The heading of the hints in a case file. */
export const HINTS_HEADING = 'Indices (sans preuve directe)'

/** What one hint is, in the dashboard's words: « vocabulaire hostile non visé », « mot qui a pesé dans le score (+1,55) ». */
export function hintLabel(hint: Hint): string {
  if (hint.kind === 'weak') return 'vocabulaire hostile non visé'
  return hint.weight === undefined ? 'mot qui a pesé dans le score' : `mot qui a pesé dans le score (+${hint.weight.toFixed(2).replace('.', ',')})`
}

/** Longest hinted text printed, in characters (a hint is a word or a short phrase). */
const MAX_MATCH = 60

/** Bidirectional controls: written into a post, they would reorder the line they are printed on. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/**
 * A hinted text fit for one line of a case file: spaces (line breaks, tabs) collapsed, control and
 * bidirectional-control characters removed, at most MAX_MATCH characters (« … » past them).
 */
export function printableMatch(match: string): string {
  const flat = match
    .replace(/\s+/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .replace(BIDI_CONTROLS, '')
    .trim()
  const chars = Array.from(flat)
  return chars.length > MAX_MATCH ? `${chars.slice(0, MAX_MATCH).join('')}…` : flat
}

/** « hystérique » — mot qui a pesé dans le score (+0,85) ; « incapable » — … */
export function hintList(hints: readonly Hint[]): string {
  return hints.map((h) => `« ${printableMatch(h.match)} » — ${hintLabel(h)}`).join(' ; ')
}

/** The flag's timeline line: « Indices (sans preuve directe) : « … » — … ». */
export function hintsLine(hints: readonly Hint[]): string {
  return `${HINTS_HEADING} : ${hintList(hints)}`
}

/** What the hints are, under them in the PDF (the dashboard's legend, without its highlighting). */
export function hintsNote(hints: readonly Hint[]): string {
  const what = hints.some((h) => h.kind === 'weak')
    ? 'Aucune insulte visant quelqu’un : le vocabulaire hostile non visé qui a fait classer ce message.'
    : 'Aucun mot du lexique : les mots qui ont pesé le plus dans le score du modèle.'
  return `${what} Indices figés avec le message au signalement ; ce ne sont pas des preuves et ils ne désignent aucune catégorie.`
}
