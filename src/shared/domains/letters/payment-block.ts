// The transfer details and the EPC QR code (EPC069-12 version 002) of a letter, carrying its own reference.
import { type Cents } from '../../money'
import { buildEpcPayload, epcReferenceFromOgm } from '../legal/epc-qr'
import { formatIban } from '../legal/references/iban'
import type { Block } from './content'
import type { LetterFormat } from './format'
import type { Creditor, LetterReference } from './letter-data'

/** The structured-reference element of the QR: the RF or betalingskenmerk as is, an OGM as its 12 digits. */
export function epcReference(ref: LetterReference): string {
  return ref.scheme === 'ogm' ? (epcReferenceFromOgm(ref.printed) ?? ref.bare) : ref.bare
}

/**
 * The QR payload for paying `amountCents` to the creditor with `ref`, or null when no valid code can be made
 * (no IBAN, nothing to pay); the block then still shows the transfer details as text.
 */
export function epcPayloadFor(creditor: Creditor, amountCents: Cents, ref: LetterReference | null): string | null {
  if (!creditor.iban || amountCents <= 0) return null
  const result = buildEpcPayload({
    name: [...creditor.name].slice(0, 70).join(''),
    iban: creditor.iban,
    bic: creditor.bic ?? undefined,
    amountCents,
    ...(ref ? { reference: epcReference(ref) } : {})
  })
  return result.valid ? result.payload : null
}

export function paymentBlock(creditor: Creditor, amountCents: Cents, ref: LetterReference | null, fmt: LetterFormat): Block | null {
  if (!creditor.iban) return null
  const payload = epcPayloadFor(creditor, amountCents, ref)
  const lines = [
    { label: fmt.t('pay.beneficiary'), value: creditor.name },
    { label: fmt.t('pay.iban'), value: formatIban(creditor.iban) },
    ...(creditor.bic ? [{ label: fmt.t('pay.bic'), value: creditor.bic }] : []),
    ...(amountCents > 0 ? [{ label: fmt.t('pay.amount'), value: fmt.money(amountCents) }] : []),
    ...(ref ? [{ label: fmt.t('pay.reference'), value: ref.printed }] : [])
  ]
  return { type: 'payment', title: fmt.t('pay.title'), lines, qrPayload: payload, caption: fmt.t(payload ? 'pay.caption' : 'pay.noQr') }
}
