/**
 * Distributional word clusters for the model's features (classifiers/word-clusters.ts), learnt
 * from unlabelled text: the text of ../shared/data/benign, of ../shared/data/train and of our
 * written examples (scripts/training-examples), labels unused, never dev/. Words are the model's
 * word forms (the tokeniser's folded `text`, what features.ts hashes as a word). Each word seen
 * at least MIN_COUNT times gets a vector — positive PMI of its co-occurrences with the CONTEXTS
 * most frequent words within ±WINDOW tokens (context counts smoothed by ^0.75), reduced to DIM
 * dimensions by randomized SVD (power iteration) — and spherical k-means puts the vectors in
 * FINE and, separately, COARSE clusters. Deterministic (seeded). Writes
 * classifiers/model/word-clusters.ts (sorted words and two Uint16 id arrays, base64).
 *
 * Run: npx tsx scripts/train/word-clusters.ts [--data <dir>] [--without-labelled] [--out <file>]
 * (--without-labelled learns from benign/ and our examples only: clusters that never saw the
 * labelled sets' text, to check that cross-validation figures are not helped by having seen it).
 *
 * An experiment, not shipped (docs/classifier-research.md, Word clusters): each word's fine and coarse cluster
 * as two hash families in features.ts's word memo, with or without the pair of neighbouring
 * words' clusters, moved the out-of-fold figures by less than their noise (ToxiFrench's agreement
 * subset: model AUC +0.3 to +0.6 point, half of it from clusters having seen that text; recall at
 * 5 % FPR and the operating point unchanged or worse). Nothing in classifiers/ reads the table.
 */
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tokensOf } from '../../classifiers/analyse.js'
import { isFirstName } from '../../classifiers/text/names.js'
import { projectRoot } from '../../src/project-root.js'
import { seededRandom } from '../../src/util/seeded-random.js'
import { loadSamples, mixSettings } from './data.js'
import { dataDir } from './rows.js'

const ROOT = projectRoot()
const SEED = 20_261_207
/** Words seen fewer times get no cluster. */
const MIN_COUNT = 4
/** Context words: the most frequent ones. */
const CONTEXTS = 8000
const WINDOW = 2
/** Dimensions kept, and the extra ones the randomized SVD computes for accuracy. */
const DIM = 96
const OVERSAMPLE = 24
const POWER_ITERATIONS = 3
/** Cluster counts of the two granularities. */
const FINE = 1024
const COARSE = 256
const KMEANS_ITERATIONS = 15

type Matrix = Float64Array[] // column-major: columns of equal length

function gaussian(rand: () => number): () => number {
  return () => {
    const u = Math.max(rand(), 1e-12)
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand())
  }
}

/** Sparse rows (CSR) of the PPMI matrix, targets × contexts. */
interface Csr { rows: number; cols: number; start: Int32Array; col: Int32Array; val: Float64Array }

/** M·X for X given as columns over M's columns. */
function mul(m: Csr, x: Matrix): Matrix {
  return x.map((xc) => {
    const out = new Float64Array(m.rows)
    for (let i = 0; i < m.rows; i++) {
      let s = 0
      for (let p = m.start[i] ?? 0; p < (m.start[i + 1] ?? 0); p++) s += (m.val[p] ?? 0) * (xc[m.col[p] ?? 0] ?? 0)
      out[i] = s
    }
    return out
  })
}

/** Mᵀ·Y for Y given as columns over M's rows. */
function mulT(m: Csr, y: Matrix): Matrix {
  return y.map((yc) => {
    const out = new Float64Array(m.cols)
    for (let i = 0; i < m.rows; i++) {
      const v = yc[i] ?? 0
      if (v === 0) continue
      for (let p = m.start[i] ?? 0; p < (m.start[i + 1] ?? 0); p++) out[m.col[p] ?? 0] = (out[m.col[p] ?? 0] ?? 0) + (m.val[p] ?? 0) * v
    }
    return out
  })
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0)
  return s
}

