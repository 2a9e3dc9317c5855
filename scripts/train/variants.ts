/**
 * Optional feature families that cross-validation can add to every row (cv.ts, `families`), to
 * measure a change of the feature space before touching classifiers/features.ts. None is scored
 * by the shipped model. They hash with the same FNV-1a as features.ts, under seeds of their own
 * (11–14), masked to FEATURE_BITS; `glue35` hashes in the within-word character n-gram family
 * (features.ts's GRAM_SEED, 10) on purpose.
 *
 * Families (tried for issue 11, see docs/classifier-research.md, Feature-space variants):
 * - cross35 / cross45: character 3–5- (4–5-) grams spanning the single space between two words
 *   with no clause break between them (« e ta » in « nique ta »);
 * - glue35: the same without the space, in the within-word family, so « nique ta » shares grams
 *   with « niqueta »;
 * - skip: skip-bigrams (word i − 2, word i);
 * - trigram: word trigrams;
 * - stempair: bigrams of French stems.
 */
import { FEATURE_BITS, FNV_PRIME, GRAM_SEED, SENTENCE_START, STEM_SEED, hashStr, mix2, seedState, stem, tokenHash } from '../../classifiers/features.js'
import { isFirstName } from '../../classifiers/text/names.js'
import type { Token } from '../../classifiers/text/token.js'

/** The optional feature families. */
export type VariantFamily = 'cross35' | 'cross45' | 'glue35' | 'skip' | 'trigram' | 'stempair'

const MASK = (1 << FEATURE_BITS) - 1
const SPACE = 32
/** Seeds of the optional families. */
const CROSS_SEED = 11
const SKIP_SEED = 12
const TRIGRAM_SEED = 13
const STEM_PAIR_SEED = 14

/** A pair (a, b) hashed under a family's seed. */
function pair(seed: number, a: number, b: number): number {
  return mix2(Math.imul(a ^ seed, 0x27d4eb2d), b)
}

/**
 * Character n-grams (length `min`–5) across the space between words `a` and `b`: the last k
 * characters of `a`, the space, the first m of `b` (k, m ≥ 1). With `glued`, without the space,
 * in the within-word family.
 */
function pushSpanGrams(a: string, b: string, min: number, glued: boolean, out: number[]): void {
  for (let n = min; n <= 5; n++) {
    const inner = glued ? n : n - 1 // characters taken from the two words
    for (let k = 1; k < inner; k++) {
      const m = inner - k
      if (k > a.length || m > b.length) continue
      let h = seedState(glued ? GRAM_SEED : CROSS_SEED)
      for (let i = a.length - k; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), FNV_PRIME)
      if (!glued) h = Math.imul(h ^ SPACE, FNV_PRIME)
      for (let i = 0; i < m; i++) h = Math.imul(h ^ b.charCodeAt(i), FNV_PRIME)
      out.push(h & MASK)
    }
  }
}

/** Indices of one optional family for a token list (repeats allowed, as in features.ts). */
export function variantFeatures(tokens: readonly Token[], family: VariantFamily): number[] {
  const out: number[] = []
  let prev2 = SENTENCE_START
  let prev = SENTENCE_START
  let prevStem = SENTENCE_START
  let prevWord: string | undefined
  for (const tok of tokens) {
    const isWord = tok.kind === 'word' && !isFirstName(tok)
    const hw = tokenHash(tok)
    if (tok.breakBefore) prevWord = undefined
    switch (family) {
      case 'cross35':
      case 'cross45':
      case 'glue35':
        if (isWord && prevWord !== undefined) pushSpanGrams(prevWord, tok.text, family === 'cross45' ? 4 : 3, family === 'glue35', out)
        break
      case 'skip':
        out.push(pair(SKIP_SEED, prev2, hw) & MASK)
        break
      case 'trigram':
        out.push(pair(TRIGRAM_SEED, mix2(prev2, prev), hw) & MASK)
        break
      case 'stempair': {
        const hs = isWord ? hashStr(STEM_SEED, stem(tok.text)) : hw
        out.push(pair(STEM_PAIR_SEED, prevStem, hs) & MASK)
        prevStem = hs
        break
      }
    }
    prevWord = isWord ? tok.text : undefined
    prev2 = prev
    prev = hw
  }
  return out
}
