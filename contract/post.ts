/**
 * The post every watcher hands to the service: one shape for every platform.
 * Watchers import it from here, so they never reach into src/.
 */

/** A public post as a platform gave it, normalised to one shape. */
export interface Post {
  /** Platform name: "bluesky", "mastodon", "rss", … */
  platform: string
  /** The platform's id for the post, kept as given; unique per platform. */
  id: string
  url?: string
  /** Handle (or DID when no handle is known). */
  author: string
  /** Stable author id when the platform has one (a DID, an account id). */
  authorId?: string
  authorCreatedAt?: Date
  text: string
  /** When the post was written: scenario time for every window in Vigie. */
  createdAt: Date
  /** Lower-case, without '#'. */
  hashtags: string[]
  /** Lower-case handles, without '@'. */
  mentions: string[]
  /** External id (or URI) of the post this one answers. */
  replyTo?: string
  /** Languages the platform declares (ISO 639-1). */
  langs: string[]
}
