/** Which takedown status changes are allowed. Pure. */
import type { TakedownStatus } from './views.js'

/** Statuses a takedown may move to from each status. */
const NEXT: Record<TakedownStatus, readonly TakedownStatus[]> = {
  requested: ['acknowledged', 'removed', 'refused'],
  acknowledged: ['removed', 'refused'],
  removed: [],
  refused: [],
}

/** True when `from` → `to` is an allowed transition. */
export function canMove(from: TakedownStatus, to: TakedownStatus): boolean {
  return NEXT[from].includes(to)
}

/** Still waiting for the platform (requested or acknowledged). */
export const OPEN_TAKEDOWN_STATUSES: readonly TakedownStatus[] = ['requested', 'acknowledged']

/** French labels of takedown statuses. */
export const TAKEDOWN_STATUS_LABELS: Record<TakedownStatus, string> = {
  requested: 'demandé',
  acknowledged: 'pris en compte par la plateforme',
  removed: 'retiré',
  refused: 'refusé',
}

/** The French label of a stored takedown status (the status itself if it is not one we know). */
export function takedownStatusLabel(status: string): string {
  return (TAKEDOWN_STATUS_LABELS as Record<string, string>)[status] ?? status
}
