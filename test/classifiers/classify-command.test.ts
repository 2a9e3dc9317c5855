/**
 * `vigie classify` through streams: one output line per input line, same
 * order, malformed lines reported with their line number, backpressure honoured.
 */
import { Readable, Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { classifyCommand } from '../../src/cli/commands/classify.js'

async function run(input: string, highWaterMark = 16 * 1024, slow = false): Promise<{ out: Record<string, unknown>[]; lines: number; errors: number }> {
  let text = ''
  const sink = new Writable({
    highWaterMark,
    write(chunk: Buffer, _enc, cb) {
      text += chunk.toString('utf8')
      if (slow) setTimeout(cb, 0)
      else cb()
    },
  })
  const res = await classifyCommand(Readable.from([input]), sink)
  await new Promise<void>((resolve) => sink.end(resolve))
  const out = text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>)
  return { out, ...res }
}

describe('classifyCommand', () => {
  it('writes one verdict per line, in order, with the id', async () => {
    const input = [
      { id: 'a', text: 'va crever sale pute' },
      { id: 2, text: 'trop hâte des vacances' },
      { id: 'c', text: "t'es qu'une grosse vache", langs: ['fr'] },
    ].map((o) => JSON.stringify(o)).join('\n')
    const { out, lines, errors } = await run(`${input}\n`)
    expect(lines).toBe(3)
    expect(errors).toBe(0)
    expect(out.map((o) => o.id)).toEqual(['a', 2, 'c'])
    expect(out.map((o) => o.harassment)).toEqual([true, false, true])
    for (const o of out) {
      expect(typeof o.score).toBe('number')
      expect(typeof o.lang).toBe('string')
      expect(Array.isArray(o.categories)).toBe(true)
      expect(Array.isArray(o.evidence)).toBe(true)
      expect(typeof o.modelVersion).toBe('string')
    }
  })

  it('says where the weak evidence is for a post marked without evidence, and nothing more for the others', async () => {
    const input = [
      { id: 'w', text: 'putain mais quel con ce type franchement' },
      { id: 'e', text: 'va crever sale pute' },
      { id: 'n', text: 'trop hâte des vacances' },
    ].map((o) => JSON.stringify(o)).join('\n')
    const { out } = await run(`${input}\n`)
    expect(out[0]).toMatchObject({ id: 'w', harassment: true, evidence: [], hints: [{ kind: 'weak', match: 'putain', start: 0, end: 6 }, { kind: 'weak', match: 'quel con', start: 12, end: 20 }] })
    expect(out[1]?.hints).toBeUndefined()
    expect(out[2]?.hints).toBeUndefined()
  })

  it('reports malformed lines with their line number and goes on', async () => {
    const input = [
      '{"id":1,"text":"salut"}',
      'pas du json',
      '{"id":"x","text":42}',
      '{"id":"y"}',
      '{"id":"z","text":"ok","langs":"fr"}',
      '{"id":"w","text":"ok","langs":["fr",3]}',
      '[1,2]',
      '',
      '{"id":9,"text":"tous sur @lea"}',
    ].join('\n')
    const { out, lines, errors } = await run(input)
    expect(lines).toBe(9)
    expect(errors).toBe(7)
    expect(out).toHaveLength(9)
    expect(out[0]?.id).toBe(1)
    expect(out[0]?.error).toBeUndefined()
    expect(out[1]).toEqual({ error: expect.stringMatching(/^ligne 2 : JSON invalide/) })
    expect(out[2]).toEqual({ id: 'x', error: expect.stringMatching(/^ligne 3 : .*"text" doit être un texte/) })
    expect(out[3]).toEqual({ id: 'y', error: expect.stringMatching(/^ligne 4 : .*"text" manquant/) })
    expect(out[4]).toEqual({ id: 'z', error: expect.stringMatching(/^ligne 5 : .*"langs"/) })
    expect(out[5]).toEqual({ id: 'w', error: expect.stringMatching(/^ligne 6 : .*"langs"/) })
    expect(out[6]).toEqual({ error: expect.stringMatching(/^ligne 7 : un objet JSON/) })
    expect(out[7]).toEqual({ error: 'ligne 8 : ligne vide' })
    expect(out[8]?.id).toBe(9)
    expect(out[8]?.harassment).toBe(true)
  })

  it('waits for a slow output (backpressure) and keeps every line in order', async () => {
    const n = 2_000
    const input = Array.from({ length: n }, (_, i) => JSON.stringify({ id: i, text: `message numéro ${i}` })).join('\n')
    const { out, lines, errors } = await run(input, 256, true)
    expect(lines).toBe(n)
    expect(errors).toBe(0)
    expect(out.map((o) => o.id)).toEqual(Array.from({ length: n }, (_, i) => i))
  })

  it('handles CRLF input', async () => {
    const { out } = await run('{"id":1,"text":"fdp"}\r\n{"id":2,"text":"bonjour"}\r\n')
    expect(out.map((o) => o.id)).toEqual([1, 2])
    expect(out[0]?.harassment).toBe(true)
  })
})
