/**
 * A fake Mastodon instance for takedown reports: `GET /api/v2/search`
 * (resolve=true, statuses by URI, accounts by acct) and
 * `POST /api/v1/reports` with Mastodon's own checks (account and statuses
 * must exist and match, comment length, category, rule ids), answering
 * real Report JSON. Both need the bearer token.
 */
import { startHttpServer, type FakeHttpServer, type LoggedRequest, type RouteAnswer } from './http-server.js'
import { makeStatus, type StatusInput } from './mastodon-server.js'

/** One report the fake accepted, as parsed from the request body. */
export interface ReceivedMastodonReport {
  id: string
  account_id: string
  status_ids: string[]
  comment: string
  category: string
  forward: boolean
}

/** A running fake instance. */
export interface FakeMastodonReports {
  http: FakeHttpServer
  url: string
  host: string
  token: string
  /** Statuses the instance can resolve (Status JSON). */
  statuses: Record<string, unknown>[]
  reports: ReceivedMastodonReport[]
  /** Adds a status (from `host`) the instance knows; returns its JSON. */
  addStatus(input: StatusInput): Record<string, unknown>
  close(): Promise<void>
}

/** Starts the fake on 127.0.0.1. */
export async function startFakeMastodonReports(host = 'piaille.test'): Promise<FakeMastodonReports> {
  const token = 'fake-mastodon-token'
  const statuses: Record<string, unknown>[] = []
  const reports: ReceivedMastodonReport[] = []
  const unauthorized: RouteAnswer = { status: 401, json: { error: 'The access token is invalid' } }
  const authed = (req: LoggedRequest) => req.headers.authorization === `Bearer ${token}`
  const accountOf = (s: Record<string, unknown>) => s.account as { id: string; acct: string }

  const http = await startHttpServer({
    '/api/v2/search': (req) => {
      if (!authed(req)) return unauthorized
      const q = req.query.get('q') ?? ''
      const type = req.query.get('type')
      const found = statuses.filter((s) => s.uri === q || s.url === q)
      const accounts =
        type === 'accounts'
          ? [...new Map(statuses.filter((s) => `${accountOf(s).acct}@${host}` === q || accountOf(s).acct === q).map((s) => [accountOf(s).id, s.account])).values()]
          : []
      return { json: { accounts, statuses: type === 'accounts' ? [] : found, hashtags: [] } }
    },
    '/api/v1/reports': (req) => {
      if (req.method !== 'POST') return { status: 404, json: { error: 'Record not found' } }
      if (!authed(req)) return unauthorized
      const body = JSON.parse(req.body || '{}') as Partial<ReceivedMastodonReport> & { rule_ids?: string[] }
      const account = statuses.map(accountOf).find((a) => a.id === body.account_id)
      if (!account) return { status: 404, json: { error: 'Record not found' } }
      const statusIds = body.status_ids ?? []
      if (statusIds.some((id) => !statuses.some((s) => s.id === id && accountOf(s).id === account.id))) {
        return { status: 404, json: { error: 'Record not found' } }
      }
      if ((body.comment ?? '').length > 1000) return { status: 422, json: { error: 'Validation failed: Comment is too long' } }
      if (!['spam', 'legal', 'violation', 'other'].includes(body.category ?? 'other')) return { status: 422, json: { error: `'${body.category}' is not a valid category` } }
      if (body.category === 'violation' && (body.rule_ids ?? []).length === 0) return { status: 422, json: { error: 'Validation failed: Rule ids are invalid' } }
      const id = String(500 + reports.length + 1)
      reports.push({ id, account_id: account.id, status_ids: statusIds, comment: body.comment ?? '', category: body.category ?? 'other', forward: body.forward ?? false })
      return {
        json: {
          id,
          action_taken: false,
          action_taken_at: null,
          category: body.category ?? 'other',
          comment: body.comment ?? '',
          forwarded: body.forward ?? false,
          created_at: '2026-11-28T02:00:00.000Z',
          status_ids: statusIds,
          rule_ids: null,
          target_account: account,
        },
      }
    },
  })
  const fake: FakeMastodonReports = {
    http,
    url: http.url,
    host,
    token,
    statuses,
    reports,
    addStatus(input) {
      const s = makeStatus(host, input)
      statuses.push(s)
      return s
    },
    close: () => http.close(),
  }
  return fake
}
