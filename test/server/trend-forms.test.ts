/**
 * Our own trending hashtags are grouped by folded key (#foot, #Foot and
 * #fooot count together) but shown as people wrote them: the key's most
 * used written form (#foot, #lycée, #rentrée), never the key (#fot, #lyce).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/context.js'
import { parsePost } from '../../src/posts/post-input.js'
import { createApp } from '../../src/server/app.js'
import { DRIVERS, loginAs, postLine, testContext, type TestLogin } from '../_util.js'

interface OwnTag {
  tag: string
  written: string
  posts: number
  hostile: number
}

describe.each(DRIVERS)('trend display forms (%s)', (driver) => {
  let ctx: AppContext
  let analyst: TestLogin

  /** `n` posts one minute apart carrying `text`'s hashtags. */
  async function ingest(text: string, n: number, startMinute: number): Promise<void> {
    for (let i = 0; i < n; i++) {
      const createdAt = new Date(Date.UTC(2026, 8, 1, 10, startMinute + i)).toISOString()
      const parsed = parsePost(postLine({ text, author: `eleve${i}.bsky.social`, createdAt }))
      if (!parsed.ok) throw new Error(parsed.reason)
      await ctx.pipeline.ingest(parsed.post)
    }
  }

  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [] })
    analyst = await loginAs(ctx, 'analyst')
    await ingest('Match ce soir #foot', 5, 0)
    await ingest('Quel match #Foot', 2, 1)
    await ingest('#fooot allez', 1, 2)
    await ingest('Réforme du #lycée', 4, 3)
    await ingest('Réforme du #lycee', 2, 4)
    await ingest('C’est la #rentrée', 3, 5)
    await ctx.pipeline.flush()
  })
  afterAll(async () => {
    await ctx?.close()
  })

  it('groups variants under the folded key and shows the most used written form', async () => {
    const res = await createApp(ctx).request('/api/trends?limit=10', { headers: analyst.headers })
    expect(res.status).toBe(200)
    const { ours } = (await res.json()) as { ours: { tags: OwnTag[] } }
    const byKey = new Map(ours.tags.map((t) => [t.tag, t]))
    // #foot ×5 + #Foot ×2 (lower-cased on intake: the same written form) + #fooot ×1: one tag of 8 posts.
    expect(byKey.get('fot')).toEqual({ tag: 'fot', written: 'foot', posts: 8, hostile: 0 })
    // #lycée (4) beats #lycee (2); the accent is kept.
    expect(byKey.get('lyce')).toMatchObject({ written: 'lycée', posts: 6 })
    expect(byKey.get('rentre')).toMatchObject({ written: 'rentrée', posts: 3 })
    // No written form is a folded key.
    expect(ours.tags.map((t) => t.written).sort()).toEqual(['foot', 'lycée', 'rentrée'])
  })

  it('follows the written form people use most as it changes', async () => {
    await ingest('Réforme du #lycee encore', 3, 9)
    await ctx.pipeline.flush()
    const res = await createApp(ctx).request('/api/trends?limit=10', { headers: analyst.headers })
    const { ours } = (await res.json()) as { ours: { tags: OwnTag[] } }
    // #lycee now 5 against #lycée 4.
    expect(ours.tags.find((t) => t.tag === 'lyce')).toMatchObject({ written: 'lycee', posts: 9 })
  })
})
