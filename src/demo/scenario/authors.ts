/**
 * Scenario accounts: a pool of ordinary (mostly old) teen accounts, episode
 * pools that keep growing (many distinct authors, a share of brand-new
 * accounts), and media accounts.
 */
import { FIRST_NAMES } from '../../../classifiers/waves/first-names.js'

/** One account: handle and creation time (ISO). */
export interface Account {
  handle: string
  did: string
  createdAt: string
  /** Cached JSON fragment of the author fields (filled by the generator). */
  json: string | undefined
}

const DAY = 86_400_000
const SEPARATORS = ['', '.', '_', '']
const TAILS = ['', '', '2010', '2011', '2009', '07', '13', '59', '93', 'off', 'pv', 'tv', 'bzh', 'fr', 'x']
const EDGY = ['xx', 'dark', 'le', 'la', 'real', 'nrv', 'ghost', 'kiki', 'noname', 'anon', 'tchoin', 'frerot', 'sombre', 'bg', 'boss', 'team']

/** Media and organisations that cover the wave. */
export const MEDIA: readonly string[] = [
  'franceinfo.bsky.social', 'lemonde.fr', 'leparisien.bsky.social', '20minutes.fr', 'ouestfrance.bsky.social', 'liberation.fr', 'bfmtv.bsky.social',
  'lefigaro.fr', 'france3regions.bsky.social', 'e-enfance.bsky.social',
]

const did = (seed: number, kind: string, i: number): string =>
  `did:plc:${kind}${((seed * 2654435761 + i * 40503) >>> 0).toString(36)}${i.toString(36)}`

/** A pool of ordinary accounts, created 20 days to 4 years before `startMs`; ~2 % are brand new. */
export function backgroundAccounts(size: number, startMs: number, seed: number, random: () => number): Account[] {
  const out: Account[] = []
  for (let i = 0; i < size; i++) {
    const name = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]!
    const sep = SEPARATORS[Math.floor(random() * SEPARATORS.length)]!
    const tail = TAILS[Math.floor(random() * TAILS.length)]!
    const age = random() < 0.02 ? random() * 6 * DAY : (20 + random() * 1440) * DAY
    out.push({ handle: `${name}${sep}${tail}${i.toString(36)}.bsky.social`, did: did(seed, 'b', i), createdAt: new Date(startMs - age).toISOString(), json: undefined })
  }
  return out
}

/** Accounts of one episode: each post takes a new author (probability `freshShare`) or reuses one. */
export class EpisodePool {
  private readonly used: Account[] = []

  constructor(
    private readonly prefix: string,
    private readonly seed: number,
    /** Share of new authors whose account is under 7 days old. */
    private readonly newAccountShare: number,
    private readonly freshShare = 0.7,
  ) {}

  /** Distinct authors so far. */
  get size(): number {
    return this.used.length
  }

  /** An author for a post written at `atMs`. */
  next(atMs: number, random: () => number): Account {
    if (this.used.length > 0 && random() >= this.freshShare) return this.used[Math.floor(random() * this.used.length)]!
    const i = this.used.length
    const edgy = EDGY[Math.floor(random() * EDGY.length)]!
    const name = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]!
    const fresh = random() < this.newAccountShare
    // New accounts: 1 hour to 6.5 days before their first post; others: 2 months to 3 years.
    const age = fresh ? (1 / 24 + random() * 6.4) * DAY : (60 + random() * 1000) * DAY
    const account: Account = {
      handle: `${edgy}${SEPARATORS[i % SEPARATORS.length]}${name}${this.prefix}${i.toString(36)}.bsky.social`,
      did: did(this.seed, this.prefix, i),
      createdAt: new Date(atMs - age).toISOString(),
      json: undefined,
    }
    this.used.push(account)
    return account
  }
}