/** Orthonormal columns spanning `y` (modified Gram–Schmidt, twice for stability). */
function orthonormal(y: Matrix): Matrix {
  const q = y.map((c) => Float64Array.from(c))
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < q.length; j++) {
      const cj = q[j] as Float64Array
      for (let t = 0; t < j; t++) {
        const ct = q[t] as Float64Array
        const r = dot(ct, cj)
        for (let i = 0; i < cj.length; i++) cj[i] = (cj[i] ?? 0) - r * (ct[i] ?? 0)
      }
      const norm = Math.sqrt(dot(cj, cj)) || 1
      for (let i = 0; i < cj.length; i++) cj[i] = (cj[i] ?? 0) / norm
    }
  }
  return q
}

/** Eigenvalues and eigenvectors (columns) of a symmetric matrix, by cyclic Jacobi rotations. */
function symmetricEigen(a: Float64Array[], sweeps = 30): { values: number[]; vectors: Float64Array[] } {
  const n = a.length
  const m = a.map((r) => Float64Array.from(r))
  const v = Array.from({ length: n }, (_, i) => { const r = new Float64Array(n); r[i] = 1; return r })
  const at = (i: number, j: number): number => (m[i] as Float64Array)[j] ?? 0
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let off = 0
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += at(p, q) ** 2
    if (off < 1e-20) break
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = at(p, q)
        if (Math.abs(apq) < 1e-300) continue
        const theta = (at(q, q) - at(p, p)) / (2 * apq)
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
        const c = 1 / Math.sqrt(t * t + 1)
        const s = t * c
        for (let k = 0; k < n; k++) {
          const mkp = at(k, p), mkq = at(k, q)
          ;(m[k] as Float64Array)[p] = c * mkp - s * mkq
          ;(m[k] as Float64Array)[q] = s * mkp + c * mkq
        }
        for (let k = 0; k < n; k++) {
          const mpk = at(p, k), mqk = at(q, k)
          ;(m[p] as Float64Array)[k] = c * mpk - s * mqk
          ;(m[q] as Float64Array)[k] = s * mpk + c * mqk
        }
        for (let k = 0; k < n; k++) {
          const vk = v[k] as Float64Array
          const vkp = vk[p] ?? 0, vkq = vk[q] ?? 0
          vk[p] = c * vkp - s * vkq
          vk[q] = s * vkp + c * vkq
        }
      }
    }
  }
  const values = m.map((r, i) => r[i] ?? 0)
  const vectors = Array.from({ length: n }, (_, j) => Float64Array.from(v, (r) => r[j] ?? 0))
  return { values, vectors }
}

/** Word vectors (rows, unit length): the top DIM left singular vectors of `m`, each scaled by √σ. */
function embed(m: Csr, rand: () => number): Float32Array[] {
  const k = DIM + OVERSAMPLE
  const g = gaussian(rand)
  const omega: Matrix = Array.from({ length: k }, () => Float64Array.from({ length: m.cols }, g))
  let q = orthonormal(mul(m, omega))
  for (let it = 0; it < POWER_ITERATIONS; it++) q = orthonormal(mul(m, orthonormal(mulT(m, q))))
  const b = mulT(m, q) // columns over contexts: B = Qᵀ M, row t of B is b[t]
  const gram = b.map((bt) => Float64Array.from(b, (bs) => dot(bt, bs)))
  const { values, vectors } = symmetricEigen(gram)
  const order = values.map((_, i) => i).sort((x, y) => (values[y] ?? 0) - (values[x] ?? 0)).slice(0, DIM)
  const out = Array.from({ length: m.rows }, () => new Float32Array(DIM))
  order.forEach((e, d) => {
    const u = vectors[e] as Float64Array
    const scale = Math.sqrt(Math.sqrt(Math.max(values[e] ?? 0, 0)))
    for (let i = 0; i < m.rows; i++) {
      let s = 0
      for (let t = 0; t < k; t++) s += ((q[t] as Float64Array)[i] ?? 0) * (u[t] ?? 0)
      ;(out[i] as Float32Array)[d] = s * scale
    }
  })
  for (const r of out) {
    let n = 0
    for (const x of r) n += x * x
    n = Math.sqrt(n) || 1
    for (let d = 0; d < r.length; d++) r[d] = (r[d] ?? 0) / n
  }
  return out
}

function dot32(a: Float32Array, b: Float32Array): number {
  let s = 0
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0)
  return s
}

