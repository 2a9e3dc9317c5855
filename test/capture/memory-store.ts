/**
 * An in-memory artifact store for capture tests, standing in for the
 * encrypted vault until it is wired (same interface: put → id + SHA-256).
 */
import { createHash, randomUUID } from 'node:crypto'
import type { ArtifactStore } from '../../src/capture/capture-service.js'

/** A store that keeps bytes in a Map. */
export function memoryStore(): ArtifactStore & { blobs: Map<string, Buffer> } {
  const blobs = new Map<string, Buffer>()
  return {
    configured: true,
    blobs,
    put(bytes) {
      const id = randomUUID()
      blobs.set(id, Buffer.from(bytes))
      return Promise.resolve({ id, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length })
    },
    get(id) {
      const b = blobs.get(id)
      return b ? Promise.resolve(b) : Promise.reject(new Error('no blob'))
    },
  }
}
