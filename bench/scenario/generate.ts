/**
 * Writes a generated scenario (src/demo/scenario/generate.ts) to a JSONL file, with its ground truth.
 *
 *   npx tsx bench/scenario/generate.ts --out day.jsonl --truth truth.json [--posts 1000000] [--seed 1] [--minutes 1440] [--start ISO] [--realistic]
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { backgroundRateFor, defaultWaves, realisticDay, streamScenario, type ScenarioOptions } from '../../src/demo/scenario/generate.js'

export * from '../../src/demo/scenario/generate.js'

function main(argv: readonly string[]): void {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const out = arg('out')
  if (out === undefined) throw new Error('usage: generate.ts --out file.jsonl [--truth truth.json] [--posts N] [--seed S] [--minutes M] [--start ISO] [--realistic]')
  const minutes = Number(arg('minutes') ?? 1440)
  const waves = argv.includes('--realistic') ? realisticDay(minutes) : defaultWaves(minutes)
  const start = new Date(arg('start') ?? '2026-03-02T00:00:00Z')
  const opts: ScenarioOptions = {
    seed: Number(arg('seed') ?? 1),
    start,
    durationMinutes: minutes,
    backgroundPerMinute: backgroundRateFor(Number(arg('posts') ?? 1_000_000), minutes, waves, start),
    waves,
  }
  const began = performance.now()
  const fd = openSync(out, 'w')
  // Lines are encoded straight into one reused buffer: joining 10⁶ rope strings first is several times slower.
  const buffer = Buffer.allocUnsafe(8 << 20)
  let used = 0
  let total = 0
  const truth = streamScenario(opts, (line) => {
    if (used + line.length * 3 + 1 > buffer.length) {
      writeSync(fd, buffer, 0, used)
      used = 0
    }
    used += buffer.write(line, used)
    buffer[used++] = 0x0a
    total++
  })
  writeSync(fd, buffer, 0, used)
  closeSync(fd)
  const truthPath = arg('truth')
  if (truthPath !== undefined) writeFileSync(truthPath, `${JSON.stringify(truth, null, 2)}\n`)
  console.info(`${total} posts → ${out} in ${((performance.now() - began) / 1000).toFixed(1)} s; ${truth.length} episodes${truthPath ? ` → ${truthPath}` : ''}`)
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2))
