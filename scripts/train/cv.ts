/**
 * Cross-validation of the model's settings on train/, benign/ and our examples (never dev/):
 * every non-templated row is scored by a model fitted on the other folds (templated rows are
 * always trained on), the final mix is fitted on those out-of-fold scores weighed as a feed,
 * and the figures that choose a setting are printed per configuration — AUC of the model logit
 * and of the score per labelled source (ToxiFrench's agreement subset above all: the same kind
 * of forum comments as the ToxiFrench measuring set), recall at 5 % FPR, and the operating point.
 *
 * Run: VIGIE_CV='[{"name":"base"},{"name":"tf4","sources":{"toxifrench_agreement":4}}]' npx tsx scripts/train/cv.ts
 * A configuration may set `fit` (FitSettings fields), `sources` (weight by source), `benign`, and `stack`
 * (the groups a second, stacked model learns from, e.g. ["labelled"]; see stack.ts), and `families`
 * (optional feature families added to every row, see variants.ts, e.g. ["skip"]). `fit` also takes the
 * fitter's experimental options (logistic.ts): `nbInterp` (NBSVM interpolation), `nbAlpha`, `nbCap`,
 * `balance: "source"` and `domains` ("shared" / "forum" / "bias", feature augmentation per domain).
 * VIGIE_CV_DUMP=<prefix> writes each configuration's out-of-fold rows as <prefix>.<name>.jsonl
 * (compare two with scripts/train/compare-dumps.ts).
 */
import { join } from 'node:path'
import { tokensOf } from '../../classifiers/analyse.js'
import { projectRoot } from '../../src/project-root.js'
import { seededRandom } from '../../src/util/seeded-random.js'
import { loadSamples, mixSettings } from './data.js'
import { fitSettings } from './logistic.js'
import { calibrateOutOfFold } from './out-of-fold-point.js'
import type { FitSettings } from './logistic.js'
import { recallAtFpr, rocAuc } from './metrics.js'
import { analysed, dataDir } from './rows.js'
import type { Row } from './rows.js'
import { fitStack, outOfFold } from './stack.js'
import { variantFeatures } from './variants.js'
import type { VariantFamily } from './variants.js'

const ROOT = projectRoot()
const SEED = 20_261_127
/** Offset of the fitters' seeds only (VIGIE_CV_FIT_SEED): the same rows fitted over other shuffles, to see the noise of a figure. */
const FIT_SEED = SEED + Number(process.env.VIGIE_CV_FIT_SEED ?? 0)

interface Config {
  name: string
  fit?: Partial<FitSettings>
  sources?: Record<string, number>
  benign?: number
  /** A second model fitted only on these groups, stacked with the first (coefficients fitted out of fold, then folded into one weight vector). */
  stack?: string[]
  /** Weight of the second model's rows by source. */
  stackSources?: Record<string, number>
  /** Optional feature families added to every row's features. */
  families?: VariantFamily[]
}

/** Each row's indices of an optional family, computed once per family. */
const familyCache = new Map<VariantFamily, number[][]>()

function withFamilies(rows: readonly Row[], families: readonly VariantFamily[]): Row[] {
  if (families.length === 0) return [...rows]
  const lists = families.map((f) => {
    let list = familyCache.get(f)
    if (list === undefined) {
      list = rows.map((r) => variantFeatures(tokensOf(r.text), f))
      familyCache.set(f, list)
    }
    return list
  })
  return rows.map((r, i) => ({ ...r, feats: r.feats.concat(...lists.map((l) => l[i] ?? [])) }))
}

const f3 = (x: number): string => (Number.isNaN(x) ? '  -  ' : x.toFixed(3))

function evaluate(base: readonly Row[], config: Config): void {
  const all = withFamilies(base, config.families ?? [])
  const fit = { ...fitSettings(), ...config.fit }
  const weightOf = (r: Row): number => (r.group === 'benign' && config.benign !== undefined ? config.benign : config.sources?.[r.source] ?? r.weight)
  let logits = outOfFold(all, fit, FIT_SEED + 1, () => true, weightOf)
  const groups = config.stack
  if (groups !== undefined) {
    const second = outOfFold(all, fit, FIT_SEED + 101, (r) => groups.includes(r.group), (r) => config.stackSources?.[r.source] ?? r.weight)
    const stack = fitStack(all, logits, second)
    console.log(`  stack ${JSON.stringify(stack)}`)
    logits = logits.map((x, i) => stack.first * x + stack.second * (second[i] ?? 0))
  }
  const { rows, scores, op } = calibrateOutOfFold(all, logits, config.name)
  const parts: string[] = []
  for (const source of ['toxifrench_agreement', 'ftr', 'mlma', 'jigsaw_mt']) {
    const sub = rows.map((r, i) => [r, i] as const).filter(([r]) => r.source === source)
    const model = sub.map(([r]) => ({ score: r.parts.model, label: r.label }))
    const score = sub.map(([r, i]) => ({ score: scores[i] ?? 0, label: r.label }))
    parts.push(`${source.slice(0, 10)} ${f3(rocAuc(model))}/${f3(rocAuc(score))} r5 ${f3(recallAtFpr(score, 0.05).recall)}`)
  }
  const labelled = rows.map((r, i) => [r, i] as const).filter(([r]) => r.group === 'labelled').map(([r, i]) => ({ score: scores[i] ?? 0, label: r.label }))
  const own = rows.map((r, i) => [r, i] as const).filter(([r]) => r.group === 'own').map(([r, i]) => ({ score: scores[i] ?? 0, label: r.label }))
  console.log(`${config.name.padEnd(14)} | ${parts.join(' | ')} | labelled ${f3(rocAuc(labelled))} r5 ${f3(recallAtFpr(labelled, 0.05).recall)} | own ${f3(rocAuc(own))} | op ${op.threshold}/${op.modelOnly} rec ${f3(op.recall)} hard ${f3(op.hardFpr)} P ${f3(op.precision)}`)
}

function main(): void {
  const configs = JSON.parse(process.env.VIGIE_CV ?? '[{"name":"base"}]') as Config[]
  const t0 = Date.now()
  const rows = analysed(loadSamples(dataDir(ROOT), join(ROOT, 'scripts/training-examples'), seededRandom(SEED), mixSettings()))
  console.log(`rows ${rows.length}, analysed in ${((Date.now() - t0) / 1000).toFixed(0)} s; columns: model-logit AUC / score AUC, recall at 5 % FPR of the score (out of fold)`)
  for (const c of configs) evaluate(rows, c)
}

main()
