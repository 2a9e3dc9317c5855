/**
 * What the Bluesky firehose (Jetstream) says about reported posts, at once,
 * without waiting for the next scheduled check:
 * - a `commit` delete of the post → deleted by its author (not a takedown: the request stays open);
 * - an `account` event `takendown` / `suspended` → removed by the platform (every open request on the account);
 * - an `account` event `deleted` / `deactivated` → deleted by its author.
 */
import type { Database } from '../db/client.js'
import type { Hub } from '../hub/hub.js'
import { PLATFORM_ACCOUNT_STATUSES } from './bluesky-checker.js'
import { postIdsOfAuthor, recordVerdict } from './removal-record.js'
import { verdict } from './types.js'

/** Posts (stored ids) deleted on the platform at `at`: their open requests are marked deleted by the author. */
export async function recordPostsDeleted(db: Database, hub: Hub | undefined, postIds: readonly number[], at: Date): Promise<number> {
  const v = verdict('deleted', 'author', 'supprimée par l’auteur (événement de suppression du flux Jetstream)', [
    { service: 'jetstream', url: null, status: null, note: 'commit delete' },
  ])
  return (await recordVerdict(db, hub, postIds, v, 'firehose', new Date(), at)).length
}

/** An account status change from the firehose; returns how many requests changed. */
export async function recordAccountStatus(db: Database, hub: Hub | undefined, did: string, status: string | null, at: Date): Promise<number> {
  if (status === null) return 0 // active again: the next scheduled check says whether the posts are back
  const ids = await postIdsOfAuthor(db, 'bluesky', did)
  if (ids.length === 0) return 0
  const step = { service: 'jetstream', url: null, status: null, note: `compte ${status}` }
  const v = PLATFORM_ACCOUNT_STATUSES.has(status)
    ? verdict('removed', 'platform', `compte ${status === 'suspended' ? 'suspendu' : 'retiré'} par la plateforme (flux Jetstream)`, [step])
    : status === 'deleted' || status === 'deactivated'
      ? verdict('deleted', 'author', `compte ${status === 'deleted' ? 'supprimé' : 'désactivé'} par son auteur (flux Jetstream)`, [step])
      : null
  if (!v) return 0
  return (await recordVerdict(db, hub, ids, v, 'firehose', new Date(), at)).length
}
