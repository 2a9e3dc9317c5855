/**
 * Experiment (issue 11): does a long post lose its one hostile sentence? The linear model divides
 * its weight sum by sqrt(feature count), so one crude sentence inside a long, otherwise ordinary
 * comment is diluted. This scores each post's worst segment with the same (out-of-fold) model and
 * compares, out of fold, the whole-post logit (the baseline) with:
 *   - `max`: the larger of the whole-post logit and the worst segment's;
 *   - `alone`: the worst segment's logit by itself;
 *   - `stack`: a logistic regression of the label on both (fitted as stack.ts fits the two linear
 *     models, over the labelled sets and our examples), folded into one logit;
 *   - `gap`: the same with max(0, worst segment − whole) as the second input (zero on short posts).
 * Segments: sentences (cut at . ! ? and newlines), clauses (every clause break the tokenizer
 * marks), lines, and windows of 8 or 16 tokens (stride half a window). A post with fewer than two
 * segments has the whole-post logit as its « worst segment ». A segment's logit is the model's over
 * the segment's own tokens (features.ts's featureIndices over the slice, without the post's
 * lexicon-kind features), with the stacked pair of linear models fitted on the other folds.
 *
 * Prints per variant: the ToxiFrench agreement subset's model AUC and recall at 5 % FPR (of the
 * model logit) per length band (≤ 80, 80–160, 160–250 characters: the subset has no longer row) and overall, its score AUC and
 * recall at 5 % FPR, FTR / MLMA / Jigsaw model AUC, the labelled sets' longer rows' (> 250 characters) model AUC, our examples' longer rows' (> 80)
 * score AUC, the labelled sets' and our examples' score AUC,
 * the operating point (ordinary and hard-negative FPR, recall, precision at 3 %).
 * VIGIE_CV_DUMP=<prefix> writes dumps for compare-dumps.ts (paired bootstrap).
 *
 * VIGIE_SEG_MIN_CHARS=<n> gives posts of n characters or fewer their whole-post logit as worst segment.
 *
 * Run: VIGIE_TRAIN_BAGS=2 VIGIE_CV_DUMP=/tmp/seg nice -n 5 npx tsx scripts/train/segments.ts
 *      npx tsx scripts/train/compare-dumps.ts /tmp/seg.base.jsonl /tmp/seg.stack-w8.jsonl
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { tokensOf } from '../../classifiers/analyse.js'
import { featureIndices } from '../../classifiers/features.js'
import type { Token } from '../../classifiers/text/token.js'
import { projectRoot } from '../../src/project-root.js'
import { seededRandom } from '../../src/util/seeded-random.js'
import { loadSamples, mixSettings } from './data.js'
import { fitModel, fitSettings, quantize, quantLogit } from './logistic.js'
import type { QuantModel } from './logistic.js'
import { recallAtFpr, rocAuc } from './metrics.js'
import { calibrateOutOfFold } from './out-of-fold-point.js'
import { FOLDS, analysed, dataDir } from './rows.js'
import type { Row } from './rows.js'
import { fitStack, fitStackN, inSecond } from './stack.js'

const ROOT = projectRoot()
const SEED = 20_261_127
const FIT_SEED = SEED + Number(process.env.VIGIE_CV_FIT_SEED ?? 0)

/** How a post is cut into segments. */
export type Cut = 'sent' | 'clause' | 'line' | 'w8' | 'w16'
const CUTS: readonly Cut[] = ['sent', 'clause', 'line', 'w8', 'w16']

