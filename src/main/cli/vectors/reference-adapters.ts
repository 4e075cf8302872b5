// Adapters for payment references, IBAN and the EPC QR payload.
import { z } from 'zod'
import {
  betalingskenmerkFromPayload,
  buildEpcPayload,
  epcReferenceFromOgm,
  formatBetalingskenmerk,
  formatIban,
  formatOgm,
  formatRf,
  ibanFromBban,
  isValidBetalingskenmerk,
  isValidIban,
  isValidOgm,
  isValidRf,
  ogmDigits,
  ogmFromBase,
  rfFromReference
} from '../../../shared/domains/legal'
import { type Adapter, adapter, cents } from './adapter'

const oneOf = (keys: string[]) => (i: Record<string, unknown>) => keys.filter((k) => i[k] !== undefined).length === 1

const ogmAdapter = adapter(
  z.object({ base_10_digits: z.string().optional(), ogm: z.string().optional() }).refine(oneOf(['base_10_digits', 'ogm']), 'give base_10_digits or ogm'),
  (i) => {
    const formatted = i.base_10_digits !== undefined ? ogmFromBase(i.base_10_digits) : i.ogm ?? ''
    const digits = ogmDigits(formatted)
    return { formatted: digits === null ? null : formatOgm(digits), valid: isValidOgm(formatted) }
  }
)

const betalingskenmerkAdapter = adapter(
  z
    .object({ payload_15_digits: z.string().length(15).optional(), payload: z.string().optional(), betalingskenmerk: z.string().optional() })
    .refine(oneOf(['payload_15_digits', 'payload', 'betalingskenmerk']), 'give one of payload_15_digits, payload, betalingskenmerk'),
  (i) => {
    const payload = i.payload_15_digits ?? i.payload
    const kenmerk = payload === undefined ? (i.betalingskenmerk ?? '').replace(/\s+/g, '') : betalingskenmerkFromPayload(payload)
    return { betalingskenmerk: kenmerk, valid: isValidBetalingskenmerk(kenmerk), print_format: formatBetalingskenmerk(kenmerk) }
  }
)

const rfAdapter = adapter(
  z.object({ creditor_reference: z.string().optional(), rf_reference: z.string().optional() }).refine(oneOf(['creditor_reference', 'rf_reference']), 'give creditor_reference or rf_reference'),
  (i) => {
    const rf = i.creditor_reference !== undefined ? rfFromReference(i.creditor_reference) : i.rf_reference ?? ''
    return { rf_reference: formatRf(rf).replace(/ /g, ''), print_format: formatRf(rf), valid: isValidRf(rf) }
  }
)

const ibanAdapter = adapter(
  z.union([z.object({ iban: z.string() }), z.object({ country: z.string().length(2), bban: z.string() })]),
  (i) => {
    const iban = 'iban' in i ? i.iban : ibanFromBban(i.country, i.bban)
    return { iban, valid: isValidIban(iban), print_format: formatIban(iban) }
  }
)

const epcAdapter = adapter(
  z.object({
    version: z.enum(['001', '002']).optional(),
    character_set: z.union([z.literal(1), z.literal(2)]).optional(),
    bic: z.string().optional(),
    name: z.string(),
    iban: z.string(),
    amount: z.string().optional(),
    purpose: z.string().optional(),
    reference: z.string().optional(),
    ogm: z.string().optional(),
    text: z.string().optional(),
    info: z.string().optional()
  }),
  (i) => {
    const invalid = { valid: false, payload: null, bytes: null }
    // an amount with more than two decimals or an unreadable OGM is a broken element, not a broken vector
    if (i.amount !== undefined && !/^\d+(?:\.\d{1,2})?$/.test(i.amount)) return invalid
    const fromOgm = i.ogm === undefined ? undefined : epcReferenceFromOgm(i.ogm)
    if (fromOgm === null || (fromOgm !== undefined && i.reference !== undefined)) return invalid
    const result = buildEpcPayload({
      version: i.version,
      characterSet: i.character_set,
      bic: i.bic,
      name: i.name,
      iban: i.iban,
      amountCents: i.amount === undefined ? undefined : cents(i.amount, 'amount'),
      purpose: i.purpose,
      reference: fromOgm ?? i.reference,
      text: i.text,
      info: i.info
    })
    return result.valid ? { valid: true, payload: result.payload, bytes: result.bytes } : invalid
  }
)

export const REFERENCE_ADAPTERS: Record<string, Adapter> = {
  be_ogm: ogmAdapter,
  nl_betalingskenmerk: betalingskenmerkAdapter,
  rf_reference: rfAdapter,
  iban: ibanAdapter,
  epc_qr: epcAdapter
}
