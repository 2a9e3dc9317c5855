/**
 * On a phone, tables are shown as one card per row (styles.css): each cell
 * then shows its column's name, which it finds in its `data-label`. This sets
 * those labels on every table under a root, now and whenever rows change.
 */

/** Labels each body cell of `table` with its column's header text. */
export function labelTable(table: HTMLTableElement): void {
  const heads = [...(table.tHead?.rows[0]?.cells ?? [])].map((c) => c.textContent?.trim() ?? '')
  for (const body of table.tBodies) {
    for (const row of body.rows) {
      let col = 0
      for (const cell of row.cells) {
        const label = heads[col] ?? ''
        if (cell.dataset.label !== label) cell.dataset.label = label
        col += cell.colSpan
      }
    }
  }
}

/** Keeps the cells of every table under `root` labelled (at most once per frame, however many rows arrive). */
export function keepTablesLabelled(root: HTMLElement): void {
  let frame = 0
  const run = () => {
    frame = 0
    for (const table of root.querySelectorAll('table')) labelTable(table)
  }
  new MutationObserver(() => {
    if (frame === 0) frame = requestAnimationFrame(run)
  }).observe(root, { childList: true, subtree: true })
  run()
}
