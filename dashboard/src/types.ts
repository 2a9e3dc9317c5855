/** Shapes the dashboard receives from the API and the WebSocket (see src/posts/post-view.ts, src/waves/wave-view.ts). */
import type { EscalationView, RemovalCheck, RemovedBy } from '../../contract/removal.js'

export type Role = 'admin' | 'analyst' | 'reviewer' | 'counsellor'

export interface User {
  id: number
  name: string
  role: Role
}

export interface Evidence {
  category: string
  match: string
  /** UTF-16 offsets into the post text, end exclusive. */
  start: number
  end: number
}

export interface PostView {
  id: string
  platform: string
  externalId: string
  url: string | null
  author: string
  text: string
  createdAt: string
  hashtags: string[]
  mentions: string[]
  score: number
  harassment: boolean
  categories: string[]
  evidence: Evidence[]
  deletedAt: string | null
}

export interface WaveSpark {
  from: string
  posts: number[]
  hostile: number[]
}

export interface WaveView {
  id: number
  kind: 'hashtag' | 'target'
  key: string
  status: string
  onsetAt: string
  openedAt: string
  peakAt: string
  closedAt: string | null
  score: number
  posts: number
  hostile: number
  authors: number
  hostileShare: number
  reasons: string[]
  spark?: WaveSpark
}

export interface WaveDetail {
  wave: WaveView & { stats: Record<string, number> }
  variants: Array<{ variant: string; posts: number }>
  timeline: Array<{ minute: string; posts: number; hostile: number }>
  topAuthors: Array<{ author: string; posts: number; hostile: number }>
  posts: PostView[]
}

export type FlagStatus = 'pending' | 'claimed' | 'confirmed' | 'rejected'

export interface FlagView {
  id: number
  postId: string
  post: PostView
  category: string
  note: string | null
  status: FlagStatus
  flaggedBy: string
  flaggedAt: string
  claimedBy: string | null
  claimedAt: string | null
  decidedBy: string | null
  decidedAt: string | null
  decisionNote: string | null
  evidenceSha256: string
  capturedAt: string
}

export type TakedownStatus = 'requested' | 'acknowledged' | 'removed' | 'refused'

export interface TakedownView {
  id: number
  flagId: number
  postId: string
  platform: string
  channel: string
  status: TakedownStatus
  requestedAt: string
  acknowledgedAt: string | null
  resolvedAt: string | null
  dueAt: string
  answer: string | null
  externalRef: string | null
  lastError: string | null
  post: { url: string | null; author: string; externalId: string }
  removedAt: string | null
  removedBy: RemovedBy | null
  lastCheck: RemovalCheck | null
  overdueAt: string | null
  escalations: EscalationView[]
  /** DSA notices: sent to the platform (e-mail by Vigie, or « envoyé » after its web form). */
  sentAt: string | null
  sentBy: string | null
  sentVia: string | null
  sentTo: string | null
}

export interface SourceView {
  id: number
  kind: string
  name: string
  enabled: boolean
  health: 'ok' | 'degraded' | 'failing' | 'unknown'
  lastSuccessAt: string | null
  lastError: string | null
  lastErrorAt: string | null
  consecutiveFailures: number
  active: boolean
}

export interface TrendTopic {
  topic: string
  displayName: string | null
  rank: number
  postCount: number | null
  accounts: number | null
  url: string | null
}

export interface TrendSnapshot {
  platform: string
  observedAt: string
  topics: TrendTopic[]
}

export interface OwnTrends {
  from: string | null
  to: string | null
  tags: Array<{ tag: string; posts: number; hostile: number }>
}

export interface WatchView {
  id: number
  ownerId: number | null
  label: string
  names: string[]
  handles: string[]
  school: string | null
  webhookUrl: string | null
  hasWebhookSecret: boolean
  active: boolean
  createdAt: string
  updatedAt: string
}

export interface AlertView {
  id: number
  watchId: number
  status: string
  firstAt: string
  lastAt: string
  posts: number
  hostile: number
  waveId: number | null
  /** The watch label (GET /api/alerts only). */
  watch?: string
}

export interface WatchMatch {
  term: string
  hostile: boolean
  postedAt: string
  post: PostView
}

export interface AuditEntry {
  id: number
  at: string
  actor: string
  action: string
  subject: string | null
  details: unknown
  hash: string
  prevHash: string
}

export interface UserView {
  id: number
  name: string
  role: Role
  disabled: boolean
  createdAt?: string
  lastLoginAt?: string | null
}

/** An event frame pushed over /ws. */
export type WsEvent =
  | { id: number; at: string; type: 'wave.opened' | 'wave.updated' | 'wave.closed'; wave: WaveView }
  | { id: number; at: string; type: 'wave.posts'; waveId: number; posts: PostView[] }
  | { id: number; at: string; type: 'post.hostile'; post: PostView }
  | { id: number; at: string; type: 'alert.opened' | 'alert.updated' | 'alert.closed'; alert: AlertView }
  | { id: number; at: string; type: 'source.health'; source: SourceView }
  | { id: number; at: string; type: 'trends.updated'; trends: TrendSnapshot }
  | { id: number; at: string; type: 'flag.created' | 'flag.updated'; flag: FlagView }
  | { id: number; at: string; type: 'takedown.updated' | 'takedown.overdue'; takedown: TakedownView }
