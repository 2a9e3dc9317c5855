/**
 * The training rows: each sample with its analysis (model features, the parts of the final mix)
 * and its cross-validation fold.
 */
import { createHash } from 'node:crypto'
import { resolve } from 'node:path'
import { analyse, tokensOf } from '../../classifiers/analyse.js'
import { featureIndices } from '../../classifiers/features.js'
import type { MixParts } from '../../classifiers/index.js'
import type { Sample } from './data.js'

/** Cross-validation folds (a row's fold is a hash of its text, so it stays put when data change). */
export const FOLDS = 5
/** FTR labels racism only: its "0" says nothing about toxicity when the tweet insults someone. */
const FTR_NEGATIVE_MAX_LEX = 0.5

/** A sample with its analysis. */
export interface Row extends Sample {
  feats: number[]
  parts: MixParts
  /** Weak evidence only (LexiconOutcome.weak): hostile words said of no one. */
  weak: boolean
  /** Cross-validation fold, 0..FOLDS-1 (a hash of the text). */
  fold: number
}

/** ../shared/data, or the folder given by `--data`. */
export function dataDir(root: string, argv: readonly string[] = process.argv): string {
  const i = argv.indexOf('--data')
  const arg = i >= 0 ? argv[i + 1] : undefined
  return arg !== undefined ? resolve(arg) : resolve(root, '../shared/data')
}

/** A number in [0, 1) from a hash of the text. */
function textHash(text: string): number {
  return Number.parseInt(createHash('sha1').update(text).digest('hex').slice(0, 8), 16) / 0x1_0000_0000
}

/** Analyses the samples; leaves out benign text with evidence and FTR « clean » rows the lexicon reads as hostile. */
export function analysed(samples: readonly Sample[]): Row[] {
  const rows: Row[] = []
  for (const s of samples) {
    const a = analyse(s.text)
    const parts: MixParts = { model: 0, modelDamp: a.modelDamp, lex: a.lex, evidence: a.evidence.length > 0 }
    // Unlabelled benign text that the lexicon reads as harassment is not « probably benign »: left out.
    if (s.group === 'benign' && parts.evidence) continue
    if (s.source === 'ftr' && s.label === 0 && a.lex > FTR_NEGATIVE_MAX_LEX) continue
    const feats = a.features.length > 0 ? a.features : featureIndices(tokensOf(s.text))
    const h = textHash(s.text)
    rows.push({ ...s, feats, parts, weak: a.weak, fold: Math.floor(h * FOLDS) })
  }
  return rows
}
