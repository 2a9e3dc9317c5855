/**
 * Child process of bench/jetstream.ts: a local Jetstream-like ws server that
 * sends N realistic events (fr/en/other posts, deletes, identity, account)
 * as fast as the socket drains. Talks to the parent over IPC.
 */
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'

const FR = [
  'Franchement t’es vraiment trop nulle, personne ne veut de toi au collège demain',
  'mdr ptdr j’ai trop rigolé en cours de maths aujourd’hui avec les copines',
  'Quelqu’un sait à quelle heure commence le brevet blanc la semaine prochaine ?',
  'Arrête de poster des photos d’elle sans son accord, c’est du harcèlement',
  'Je suis tellement fatiguée ce soir, vivement les vacances de Noël',
  'Le prof d’histoire nous a encore donné trois exercices pour lundi matin',
]
const EN = [
  'Honestly this is the best sandwich I have had all week, highly recommend it',
  'Can anyone recommend a good book about the history of the Roman empire?',
  'The new update broke my workflow again, I will have to roll back tonight',
  'Just finished a 10k run in the rain and I feel absolutely great right now',
  'lol same',
]
const OTHER: [string, string][] = [
  ['es', 'Hoy hace muchísimo calor en Madrid y no quiero salir de casa para nada'],
  ['pt', 'Alguém sabe se o show de amanhã foi cancelado por causa da chuva forte?'],
  ['ja', '今日はとても暑いですね。明日は雨が降るそうです。'],
  ['de', 'Heute habe ich endlich die neue Wohnung gefunden, ich bin so glücklich'],
]
const B32 = 'abcdefghijklmnopqrstuvwxyz234567'

function did(n: number): string {
  let s = ''
  let v = n
  for (let i = 0; i < 24; i++) {
    s += B32[v & 31]
    v = Math.floor(v / 32)
  }
  return `did:plc:${s}`
}

// Placeholders filled per event (unique time_us, rkey, rev, seq, text suffix).
const T = '@@T@@'
const K = '@@K@@'
const R = '@@R@@'
const S = '@@S@@'
const I = '@@I@@'

/** The JSON template of event class i (placeholders for the unique parts). */
function template(i: number, t0: number): string {
  const timeUs = t0 + i * 50
  const author = did((i * 7919) % 50_000)
  const rkey = K
  const rev = R
  const r = i % 100
  if (r < 25) {
    return JSON.stringify({ did: author, time_us: T, kind: 'commit', commit: { rev, operation: 'delete', collection: 'app.bsky.feed.post', rkey } })
  }
  if (r < 30) {
    return JSON.stringify({ did: author, time_us: T, kind: 'identity', identity: { did: author, handle: `user${i % 50_000}.bsky.social`, seq: S, time: new Date(timeUs / 1000).toISOString() } })
  }
  if (r < 32) {
    return JSON.stringify({ did: author, time_us: T, kind: 'account', account: { active: r === 30, did: author, seq: S, time: new Date(timeUs / 1000).toISOString(), ...(r === 31 ? { status: 'deactivated' } : {}) } })
  }
  let text: string
  let langs: string[] | undefined
  if (r < 50) {
    text = FR[i % FR.length] ?? ''
    langs = ['fr']
  } else if (r < 56) {
    text = FR[i % FR.length] ?? '' // undeclared French: only franc finds it
  } else if (r < 85) {
    text = EN[i % EN.length] ?? ''
    langs = ['en']
  } else if (r < 90) {
    text = EN[i % EN.length] ?? ''
  } else {
    const o = OTHER[i % OTHER.length] ?? ['es', '']
    text = o[1]
    langs = [o[0]]
  }
  const record: Record<string, unknown> = { $type: 'app.bsky.feed.post', createdAt: new Date(timeUs / 1000).toISOString(), text: `${text} ${I}` }
  if (langs) record.langs = langs
  if (r % 7 === 0) {
    record.facets = [{ $type: 'app.bsky.richtext.facet', index: { byteStart: 0, byteEnd: 4 }, features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'Harcelement' }] }]
  }
  if (r % 11 === 0) {
    const parent = { cid: 'bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm', uri: `at://${did(i % 977)}/app.bsky.feed.post/3kabc${i % 977}` }
    record.reply = { parent, root: parent }
  }
  return JSON.stringify({ did: author, time_us: T, kind: 'commit', commit: { rev, operation: 'create', collection: 'app.bsky.feed.post', rkey, record, cid: 'bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a' } })
}

const TOKEN = /("@@T@@"|"@@S@@"|@@K@@|@@R@@|@@I@@)/
const templates = new Map<number, string[]>()

/** Event number i: a cached template (2,100 variants) with its unique parts filled in. */
function event(i: number, t0: number): string {
  const key = i % 2_100
  let parts = templates.get(key)
  if (!parts) {
    // Odd indexes of the split are the placeholders.
    parts = template(key, t0).split(TOKEN)
    templates.set(key, parts)
  }
  const id = i.toString(32)
  let out = ''
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k] ?? ''
    if (k % 2 === 0) out += p
    else if (p === '"@@T@@"') out += String(t0 + i * 50)
    else if (p === '"@@S@@"' || p === '@@I@@') out += String(i)
    else if (p === '@@K@@') out += `3l${id}`
    else out += `3m${id}`
  }
  return out
}

const HIGH_WATER = 8 * 1024 * 1024

async function send(ws: WebSocket, n: number, t0: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    ws.send(event(i, t0))
    if (ws.bufferedAmount > HIGH_WATER) {
      while (ws.bufferedAmount > HIGH_WATER / 4) await new Promise((r) => setTimeout(r, 1))
    }
  }
}

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/subscribe', perMessageDeflate: false })
wss.on('listening', () => {
  const { port } = wss.address() as AddressInfo
  process.send?.({ type: 'ready', url: `ws://127.0.0.1:${port}/subscribe` })
})
let pending: { n: number; t0: number } | null = null
process.on('message', (msg: { type: string; n?: number; t0?: number }) => {
  if (msg.type === 'emit') pending = { n: msg.n ?? 0, t0: msg.t0 ?? 0 }
  if (msg.type === 'exit') process.exit(0)
})
wss.on('connection', (ws) => {
  const job = pending
  pending = null
  if (job) void send(ws, job.n, job.t0)
})
