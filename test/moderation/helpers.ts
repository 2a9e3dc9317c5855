/** Helpers of the moderation suites: stored posts and an API client per signed-in user. */
import { randomBytes } from 'node:crypto'
import type { AppContext } from '../../src/context.js'
import { posts, type NewPostRow, type PostRow } from '../../src/db/schema/index.js'
import type { FlagView, TakedownView } from '../../src/moderation/views.js'
import { createApp } from '../../src/server/app.js'
import type { TestLogin } from '../_util.js'

/** Stores a scored post directly (the pipeline is tested elsewhere). */
export async function insertPost(ctx: AppContext, fields: Partial<NewPostRow> = {}): Promise<PostRow> {
  const rkey = randomBytes(5).toString('hex')
  const [row] = await ctx.database.db
    .insert(posts)
    .values({
      platform: 'bluesky',
      externalId: `at://did:plc:harceleur00000000000000001/app.bsky.feed.post/${rkey}`,
      url: `https://bsky.app/profile/harceleur.bsky.social/post/${rkey}`,
      author: 'harceleur.bsky.social',
      authorId: 'did:plc:harceleur00000000000000001',
      text: 't es trop moche @lea.martin, personne veut de toi #anti2010',
      createdAt: new Date('2026-11-27T20:00:00.000Z'),
      hashtags: ['anti2010'],
      mentions: ['lea.martin'],
      langs: ['fr'],
      lang: 'fr',
      score: 0.91,
      harassment: true,
      categories: ['body_shaming', 'exclusion'],
      evidence: [
        { category: 'body_shaming', match: 'trop moche', start: 5, end: 15 },
        { category: 'exclusion', match: 'personne veut de toi', start: 29, end: 49 },
      ],
      modelVersion: 'test-1',
      ...fields,
    })
    .returning()
  if (!row) throw new Error('insert failed')
  return row
}

/** An error body. */
export interface ErrorBody {
  error: { code: string; message: string }
}

/** A small JSON client acting as `login`. */
export function client(ctx: AppContext, login: TestLogin) {
  const app = createApp(ctx)
  const request = async <T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T; res: Response }> => {
    const headers: Record<string, string> = { ...login.headers }
    if (body !== undefined) headers['content-type'] = 'application/json'
    const res = await app.request(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
    const text = await res.clone().text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // not JSON (notice.txt)
    }
    return { status: res.status, body: parsed as T, res }
  }
  return {
    get: <T = unknown>(path: string) => request<T>('GET', path),
    post: <T = unknown>(path: string, body?: unknown) => request<T>('POST', path, body),
    put: <T = unknown>(path: string, body: unknown) => request<T>('PUT', path, body),
    flag: (postIds: string[], category = 'harassment', note?: string) =>
      request<{ flags: FlagView[] } & ErrorBody>('POST', '/api/flags', { postIds, category, ...(note === undefined ? {} : { note }) }),
    claim: (id: number) => request<{ flag: FlagView } & ErrorBody>('POST', `/api/flags/${id}/claim`),
    decide: (id: number, decision: 'confirm' | 'reject', note?: string) =>
      request<{ flag: FlagView; takedowns: TakedownView[] } & ErrorBody>('POST', `/api/flags/${id}/decision`, {
        decision,
        ...(note === undefined ? {} : { note }),
      }),
  }
}
