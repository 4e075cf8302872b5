/** Vocabulary of letters shared by the schema, the contracts, the templates and the UI. */
import { REGIMES } from '../dunning/vocabulary'

export { REGIMES, type Regime } from '../dunning/vocabulary'

/** `plan-reminder`: the letter before a plan instalment falls due, with that instalment's reference and QR. */
export const LETTER_KINDS = ['dunning', 'statement', 'plan', 'plan-reminder'] as const
export type LetterKind = (typeof LETTER_KINDS)[number]

/** Templates that do not depend on the legal regime (statement of account, plan agreement) use `any`. */
export const TEMPLATE_REGIMES = [...REGIMES, 'any'] as const
export type TemplateRegime = (typeof TEMPLATE_REGIMES)[number]
