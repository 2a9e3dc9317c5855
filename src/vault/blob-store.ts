/**
 * The vault: a generic, encrypted, write-once blob store in the database.
 * `put(bytes, meta)` encrypts as the bytes stream in (one chunk in memory at
 * a time), hashes them (SHA-256) and seals the blob; `get(id)` /
 * `chunks(id)` decrypt and authenticate every chunk and check the hash at
 * the end. Blobs live in PostgreSQL, so every instance sharing a database
 * sees them. Nothing here deletes a sealed blob except `eraseBlobs`, which
 * legal erasure and retention call inside `withErasure`.
 */
import { createHash, randomUUID } from 'node:crypto'
import { Readable } from 'node:stream'
import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import { vaultBlobs, vaultChunks, type VaultBlobRow } from '../db/schema/index.js'
import { newDataKey, openChunk, sealChunk, unwrapKey, VaultIntegrityError, wrapKey } from './chunk-cipher.js'
import { rechunk } from './rechunk.js'
import { VAULT_KEY_HOWTO, type VaultKey } from './vault-key.js'

export { VaultIntegrityError }

/** Plaintext bytes per chunk by default. */
export const DEFAULT_CHUNK_SIZE = 256 * 1024
/** Chunks read from the database per query when decrypting. */
const READ_PAGE = 4

/** No key configured: the vault refuses to store or read. */
export class VaultNotConfiguredError extends Error {
  override name = 'VaultNotConfiguredError'
  constructor() {
    super(`coffre-fort non configuré : aucune clé de chiffrement. Pour l’activer, ${VAULT_KEY_HOWTO}, puis redémarrez Vigie.`)
  }
}

/** The content went over the size a caller allowed. */
export class VaultSizeError extends Error {
  override name = 'VaultSizeError'
  constructor(readonly maxBytes: number) {
    super(`contenu trop gros (${maxBytes} octets au plus)`)
  }
}

/** What `put` is told about a blob. */
export interface PutMeta {
  /** What the blob is for: "case-file", "page-capture", … */
  kind: string
  /** Refuse (and sweep) the blob past this many bytes. */
  maxBytes?: number
}

/** A sealed blob. */
export interface StoredBlob {
  id: string
  sha256: string
  size: number
}

/** A sealed blob's public facts. */
export type BlobInfo = Pick<VaultBlobRow, 'id' | 'kind' | 'size' | 'sha256' | 'chunkCount' | 'createdAt' | 'sealedAt'>

type Content = Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>

/** The encrypted blob store of one database and key. */
export class BlobStore {
  private readonly chunkSize: number

  constructor(
    private readonly db: Database,
    private readonly key: VaultKey | null,
    opts: { chunkSize?: number } = {},
  ) {
    this.chunkSize = opts.chunkSize ?? DEFAULT_CHUNK_SIZE
  }

  /** False without a key: every put and get is refused with VaultNotConfiguredError. */
  get configured(): boolean {
    return this.key !== null
  }

  private master(): VaultKey {
    if (!this.key) throw new VaultNotConfiguredError()
    return this.key
  }

  /** Encrypts and stores `content`; returns the sealed blob's id, SHA-256 and size. */
  async put(content: Content, meta: PutMeta): Promise<StoredBlob> {
    const master = this.master()
    const id = randomUUID()
    const dataKey = newDataKey()
    await this.db.insert(vaultBlobs).values({
      id,
      kind: meta.kind,
      chunkSize: this.chunkSize,
      keyId: master.id,
      wrappedKey: wrapKey(master.bytes(), id, dataKey),
    })
    try {
      const hash = createHash('sha256')
      let size = 0
      let seq = 0
      let pending: Buffer | null = null
      const source = content instanceof Uint8Array ? [content] : content
      for await (const chunk of rechunk(source, this.chunkSize)) {
        size += chunk.length
        if (meta.maxBytes !== undefined && size > meta.maxBytes) throw new VaultSizeError(meta.maxBytes)
        hash.update(chunk)
        // One chunk behind: the last chunk is sealed as such, so a cut-off blob fails authentication.
        if (pending) await this.writeChunk(dataKey, id, seq++, false, pending)
        pending = chunk
      }
      await this.writeChunk(dataKey, id, seq++, true, pending ?? Buffer.alloc(0))
      const sha256 = hash.digest('hex')
      await this.db
        .update(vaultBlobs)
        .set({ sealed: true, size, sha256, chunkCount: seq, sealedAt: new Date() })
        .where(and(eq(vaultBlobs.id, id), eq(vaultBlobs.sealed, false)))
      return { id, sha256, size }
    } catch (err) {
      // Unsealed: the triggers let it go (its chunks with it).
      await this.db
        .delete(vaultBlobs)
        .where(and(eq(vaultBlobs.id, id), eq(vaultBlobs.sealed, false)))
        .catch(() => undefined)
      throw err
    } finally {
      dataKey.fill(0)
    }
  }

