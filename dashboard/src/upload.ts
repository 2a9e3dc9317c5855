/**
 * Sending files to a case's vault: one request per file (multipart, with the
 * CSRF header), so each shows its own progress and a refusal names its file.
 * The browser streams the File: nothing is read into the page.
 */
import type { CaseFileView, RefusedFile, UploadResult } from '../../contract/cases.js'
import { ApiError } from './api.js'
import { csrfToken } from './session.js'

/** Largest file the server accepts (keep in step with src/cases/case-files.ts). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024

/** Uploads `files` one after the other; `progress` is told before each. */
export async function uploadCaseFiles(
  caseId: number,
  files: readonly File[],
  capturedAt: string,
  progress: (index: number, file: File) => void,
): Promise<{ stored: CaseFileView[]; refused: RefusedFile[] }> {
  const stored: CaseFileView[] = []
  const refused: RefusedFile[] = []
  for (const [i, file] of files.entries()) {
    progress(i, file)
    if (file.size > MAX_FILE_BYTES) {
      refused.push({ name: file.name, code: 'file_too_large', message: `« ${file.name} » : fichier trop gros (50 Mo au plus)` })
      continue
    }
    const form = new FormData()
    if (capturedAt) form.append('capturedAt', capturedAt)
    form.append('file', file, file.name)
    let res: Response
    try {
      res = await fetch(`/api/cases/${caseId}/files`, {
        method: 'POST',
        body: form,
        credentials: 'same-origin',
        headers: { 'x-csrf-token': csrfToken(), accept: 'application/json' },
      })
    } catch {
      throw new ApiError(0, 'network', 'serveur injoignable : vérifiez la connexion')
    }
    const data = (await res.json().catch(() => null)) as (UploadResult & { error?: { code: string; message: string } }) | null
    if (res.ok && data) {
      stored.push(...data.files)
      refused.push(...data.refused)
    } else if (res.status === 401 || res.status === 503 || res.status === 404 || res.status === 409) {
      throw new ApiError(res.status, data?.error?.code ?? 'error', data?.error?.message ?? `erreur ${res.status}`)
    } else {
      refused.push({ name: file.name, code: data?.error?.code ?? 'error', message: data?.error?.message ?? `« ${file.name} » : erreur ${res.status}` })
    }
  }
  return { stored, refused }
}
