// Bank allocations are Debito's own knowledge of what was paid: an accounting package's export often
// lags behind the bank. An import may lower an item's open amount (the package knows of a payment or a
// credit Debito does not), but never raise it above what the active allocations leave open; doing so
// would silently undo a matched payment. What the file asked and what was kept is reported instead.

export type AllocationConflict = {
  customerCode: string
  number: string
  /** the open amount the file gives */
  fileOpenCents: number
  /** the open amount Debito keeps: the amount less the bank payments allocated to the item */
  keptOpenCents: number
  /** bank money allocated to the item (payments less returns) */
  allocatedCents: number
}

/**
 * The open amount an import may set on an item of `amountCents` with `allocatedCents` of bank money
 * applied to it. Credit notes and items without allocations take the file's amount as it is.
 */
export function openAfterAllocations(fileOpenCents: number, amountCents: number, allocatedCents: number): number {
  if (allocatedCents <= 0 || amountCents <= 0) return fileOpenCents
  return Math.min(fileOpenCents, Math.max(amountCents - allocatedCents, 0))
}
