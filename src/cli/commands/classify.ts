/**
 * `vigie classify`: JSONL `{id, text, langs?}` on the input → JSONL
 * `{id, ...Verdict}` on the output, one line per input line, same order.
 * A malformed line gives `{"id"?, "error"}` and the run goes on.
 */
import { once } from 'node:events'
import { StringDecoder } from 'node:string_decoder'
import { z } from 'zod'
import { classify } from '../../../classifiers/index.js'

/** Output is written in batches of about this many characters. */
const FLUSH_AT = 64 * 1024
const idSchema = z.union([z.string(), z.number()])
const lineSchema = z.object({
  id: idSchema.optional(),
  text: z.string({ error: (issue) => (issue.input === undefined ? '"text" manquant' : '"text" doit être un texte') }),
  langs: z.array(z.string(), { error: '"langs" doit être une liste de textes' }).optional(),
})

/** A readable reason for one zod issue. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const [field, item] = issue.path
  if (field === 'langs') return item === undefined ? '"langs" doit être une liste de textes' : `"langs" doit être une liste de textes (l’élément ${String(item)} n’en est pas un)`
  if (field === 'id') return '"id" doit être un texte ou un nombre'
  if (field === 'text') return issue.message
  return issue.path.length > 0 ? `"${issue.path.join('.')}": ${issue.message}` : issue.message
}

/** What one input line becomes: a verdict line or an error line. */
function processLine(line: string, lineNo: number): { out: string; error: boolean } {
  let data: unknown
  try {
    data = JSON.parse(line)
  } catch (err) {
    const reason = line.trim() === '' ? 'ligne vide' : `JSON invalide (${err instanceof Error ? err.message : String(err)})`
    return { out: JSON.stringify({ error: `ligne ${lineNo} : ${reason}` }), error: true }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { out: JSON.stringify({ error: `ligne ${lineNo} : un objet JSON {id, text, langs?} est attendu` }), error: true }
  }
  const parsed = lineSchema.safeParse(data)
  if (!parsed.success) {
    const rawId = idSchema.safeParse((data as Record<string, unknown>).id)
    const reason = parsed.error.issues.map(describeIssue).join('; ')
    return { out: JSON.stringify({ ...(rawId.success ? { id: rawId.data } : {}), error: `ligne ${lineNo} : ${reason}` }), error: true }
  }
  const { id, text, langs } = parsed.data
  return { out: JSON.stringify({ ...(id !== undefined ? { id } : {}), ...classify(text, langs) }), error: false }
}

/** Classifies JSONL posts from `input` to `output`; resolves with line and error counts. */
export async function classifyCommand(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<{ lines: number; errors: number }> {
  let lines = 0
  let errors = 0
  let pending = ''
  const flush = async (): Promise<void> => {
    if (pending === '') return
    const ok = output.write(pending)
    pending = ''
    if (!ok) await once(output, 'drain')
  }
  const handle = async (line: string): Promise<void> => {
    lines++
    const { out, error } = processLine(line.endsWith('\r') ? line.slice(0, -1) : line, lines)
    if (error) errors++
    pending += `${out}\n`
    if (pending.length >= FLUSH_AT) await flush()
  }
  // Split lines ourselves: one await per input chunk instead of one per line (readline's iterator).
  const decoder = new StringDecoder('utf8')
  let buf = ''
  for await (const chunk of input) {
    buf += typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer)
    let start = 0
    for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n', start)) {
      await handle(buf.slice(start, nl))
      start = nl + 1
    }
    buf = buf.slice(start)
    await flush()
  }
  buf += decoder.end()
  if (buf !== '') await handle(buf)
  await flush()
  return { lines, errors }
}