/** Spherical k-means (cosine), k-means++ start; returns each vector's cluster. */
function kmeans(x: readonly Float32Array[], k: number, rand: () => number): Uint16Array {
  const n = x.length
  const centres: Float32Array[] = [Float32Array.from(x[Math.floor(rand() * n)] as Float32Array)]
  const dist = new Float64Array(n).fill(Infinity)
  while (centres.length < k) {
    const c = centres[centres.length - 1] as Float32Array
    let total = 0
    for (let i = 0; i < n; i++) {
      const d = Math.max(0, 1 - dot32(x[i] as Float32Array, c))
      if (d < (dist[i] ?? 0)) dist[i] = d
      total += dist[i] ?? 0
    }
    let r = rand() * total
    let pick = n - 1
    for (let i = 0; i < n; i++) {
      r -= dist[i] ?? 0
      if (r <= 0) { pick = i; break }
    }
    centres.push(Float32Array.from(x[pick] as Float32Array))
  }
  const assign = new Uint16Array(n)
  for (let it = 0; it < KMEANS_ITERATIONS; it++) {
    let moved = 0
    for (let i = 0; i < n; i++) {
      let best = 0, bestSim = -Infinity
      for (let c = 0; c < k; c++) {
        const s = dot32(x[i] as Float32Array, centres[c] as Float32Array)
        if (s > bestSim) { bestSim = s; best = c }
      }
      if (assign[i] !== best || it === 0) moved++
      assign[i] = best
    }
    const sums = Array.from({ length: k }, () => new Float32Array(DIM))
    for (let i = 0; i < n; i++) {
      const s = sums[assign[i] ?? 0] as Float32Array
      const xi = x[i] as Float32Array
      for (let d = 0; d < DIM; d++) s[d] = (s[d] ?? 0) + (xi[d] ?? 0)
    }
    sums.forEach((s, c) => {
      let norm = 0
      for (const v of s) norm += v * v
      if (norm > 0) centres[c] = s.map((v) => v / Math.sqrt(norm))
    })
    console.log(`  k-means ${k}: iteration ${it + 1}, ${moved} moved`)
    if (moved === 0) break
  }
  return assign
}

