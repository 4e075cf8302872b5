// Problems only an auditfile can have; their texts are under imports.codes in the wizard's messages.
/** The file (or the set of files) cannot be imported at all. */
export const XAF_FILE_CODES = [
  'xaf-version',
  'xaf-truncated',
  'xaf-unbalanced',
  'xaf-bad-element',
  'xaf-years',
  'xaf-company',
  'xaf-no-receivables',
  'xaf-accounts',
  'xaf-as-of'
] as const

/** Warnings: the import goes ahead, and the bookkeeper knows what to check. */
export const XAF_NOTICE_CODES = ['xaf-totals', 'xaf-opening', 'xaf-unassigned', 'xaf-suppliers', 'xaf-unknown-customer', 'xaf-duplicates', 'xaf-encoding'] as const
