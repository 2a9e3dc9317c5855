/**
 * What a deposited file really is, from its first bytes (file-type), never
 * from its name or the browser's word. SVG, HTML, archives and anything not
 * in the accepted list are refused; an image whose header announces absurd
 * dimensions (a decompression bomb) is refused before a single pixel is
 * decoded. PDFs and videos are stored, never decoded by Vigie.
 */
import { fileTypeFromBuffer } from 'file-type'
import { imageSize } from 'image-size'
import { ACCEPTED_TYPES } from './file-format.js'

/** Widest or tallest image accepted, in pixels. */
export const MAX_IMAGE_SIDE = 30_000
/** Largest image accepted, in pixels (100 megapixels: a 48 MP phone photo passes). */
export const MAX_IMAGE_PIXELS = 100_000_000

/** The verdict on a file's first bytes. */
export type Sniffed =
  | { ok: true; mime: string; kind: 'image' | 'pdf' | 'video'; width: number | null; height: number | null }
  | { ok: false; code: 'file_type_refused' | 'image_too_large' | 'empty_file'; message: string }

const ARCHIVES = new Set(['zip', 'rar', '7z', 'gz', 'tar', 'bz2', 'xz', 'zst', 'lz', 'lzh', 'cab', 'arj', 'Z', 'lz4', 'cpio', 'ar', 'rpm', 'deb', 'apk', 'jar', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'epub'])
const ACCEPTED_LIST = 'captures et photos (PNG, JPEG, WebP, GIF, HEIC, AVIF), PDF et vidéos (MP4, MOV, WebM, 3GP)'

/** Sniffs `head` (the first bytes of the file, ideally 1 MiB or the whole file). */
export async function sniffFile(head: Uint8Array): Promise<Sniffed> {
  if (head.length === 0) return { ok: false, code: 'empty_file', message: 'fichier vide' }
  const type = await fileTypeFromBuffer(head)
  if (!type) {
    const start = Buffer.from(head.subarray(0, 512)).toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase()
    const markup = start.startsWith('<')
    return {
      ok: false,
      code: 'file_type_refused',
      message: markup
        ? `type refusé : SVG, HTML et XML ne sont pas acceptés (ils peuvent contenir du code) ; acceptés : ${ACCEPTED_LIST}`
        : `type de fichier non reconnu ; acceptés : ${ACCEPTED_LIST}`,
    }
  }
  if (ARCHIVES.has(type.ext)) {
    return { ok: false, code: 'file_type_refused', message: `type refusé : les archives (${type.ext}) ne sont pas acceptées ; déposez les fichiers un par un` }
  }
  const accepted = ACCEPTED_TYPES[type.mime]
  if (!accepted) return { ok: false, code: 'file_type_refused', message: `type refusé (${type.mime}) ; acceptés : ${ACCEPTED_LIST}` }
  if (accepted.kind !== 'image') return { ok: true, mime: type.mime, kind: accepted.kind, width: null, height: null }
  let size: { width?: number; height?: number }
  try {
    size = imageSize(head)
  } catch {
    return { ok: false, code: 'image_too_large', message: 'dimensions de l’image illisibles dans son en-tête : fichier refusé' }
  }
  const width = size.width ?? 0
  const height = size.height ?? 0
  if (width <= 0 || height <= 0) return { ok: false, code: 'image_too_large', message: 'dimensions de l’image illisibles dans son en-tête : fichier refusé' }
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    return {
      ok: false,
      code: 'image_too_large',
      message: `image refusée : ${width} × ${height} pixels annoncés (au plus ${MAX_IMAGE_SIDE} de côté et 100 mégapixels)`,
    }
  }
  return { ok: true, mime: type.mime, kind: 'image', width, height }
}