/** Token ranges [start, end) of a post's segments under a cut (one range: the whole post). */
export function segments(text: string, tokens: readonly Token[], cut: Cut): [number, number][] {
  const n = tokens.length
  if (cut === 'w8' || cut === 'w16') {
    const size = cut === 'w8' ? 8 : 16
    if (n <= size) return [[0, n]]
    const out: [number, number][] = []
    for (let a = 0; ; a += size / 2) {
      const b = Math.min(n, a + size)
      out.push([Math.max(0, b - size), b])
      if (b === n) break
    }
    return out
  }
  const out: [number, number][] = []
  let start = 0
  for (let i = 1; i < n; i++) {
    const tok = tokens[i] as Token
    const gap = text.slice((tokens[i - 1] as Token).end, tok.start)
    const cuts = cut === 'clause' ? tok.breakBefore : cut === 'sent' ? /[.!?\n]/.test(gap) : gap.includes('\n')
    if (cuts) {
      out.push([start, i])
      start = i
    }
  }
  out.push([start, n])
  return out
}

/** Per row and cut, the worst segment's logits under the two models (first, second), or undefined for one segment. */
type SegLogits = Record<Cut, [number, number][] | undefined>

function outOfFoldWithSegments(rows: readonly Row[]): { first: number[]; second: number[]; segs: (SegLogits | undefined)[] } {
  const fit = fitSettings()
  const first = new Array<number>(rows.length).fill(0)
  const second = new Array<number>(rows.length).fill(0)
  const segs = new Array<SegLogits | undefined>(rows.length)
  for (let k = 0; k < FOLDS; k++) {
    const t0 = Date.now()
    const train = (keep: (r: Row) => boolean): QuantModel => quantize(fitModel(rows.filter((r) => keep(r) && (r.group === 'templated' || r.fold !== k)).map((r) => ({ label: r.label, feats: r.feats, weight: r.weight, source: r.source, group: r.group })), FIT_SEED + 1 + k, fit))
    const m1 = train(() => true)
    const m2 = quantize(fitModel(rows.filter((r) => inSecond(r) && (r.group === 'templated' || r.fold !== k)).map((r) => ({ label: r.label, feats: r.feats, weight: r.weight, source: r.source, group: r.group })), FIT_SEED + 101 + k, fit))
    rows.forEach((r, i) => {
      if (r.group === 'templated' || r.fold !== k) return
      first[i] = quantLogit(r.feats, m1, fit.lengthPower)
      second[i] = quantLogit(r.feats, m2, fit.lengthPower)
      const tokens = tokensOf(r.text)
      const s = {} as SegLogits
      for (const cut of CUTS) {
        const ranges = segments(r.text, tokens, cut)
        s[cut] = ranges.length < 2 ? undefined : ranges.map(([a, b]) => {
          const f = featureIndices(tokens.slice(a, b))
          return [quantLogit(f, m1, fit.lengthPower), quantLogit(f, m2, fit.lengthPower)]
        })
      }
      segs[i] = s
    })
    console.log(`  fold ${k}: ${((Date.now() - t0) / 1000).toFixed(0)} s`)
  }
  return { first, second, segs }
}

const f3 = (x: number): string => (Number.isNaN(x) ? '  -  ' : x.toFixed(3))
const BANDS: readonly [string, number, number][] = [['≤80', 0, 80], ['80-160', 81, 160], ['160-250', 161, 250]]
/** Segments count only for posts longer than this many characters (VIGIE_SEG_MIN_CHARS; 0: every post). */
const MIN_CHARS = Number(process.env.VIGIE_SEG_MIN_CHARS ?? 0)

