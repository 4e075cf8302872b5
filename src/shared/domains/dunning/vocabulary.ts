// Vocabulary of the dunning engine shared by the schema, the contracts, the CLI and the UI.

/** How a level reaches the debtor; a phone level becomes a call task in the worklist. */
export const DUNNING_CHANNELS = ['letter', 'email', 'phone'] as const
export type DunningChannel = (typeof DUNNING_CHANNELS)[number]

/**
 * The legal regime of a claim: which country's law and whether the debtor is a consumer. It decides the
 * interest, compensation and costs the law allows and which default policy applies.
 */
export const REGIMES = ['NL-b2b', 'NL-b2c', 'BE-b2b', 'BE-b2c'] as const
export type Regime = (typeof REGIMES)[number]

/** A draft can be reviewed and cancelled; an executed run is history and never changes again. */
export const RUN_STATUSES = ['draft', 'executed', 'cancelled'] as const
export type RunStatus = (typeof RUN_STATUSES)[number]

/** `auto`: the e-mail levels marked to go out without review, executed by the scheduler itself. */
export const RUN_KINDS = ['manual', 'auto'] as const
export type RunKind = (typeof RUN_KINDS)[number]

export const RUN_SOURCES = ['user', 'scheduler'] as const
export type RunSource = (typeof RUN_SOURCES)[number]

/** Per customer in a run: approved (the default), skipped in review, sent on execution, or cancelled with the run. */
export const ACTION_STATUSES = ['approved', 'skipped', 'sent', 'cancelled'] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]

/** Why a customer (or one of its invoices) gets no reminder; the codes are part of the CLI's JSON contract. */
export const EXCLUSION_REASONS = ['dispute', 'promise', 'plan', 'handover', 'hold', 'snoozed', 'below_tolerance', 'interval', 'covered', 'stale_bank'] as const
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number]

/** The amounts a reviewer may change on an action, each change with a reason. */
export const EDITABLE_AMOUNTS = ['fee', 'costs', 'interest'] as const
export type EditableAmount = (typeof EDITABLE_AMOUNTS)[number]
