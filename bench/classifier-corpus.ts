/**
 * Text for the classifier benches: every row of ../shared/data/train and ../shared/data/benign
 * (never dev/) and every written training example, in a fixed order. Without ../shared/data
 * (a fresh clone), only the written examples.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { readCsv } from '../scripts/csv.js'
import { BENIGN_CORPORA } from '../scripts/train/data.js'
import { readExampleFiles } from '../scripts/train/examples.js'
import { projectRoot } from '../src/project-root.js'

/** The labelled sets of train/ and their text columns (as scripts/train/data.ts reads them). */
const TRAIN_FILES: readonly [string, string][] = [
  ['mlma_fr/fr_dataset.csv', 'tweet'],
  ['ftr_racism_fr/FTR_new_labels.csv', 'tweet'],
  ['toxifrench_agreement/data.csv', 'text'],
  ['toxifrench_jigsaw_mt/data.csv', 'text'],
  ['textdetox2025_fr/data.csv', 'text'],
]

/** One text and where it comes from. */
export interface CorpusText {
  source: string
  text: string
}

/** Where the shared data lives (../shared/data next to the project, or VIGIE_DATA_DIR). */
export function dataDir(): string {
  return process.env.VIGIE_DATA_DIR ?? join(projectRoot(), '..', 'shared', 'data')
}

/** The written examples, then train/ and benign/ when present. */
export function corpusTexts(): CorpusText[] {
  const out: CorpusText[] = []
  for (const [name, examples] of readExampleFiles(join(projectRoot(), 'scripts/training-examples'))) {
    for (const e of examples) out.push({ source: `examples:${name}`, text: e.text })
  }
  const dir = dataDir()
  for (const [file, column] of TRAIN_FILES) {
    const path = join(dir, 'train', file)
    if (!existsSync(path)) continue
    for (const r of readCsv(path)) {
      const text = (r[column] ?? '').trim()
      if (text !== '') out.push({ source: `train:${file.split('/')[0] ?? file}`, text })
    }
  }
  for (const corpus of BENIGN_CORPORA) {
    const path = join(dir, 'benign', corpus, 'data.csv')
    if (!existsSync(path)) continue
    for (const r of readCsv(path)) {
      const text = (r.text ?? '').trim()
      if (text !== '') out.push({ source: `benign:${corpus}`, text })
    }
  }
  return out
}
