/** What every screen provides to the router. */
import type { WsEvent } from '../../contract/ws.js'

export interface Screen {
  /** The screen's root element, mounted in <main>. */
  el: HTMLElement
  /** A live event (already de-duplicated and in order). */
  onEvent?(e: WsEvent): void
  /** Events may have been missed: reload over REST. */
  onResync?(): void
  /** « f » or « Signaler la sélection »: flags the screen's selected posts (the screen clears its selection after). */
  flag?(): void
  /** Called when the screen is left (timers, frames). */
  dispose?(): void
}

/**
 * Runs `render` at most once per animation frame, however many times
 * `schedule()` is called in between: a flood of events never freezes the page.
 */
export function frameBatcher(render: () => void): { schedule: () => void; cancel: () => void } {
  let frame = 0
  return {
    schedule() {
      if (frame !== 0) return
      frame = requestAnimationFrame(() => {
        frame = 0
        render()
      })
    },
    cancel() {
      if (frame !== 0) cancelAnimationFrame(frame)
      frame = 0
    },
  }
}

/** A French message for a failed load. */
export function loadError(err: unknown): string {
  if (err instanceof Error && err.message) return err.message
  return 'chargement impossible'
}
