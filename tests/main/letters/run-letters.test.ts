// Executing a dunning run stores its letters in the same transaction: one archived PDF per letter with
// its SHA-256 and a payment reference of its own, and one print PDF; the text, fonts and QR are proven
// with poppler and zbar on the stored bytes.
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { letterBatches, letters, paymentReferenceItems, paymentReferences } from '../../../src/main/db/schema'
import { executeWithLetters } from '../../../src/main/domains/dunning/letter-step'
import { saveRun } from '../../../src/main/domains/dunning/runs.service'
import { sha256 } from '../../../src/main/domains/letters/letters.repo'
import { useTestDb } from '../../helpers/db'
import { addInvoice } from '../dunning/dunning-db'
import { addAddressedCustomer, pdfFonts, pdfText, qrCodes, setUpLetterhead } from './letters-db'

const db = useTestDb()

describe('letters of a dunning run', () => {
  it('stores one letter per action with its hash and reference, and a print PDF, when the run is executed', async () => {
    setUpLetterhead(db())
    const a = addAddressedCustomer(db(), { code: 'A100', name: 'Bakkerij Œuvre & Zn', email: null })
    const c = addAddressedCustomer(db(), { code: 'C300', name: 'Dhr. P. van IJsselstein', debtorType: 'b2c' })
    addInvoice(db(), { customer: a, number: 'F1', dueDate: '2026-02-01', amountCents: 100_000 })
    addInvoice(db(), { customer: a, number: 'F2', dueDate: '2026-02-20', amountCents: 20_000 })
    addInvoice(db(), { customer: c, number: 'F4', dueDate: '2026-02-01', amountCents: 30_000 })
    const runId = saveRun(db(), '2026-03-02').runId ?? 0
    const progress: number[] = []
    const result = await executeWithLetters(db(), runId, { today: '2026-03-02' }, (done) => progress.push(done))
    expect(result.sent).toBe(2)
    expect(progress).toEqual([1, 2])
    const stored = db().select().from(letters).all()
    expect(stored).toHaveLength(2)
    for (const l of stored) {
      expect(l.sha256).toBe(sha256(new Uint8Array(l.pdf)))
      const ref = db().select().from(paymentReferences).where(eq(paymentReferences.sourceId, l.id)).get()
      expect(ref).toMatchObject({ sourceKind: 'letter', reference: l.reference, customerId: l.customerId })
    }
    const first = stored.find((l) => l.customerId === a)!
    const items = db().select().from(paymentReferenceItems).innerJoin(paymentReferences, eq(paymentReferences.id, paymentReferenceItems.referenceId)).where(eq(paymentReferences.sourceId, first.id)).all()
    expect(items).toHaveLength(2)
    const text = pdfText(new Uint8Array(first.pdf))
    expect(text).toContain('Bakkerij Œuvre & Zn')
    expect(text).toContain('€ 1.000,00')
    expect(text).toContain('€ 1.200,00')
    expect(text).toContain(first.reference!.replace(/(.{4})(?=.)/g, '$1 '))
    expect(pdfFonts(new Uint8Array(first.pdf)).every((line) => / yes yes yes /.test(line))).toBe(true)
    const [qr] = qrCodes(new Uint8Array(first.pdf))
    expect(qr).toBe(['BCD', '002', '1', 'SCT', 'ABNANL2A', 'Installatiebedrijf Test B.V.', 'NL91ABNA0417164300', 'EUR1200.00', '', first.reference].join('\n'))
    const batch = db().select().from(letterBatches).get()!
    expect(batch).toMatchObject({ runId, letterCount: 1 })
    expect(pdfText(new Uint8Array(batch.pdf))).toContain('Bakkerij Œuvre & Zn')
  }, 60_000)
})