  private async writeChunk(dataKey: Buffer, id: string, seq: number, last: boolean, plain: Buffer): Promise<void> {
    await this.db.insert(vaultChunks).values({ blobId: id, seq, data: sealChunk(dataKey, id, seq, last, plain) })
  }

  /** A sealed blob's facts, or undefined. */
  async stat(id: string): Promise<BlobInfo | undefined> {
    const [row] = await this.db
      .select({
        id: vaultBlobs.id,
        kind: vaultBlobs.kind,
        size: vaultBlobs.size,
        sha256: vaultBlobs.sha256,
        chunkCount: vaultBlobs.chunkCount,
        createdAt: vaultBlobs.createdAt,
        sealedAt: vaultBlobs.sealedAt,
      })
      .from(vaultBlobs)
      .where(and(eq(vaultBlobs.id, id), eq(vaultBlobs.sealed, true)))
    return row
  }

  /**
   * The plaintext of a sealed blob, chunk by chunk, each authenticated; the
   * SHA-256 of the whole is checked after the last chunk. Throws
   * VaultIntegrityError on any mismatch, and when the blob does not exist.
   */
  async *chunks(id: string): AsyncGenerator<Buffer> {
    const master = this.master()
    const [blob] = await this.db.select().from(vaultBlobs).where(and(eq(vaultBlobs.id, id), eq(vaultBlobs.sealed, true)))
    if (!blob) throw new VaultIntegrityError(`fichier ${id} absent du coffre`)
    const dataKey = unwrapKey(master.bytes(), id, blob.wrappedKey)
    try {
      const hash = createHash('sha256')
      let size = 0
      let seq = 0
      while (seq < blob.chunkCount) {
        const page = await this.db
          .select({ seq: vaultChunks.seq, data: vaultChunks.data })
          .from(vaultChunks)
          .where(and(eq(vaultChunks.blobId, id), gte(vaultChunks.seq, seq)))
          .orderBy(asc(vaultChunks.seq))
          .limit(READ_PAGE)
        if (page.length === 0) throw new VaultIntegrityError(`fichier ${id} : fragment ${seq} manquant`)
        for (const row of page) {
          if (row.seq !== seq) throw new VaultIntegrityError(`fichier ${id} : fragment ${seq} manquant`)
          const plain = openChunk(dataKey, id, seq, seq === blob.chunkCount - 1, row.data)
          hash.update(plain)
          size += plain.length
          seq++
          if (plain.length > 0) yield plain
        }
      }
      if (size !== blob.size || hash.digest('hex') !== blob.sha256) throw new VaultIntegrityError(`fichier ${id} : empreinte SHA-256 différente`)
    } finally {
      dataKey.fill(0)
    }
  }

  /** The whole plaintext of a (small) blob. */
  async get(id: string): Promise<Buffer> {
    const parts: Buffer[] = []
    for await (const c of this.chunks(id)) parts.push(c)
    return Buffer.concat(parts)
  }

  /** The plaintext as a Node stream (errors with VaultIntegrityError on tampering). */
  stream(id: string): Readable {
    return Readable.from(this.chunks(id), { objectMode: false })
  }

  /** Deletes unsealed blobs (uploads cut short by a crash) created before `before`; returns how many. */
  async sweepUnsealed(before: Date): Promise<number> {
    const rows = await this.db
      .delete(vaultBlobs)
      .where(and(eq(vaultBlobs.sealed, false), lt(vaultBlobs.createdAt, before)))
      .returning({ id: vaultBlobs.id })
    return rows.length
  }
}

/**
 * Runs `fn` in a transaction allowed to delete sealed blobs and case files
 * (the `vigie.vault_erase` setting the write-once triggers look for). Only
 * legal erasure and retention call it.
 */
export async function withErasure<T>(db: Database, fn: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('vigie.vault_erase', 'on', true)`)
    return fn(tx)
  })
}

/** Deletes blobs (and their chunks) inside `withErasure`; returns how many went. */
export async function eraseBlobs(tx: Database, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0
  const rows = await tx
    .delete(vaultBlobs)
    .where(inArray(vaultBlobs.id, [...ids]))
    .returning({ id: vaultBlobs.id })
  return rows.length
}