function evaluate(all: readonly Row[], logits: readonly number[], name: string): void {
  const { rows, scores, op } = calibrateOutOfFold(all, logits, name)
  const idx = (keep: (r: Row) => boolean): number[] => rows.map((r, i) => [r, i] as const).filter(([r]) => keep(r)).map(([, i]) => i)
  const model = (list: number[]): { score: number; label: 0 | 1 }[] => list.map((i) => ({ score: (rows[i] as Row).parts.model, label: (rows[i] as Row).label }))
  const score = (list: number[]): { score: number; label: 0 | 1 }[] => list.map((i) => ({ score: scores[i] ?? 0, label: (rows[i] as Row).label }))
  const tf = (r: Row): boolean => r.source === 'toxifrench_agreement'
  const bands = BANDS.map(([b, lo, hi]) => {
    const l = idx((r) => tf(r) && r.text.length >= lo && r.text.length <= hi)
    return `${b} ${f3(rocAuc(model(l)))} r5 ${f3(recallAtFpr(model(l), 0.05).recall)}`
  })
  const t = idx(tf)
  const sets = ['ftr', 'mlma', 'jigsaw_mt'].map((s) => `${s.slice(0, 6)} ${f3(rocAuc(model(idx((r) => r.source === s))))}`)
  const longLab = idx((r) => r.group === 'labelled' && r.text.length > 250)
  const longOwn = idx((r) => r.group === 'own' && r.text.length > 80)
  console.log(`${name.padEnd(12)} | TF ${bands.join(' · ')} · all ${f3(rocAuc(model(t)))} r5 ${f3(recallAtFpr(model(t), 0.05).recall)} | score ${f3(rocAuc(score(t)))} r5 ${f3(recallAtFpr(score(t), 0.05).recall)}` +
    ` | ${sets.join(' ')} | labelled >250 ${f3(rocAuc(model(longLab)))} own >80 ${f3(rocAuc(score(longOwn)))} | labelled ${f3(rocAuc(score(idx((r) => r.group === 'labelled'))))} own ${f3(rocAuc(score(idx((r) => r.group === 'own'))))}` +
    ` | op ${op.threshold}/${op.weak}/${op.modelOnly} ord ${f3(op.ordinaryFpr)} hard ${f3(op.hardFpr)} rec ${f3(op.recall)} P ${f3(op.precision)}`)
}

function main(): void {
  const t0 = Date.now()
  const rows = analysed(loadSamples(dataDir(ROOT), join(ROOT, 'scripts/training-examples'), seededRandom(SEED), mixSettings()))
  const tfLen = rows.filter((r) => r.source === 'toxifrench_agreement').map((r) => r.text.length)
  console.log(`rows ${rows.length}, analysed in ${((Date.now() - t0) / 1000).toFixed(0)} s; ToxiFrench subset by band: ${BANDS.map(([b, lo, hi]) => `${b} ${tfLen.filter((n) => n >= lo && n <= hi).length}`).join(', ')}`)
  const { first, second, segs } = outOfFoldWithSegments(rows)
  const s = fitStack(rows, first, second)
  console.log(`stack ${JSON.stringify(s)}`)
  const whole = first.map((x, i) => s.first * x + s.second * (second[i] ?? 0))
  evaluate(rows, whole, 'base')
  for (const cut of CUTS) {
    const worst = whole.map((w, i) => {
      const list = segs[i]?.[cut]
      if (list === undefined || (rows[i] as Row).text.length <= MIN_CHARS) return w
      let m = -Infinity
      for (const [a, b] of list) m = Math.max(m, s.first * a + s.second * b)
      return m
    })
    const long = segs.filter((x, i) => x?.[cut] !== undefined && (rows[i] as Row).text.length > MIN_CHARS).length
    console.log(`-- ${cut}: ${long} rows with 2+ segments`)
    evaluate(rows, worst, `alone-${cut}`)
    evaluate(rows, whole.map((w, i) => Math.max(w, worst[i] ?? w)), `max-${cut}`)
    const c = fitStackN(rows, [whole, worst])
    console.log(`  stack ${JSON.stringify(c)}`)
    evaluate(rows, whole.map((w, i) => (c[0] ?? 0) * w + (c[1] ?? 0) * (worst[i] ?? 0)), `stack-${cut}`)
    const gap = whole.map((w, i) => Math.max(0, (worst[i] ?? w) - w))
    const g = fitStackN(rows, [whole, gap])
    console.log(`  gap stack ${JSON.stringify(g)}`)
    evaluate(rows, whole.map((w, i) => (g[0] ?? 0) * w + (g[1] ?? 0) * (gap[i] ?? 0)), `gap-${cut}`)
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main()
