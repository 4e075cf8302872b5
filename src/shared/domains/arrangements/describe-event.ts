// One line of text per timeline event, in the reader's language: the screens and the dossier say the same.
import { toEpochDay } from '../../dates'
import { formatMoney } from '../../money'
import type { Language } from '../parties'
import { ARRANGEMENT_LABELS } from './labels'

export type DescribableEvent = {
  kind: keyof (typeof ARRANGEMENT_LABELS)['en']['kind']
  status: string | null
  amountCents: number | null
  date2: string | null
  code: string | null
  text: string | null
  invoiceNumbers: readonly string[]
}

const INTL: Record<Language, string> = { nl: 'nl-NL', fr: 'fr-BE', en: 'en-GB' }

export function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(INTL[language], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(toEpochDay(iso) * 86_400_000))
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)

const pick = (table: Record<string, string>, key: string | null) => (key === null ? '' : (table[key] ?? key))

/** The event's line, without its date and kind (the screens show those in their own columns). */
export function describeEvent(e: DescribableEvent, language: Language): string {
  const l = ARRANGEMENT_LABELS[language]
  const amount = e.amountCents === null ? '' : formatMoney(e.amountCents, language)
  const date = e.date2 === null ? '' : formatDate(e.date2, language)
  const v = { amount, date, party: e.text ?? '', level: e.code ?? '', numbers: e.invoiceNumbers.join(', ') }
  const parts: string[] = []
  switch (e.kind) {
    case 'promise':
      parts.push(fill(l.describe.promise, { ...v, status: pick(l.promiseStatus, e.status) }))
      break
    case 'plan':
      parts.push(fill(l.describe.plan, { ...v, frequency: pick(l.frequency, e.code), status: pick(l.planStatus, e.status) }))
      break
    case 'dispute':
      parts.push(fill(l.describe.dispute, { ...v, reason: pick(l.disputeReason, e.code), status: pick(l.disputeStatus, e.status) }))
      break
    case 'hold':
    case 'snooze':
      parts.push(fill(e.date2 === null ? l.describe.holdOpenEnded : l.describe.hold, { ...v, status: pick(l.holdStatus, e.status) }))
      break
    case 'handover':
      parts.push(fill(l.describe.handover, { ...v, handoverKind: pick(l.handoverKind, e.code), status: pick(l.handoverStatus, e.status) }))
      break
    case 'note':
    case 'call':
      if (e.code !== null) parts.push(pick(l.callOutcome, e.code))
      if (e.status === 'follow-up' && e.date2 !== null) parts.push(fill(l.describe.followUp, v))
      break
    case 'reminder':
      parts.push(fill(l.describe.reminder, { ...v, channel: pick(l.channel, e.status) }))
      break
    case 'payment':
      parts.push(fill(l.describe.payment, v))
      break
    case 'letter':
      parts.push(fill(l.describe.letter, { ...v, letterKind: pick(l.letterKind, e.code), channel: pick(l.channel, e.status) }).replace(/, $/, ''))
      break
  }
  if (e.invoiceNumbers.length > 0) parts.push(fill(e.invoiceNumbers.length === 1 ? l.describe.invoice : l.describe.invoices, v))
  // the free text of a note, a reason or the payer's name ends the line; a hand-over shows its party above
  if (e.text && e.kind !== 'handover') parts.push(e.text)
  return parts.filter((p) => p !== '').join(' · ')
}
