/** Helpers of the case tests: real PNGs, multipart uploads through the app, PDF text, zip entries. */
import { createHash, randomBytes } from 'node:crypto'
import { deflateSync } from 'node:zlib'
import yauzl from 'yauzl'
import type { AppContext } from '../../src/context.js'
import { createApp } from '../../src/server/app.js'
import type { TestLogin } from '../_util.js'

export const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex')

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(buf: Buffer): number {
  let c = 0xffffffff
  for (const byte of buf) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

/**
 * A valid RGB PNG of random pixels (incompressible, so its bytes are
 * distinctive). `declared` writes other dimensions in the header than the
 * pixels it holds (a decompression bomb announces absurd ones).
 */
export function makePng(width: number, height: number, declared?: { width: number; height: number }): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(declared?.width ?? width, 0)
  ihdr.writeUInt32BE(declared?.height ?? height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // RGB
  const rows: Buffer[] = []
  for (let y = 0; y < height; y++) rows.push(Buffer.concat([Buffer.from([0]), randomBytes(width * 3)]))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows), { level: 0 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** Slices of `bytes` (start, middle, end) that must not appear where the file is stored. */
export function probes(bytes: Buffer, size = 32): Buffer[] {
  const mid = Math.floor(bytes.length / 2)
  return [bytes.subarray(40, 40 + size), bytes.subarray(mid, mid + size), bytes.subarray(bytes.length - 40 - size, bytes.length - 40)]
}

/** POSTs files (and optional fields) as multipart/form-data through the app. */
export async function upload(
  ctx: AppContext,
  login: TestLogin,
  caseId: number | string,
  files: Array<{ name: string; bytes: Uint8Array; type?: string }>,
  fields: Record<string, string> = {},
): Promise<Response> {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  for (const f of files) form.append('file', new Blob([new Uint8Array(f.bytes)], { type: f.type ?? 'application/octet-stream' }), f.name)
  return createApp(ctx).request(`/api/cases/${caseId}/files`, { method: 'POST', headers: login.headers, body: form })
}

/** A JSON request through the app as `login`. */
export async function call(ctx: AppContext, login: TestLogin | null, method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { ...(login?.headers ?? {}) }
  if (body !== undefined) headers['content-type'] = 'application/json'
  return createApp(ctx).request(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
}

/** The text of every page of a PDF (pdf.js), pages joined by newlines. */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false }).promise
  const pages: string[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''))
  }
  await doc.destroy()
  return pages.join('\n')
}

/** Every entry of a zip: name → bytes. */
export function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (err, file) => {
      if (err || !file) return reject(err ?? new Error('no zip'))
      const out = new Map<string, Buffer>()
      file.on('entry', (entry: yauzl.Entry) => {
        file.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'))
          const parts: Buffer[] = []
          stream.on('data', (c: Buffer) => parts.push(c))
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(parts))
            file.readEntry()
          })
        })
      })
      file.on('end', () => resolve(out))
      file.on('error', reject)
      file.readEntry()
    })
  })
}
