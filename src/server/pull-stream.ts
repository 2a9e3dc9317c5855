/**
 * A web ReadableStream that pulls from an async iterable one piece at a time.
 * Node 20's `Readable.toWeb` reads its source as fast as it can (its queue is
 * counted in chunks, not bytes), so a slow client would make the server hold
 * a whole file; this one asks for the next piece only when the last was taken.
 */

/** Wraps `source` (a Node Readable, an async generator…) for a hono response body. */
export function pullStream(source: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const it = source[Symbol.asyncIterator]()
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await it.next()
        if (next.done) controller.close()
        else controller.enqueue(next.value)
      },
      async cancel() {
        await it.return?.()
      },
    },
    { highWaterMark: 0 },
  )
}
