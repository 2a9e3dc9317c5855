/**
 * One example source config per kind, as documented in the README
 * ("Sources") and checked by the tests against each kind's schema.
 */
import type { Json } from './types.js'

/** Example `VIGIE_SOURCES` entries, one per kind. */
export const SOURCE_EXAMPLES: Record<string, Json> = {
  jetstream: { kind: 'jetstream', url: 'wss://jetstream2.us-east.bsky.network/subscribe', languages: ['fr'], watch: { hashtags: ['harcelement'], handles: ['exemple.bsky.social'] } },
  'bluesky-search': { kind: 'bluesky-search', identifier: 'vigie.bsky.social', appPassword: 'xxxx-xxxx-xxxx-xxxx', q: 'harcèlement', lang: 'fr', schedule: '*/10 * * * *' },
  'bluesky-trends': { kind: 'bluesky-trends', schedule: '*/5 * * * *' },
  'mastodon-tag': { kind: 'mastodon-tag', instance: 'https://piaille.fr', hashtag: 'harcelement', schedule: '*/5 * * * *' },
  'mastodon-trends': { kind: 'mastodon-trends', instance: 'https://mastodon.social', schedule: '*/15 * * * *' },
  rss: { kind: 'rss', url: 'https://piaille.fr/tags/harcelement.rss', schedule: '*/5 * * * *' },
}
