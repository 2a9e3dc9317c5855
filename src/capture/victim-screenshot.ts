/**
 * The victim's own screenshot, attached when the page cannot be captured:
 * read whole (it is small), its type sniffed from its bytes with the vault's
 * rules (never the name or the browser's word; an image announcing absurd
 * dimensions is refused before anything decodes it), and only PNG, JPEG or
 * WebP kept — what phones produce for a screenshot.
 */
import { sniffFile } from '../cases/file-sniff.js'
import { MAX_ATTACHED_IMAGE } from './capture-service.js'

/** The image types a victim's screenshot may be. */
export const SCREENSHOT_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const
export type ScreenshotType = (typeof SCREENSHOT_TYPES)[number]

/** A screenshot ready to keep, or why it is refused (the codes of the vault's refusals). */
export type ScreenshotVerdict =
  | { ok: true; bytes: Buffer; type: ScreenshotType }
  | { ok: false; code: 'file_type_refused' | 'image_too_large' | 'empty_file' | 'file_too_large'; message: string }

const isScreenshotType = (mime: string): mime is ScreenshotType => (SCREENSHOT_TYPES as readonly string[]).includes(mime)

/** Reads and checks an uploaded screenshot; the stream is always read to its end. */
export async function readScreenshot(content: AsyncIterable<Uint8Array>): Promise<ScreenshotVerdict> {
  const parts: Buffer[] = []
  let size = 0
  for await (const chunk of content) {
    size += chunk.length
    // Past the limit the rest is read and dropped: the form must move on.
    if (size <= MAX_ATTACHED_IMAGE) parts.push(Buffer.from(chunk))
  }
  if (size > MAX_ATTACHED_IMAGE) {
    return { ok: false, code: 'file_too_large', message: `capture d’écran trop grosse (${MAX_ATTACHED_IMAGE / (1024 * 1024)} Mo au plus)` }
  }
  const bytes = Buffer.concat(parts)
  const sniffed = await sniffFile(bytes)
  if (!sniffed.ok) return sniffed
  if (!isScreenshotType(sniffed.mime)) {
    return { ok: false, code: 'file_type_refused', message: `type refusé (${sniffed.mime}) : une capture d’écran PNG, JPEG ou WebP seulement` }
  }
  return { ok: true, bytes, type: sniffed.mime }
}
