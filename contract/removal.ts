/**
 * What a removal check saw for a takedown request, and the escalation steps
 * taken after the one-hour target: wire types shared by the service and the
 * dashboard (stored as is in takedowns.last_check).
 */
import { z } from 'zod'

/** Who made the content go away: the platform (a takedown) or its author (not a takedown success). */
export const RemovedBy = z.enum(['platform', 'author'])
export type RemovedBy = z.infer<typeof RemovedBy>

/** The verdict of one check. `unknown`: no conclusion (rate limit, timeout, unreadable answer). */
export const CheckOutcome = z.enum(['online', 'removed', 'deleted', 'unknown'])
export type CheckOutcome = z.infer<typeof CheckOutcome>

/** One answer a check read (a service, the URL asked without its query, the HTTP status, what it meant). */
export const CheckStep = z.object({
  service: z.string().max(40),
  url: z.string().max(2_000).nullable(),
  status: z.number().int().nullable(),
  /** A short French account of the answer. */
  note: z.string().max(500),
})
export type CheckStep = z.infer<typeof CheckStep>

/** What the last check of a request saw. */
export const RemovalCheck = z.object({
  at: z.string(),
  /** schedule: the periodic check; firehose: a Jetstream event; manual: « Vérifier maintenant ». */
  via: z.enum(['schedule', 'firehose', 'manual']),
  outcome: CheckOutcome,
  removedBy: RemovedBy.nullable(),
  /** The conclusion in French, for the dashboard. */
  summary: z.string().max(1_000),
  steps: z.array(CheckStep).max(10),
})
export type RemovalCheck = z.infer<typeof RemovalCheck>

/** Next steps offered once a request is late. */
export const EscalationAction = z.enum(['resend', 'email', 'file'])
export type EscalationAction = z.infer<typeof EscalationAction>

/** Body of POST /api/takedowns/:id/escalate. */
export const EscalateInput = z.strictObject(
  {
    action: EscalationAction,
    /** For `file`: who the file is for. */
    recipient: z.enum(['trusted-flagger', 'regulator'], { error: 'recipient : trusted-flagger ou regulator' }).optional(),
  },
  { error: 'champ inconnu : action et recipient seulement' },
)
export type EscalateInput = z.infer<typeof EscalateInput>

/** One escalation step taken on a request. */
export const EscalationView = z.object({
  id: z.number().int(),
  action: EscalationAction,
  actor: z.string(),
  at: z.string(),
  /** Recipient address, message id, file hash… (never post text). */
  details: z.record(z.string(), z.unknown()),
})
export type EscalationView = z.infer<typeof EscalationView>
