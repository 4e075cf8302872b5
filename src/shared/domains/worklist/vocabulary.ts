// The kinds of work the "Vandaag" list shows; each kind has one provider in src/main/domains/worklist.
// To add a kind: add it here, add its provider to WORKLIST_PROVIDERS and its texts under worklist.kinds.
export const WORKLIST_KINDS = ['dunning-draft', 'phone-task', 'broken-promise', 'follow-up', 'instalment-reminder', 'insurance-deadline'] as const
export type WorklistKind = (typeof WORKLIST_KINDS)[number]
