/**
 * Regression check for classifier speed work: records, for every text of the bench corpus
 * (bench/classifier-corpus.ts: train/, benign/ and the written examples), the verdict, the
 * score parts before gating (lexicon score, model logit, damping, categories, evidence
 * offsets), the language and a hash of the model features; then compares another build's
 * record with it, line by line. A change meant to be only faster must show 0 differences.
 *
 * Run: npx tsx bench/classifier-verdicts.ts --write /tmp/verdicts-before.jsonl
 *      (change the code)
 *      npx tsx bench/classifier-verdicts.ts --compare /tmp/verdicts-before.jsonl
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { analyse, scoreParts } from '../classifiers/analyse.js'
import { classify } from '../classifiers/index.js'
import { corpusTexts } from './classifier-corpus.js'

/** Declared languages by position, so both the declared and the detected paths are covered. */
function langsFor(i: number): readonly string[] | undefined {
  if (i % 7 === 3) return ['en']
  if (i % 5 === 1) return ['fr']
  if (i % 11 === 2) return ['es', 'fr']
  return undefined
}

/** FNV-1a over the feature indices: the model's input, compared without storing it. */
function featureHash(features: readonly number[]): string {
  let h = 0x811c9dc5
  for (const f of features) h = Math.imul(h ^ f, 0x01000193)
  return (h >>> 0).toString(16)
}

function record(text: string, langs: readonly string[] | undefined): string {
  const v = classify(text, langs)
  const p = scoreParts(text, langs)
  const a = analyse(text, langs)
  return JSON.stringify({
    score: v.score,
    harassment: v.harassment,
    lang: v.lang,
    categories: v.categories,
    evidence: v.evidence.map((e) => [e.category, e.start, e.end, e.match]),
    parts: { lex: p.lex, model: p.model, damp: p.modelDamp, cats: p.categories, ev: p.evidence.map((e) => [e.category, e.start, e.end]) },
    features: [a.features.length, featureHash(a.features)],
  })
}

function main(): void {
  const mode = process.argv[2]
  const file = process.argv[3]
  if ((mode !== '--write' && mode !== '--compare') || file === undefined) throw new Error('usage: classifier-verdicts.ts --write|--compare <file.jsonl>')
  const texts = corpusTexts()
  const lines = texts.map((t, i) => record(t.text, langsFor(i)))
  if (mode === '--write') {
    writeFileSync(file, `${lines.join('\n')}\n`)
    console.log(`${lines.length.toLocaleString('en')} records written to ${file}`)
    return
  }
  const before = readFileSync(file, 'utf8').split('\n')
  if (before.at(-1) === '') before.pop()
  if (before.length !== lines.length) throw new Error(`${file} has ${before.length} records, the corpus ${lines.length}: not the same corpus`)
  const fields = new Map<string, number>()
  let differ = 0
  let verdicts = 0
  for (let i = 0; i < lines.length; i++) {
    const now = lines[i] ?? ''
    const old = before[i] ?? ''
    if (now === old) continue
    differ++
    const a = JSON.parse(old) as Record<string, unknown>
    const b = JSON.parse(now) as Record<string, unknown>
    const changed = Object.keys(b).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    for (const k of changed) fields.set(k, (fields.get(k) ?? 0) + 1)
    if (['score', 'harassment', 'lang', 'categories', 'evidence'].some((k) => changed.includes(k))) verdicts++
    if (differ <= 20) console.log(`#${i} ${texts[i]?.source} langs=${JSON.stringify(langsFor(i))} ${JSON.stringify(texts[i]?.text)}\n  before ${old}\n  after  ${now}`)
  }
  console.log(`${lines.length.toLocaleString('en')} texts compared: ${differ} records differ (${verdicts} verdicts)${differ > 0 ? `; fields: ${JSON.stringify(Object.fromEntries(fields))}` : ''}`)
  if (differ > 0) process.exitCode = 1
}

main()
