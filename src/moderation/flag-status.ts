/** French labels of flag statuses, for every message a counsellor reads. Pure. */
import type { FlagStatus } from './views.js'

/** French labels of flag statuses. */
export const FLAG_STATUS_LABELS: Record<FlagStatus, string> = {
  pending: 'en attente',
  claimed: 'pris en charge',
  confirmed: 'confirmé',
  rejected: 'rejeté',
}

/** The French label of a stored flag status (the status itself if it is not one we know). */
export function flagStatusLabel(status: string): string {
  return (FLAG_STATUS_LABELS as Record<string, string>)[status] ?? status
}
