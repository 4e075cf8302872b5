// The before/after pairs an edit records in the audit log.

/** Fields of `patch` whose value differs from `before`, as { field: [before, after] }. */
export function changedFields<T extends object>(before: T, patch: Partial<T>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {}
  for (const [key, after] of Object.entries(patch)) {
    if (after === undefined) continue
    const old = (before as Record<string, unknown>)[key] ?? null
    if (old !== after) changes[key] = [old, after]
  }
  return changes
}
