/** French labels (words from glossary.ts) and number/date formats. */
import type { Role } from '../../contract/auth.js'
import type { TakedownStatus } from '../../contract/takedowns.js'
import { AUDIT_ACTION_NAMES, CHANNEL_NAMES, FLAG_STATUS_NAMES, ROLE_NAMES, TAKEDOWN_STATUS_NAMES } from './glossary.js'

const num = new Intl.NumberFormat('fr-FR')
const pct = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 })
const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'medium' })
const time = new Intl.DateTimeFormat('fr-FR', { timeStyle: 'medium' })

export const fmtNumber = (n: number): string => num.format(n)
export const fmtPercent = (share: number): string => pct.format(share)
export const fmtScore = (s: number): string => s.toFixed(2).replace('.', ',')

/** Date and time, or « — ». */
export function fmtDateTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? '—' : dateTime.format(d)
}

/** Time of day only. */
export function fmtTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? '—' : time.format(d)
}

/** A duration as « 12 min 05 s » or « 1 h 02 min 07 s ». */
export function fmtDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const sec = s % 60
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min ${String(sec).padStart(2, '0')} s`
  return `${m} min ${String(sec).padStart(2, '0')} s`
}

/** DSA categories, in the contract's order, with their French labels. */
export const DSA_CATEGORIES: ReadonlyArray<readonly [string, string]> = [
  ['harassment', 'Harcèlement'],
  ['threat', 'Menace'],
  ['sexual_blackmail', 'Chantage sexuel / sextorsion'],
  ['non_consensual_intimate_image', 'Image intime non consentie'],
  ['doxxing', 'Divulgation de données personnelles'],
  ['hate', 'Haine'],
  ['self_harm_incitement', 'Incitation à l’automutilation ou au suicide'],
]
const DSA = new Map(DSA_CATEGORIES)
export const dsaLabel = (c: string): string => DSA.get(c) ?? c

/** Classifier categories (evidence), in French. */
const EVIDENCE: Record<string, string> = {
  insult: 'insulte',
  threat: 'menace',
  self_harm: 'incitation au suicide',
  sexual: 'sexuel',
  identity_hate: 'haine identitaire',
  body_shaming: 'moquerie physique',
  doxxing: 'divulgation',
  pile_on: 'acharnement',
  exclusion: 'exclusion',
}
export const evidenceLabel = (c: string): string => EVIDENCE[c] ?? c
/** Classifier categories with their French labels, as [value, label]. */
export const EVIDENCE_CATEGORIES: ReadonlyArray<readonly [string, string]> = Object.entries(EVIDENCE)

const PHASES: Record<string, string> = { emerging: 'naissante', active: 'active', declining: 'en déclin', closed: 'close' }
export const phaseLabel = (s: string): string => PHASES[s] ?? s

export const roleLabel = (r: string): string => ROLE_NAMES[r as Role] ?? r
export const ROLE_VALUES: readonly Role[] = ['admin', 'analyst', 'reviewer', 'counsellor']

export const flagStatusLabel = (s: string): string => FLAG_STATUS_NAMES[s] ?? s

export const takedownStatusLabel = (s: string): string => TAKEDOWN_STATUS_NAMES[s as TakedownStatus] ?? s

export const channelLabel = (c: string): string => CHANNEL_NAMES[c] ?? c

/** An audit action in French, or its code when it has no name yet. */
export const auditActionLabel = (a: string): string => AUDIT_ACTION_NAMES[a] ?? a

const HEALTH: Record<string, string> = { ok: 'OK', degraded: 'dégradée', failing: 'en panne', unknown: 'inconnue' }
export const healthLabel = (h: string): string => HEALTH[h] ?? h

/** « #anti2010 » for a hashtag wave, « @handle » for a pile-on. */
export const waveKey = (w: { kind: string; key: string }): string => (w.kind === 'target' ? `@${w.key}` : `#${w.key}`)
export const waveKindLabel = (k: string): string => (k === 'target' ? 'acharnement' : 'vague')

/** A wave's figures as every screen shows them (list row, detail header), formatted here only: [label, value, data-testid]. */
export function waveFigures(w: { posts: number; hostileShare: number; authors: number }): ReadonlyArray<readonly [string, string, string]> {
  return [
    ['Messages', fmtNumber(w.posts), 'wave-posts'],
    ['Part hostile', fmtPercent(w.hostileShare), 'wave-hostile-share'],
    ['Auteurs', fmtNumber(w.authors), 'wave-authors'],
  ]
}
