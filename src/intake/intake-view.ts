/** The public shapes of filed URLs and their captures, built from rows. */
import { and, asc, eq, inArray } from 'drizzle-orm'
import { ITEM_KIND_LABELS, type ItemKind } from '../../contract/platforms.js'
import type { CaptureView, IntakeItemView } from '../../contract/intake.js'
import type { Database } from '../db/client.js'
import { captures, flags, posts, users, type CaptureRow, type IntakeItemRow } from '../db/schema/index.js'

/** A capture row as served. */
export function captureView(r: CaptureRow): CaptureView {
  return {
    id: r.id,
    source: r.source === 'victim-screenshot' ? 'victim-screenshot' : 'page',
    state: r.state,
    summary: r.summary,
    requestedUrl: r.requestedUrl,
    finalUrl: r.finalUrl,
    httpStatus: r.httpStatus,
    headers: r.headers ?? null,
    capturedAt: r.capturedAt.toISOString(),
    image: r.imageSha256 ? { sha256: r.imageSha256, size: r.imageSize ?? 0, type: r.imageType ?? 'image/png', stored: r.imageBlob !== null } : null,
    html: r.htmlSha256 ? { sha256: r.htmlSha256, size: r.htmlSize ?? 0, stored: r.htmlBlob !== null } : null,
    recordSha256: r.recordSha256,
    createdBy: r.createdBy,
  }
}

/** Views of intake rows, in the same order (posts, captures, flags and names in four queries). */
export async function intakeViews(db: Database, rows: readonly IntakeItemRow[], platformNames: ReadonlyMap<string, string>): Promise<IntakeItemView[]> {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const postIds = rows.map((r) => r.postId)
  const [postRows, captureRows, flagRows, userRows] = await Promise.all([
    db.select({ id: posts.id, text: posts.text }).from(posts).where(inArray(posts.id, postIds)),
    db.select().from(captures).where(inArray(captures.intakeId, ids)).orderBy(asc(captures.id)),
    db
      .select({ id: flags.id, postId: flags.postId })
      .from(flags)
      .where(and(inArray(flags.postId, postIds), inArray(flags.status, ['pending', 'claimed', 'confirmed']))),
    db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...new Set(rows.map((r) => r.submittedBy))])),
  ])
  const text = new Map(postRows.map((p) => [p.id, p.text]))
  const flagOf = new Map(flagRows.map((f) => [f.postId, f.id]))
  const name = new Map(userRows.map((u) => [u.id, u.name]))
  const capturesOf = new Map<number, CaptureView[]>()
  for (const c of captureRows) capturesOf.set(c.intakeId, [...(capturesOf.get(c.intakeId) ?? []), captureView(c)])
  return rows.map((r) => ({
    id: r.id,
    postId: String(r.postId),
    platform: r.platform,
    platformName: platformNames.get(r.platform) ?? (r.platform === 'web' ? 'Autre site' : r.platform),
    kind: r.kind,
    kindLabel: ITEM_KIND_LABELS[r.kind as ItemKind] ?? r.kind,
    url: r.url,
    shortLink: r.shortLink,
    chain: r.chain,
    text: text.get(r.postId) ?? '',
    submittedBy: name.get(r.submittedBy) ?? `#${r.submittedBy}`,
    submittedAt: r.submittedAt.toISOString(),
    caseId: r.caseId,
    captureState: r.captureState,
    captureError: r.captureError,
    flagId: flagOf.get(r.postId) ?? null,
    captures: capturesOf.get(r.id) ?? [],
  }))
}

/** One capture row of an item, or undefined. */
export async function findCapture(db: Database, intakeId: number, captureId: number): Promise<CaptureRow | undefined> {
  const [row] = await db.select().from(captures).where(and(eq(captures.id, captureId), eq(captures.intakeId, intakeId)))
  return row
}
