/**
 * Visits a document's sheets in order: `at(k)` finishes every sheet before k (also those that had no
 * rows) and opens k, so a writer gets each sheet opened and closed exactly once.
 */
export function sheetCursor<S extends { index: number }>(open: (index: number) => S, close: (sheet: S) => void): (index: number) => S {
  let current: S | null = null
  return (index) => {
    while (!current || current.index < index) {
      if (current) close(current)
      current = open(current ? current.index + 1 : 0)
    }
    return current
  }
}
