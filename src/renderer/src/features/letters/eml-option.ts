// Whether a send menu may offer an .eml: only for letters to customers with an e-mail address. One check for
// every place that offers it (a customer's letters, an instalment reminder, a reminder run), with the reason
// in the user's language when it cannot, so nobody picks it only to be refused by main.
import type { TFunction } from 'i18next'

export type EmlOption = { disabled: boolean; reason: string | null }

export const hasEmail = (email: string | null | undefined): boolean => Boolean(email?.trim())

/** `withEmail`: how many of the letters' customers have an e-mail address, out of `letters` letters. */
export function emlOption(withEmail: number, letters: number, t: TFunction): EmlOption {
  if (withEmail > 0) return { disabled: false, reason: null }
  return { disabled: true, reason: t(letters > 1 ? 'letters.noEmail.run' : 'letters.noEmail.customer') }
}
