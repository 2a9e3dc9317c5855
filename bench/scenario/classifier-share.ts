/**
 * Share of generated posts the harassment classifier flags, per role
 * (hostile wave and pile-on posts should be flagged; everything else not).
 *
 *   npx tsx bench/scenario/classifier-share.ts [--seed 1] [--minutes 240]
 */
import { classify } from '../../classifiers/index.js'
import { defaultWaves, generateScenario } from './generate.js'
import type { PostRole } from './generate.js'

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}

const minutes = arg('minutes', 240)
const s = generateScenario({ seed: arg('seed', 1), start: new Date('2026-03-02T06:00:00Z'), durationMinutes: minutes, backgroundPerMinute: 40, waves: defaultWaves(minutes) })
const counts = new Map<string, { n: number; flagged: number; misses: string[] }>()
s.lines.forEach((line, i) => {
  const post = JSON.parse(line) as { text: string; langs: string[] }
  const role: PostRole = s.roles[i]!
  const key = role === 'hostile' ? (post.text.includes('#') ? 'hostile (hashtag wave)' : 'hostile (pile-on)') : role
  const c = counts.get(key) ?? { n: 0, flagged: 0, misses: [] }
  const flagged = classify(post.text, post.langs).harassment
  c.n++
  if (flagged) c.flagged++
  const surprising = role === 'hostile' ? !flagged : flagged
  if (surprising && c.misses.length < 8 && !c.misses.includes(post.text)) c.misses.push(post.text)
  counts.set(key, c)
  if (key === 'hostile (hashtag wave)') {
    // The same text without its hashtags: is the text itself recognisably hostile?
    const bare = post.text.replace(/#\w+/g, '').trim()
    const b = counts.get('hostile (wave, tags cut)') ?? { n: 0, flagged: 0, misses: [] }
    b.n++
    if (classify(bare, post.langs).harassment) b.flagged++
    else if (b.misses.length < 8 && !b.misses.includes(bare)) b.misses.push(bare)
    counts.set('hostile (wave, tags cut)', b)
  }
})
let benign = 0
let benignFlagged = 0
for (const [role, c] of [...counts].sort()) {
  console.info(`${role.padEnd(24)} ${String(c.n).padStart(6)} posts, flagged ${((100 * c.flagged) / c.n).toFixed(1)} %`)
  for (const m of c.misses) console.info(`    ${role.startsWith('hostile') ? 'missed' : 'flagged'}: ${m}`)
  if (!role.startsWith('hostile')) { benign += c.n; benignFlagged += c.flagged }
}
console.info(`all non-hostile: ${benign} posts, flagged ${((100 * benignFlagged) / benign).toFixed(2)} %`)
