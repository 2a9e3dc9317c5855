/**
 * The REST client: JSON in and out, the CSRF header on every state-changing
 * request, and a 401 anywhere sends the user back to the login screen.
 */
import { csrfToken, setSession } from './session.js'

/** An error answered by the API, with its French message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

let onUnauthorized: () => void = () => {}

/** What to do when the session is gone (set by main). */
export function setUnauthorizedHandler(fn: () => void): void {
  onUnauthorized = fn
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (method !== 'GET' && method !== 'HEAD') headers['x-csrf-token'] = csrfToken()
  // A form (a file upload) goes as multipart: the browser writes its Content-Type with the boundary.
  const form = body instanceof FormData ? body : null
  if (body !== undefined && !form) headers['content-type'] = 'application/json'
  let res: Response
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      ...(body === undefined ? {} : { body: form ?? JSON.stringify(body) }),
    })
  } catch {
    throw new ApiError(0, 'network', 'serveur injoignable : vérifiez la connexion')
  }
  if (res.status === 204) return undefined as T
  let data: unknown = null
  try {
    data = await res.json()
  } catch {
    data = null
  }
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string } } | null)?.error
    const e = new ApiError(res.status, err?.code ?? 'error', err?.message ?? `erreur ${res.status}`)
    if (res.status === 401 && path !== '/api/login') {
      setSession(null)
      onUnauthorized()
    }
    throw e
  }
  return data as T
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  /** POSTs a multipart form (files). */
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, form),
  del: <T>(path: string) => request<T>('DELETE', path),
}

/** Builds a query string from defined values. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v))
  const s = q.toString()
  return s ? `?${s}` : ''
}
