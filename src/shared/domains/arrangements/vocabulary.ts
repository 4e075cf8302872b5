/** Vocabulary of what a credit manager records between reminders, shared by the schema, contracts and UI. */
export const PROMISE_STATUSES = ['open', 'kept', 'broken', 'cancelled'] as const
export type PromiseStatus = (typeof PROMISE_STATUSES)[number]

export const PLAN_STATUSES = ['active', 'completed', 'defaulted', 'cancelled'] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]

export const PLAN_FREQUENCIES = ['weekly', 'monthly', 'quarterly'] as const
export type PlanFrequency = (typeof PLAN_FREQUENCIES)[number]

/** accepted: a credit note is expected; rejected: dunning resumes; cancelled: recorded by mistake (undo). */
export const DISPUTE_STATUSES = ['open', 'accepted', 'rejected', 'cancelled'] as const
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number]

export const DISPUTE_REASONS = ['price', 'quality', 'not_delivered', 'not_received', 'already_paid', 'other'] as const
export type DisputeReason = (typeof DISPUTE_REASONS)[number]

export const NOTE_KINDS = ['note', 'call', 'email', 'letter', 'system'] as const
export type NoteKind = (typeof NOTE_KINDS)[number]

export const CALL_OUTCOMES = ['reached', 'no_answer', 'promised', 'disputed'] as const
export type CallOutcome = (typeof CALL_OUTCOMES)[number]

/** hold: stopped until released (an end date is optional); snooze: paused until a date. */
export const HOLD_KINDS = ['hold', 'snooze'] as const
export type HoldKind = (typeof HOLD_KINDS)[number]

/** incassobureau, gerechtsdeurwaarder, advocaat */
export const HANDOVER_KINDS = ['agency', 'bailiff', 'lawyer'] as const
export type HandoverKind = (typeof HANDOVER_KINDS)[number]

export const HANDOVER_STATUSES = ['active', 'withdrawn'] as const
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number]

/** OGM/VCS (BE), ISO 11649 RF, Dutch betalingskenmerk. */
export const REFERENCE_SCHEMES = ['ogm', 'rf', 'betalingskenmerk'] as const
export type ReferenceScheme = (typeof REFERENCE_SCHEMES)[number]

/** What issued a structured reference: a plan instalment, a letter, a promise or a statement of account. */
export const REFERENCE_SOURCES = ['instalment', 'letter', 'promise', 'statement'] as const
export type ReferenceSource = (typeof REFERENCE_SOURCES)[number]
