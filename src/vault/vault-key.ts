/**
 * The vault's master key (AES-256), read from `VIGIE_VAULT_KEY` or the file
 * named by `VIGIE_VAULT_KEY_FILE`. The bytes never leave this object except
 * to the cipher: JSON, `String()` and `util.inspect` show a mask, so a config
 * logged by mistake never prints the key.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { inspect } from 'node:util'

/** What the logs and JSON show in place of the key. */
export const MASKED_KEY = '[clé du coffre masquée]'

/** How to make a key, for every message that asks for one. */
export const VAULT_KEY_HOWTO = 'générez-en une avec « openssl rand -base64 32 » et placez-la dans VIGIE_VAULT_KEY, ou son chemin dans VIGIE_VAULT_KEY_FILE'

/** A 256-bit key that refuses to be printed. */
export class VaultKey {
  readonly #bytes: Buffer
  /** A short public fingerprint (HMAC of a constant): which key sealed a blob, without revealing it. */
  readonly id: string

  private constructor(bytes: Buffer) {
    this.#bytes = Buffer.from(bytes)
    this.id = createHmac('sha256', this.#bytes).update('vigie-vault-key-id').digest('hex').slice(0, 16)
  }

  /** Parses base64 (44 characters, `openssl rand -base64 32`) or 64 hex digits; null when the text is not a 32-byte key. */
  static parse(text: string): VaultKey | null {
    const t = text.trim()
    let bytes: Buffer | null = null
    if (/^[0-9a-fA-F]{64}$/.test(t)) bytes = Buffer.from(t, 'hex')
    else if (/^[A-Za-z0-9+/]{43}=?$/.test(t) || /^[A-Za-z0-9_-]{43}=?$/.test(t)) bytes = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
    return bytes !== null && bytes.length === 32 ? new VaultKey(bytes) : null
  }

  /** A fresh random key (the throwaway demo database). */
  static random(): VaultKey {
    return new VaultKey(randomBytes(32))
  }

  /** The raw key, for the cipher only. */
  bytes(): Buffer {
    return this.#bytes
  }

  toJSON(): string {
    return MASKED_KEY
  }

  toString(): string {
    return MASKED_KEY
  }

  [inspect.custom](): string {
    return MASKED_KEY
  }
}
