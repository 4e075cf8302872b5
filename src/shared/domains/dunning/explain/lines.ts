// Explanation lines of the dunning engine: a message key and typed values, stored as JSON and rendered in
// the reader's language. Legal keys (interest periods, WIK slices, …) can be mixed in unchanged.
import { type ExplainLine, type ExplainValue } from '../../legal'
import { type Regime } from '../vocabulary'
import { type DunningMessageKey } from './messages-en'

export type DunningValue =
  | ExplainValue
  /** shown as is: invoice numbers, names the user gave */
  | { text: string }
  /** a level's name: a shipped default shows in the reader's language (see levelNameIn) */
  | { levelName: string; regime: Regime }
  /** another dunning message in place, e.g. a channel name */
  | { term: DunningMessageKey }

export type DunningLine = { key: DunningMessageKey; values?: Record<string, DunningValue> } | ExplainLine
