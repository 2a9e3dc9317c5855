/**
 * Everything the model is trained on, as weighted samples: the labelled sets of
 * ../shared/data/train, the ordinary French of ../shared/data/benign (unlabelled,
 * taken as « probably benign »), the examples written for Vigie
 * (scripts/training-examples/*.jsonl) and the templated ones. Never ../shared/data/dev.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { readCsv } from '../csv.js'
import { groupFrameExamples } from '../training-examples/group-frames.js'
import { templatedExamples } from '../training-examples/templates.js'
import { readExampleFiles } from './examples.js'

/**
 * Where a sample comes from, for weighing and for the held-out figures: a labelled public set,
 * the unlabelled benign corpus, our written examples, or templates.
 */
export type Group = 'labelled' | 'benign' | 'own' | 'templated'

/** One training sample. */
export interface Sample {
  text: string
  label: 0 | 1
  /** Set or file it comes from ("mlma", "benign:tatoeba_fr", "teen-threats"…). */
  source: string
  group: Group
  /** What a written example is an example of (see examples.ts); undefined for the public sets. */
  kind?: string
  /** Training weight. */
  weight: number
}

/** The labelled sets of train/: file, text column, how a row's label reads, weight. */
const LABELLED: readonly { source: string; file: string; text: string; label: (r: Record<string, string>) => 0 | 1 | null; weight: number }[] = [
  { source: 'mlma', file: 'mlma_fr/fr_dataset.csv', text: 'tweet', label: (r) => (r.sentiment === 'normal' ? 0 : 1), weight: 1 },
  { source: 'ftr', file: 'ftr_racism_fr/FTR_new_labels.csv', text: 'tweet', label: (r) => bit(r.label), weight: 0.7 },
  { source: 'toxifrench_agreement', file: 'toxifrench_agreement/data.csv', text: 'text', label: (r) => bit(r.label), weight: 2 },
  // Machine-translated Wikipedia talk, labelled on the English text: a weaker voice.
  { source: 'jigsaw_mt', file: 'toxifrench_jigsaw_mt/data.csv', text: 'text', label: (r) => bit(r.label), weight: 0.5 },
  { source: 'textdetox', file: 'textdetox2025_fr/data.csv', text: 'text', label: (r) => bit(r.label), weight: 1 },
]

/** The benign corpora (each a `data.csv` with one `text` column). */
export const BENIGN_CORPORA = [
  'tatoeba_fr', 'cv_fr_modern_cc0', 'spoken_fr_treebanks', 'labforsims2_medical_dialogues', 'fqb_questions_fr',
  'chatterbot_fr', 'cv_fr_theatre', 'cv_fr_assemblee',
] as const

/** Weight of one written example, by file (default WRITTEN_WEIGHT). */
const FILE_WEIGHT: Readonly<Record<string, number>> = {
  'comments-daily': 1.5, 'comments-society': 1.5, 'comments-counter': 1.5,
}

/** Knobs of the training mix, overridable from the environment to compare settings on the held-out split. */
export interface MixSettings {
  /** Weight of one benign-corpus sentence. */
  benign: number
  /** Default weight of one written example. */
  written: number
  /** Templated rounds (targets × insults, threats…) and group-frame rounds. */
  templated: number
  groupFrames: number
  /** Weight overrides by source (labelled set or example file name). */
  sources: Readonly<Record<string, number>>
}

/** The settings chosen on the held-out split (see README, Classifier). */
export function mixSettings(env: NodeJS.ProcessEnv = process.env): MixSettings {
  const num = (name: string, fallback: number): number => {
    const v = env[name]
    return v === undefined || v === '' ? fallback : Number(v)
  }
  return {
    benign: num('VIGIE_TRAIN_BENIGN', 0.1),
    written: num('VIGIE_TRAIN_WRITTEN', 3),
    templated: num('VIGIE_TRAIN_TEMPLATED', 1500),
    groupFrames: num('VIGIE_TRAIN_GROUP_FRAMES', 400),
    sources: JSON.parse(env.VIGIE_TRAIN_SOURCES ?? '{}') as Record<string, number>,
  }
}

function bit(v: string | undefined): 0 | 1 | null {
  return v === '1' || v === '1.0' ? 1 : v === '0' || v === '0.0' ? 0 : null
}

/** One labelled row of a train/ set: its text and label, and the whole CSV row (for a set's other columns). */
export interface LabelledRow {
  text: string
  label: 0 | 1
  row: Record<string, string>
}

/** The rows of the labelled set `source` (see LABELLED) that have a text and a label. */
export function labelledRows(dataDir: string, source: string): LabelledRow[] {
  const set = LABELLED.find((s) => s.source === source)
  if (set === undefined) throw new Error(`no labelled set ${source}`)
  const out: LabelledRow[] = []
  for (const row of readCsv(join(dataDir, 'train', set.file))) {
    const text = (row[set.text] ?? '').trim()
    const label = set.label(row)
    if (text !== '' && label !== null) out.push({ text, label, row })
  }
  return out
}

/** The non-empty sentences of one benign corpus (see BENIGN_CORPORA). */
export function benignTexts(dataDir: string, corpus: (typeof BENIGN_CORPORA)[number]): string[] {
  const file = join(dataDir, 'benign', corpus, 'data.csv')
  if (!existsSync(file)) throw new Error(`missing ${file}`)
  const out: string[] = []
  for (const r of readCsv(file)) {
    const text = (r.text ?? '').trim()
    if (text !== '') out.push(text)
  }
  return out
}

/** Loads every sample; `dataDir` is ../shared/data (train/ and benign/ are read, never dev/). */
export function loadSamples(dataDir: string, examplesDir: string, rand: () => number, settings: MixSettings): Sample[] {
  const out: Sample[] = []
  for (const set of LABELLED) {
    const weight = settings.sources[set.source] ?? set.weight
    for (const { text, label } of labelledRows(dataDir, set.source)) out.push({ text, label, source: set.source, group: 'labelled', weight })
  }
  for (const corpus of BENIGN_CORPORA) {
    for (const text of benignTexts(dataDir, corpus)) out.push({ text, label: 0, source: `benign:${corpus}`, group: 'benign', weight: settings.benign })
  }
  for (const [name, examples] of readExampleFiles(examplesDir)) {
    const weight = settings.sources[name] ?? FILE_WEIGHT[name] ?? settings.written
    for (const ex of examples) out.push({ ...ex, source: name, group: 'own', weight })
  }
  for (const ex of templatedExamples(rand, settings.templated)) out.push({ ...ex, source: 'templated', group: 'templated', weight: 0.6 })
  for (const ex of groupFrameExamples(rand, settings.groupFrames)) out.push({ ...ex, source: 'templated', group: 'templated', weight: 0.6 })
  return out
}
