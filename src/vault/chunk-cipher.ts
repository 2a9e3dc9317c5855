/**
 * The vault's cryptography, pure: each blob has its own random AES-256 data
 * key, wrapped by the master key (AES-256-GCM, random IV); each chunk is
 * sealed with AES-256-GCM under the data key, its nonce the chunk number and
 * its additional data the blob id, the chunk number and whether it is the
 * last one, so that chunks cannot be swapped, moved to another blob, or cut
 * off at the end without the tag check failing.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

const ALG = 'aes-256-gcm'
const IV_BYTES = 12
/** GCM tag length, appended to every ciphertext. */
export const TAG_BYTES = 16

/** A chunk or key that fails authentication: tampered, truncated, or sealed by another key. */
export class VaultIntegrityError extends Error {
  override name = 'VaultIntegrityError'
}

function seal(key: Buffer, iv: Buffer, aad: string, plain: Uint8Array): Buffer {
  const cipher = createCipheriv(ALG, key, iv, { authTagLength: TAG_BYTES })
  cipher.setAAD(Buffer.from(aad, 'utf8'))
  return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()])
}

function open(key: Buffer, iv: Buffer, aad: string, data: Buffer, what: string): Buffer {
  if (data.length < TAG_BYTES) throw new VaultIntegrityError(`${what} : données tronquées`)
  const decipher = createDecipheriv(ALG, key, iv, { authTagLength: TAG_BYTES })
  decipher.setAAD(Buffer.from(aad, 'utf8'))
  decipher.setAuthTag(data.subarray(data.length - TAG_BYTES))
  try {
    return Buffer.concat([decipher.update(data.subarray(0, data.length - TAG_BYTES)), decipher.final()])
  } catch (err) {
    throw new VaultIntegrityError(`${what} : authentification refusée (altéré, ou autre clé)`, { cause: err })
  }
}

/** A fresh data key for one blob. */
export function newDataKey(): Buffer {
  return randomBytes(32)
}

/** The data key wrapped by the master key: iv ‖ ciphertext ‖ tag. */
export function wrapKey(master: Buffer, blobId: string, dataKey: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES)
  return Buffer.concat([iv, seal(master, iv, `vigie-vault/v1/key/${blobId}`, dataKey)])
}

/** The data key of a blob, or VaultIntegrityError. */
export function unwrapKey(master: Buffer, blobId: string, wrapped: Buffer): Buffer {
  return open(master, wrapped.subarray(0, IV_BYTES), `vigie-vault/v1/key/${blobId}`, wrapped.subarray(IV_BYTES), `clé du fichier ${blobId}`)
}

function chunkNonce(seq: number): Buffer {
  const iv = Buffer.alloc(IV_BYTES)
  iv.writeUInt32BE(seq, IV_BYTES - 4)
  return iv
}

const chunkAad = (blobId: string, seq: number, last: boolean) => `vigie-vault/v1/chunk/${blobId}/${seq}/${last ? 'end' : 'more'}`

/** Encrypts chunk `seq` of a blob: ciphertext ‖ tag. */
export function sealChunk(dataKey: Buffer, blobId: string, seq: number, last: boolean, plain: Uint8Array): Buffer {
  return seal(dataKey, chunkNonce(seq), chunkAad(blobId, seq, last), plain)
}

/** Decrypts and authenticates chunk `seq`, or VaultIntegrityError. */
export function openChunk(dataKey: Buffer, blobId: string, seq: number, last: boolean, data: Buffer): Buffer {
  return open(dataKey, chunkNonce(seq), chunkAad(blobId, seq, last), data, `fragment ${seq} du fichier ${blobId}`)
}
