/** Reads a JSONL stream line by line, with line numbers. */
import { createInterface } from 'node:readline'

/** One non-blank line and its 1-based number. */
export interface JsonlLine {
  lineNo: number
  text: string
}

/** Yields the non-blank lines of `input`. */
export async function* readJsonlLines(input: NodeJS.ReadableStream): AsyncGenerator<JsonlLine> {
  const rl = createInterface({ input, crlfDelay: Infinity })
  let lineNo = 0
  for await (const text of rl) {
    lineNo++
    if (text.trim().length > 0) yield { lineNo, text }
  }
}
