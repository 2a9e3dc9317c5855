/** The file types the vault accepts, and how they are shown in French. */

/** Accepted MIME types (as sniffed from the content) and what they are. */
export const ACCEPTED_TYPES: Readonly<Record<string, { kind: 'image' | 'pdf' | 'video'; label: string }>> = {
  'image/png': { kind: 'image', label: 'image PNG' },
  'image/jpeg': { kind: 'image', label: 'image JPEG' },
  'image/gif': { kind: 'image', label: 'image GIF' },
  'image/webp': { kind: 'image', label: 'image WebP' },
  'image/heic': { kind: 'image', label: 'image HEIC' },
  'image/heif': { kind: 'image', label: 'image HEIF' },
  'image/avif': { kind: 'image', label: 'image AVIF' },
  'application/pdf': { kind: 'pdf', label: 'document PDF' },
  'video/mp4': { kind: 'video', label: 'vidéo MP4' },
  'video/quicktime': { kind: 'video', label: 'vidéo MOV' },
  'video/webm': { kind: 'video', label: 'vidéo WebM' },
  'video/3gpp': { kind: 'video', label: 'vidéo 3GP' },
  'video/x-m4v': { kind: 'video', label: 'vidéo M4V' },
}

/** "image", "pdf" or "video" for an accepted type. */
export function fileKindOf(mime: string): 'image' | 'pdf' | 'video' {
  return ACCEPTED_TYPES[mime]?.kind ?? 'pdf'
}

/** « image PNG », « vidéo MP4 »… */
export function fileKindLabel(mime: string): string {
  return ACCEPTED_TYPES[mime]?.label ?? mime
}

/** « 1,2 Mo », « 850 o ». */
export function humanSize(bytes: number): string {
  const fmt = (n: number) => n.toLocaleString('fr-FR', { maximumFractionDigits: 1 })
  if (bytes < 1024) return `${bytes} o`
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024)} Ko`
  return `${fmt(bytes / (1024 * 1024))} Mo`
}

/**
 * A file name fit for display and for an entry in a zip: no directory part,
 * no control characters, at most 120 characters. It is never used as a path
 * on Vigie's disk (the bytes live in the database).
 */
export function cleanFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? ''
  const cleaned = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 120)
  return cleaned === '' ? 'fichier' : cleaned
}
