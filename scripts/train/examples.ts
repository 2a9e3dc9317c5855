/**
 * The examples written for Vigie: one JSONL file per theme in scripts/training-examples/,
 * each line `{"text", "label": 0|1, "kind"?}`. `kind` names what a line is an example of
 * (a category for harassment; "ordinary", "counter", "defender", "banter", "news", "negation",
 * "quoted", "praise"… for the rest). Lines are validated: a bad line stops training with its
 * file and line number.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { z } from 'zod'

/** One written example. */
export interface Example {
  text: string
  label: 0 | 1
  kind?: string
}

const lineSchema = z.object({
  text: z.string().trim().min(1, 'empty "text"'),
  label: z.union([z.literal(0), z.literal(1)], { error: '"label" must be 0 or 1' }),
  kind: z.string().regex(/^[a-z_]+$/, '"kind" must be lower-case letters and _').optional(),
}).strict()

/** Parses one JSONL file's text; throws with `name:line` on the first bad line. */
export function parseExamples(text: string, name: string): Example[] {
  const out: Example[] = []
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return
    let data: unknown
    try {
      data = JSON.parse(line)
    } catch (err) {
      throw new Error(`${name}:${i + 1}: invalid JSON (${err instanceof Error ? err.message : String(err)})`)
    }
    const parsed = lineSchema.safeParse(data)
    if (!parsed.success) throw new Error(`${name}:${i + 1}: ${parsed.error.issues.map((e) => e.message).join('; ')}`)
    const { text: t, label, kind } = parsed.data
    out.push(kind === undefined ? { text: t, label } : { text: t, label, kind })
  })
  return out
}

/** Every `*.jsonl` file of a folder, by file name without extension (sorted, so the order is stable). */
export function readExampleFiles(dir: string): Map<string, Example[]> {
  const files = new Map<string, Example[]>()
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    files.set(basename(file, '.jsonl'), parseExamples(readFileSync(join(dir, file), 'utf8'), file))
  }
  return files
}
