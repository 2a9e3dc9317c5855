/**
 * The encrypted, write-once blob store (the evidence vault). A blob is sealed
 * once its last chunk is written; from then on neither it nor its chunks can
 * change, and they are deleted only by an erasure that says so (the
 * `vigie.vault_erase` transaction setting, see migration 0011). Unsealed
 * blobs (an upload cut short) may be swept.
 */
import { sql } from 'drizzle-orm'
import { bigint, boolean, customType, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'

/** PostgreSQL bytea as a Node Buffer, whichever the driver (PGlite gives Uint8Array, postgres.js Buffer). */
export const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
})

export const vaultBlobs = pgTable(
  'vault_blobs',
  {
    /** Random UUID, chosen before the first chunk (it is bound into every chunk's authentication). */
    id: text('id').primaryKey(),
    /** What the blob is for: "case-file", "page-capture", … */
    kind: text('kind').notNull(),
    /** False while chunks are being written; sealed once, never unsealed. */
    sealed: boolean('sealed').notNull().default(false),
    /** Plaintext size in bytes (0 until sealed). */
    size: bigint('size', { mode: 'number' }).notNull().default(0),
    /** Lower-case hex SHA-256 of the plaintext (empty until sealed). */
    sha256: text('sha256').notNull().default(''),
    /** Plaintext bytes per chunk (the last one may be shorter). */
    chunkSize: integer('chunk_size').notNull(),
    chunkCount: integer('chunk_count').notNull().default(0),
    /** Fingerprint of the master key that wrapped the data key (never the key). */
    keyId: text('key_id').notNull(),
    /** The blob's own AES-256 data key, wrapped by the master key with AES-256-GCM: iv ‖ ciphertext ‖ tag. */
    wrappedKey: bytea('wrapped_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sealedAt: timestamp('sealed_at', { withTimezone: true }),
  },
  (t) => [index('vault_blobs_unsealed_idx').on(t.createdAt).where(sql`not sealed`)],
)

/** One encrypted chunk: AES-256-GCM under the blob's data key, nonce = chunk number. */
export const vaultChunks = pgTable(
  'vault_chunks',
  {
    blobId: text('blob_id')
      .notNull()
      .references(() => vaultBlobs.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    /** Ciphertext ‖ 16-byte tag. */
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.blobId, t.seq] })],
)

export type VaultBlobRow = typeof vaultBlobs.$inferSelect
