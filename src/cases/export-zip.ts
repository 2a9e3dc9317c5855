/**
 * export.zip: the PDF, every deposited file as it was received (decrypted
 * from the vault as the zip streams out, one file at a time), each flagged
 * post's frozen evidence as the exact canonical JSON that was hashed, the
 * kept captures of the URLs reported into the case, and a
 * SHA256SUMS file so anyone can check them with `sha256sum -c`.
 */
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import yazl from 'yazl'
import type { CaptureRow, CaseFileRow, EvidenceSnapshotRow } from '../db/schema/index.js'

/** What goes in the zip. */
export interface CaseZipInput {
  caseId: number
  pdf: Buffer
  files: readonly CaseFileRow[]
  snapshots: readonly EvidenceSnapshotRow[]
  /** Opens a file's plaintext stream (only when the zip reaches it). */
  open: (file: CaseFileRow) => Readable
  /** Captures of the URLs reported into the case (only those whose bytes were kept go in). */
  captures: readonly CaptureRow[]
  /** Reads a capture's kept bytes (only when the zip reaches them). */
  openCapture: (blobId: string) => Promise<Buffer>
  exportedAt: Date
}

const IMAGE_EXT: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' }

/**
 * Where a capture's image or HTML goes in the zip (the PDF names it too).
 * The HTML ends in .txt: it was written by strangers and must not open in a
 * browser by a double click.
 */
export function captureEntry(c: Pick<CaptureRow, 'id' | 'intakeId' | 'imageType'>, part: 'image' | 'html'): string {
  const base = `captures/lien-${c.intakeId}-capture-${c.id}`
  return part === 'image' ? `${base}.${IMAGE_EXT[c.imageType ?? 'image/png'] ?? 'png'}` : `${base}-page.html.txt`
}

/** A zip entry name from a display name: no separators, no characters Windows refuses. */
function entryName(file: CaseFileRow): string {
  const safe = file.name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').replace(/[. ]+$/, '')
  return `fichiers/${String(file.id).padStart(4, '0')}-${safe || 'fichier'}`
}

const README = `Dossier de preuves exporté par Vigie

dossier-de-preuves.pdf   la chronologie, les preuves figées, les fichiers et les demandes de retrait
fichiers/                les fichiers déposés, tels que reçus (octet pour octet)
preuves/                 pour chaque message signalé, le JSON canonique figé au signalement
captures/                les captures des liens signalés (image de la page ou capture d’écran de la
                         victime ; HTML de la page, en .txt pour ne pas l’ouvrir dans un navigateur)
SHA256SUMS               l’empreinte SHA-256 de chacun de ces fichiers

Vérifier (Linux, macOS) : dans ce dossier, « sha256sum -c SHA256SUMS ».
Windows (PowerShell) : « Get-FileHash -Algorithm SHA256 fichier » et comparer.
Les empreintes des fichiers et des preuves figées sont aussi imprimées dans le PDF.
`

/** The zip as a stream (yazl pulls each file's stream in turn). */
export function caseZip(input: CaseZipInput): Readable {
  const zip = new yazl.ZipFile()
  const out = zip.outputStream as Readable
  // A file that fails to decrypt (tampered, or erased meanwhile) ends the download in error; it must never go uncaught.
  zip.on('error', (err: Error) => out.destroy(err))
  const root = `dossier-${input.caseId}`
  const mtime = input.exportedAt
  const sums: string[] = [`${createHash('sha256').update(input.pdf).digest('hex')}  dossier-de-preuves.pdf`]
  for (const s of input.snapshots) sums.push(`${s.sha256}  preuves/signalement-${s.flagId}.json`)
  for (const f of input.files) sums.push(`${f.sha256}  ${entryName(f)}`)
  const kept = input.captures.flatMap((c) => [
    ...(c.imageBlob && c.imageSha256 ? [{ blob: c.imageBlob, sha256: c.imageSha256, name: captureEntry(c, 'image') }] : []),
    ...(c.htmlBlob && c.htmlSha256 ? [{ blob: c.htmlBlob, sha256: c.htmlSha256, name: captureEntry(c, 'html') }] : []),
  ])
  for (const k of kept) sums.push(`${k.sha256}  ${k.name}`)
  zip.addBuffer(Buffer.from(README, 'utf8'), `${root}/LISEZMOI.txt`, { mtime })
  zip.addBuffer(Buffer.from(`${sums.join('\n')}\n`, 'utf8'), `${root}/SHA256SUMS`, { mtime })
  zip.addBuffer(input.pdf, `${root}/dossier-de-preuves.pdf`, { mtime, compress: false })
  for (const s of input.snapshots) zip.addBuffer(Buffer.from(s.canonicalJson, 'utf8'), `${root}/preuves/signalement-${s.flagId}.json`, { mtime })
  for (const f of input.files) {
    // Photos and videos are already compressed: stored as they are.
    zip.addReadStreamLazy(`${root}/${entryName(f)}`, { mtime, compress: false, size: f.size }, (cb) => {
      const stream = input.open(f)
      // yazl listens for no error on lazy streams: end the zip ourselves.
      stream.once('error', (err) => out.destroy(err))
      cb(null, stream)
    })
  }
  for (const k of kept) {
    zip.addReadStreamLazy(`${root}/${k.name}`, { mtime }, (cb) => {
      const stream = Readable.from(
        (async function* () {
          yield await input.openCapture(k.blob)
        })(),
      )
      stream.once('error', (err) => out.destroy(err))
      cb(null, stream)
    })
  }
  zip.end()
  return out
}
