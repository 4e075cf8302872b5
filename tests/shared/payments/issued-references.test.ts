import { describe, expect, it } from 'vitest'
import { isValidBetalingskenmerk, isValidOgm, isValidRf } from '../../../src/shared/domains/legal'
import { defaultScheme, issuedReferenceText } from '../../../src/shared/domains/payments/issued-references'
import { entryReferences, matchEntry, type OpenInvoice } from '../../../src/shared/domains/payments/matching'
import { bareReference, referencesInText } from '../../../src/shared/domains/payments/references'

describe('issuedReferenceText', () => {
  it.each([
    ['ogm', 1, '900000000116', '+++900/0000/00116+++', isValidOgm],
    ['ogm', 123_456, '900012345687', '+++900/0123/45687+++', isValidOgm],
    ['rf', 1, 'RF579000000001', 'RF57 9000 0000 01', isValidRf],
    ['betalingskenmerk', 7, '6900000000000007', '6900 0000 0000 0007', isValidBetalingskenmerk]
  ] as const)('%s serial %i is %s, printed %s, with valid check digits', (scheme, serial, bare, printed, valid) => {
    const ref = issuedReferenceText(scheme, serial)
    expect(ref).toEqual({ scheme, bare, printed })
    expect(valid(printed)).toBe(true)
    // what a bank reports, and what a debtor types into the description, lead back to the same bare form
    expect(bareReference(printed)).toBe(bare)
    expect(referencesInText(`betaling ${printed} termijn`)).toContain(bare)
  })

  it('gives every serial its own reference and refuses serials out of range', () => {
    const seen = new Set(Array.from({ length: 500 }, (_, i) => issuedReferenceText('ogm', i + 1).bare))
    expect(seen.size).toBe(500)
    expect(() => issuedReferenceText('rf', 0)).toThrow(/out of range/)
    expect(() => issuedReferenceText('rf', 1_000_000_000)).toThrow(/out of range/)
  })

  it('uses OGM for a Belgian creditor and RF otherwise', () => {
    expect(defaultScheme('BE')).toBe('ogm')
    expect(defaultScheme('NL')).toBe('rf')
  })
})

describe('the issued-reference matching rule', () => {
  const open = (id: number, dueDate: string, openCents: number): OpenInvoice => ({ id, number: `F-${id}`, customerId: 1, customerName: 'Jansen', customerIban: null, paymentReference: null, openCents, dueDate })
  const entry = (amountCents: number, structuredReference: string | null, remittance: string | null = null) => ({ amountCents, counterpartyName: null, counterpartyAccount: null, structuredReference, remittance })
  const issued = { reference: '900000000116', sourceKind: 'instalment', sourceId: 7, invoiceIds: [3, 1, 2] }

  it('pays the still-open invoices behind the reference oldest first, automatically, and keeps the rest unapplied', () => {
    const invoices = [open(1, '2026-03-01', 5_000), open(2, '2026-01-15', 2_500), open(3, '2026-02-01', 0), open(4, '2026-01-01', 9_999)]
    const [best] = matchEntry(entry(8_000, '+++900/0000/00116+++'), invoices, [issued])
    expect(best).toMatchObject({ rule: 'issued-reference', auto: true, confidence: 1, allocations: [{ invoiceId: 2, amountCents: 2_500 }, { invoiceId: 1, amountCents: 5_000 }], unappliedCents: 500 })
  })

  it('ignores issued references the payment does not carry, and references whose invoices are all paid', () => {
    const invoices = [open(1, '2026-03-01', 5_000)]
    expect(matchEntry(entry(5_000, '900000000213'), invoices, [issued]).map((c) => c.rule)).not.toContain('issued-reference')
    expect(matchEntry(entry(5_000, null, 'termijn 900/0000/00116'), [open(1, '2026-03-01', 0)], [issued])).toEqual([])
    expect(entryReferences({ structuredReference: null, remittance: 'termijn +++900/0000/00116+++' })).toEqual(new Set(['900000000116']))
  })
})
