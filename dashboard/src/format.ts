/** French labels and number/date formats. */
import type { Role } from '../../contract/auth.js'
import type { TakedownStatus } from '../../contract/takedowns.js'

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

const ROLES: Record<Role, string> = { admin: 'administrateur', analyst: 'analyste', reviewer: 'relecteur', counsellor: 'écoutant' }
export const roleLabel = (r: string): string => ROLES[r as Role] ?? r
export const ROLE_VALUES: readonly Role[] = ['admin', 'analyst', 'reviewer', 'counsellor']

const FLAG_STATUS: Record<string, string> = { pending: 'à relire', claimed: 'en relecture', confirmed: 'confirmé', rejected: 'rejeté' }
export const flagStatusLabel = (s: string): string => FLAG_STATUS[s] ?? s

const TAKEDOWN_STATUS: Record<TakedownStatus, string> = { requested: 'demandé', acknowledged: 'pris en compte', removed: 'retiré', refused: 'refusé' }
export const takedownStatusLabel = (s: string): string => TAKEDOWN_STATUS[s as TakedownStatus] ?? s

const CHANNELS: Record<string, string> = {
  'bluesky-report': 'signalement Bluesky',
  'mastodon-report': 'signalement Mastodon',
  'dsa-notice': 'notification DSA (art. 16)',
}
export const channelLabel = (c: string): string => CHANNELS[c] ?? c

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