function main(): void {
  const t0 = Date.now()
  const withoutLabelled = process.argv.includes('--without-labelled')
  const outArg = process.argv.indexOf('--out')
  const outFile = outArg >= 0 ? process.argv[outArg + 1] ?? '' : join(ROOT, 'classifiers/model/word-clusters.ts')
  const samples = loadSamples(dataDir(ROOT), join(ROOT, 'scripts/training-examples'), seededRandom(SEED), mixSettings())
    .filter((s) => s.group !== 'templated' && !(withoutLabelled && s.group === 'labelled'))
  // Each text once, labels unused: a sequence of word ids (-1 for what is not a word).
  const ids = new Map<string, number>()
  const words: string[] = []
  const counts: number[] = []
  const seqs: Int32Array[] = []
  for (const text of new Set(samples.map((s) => s.text))) {
    const seq = tokensOf(text).map((t) => {
      if (t.kind !== 'word' || isFirstName(t)) return -1
      let id = ids.get(t.text)
      if (id === undefined) {
        id = words.length
        ids.set(t.text, id)
        words.push(t.text)
        counts.push(0)
      }
      counts[id] = (counts[id] ?? 0) + 1
      return id
    })
    seqs.push(Int32Array.from(seq))
  }
  const byCount = words.map((_, i) => i).sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || ((words[a] ?? '') < (words[b] ?? '') ? -1 : 1))
  const targets = byCount.filter((i) => (counts[i] ?? 0) >= MIN_COUNT)
  const targetOf = new Int32Array(words.length).fill(-1)
  targets.forEach((w, i) => { targetOf[w] = i })
  const contextOf = new Int32Array(words.length).fill(-1)
  byCount.slice(0, CONTEXTS).forEach((w, i) => { contextOf[w] = i })
  console.log(`${seqs.length} texts, ${counts.reduce((a, b) => a + b, 0)} words, ${words.length} distinct, ${targets.length} with ≥ ${MIN_COUNT}`)
  // Co-occurrence counts within ±WINDOW, then PPMI with smoothed context counts.
  const cooc: Map<number, number>[] = targets.map(() => new Map())
  for (const seq of seqs) {
    for (let i = 0; i < seq.length; i++) {
      const t = targetOf[seq[i] ?? -1] ?? -1
      if ((seq[i] ?? -1) < 0 || t < 0) continue
      const row = cooc[t] as Map<number, number>
      for (let j = Math.max(0, i - WINDOW); j <= Math.min(seq.length - 1, i + WINDOW); j++) {
        if (j === i || (seq[j] ?? -1) < 0) continue
        const c = contextOf[seq[j] ?? 0] ?? -1
        if (c >= 0) row.set(c, (row.get(c) ?? 0) + 1)
      }
    }
  }
  const rowSum = cooc.map((r) => [...r.values()].reduce((a, b) => a + b, 0))
  const colSum = new Float64Array(CONTEXTS)
  for (const r of cooc) for (const [c, v] of r) colSum[c] = (colSum[c] ?? 0) + v
  const total = rowSum.reduce((a, b) => a + b, 0)
  let smoothTotal = 0
  for (const v of colSum) smoothTotal += v ** 0.75
  const start = new Int32Array(targets.length + 1)
  const col: number[] = []
  const val: number[] = []
  cooc.forEach((r, i) => {
    for (const c of [...r.keys()].sort((a, b) => a - b)) {
      const v = r.get(c) ?? 0
      const pmi = Math.log((v / total) / (((rowSum[i] ?? 1) / total) * ((colSum[c] ?? 1) ** 0.75 / smoothTotal)))
      if (pmi > 0) { col.push(c); val.push(pmi) }
    }
    start[i + 1] = col.length
  })
  const m: Csr = { rows: targets.length, cols: CONTEXTS, start, col: Int32Array.from(col), val: Float64Array.from(val) }
  console.log(`PPMI ${m.rows} × ${m.cols}, ${col.length} non-zero (${((Date.now() - t0) / 1000).toFixed(0)} s)`)
  const rand = seededRandom(SEED)
  const vectors = embed(m, rand)
  console.log(`vectors ${DIM} dimensions (${((Date.now() - t0) / 1000).toFixed(0)} s)`)
  const fine = kmeans(vectors, FINE, rand)
  const coarse = kmeans(vectors, COARSE, rand)
  // The table, sorted by word.
  const order = targets.map((_, i) => i).sort((a, b) => ((words[targets[a] ?? 0] ?? '') < (words[targets[b] ?? 0] ?? '') ? -1 : 1))
  const list = order.map((i) => words[targets[i] ?? 0] ?? '')
  if (list.some((w) => /\s/.test(w) || w === '')) throw new Error('a word form holds a space')
  const b64 = (a: Uint16Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64')
  const fineIds = Uint16Array.from(order, (i) => fine[i] ?? 0)
  const coarseIds = Uint16Array.from(order, (i) => coarse[i] ?? 0)
  const id = createHash('sha1').update(list.join(' ')).update(fineIds).update(coarseIds).digest('hex').slice(0, 12)
  for (const probe of ['connard', 'salope', 'chien', 'lundi', 'manger', 'arabes', 'pute', 'debile']) {
    const t = ids.get(probe)
    const i = t === undefined ? -1 : targetOf[t] ?? -1
    if (i < 0) continue
    const same = targets.map((w, j) => [w, j] as const).filter(([, j]) => fine[j] === fine[i]).slice(0, 12).map(([w]) => words[w])
    console.log(`  ${probe}: cluster ${fine[i]} — ${same.join(' ')}`)
  }
  const source = `/**
 * Distributional word clusters (generated by scripts/train/word-clusters.ts — do not edit): the
 * ${list.length} word forms seen at least ${MIN_COUNT} times in the unlabelled text of benign/, ${withoutLabelled ? '' : 'train/ '}and our
 * written examples, sorted, space-separated, and each word's cluster among ${FINE} and among ${COARSE}
 * (Uint16, little-endian, base64, in the same order). PPMI ±${WINDOW} words × ${CONTEXTS} contexts, SVD ${DIM}, spherical k-means.
 */
export const WORD_CLUSTERS = {
  id: '${id}',
  fine: ${FINE},
  coarse: ${COARSE},
  words: ${JSON.stringify(list.join(' '))},
  fineIds: '${b64(fineIds)}',
  coarseIds: '${b64(coarseIds)}',
} as const
`
  writeFileSync(outFile, source)
  console.log(`wrote ${outFile} (${source.length} bytes, id ${id}) in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
}

main()
