// Executing a dunning run stores its letters in the same transaction: one archived PDF per letter with
// its SHA-256 and a payment reference of its own, and one print PDF; the text, fonts and QR are proven
// with poppler and zbar on the stored bytes.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { allocations, invoices, letterBatches, letters, paymentReferenceItems, paymentReferences } from '../../../src/main/db/schema'
import { createAdministrations } from '../../../src/main/domains/administrations/administrations.service'
import { printRun, sendLetter } from '../../../src/main/domains/letters/output.service'
import { importBankFile } from '../../../src/main/domains/payments/bank-import.service'
import { mt940 } from '../../helpers/mt940'
import { executeWithLetters } from '../../../src/main/domains/dunning/letter-step'
import { saveRun } from '../../../src/main/domains/dunning/runs.service'
import { customerLetters, sha256 } from '../../../src/main/domains/letters/letters.repo'
import { useTestDb } from '../../helpers/db'
import { addInvoice } from '../dunning/dunning-db'
import { addAddressedCustomer, pdfFonts, pdfText, qrCodes, setUpLetterhead, withTempFile } from './letters-db'

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

  it('draws a larger run in the worker: the print PDF starts every letter on an odd page, and a 60-item table breaks with its header repeated', async () => {
    setUpLetterhead(db())
    const ids = ['K1', 'K2', 'K3', 'K4', 'K5'].map((code) => addAddressedCustomer(db(), { code, name: `Klant ${code} B.V.`, email: null }))
    for (let i = 0; i < 60; i++) addInvoice(db(), { customer: ids[0]!, number: `F-${String(i + 1).padStart(3, '0')}`, dueDate: '2026-02-01', amountCents: 10_000 + i })
    ids.slice(1).forEach((id, i) => addInvoice(db(), { customer: id, number: `G-${i}`, dueDate: '2026-02-01', amountCents: 25_000 }))
    const runId = saveRun(db(), '2026-03-02').runId ?? 0
    const progress: number[] = []
    await executeWithLetters(db(), runId, { today: '2026-03-02' }, (done) => progress.push(done))
    expect(progress).toEqual([1, 2, 3, 4, 5])
    const stored = db().select().from(letters).all()
    const big = stored.find((l) => l.customerId === ids[0])!
    expect(big.pages).toBeGreaterThanOrEqual(3)
    const pages = withTempFile(new Uint8Array(big.pdf), 'big.pdf', (file) =>
      Array.from({ length: big.pages }, (_, p) => execFileSync('pdftotext', ['-layout', '-f', String(p + 1), '-l', String(p + 1), file, '-'], { encoding: 'utf8' }))
    )
    const withRows = pages.filter((p) => /F-\d{3}/.test(p))
    expect(withRows.length).toBeGreaterThanOrEqual(2)
    for (const page of withRows) expect(page).toMatch(/Factuur\s+Factuurdatum\s+Vervaldatum/)
    for (let i = 1; i <= 60; i++) expect(pages.join('')).toContain(`F-${String(i).padStart(3, '0')}`)
    // each letter starts on an odd page of the print PDF (duplex): blank pages fill in after odd-length letters
    const batch = db().select().from(letterBatches).get()!
    const offsets = stored.reduce<number[]>((acc, l, i) => [...acc, i === 0 ? 1 : acc[i - 1]! + stored[i - 1]!.pages + (stored[i - 1]!.pages % 2)], [])
    expect(batch.pages).toBe(offsets.at(-1)! + stored.at(-1)!.pages - 1)
    withTempFile(new Uint8Array(batch.pdf), 'batch.pdf', (file) => {
      stored.forEach((l, i) => {
        expect(offsets[i]! % 2).toBe(1)
        const first = execFileSync('pdftotext', ['-f', String(offsets[i]), '-l', String(offsets[i]), file, '-'], { encoding: 'utf8' })
        expect(first).toContain(`Klant K${i + 1} B.V.`)
      })
    })
  }, 90_000)

  it("prints and lists a copy with its original's payment reference and QR code", async () => {
    setUpLetterhead(db())
    const a = addAddressedCustomer(db(), { code: 'A100', name: 'Bakkerij De Korenaar', email: null })
    addInvoice(db(), { customer: a, number: 'F1', dueDate: '2026-02-01', amountCents: 100_000 })
    const runId = saveRun(db(), '2026-03-02').runId ?? 0
    await executeWithLetters(db(), runId, { today: '2026-03-02' })
    const original = db().select().from(letters).get()!
    ;(await sendLetter(db(), original.id)).commit('printed')
    const again = await sendLetter(db(), original.id, { resend: true, today: '2026-03-10' })
    expect(again.copies).toBe(true)
    again.commit('printed')
    const copy = db().select().from(letters).where(eq(letters.copyOf, original.id)).get()!
    expect(copy.reference).toBe(original.reference)
    expect(customerLetters(db(), a, { offset: 0, limit: 10 }).letters.map((l) => [l.copyOf, l.reference])).toEqual(
      expect.arrayContaining([
        [null, original.reference],
        [original.id, original.reference]
      ])
    )
    const text = pdfText(new Uint8Array(copy.pdf))
    expect(text).toMatch(/KOPIE[\s\S]*Kopie van de brief van 2 maart 2026/)
    const printed = original.reference!.replace(/(.{4})(?=.)/g, '$1 ')
    // in the info block and in the payment block, as on the original
    expect(text.split(printed).length - 1).toBe(pdfText(new Uint8Array(original.pdf)).split(printed).length - 1)
    expect(text.split(printed).length - 1).toBeGreaterThanOrEqual(2)
    expect(qrCodes(new Uint8Array(copy.pdf))).toEqual(qrCodes(new Uint8Array(original.pdf)))
    expect(qrCodes(new Uint8Array(copy.pdf))[0]).toContain(`\n${original.reference}`)
  }, 60_000)

  it("brings a payment with the letter's reference back to the letter's invoices by itself", async () => {
    setUpLetterhead(db())
    const a = addAddressedCustomer(db(), { code: 'A100', name: 'Bakkerij De Korenaar', email: null, iban: 'NL02RABO0123456789' })
    const f1 = addInvoice(db(), { customer: a, number: 'F1', dueDate: '2026-02-01', amountCents: 100_000 })
    const f2 = addInvoice(db(), { customer: a, number: 'F2', dueDate: '2026-02-20', amountCents: 20_000 })
    const runId = saveRun(db(), '2026-03-02').runId ?? 0
    await executeWithLetters(db(), runId, { today: '2026-03-02' })
    const letter = db().select().from(letters).get()!
    // the debtor pays the letter's total quoting its reference, with no invoice number in sight
    importBankFile(db(), mt940([{ date: '2026-03-06', amountCents: 120_000, iban: 'NL02RABO0123456789', name: 'Korenaar', reference: letter.reference! }], { statement: 'S1', account: 'NL91ABNA0417164300' }), 'S1.sta')
    const paid = db().select().from(allocations).all()
    expect(paid.map((p) => [p.invoiceId, p.amountCents])).toEqual([[f1, 100_000], [f2, 20_000]])
    expect(db().select({ open: invoices.openCents }).from(invoices).all().map((i) => i.open)).toEqual([0, 0])
  }, 60_000)

  it('leaves no PDF and no customer name in plaintext in the data folder or the temp folder', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'debito-data-'))
    const temp = mkdtempSync(join(tmpdir(), 'debito-tmp-'))
    const previousTmp = process.env['TMPDIR']
    process.env['TMPDIR'] = temp
    try {
      const admins = createAdministrations(dataDir)
      await admins.create({ name: 'Geheim', country: 'NL', unlock: { passphrase: 'geheim' } })
      const admin = await admins.open('Geheim', { passphrase: 'geheim' })
      setUpLetterhead(admin.db)
      const ids = ['P1', 'P2', 'P3', 'P4', 'P5'].map((code) => addAddressedCustomer(admin.db, { code, name: `Zwijgzaam ${code}`, email: null }))
      ids.forEach((id, i) => addInvoice(admin.db, { customer: id, number: `S-${i}`, dueDate: '2026-02-01', amountCents: 30_000 }))
      const runId = saveRun(admin.db, '2026-03-02').runId ?? 0
      await executeWithLetters(admin.db, runId, { today: '2026-03-02' })
      const print = await printRun(admin.db, runId)
      expect(print.files[0]!.bytes.length).toBeGreaterThan(1000)
      admin.close()
      const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]))
      const all = [...files(dataDir), ...files(temp)]
      expect(all.length).toBeGreaterThan(0)
      for (const file of all) {
        const bytes = readFileSync(file)
        expect(bytes.includes('%PDF'), file).toBe(false)
        expect(bytes.includes('Zwijgzaam'), file).toBe(false)
      }
    } finally {
      if (previousTmp === undefined) delete process.env['TMPDIR']
      else process.env['TMPDIR'] = previousTmp
      rmSync(dataDir, { recursive: true, force: true })
      rmSync(temp, { recursive: true, force: true })
    }
  }, 90_000)
})
