/**
 * Summarises a V8 .cpuprofile by self time (per function and per file), for
 * finding where classify() spends its time.
 *
 * Run: node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/classifier-speed.ts
 *      npx tsx bench/profile-summary.ts /tmp/prof/<file>.cpuprofile [top=30]
 */
import { readFileSync } from 'node:fs'

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

function shortUrl(url: string): string {
  const root = `file://${process.cwd()}/`
  if (url.startsWith(root)) return url.slice(root.length)
  const nm = url.lastIndexOf('node_modules/')
  return nm >= 0 ? url.slice(nm) : url
}

function printTop(title: string, totals: Map<string, number>, all: number, top: number): void {
  console.log(`\n${title}`)
  const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, top)
  for (const [key, us] of rows) console.log(`${((100 * us) / all).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}`)
}

function main(): void {
  const file = process.argv[2]
  if (file === undefined) throw new Error('usage: profile-summary.ts <file.cpuprofile> [top]')
  const top = Number(process.argv[3] ?? 30)
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const selfUs = new Map<number, number>()
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
  const byFunction = new Map<string, number>()
  const byFile = new Map<string, number>()
  let all = 0
  for (const [id, us] of selfUs) {
    const f = byId.get(id)?.callFrame
    if (f === undefined) continue
    const where = shortUrl(f.url)
    const key = `${f.functionName || '(anonymous)'}  ${where}:${f.lineNumber + 1}`
    byFunction.set(key, (byFunction.get(key) ?? 0) + us)
    byFile.set(where || '(native)', (byFile.get(where || '(native)') ?? 0) + us)
    all += us
  }
  printTop('Self time by function', byFunction, all, top)
  printTop('Self time by file', byFile, all, top)
}

main()
