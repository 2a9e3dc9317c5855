/**
 * Streaming multipart/form-data (busboy): each part is handed over in order,
 * files as byte streams read straight off the socket, so an upload is never
 * buffered whole. Limits cap the whole body, the number of files and
 * fields, and each file's size (a file past it is cut and flagged).
 */
import { Readable, Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import busboy from 'busboy'
import type { Context } from 'hono'
import type { AppEnv } from './env.js'
import { ApiError } from './errors.js'

/**
 * True for the upload routes (case files, a victim's screenshot), which
 * stream through their own limits here instead of the API's 256 KiB.
 */
export function isUploadRequest(method: string, path: string): boolean {
  return method === 'POST' && /^\/api\/(cases\/[^/]+\/files|intake\/[^/]+\/captures)\/?$/.test(path)
}

/** The status of each refusal code of an uploaded file (the vault's and a victim's screenshot). */
export const REFUSAL_STATUS: Readonly<Record<string, 400 | 413 | 415 | 422>> = {
  file_type_refused: 415,
  file_too_large: 413,
  too_many_files: 413,
  image_too_large: 422,
  empty_file: 400,
}

/** One part of the form. */
export type FormPart =
  | { type: 'field'; name: string; value: string }
  | { type: 'file'; field: string; filename: string | undefined; content: AsyncIterable<Buffer> }

/** The body to parse, with its headers. */
export interface UploadBody {
  contentType: string
  contentLength: string | null
  /** Null when the request has no body. */
  stream: Readable | null
}

/** Limits of one form. */
export interface FormLimits {
  /** Largest body, in bytes (checked on Content-Length and while reading). */
  maxBodyBytes: number
  /** Files accepted; later ones are dropped and `tooManyFiles` is set. */
  maxFiles: number
  /** Bytes kept per file; a longer file is cut there (the handler sees one byte more than allowed at most). */
  maxFileBytes: number
}

/** What the whole form held beyond the parts handed over. */
export interface FormSummary {
  /** More files than `maxFiles` were sent: the extra ones were dropped unread. */
  tooManyFiles: boolean
}

/** Counts bytes and fails past `max`. */
class ByteCap extends Transform {
  private seen = 0
  constructor(private readonly max: number) {
    super()
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.seen += chunk.length
    if (this.seen > this.max) cb(new ApiError(413, 'payload_too_large', `envoi trop gros (${Math.floor(this.max / (1024 * 1024))} Mo au plus par requête)`))
    else cb(null, chunk)
  }
}

/** Reads a stream without destroying it if the reader stops early: the rest is drained, so busboy moves on. */
async function* readAll(stream: Readable): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of stream.iterator({ destroyOnReturn: false })) yield chunk as Buffer
  } finally {
    stream.resume()
  }
}

/**
 * Parses a multipart body, calling `onPart` for each field and file in
 * order (the next part waits until the handler returns). Throws ApiError 415
 * when the body is not multipart, 413 past `maxBodyBytes`.
 */
export async function readMultipart(req: UploadBody, limits: FormLimits, onPart: (part: FormPart) => Promise<void>): Promise<FormSummary> {
  const type = req.contentType
  if (!/^multipart\/form-data;/i.test(type)) {
    throw new ApiError(415, 'unsupported_media_type', 'le corps doit être un formulaire multipart/form-data (champ « file »)')
  }
  const declared = Number(req.contentLength ?? 'NaN')
  if (Number.isFinite(declared) && declared > limits.maxBodyBytes) {
    throw new ApiError(413, 'payload_too_large', `envoi trop gros (${Math.floor(limits.maxBodyBytes / (1024 * 1024))} Mo au plus par requête)`)
  }
  const source = req.stream
  if (!source) throw new ApiError(400, 'bad_request', 'corps de requête vide')
  let parser: busboy.Busboy
  try {
    parser = busboy({
      headers: { 'content-type': type },
      defParamCharset: 'utf8',
      limits: { files: limits.maxFiles, fileSize: limits.maxFileBytes + 1, fields: 20, fieldSize: 4096, parts: limits.maxFiles + 20, headerPairs: 20 },
    })
  } catch (err) {
    throw new ApiError(400, 'bad_request', 'formulaire multipart illisible (boundary manquant)', { cause: err })
  }
  const summary: FormSummary = { tooManyFiles: false }
  let chain: Promise<void> = Promise.resolve()
  let failed: unknown = null
  const queue = (part: () => FormPart, skip: () => void) => {
    chain = chain.then(async () => {
      if (failed !== null) return skip()
      try {
        await onPart(part())
      } catch (err) {
        failed ??= err
        skip()
      }
    })
  }
  parser.on('field', (name, value) => queue(() => ({ type: 'field', name, value }), () => undefined))
  parser.on('file', (field, stream, info) =>
    queue(
      () => ({ type: 'file', field, filename: info.filename, content: readAll(stream) }),
      () => stream.resume(),
    ),
  )
  parser.on('filesLimit', () => {
    summary.tooManyFiles = true
  })
  try {
    await pipeline(source, new ByteCap(limits.maxBodyBytes), parser)
  } catch (err) {
    failed ??= err
  }
  await chain
  if (failed !== null) {
    if (failed instanceof ApiError) throw failed
    if (failed instanceof Error && /Unexpected end of form|Malformed|boundary/i.test(failed.message)) {
      throw new ApiError(400, 'bad_request', 'formulaire multipart incomplet ou mal formé', { cause: failed })
    }
    throw failed
  }
  return summary
}

/**
 * The request body as a Node stream: the socket itself when nothing has read
 * it yet (true backpressure: a slow database slows the client down), else the
 * web body (under `app.request()` in tests).
 */
export function uploadBody(c: Context<AppEnv>): UploadBody {
  const incoming = c.env?.incoming
  const headers = { contentType: c.req.header('content-type') ?? '', contentLength: c.req.header('content-length') ?? null }
  if (incoming && incoming.readableFlowing === null && !incoming.readableDidRead) return { ...headers, stream: incoming }
  const body = c.req.raw.body
  return { ...headers, stream: body ? Readable.fromWeb(body as WebReadableStream<Uint8Array>) : null }
}
