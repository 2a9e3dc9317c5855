/**
 * Web-text recall, the figure issue 11's machine-translated web comments ask about: of the toxic
 * rows of toxifrench_jigsaw_mt (per Jigsaw category column: insult, threat, identity_hate,
 * obscene, severe_toxic) and of textdetox2025_fr, how many have lexicon evidence, and — given an
 * out-of-fold dump of `npm run train` — how many are marked at the operating point. Also counts
 * the benign/ sentences with evidence (the guard: widening the lexicon must not mark ordinary text).
 *
 * Run: npx tsx scripts/train/web-recall.ts [--dump <VIGIE_TRAIN_DUMP file>] [--list <file>]
 *      (--list writes the toxic rows without evidence, for reading; never run on dev/)
 * The operating point is the shipped one (classifiers/model/operating-point.ts), which is the one
 * `npm run train` chose on the same out-of-fold rows when the dump comes from that run.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { analyse } from '../../classifiers/analyse.js'
import { isHarassment, MODEL_ONLY_THRESHOLD, THRESHOLD, WEAK_THRESHOLD } from '../../classifiers/index.js'
import { projectRoot } from '../../src/project-root.js'
import { BENIGN_CORPORA, benignTexts, labelledRows } from './data.js'
import { dataDir } from './rows.js'

const ROOT = projectRoot()
const CATEGORIES = ['insult', 'threat', 'identity_hate', 'obscene', 'severe_toxic'] as const

interface DumpRow {
  source: string
  label: 0 | 1
  score: number
  ev: boolean
  /** Weak evidence only (absent in dumps written before the weak tier). */
  weak?: boolean
  text: string
}

interface WebRow {
  source: 'jigsaw_mt' | 'textdetox'
  text: string
  columns: Record<string, boolean>
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

/** The toxic rows of the two web-text sets, as training reads them (data.ts), with jigsaw_mt's category columns. */
function webPositives(dir: string): WebRow[] {
  const out: WebRow[] = []
  for (const { text, label, row } of labelledRows(dir, 'jigsaw_mt')) {
    if (label === 1) out.push({ source: 'jigsaw_mt', text, columns: Object.fromEntries(CATEGORIES.map((c) => [c, row[c] === '1' || row[c] === '1.0'])) })
  }
  for (const { text, label } of labelledRows(dir, 'textdetox')) if (label === 1) out.push({ source: 'textdetox', text, columns: {} })
  return out
}

function main(): void {
  const dir = dataDir(ROOT)
  const rows = webPositives(dir)
  const dumpFile = argument('--dump')
  const marked = new Map<string, boolean>()
  if (dumpFile !== undefined) {
    for (const line of readFileSync(dumpFile, 'utf8').split('\n')) {
      if (line === '') continue
      const d = JSON.parse(line) as DumpRow
      if (d.source === 'jigsaw_mt' || d.source === 'textdetox') marked.set(`${d.source}\t${d.text}`, isHarassment(d.score, d.ev, d.weak === true))
    }
  }
  const evidence = rows.map((r) => analyse(r.text).evidence.length > 0)
  const pct = (k: number, n: number): string => `${String(k).padStart(4)}/${String(n).padEnd(4)} ${n === 0 ? '  -  ' : ((100 * k) / n).toFixed(1).padStart(5)} %`
  console.log(`operating point: threshold ${THRESHOLD} with evidence, ${WEAK_THRESHOLD} with weak evidence only, ${MODEL_ONLY_THRESHOLD} on the model alone${dumpFile === undefined ? ' (no --dump: evidence only)' : ''}`)
  console.log('toxic rows                      evidence               marked (out of fold)')
  const line = (name: string, keep: (r: WebRow) => boolean): void => {
    const idx = rows.map((_, i) => i).filter((i) => keep(rows[i] as WebRow))
    const ev = idx.filter((i) => evidence[i]).length
    const mk = idx.filter((i) => marked.get(`${(rows[i] as WebRow).source}\t${(rows[i] as WebRow).text}`) === true).length
    console.log(`  ${name.padEnd(30)}${pct(ev, idx.length)}   ${dumpFile === undefined ? '' : pct(mk, idx.length)}`)
  }
  line('jigsaw_mt', (r) => r.source === 'jigsaw_mt')
  for (const c of CATEGORIES) line(`  jigsaw_mt ${c}`, (r) => r.source === 'jigsaw_mt' && r.columns[c] === true)
  line('  jigsaw_mt no category column', (r) => r.source === 'jigsaw_mt' && !CATEGORIES.some((c) => r.columns[c]))
  line('textdetox', (r) => r.source === 'textdetox')
  const list = argument('--list')
  if (list !== undefined) {
    const missed = rows.filter((_, i) => !evidence[i]).map((r) => `${r.source}\t${CATEGORIES.filter((c) => r.columns[c]).join(',')}\t${r.text}`)
    writeFileSync(list, `${missed.join('\n')}\n`)
  }
  let benign = 0
  let total = 0
  for (const corpus of BENIGN_CORPORA) {
    for (const text of benignTexts(dir, corpus)) {
      total++
      if (analyse(text).evidence.length > 0) benign++
    }
  }
  console.log(`benign/ sentences with lexicon evidence: ${benign} of ${total}`)
}

main()
