/** The vault: encrypted round trips, write-once at the database, tamper detection, no key → a clear refusal. */
import { createHash, randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/context.js'
import { BlobStore, eraseBlobs, VaultIntegrityError, VaultNotConfiguredError, VaultSizeError, withErasure } from '../../src/vault/blob-store.js'
import { VaultKey } from '../../src/vault/vault-key.js'
import { DRIVERS, testContext } from '../_util.js'

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
const KEY = VaultKey.random()

async function* pieces(buf: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < buf.length; i += size) yield new Uint8Array(buf.subarray(i, i + size))
}

describe.each(DRIVERS)('vault blob store (%s)', (driver) => {
  let ctx: AppContext
  let store: BlobStore
  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [] })
    store = new BlobStore(ctx.database.db, KEY, { chunkSize: 1000 })
  })
  afterAll(async () => {
    await ctx.close()
  })

  const chunkRows = (id: string) =>
    ctx.database.rows<{ seq: number; data: Uint8Array }>(sql`select seq, data from vault_chunks where blob_id = ${id} order by seq`)

  it('stores any stream encrypted, in chunks, and gives back the exact bytes and hash', async () => {
    const content = randomBytes(3500)
    const put = await store.put(pieces(content, 333), { kind: 'test' })
    expect(put).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), sha256: sha(content), size: 3500 })
    expect(await store.get(put.id)).toEqual(content)
    expect(await store.stat(put.id)).toMatchObject({ kind: 'test', size: 3500, sha256: sha(content), chunkCount: 4 })
    const rows = await chunkRows(put.id)
    expect(rows.map((r) => r.seq)).toEqual([0, 1, 2, 3])
    const stored = Buffer.concat(rows.map((r) => Buffer.from(r.data)))
    // Every 16-byte window of the plaintext is absent from what is stored.
    for (let i = 0; i + 16 <= content.length; i += 16) expect(stored.includes(content.subarray(i, i + 16))).toBe(false)
  })

  it('stores an empty blob and a Buffer given whole', async () => {
    const empty = await store.put(Buffer.alloc(0), { kind: 'test' })
    expect(empty.size).toBe(0)
    expect(await store.get(empty.id)).toEqual(Buffer.alloc(0))
    const whole = await store.put(Buffer.from('bonjour'), { kind: 'test' })
    expect((await store.get(whole.id)).toString()).toBe('bonjour')
  })

  it('refuses content over maxBytes and leaves nothing behind', async () => {
    const before = await ctx.database.rows<{ n: number }>(sql`select count(*)::int as n from vault_chunks`)
    await expect(store.put(pieces(randomBytes(5000), 700), { kind: 'test', maxBytes: 4000 })).rejects.toBeInstanceOf(VaultSizeError)
    const after = await ctx.database.rows<{ n: number }>(sql`select count(*)::int as n from vault_chunks`)
    expect(after[0]?.n).toBe(before[0]?.n)
    const unsealed = await ctx.database.rows<{ n: number }>(sql`select count(*)::int as n from vault_blobs where not sealed`)
    expect(unsealed[0]?.n).toBe(0)
  })

  it('is write-once in the database: no UPDATE, no DELETE, no TRUNCATE, no chunk added after sealing', async () => {
    const { id } = await store.put(randomBytes(1500), { kind: 'test' })
    const refused = async (query: ReturnType<typeof sql>) => {
      const err = await ctx.database.rows(query).then(
        () => null,
        (e: unknown) => e as Error,
      )
      expect(err, String(query.queryChunks)).not.toBeNull()
      expect(String(err?.message ?? '') + String((err?.cause as Error | undefined)?.message ?? '')).toMatch(/write-once|erasure|sealed/)
    }
    await refused(sql`update vault_chunks set data = '\\x00' where blob_id = ${id}`)
    await refused(sql`update vault_blobs set sha256 = 'x' where id = ${id}`)
    await refused(sql`delete from vault_chunks where blob_id = ${id}`)
    await refused(sql`delete from vault_blobs where id = ${id}`)
    await refused(sql`truncate vault_chunks`)
    await refused(sql`insert into vault_chunks (blob_id, seq, data) values (${id}, 99, '\\x00')`)
    expect((await store.get(id)).length).toBe(1500)
    // Only an erasure removes it, chunks included.
    expect(await withErasure(ctx.database.db, (tx) => eraseBlobs(tx, [id]))).toBe(1)
    expect(await chunkRows(id)).toEqual([])
    expect(await store.stat(id)).toBeUndefined()
  })

  it('detects a tampered, swapped or missing chunk, and a wrong key', async () => {
    const content = randomBytes(2500)
    const a = await store.put(content, { kind: 'test' })
    const b = await store.put(randomBytes(2500), { kind: 'test' })
    const fails = async (id: string, s: BlobStore = store) => {
      await expect(s.get(id)).rejects.toBeInstanceOf(VaultIntegrityError)
    }
    await fails(a.id, new BlobStore(ctx.database.db, VaultKey.random()))
    // Tampering needs the triggers off: only a superuser at the database could do it, and it still shows.
    await ctx.database.rows(sql`alter table vault_chunks disable trigger vault_chunks_write_once`)
    try {
      await ctx.database.rows(sql`update vault_chunks set data = ${Buffer.from((await chunkRows(b.id))[0]!.data)} where blob_id = ${a.id} and seq = 0`)
      await fails(a.id)
      await ctx.database.rows(sql`delete from vault_chunks where blob_id = ${b.id} and seq = 2`)
      await fails(b.id)
    } finally {
      await ctx.database.rows(sql`alter table vault_chunks enable trigger vault_chunks_write_once`)
    }
  })

  it('sweeps unsealed blobs left by an interrupted upload, never sealed ones', async () => {
    const sealed = await store.put(randomBytes(10), { kind: 'test' })
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield randomBytes(1200)
      throw new Error('client gone')
    }
    await expect(store.put(broken(), { kind: 'test' })).rejects.toThrow('client gone')
    await ctx.database.rows(sql`insert into vault_blobs (id, kind, chunk_size, key_id, wrapped_key, created_at) values ('orphan', 'test', 1000, 'k', '\\x00', now() - interval '2 days')`)
    expect(await store.sweepUnsealed(new Date(Date.now() - 24 * 3600_000))).toBe(1)
    expect(await store.stat(sealed.id)).toBeDefined()
  })

  it('refuses to store or read without a key, saying how to set one', async () => {
    const none = new BlobStore(ctx.database.db, null)
    expect(none.configured).toBe(false)
    const err = await none.put(Buffer.from('x'), { kind: 'test' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(VaultNotConfiguredError)
    expect((err as Error).message).toContain('openssl rand -base64 32')
    expect((err as Error).message).toContain('VIGIE_VAULT_KEY')
  })
})
