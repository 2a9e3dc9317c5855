/** Cuts a byte stream into pieces of one size (the last may be shorter), holding at most one piece. */

/** Yields Buffers of exactly `size` bytes from `source`, then the remainder (if any). */
export async function* rechunk(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, size: number): AsyncGenerator<Buffer> {
  let parts: Buffer[] = []
  let held = 0
  for await (const piece of source) {
    let buf = Buffer.isBuffer(piece) ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength)
    while (held + buf.length >= size) {
      const take = size - held
      parts.push(buf.subarray(0, take))
      yield Buffer.concat(parts, size)
      parts = []
      held = 0
      buf = buf.subarray(take)
    }
    if (buf.length > 0) {
      // Copy: the caller may reuse its buffer once we ask for the next piece.
      parts.push(Buffer.from(buf))
      held += buf.length
    }
  }
  if (held > 0) yield Buffer.concat(parts, held)
}
