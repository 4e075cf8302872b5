// #13 item 14: an open-items import must not undo a bank allocation. F2026-01345 is paid by a matched
// payment; an export of the accounting package that does not know the payment yet lists it as open.
import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { allocations, invoices } from '../../../src/main/db/schema'
import { verifyAudit } from '../../../src/main/domains/audit/audit.repo'
import { allocationConflicts } from '../../../src/main/domains/imports/allocation-conflicts'
import { commitImport } from '../../../src/main/domains/imports/import.service'
import { previewImport } from '../../../src/main/domains/imports/preview'
import { undoAllocation } from '../../../src/main/domains/payments/allocations.service'
import { importBankFile } from '../../../src/main/domains/payments/bank-import.service'
import { openAfterAllocations } from '../../../src/shared/domains/imports/allocation-guard'
import { createTestDb, type TestDb } from '../../helpers/db'
import { mt940 } from '../../helpers/mt940'
import { csvInput } from './fixtures'

const HEADER = 'Klantnummer;Naam;Factuurnummer;Factuurdatum;Vervaldatum;Bedrag;Openstaand\n'
const csv = (open1345: string, open1346 = '80,00') =>
  HEADER + `K1;Jansen BV;F2026-01345;01-03-2026;31-03-2026;117,35;${open1345}\nK1;Jansen BV;F2026-01346;02-03-2026;01-04-2026;80,00;${open1346}\n`
const PAYER = { iban: 'NL39RABO0300065264', name: 'Jansen BV' }

let t: TestDb
beforeEach(() => {
  t = createTestDb()
})
afterEach(() => t.close())

const importCsv = async (text: string, options = {}) => commitImport(t.db, await previewImport(csvInput(text, 'openstaand.csv')), { today: '2026-04-10', ...options })
const invoice = (number: string) => t.db.select().from(invoices).where(eq(invoices.number, number)).get()
const pay = (amountCents: number, remittance: string) => importBankFile(t.db, mt940([{ date: '2026-04-02', amountCents, ...PAYER, remittance }], { statement: remittance.slice(-5) }), 'bank.sta')

describe('the open amount an import may set', () => {
  it.each([
    // file open, amount, allocated → kept
    [11735, 11735, 0, 11735],
    [11735, 11735, 11735, 0],
    [11735, 11735, 5000, 6735],
    [3000, 11735, 5000, 3000],
    [0, 11735, 5000, 0],
    [11735, 10000, 11735, 0],
    [-5000, -5000, 0, -5000]
  ])('file %i on %i with %i allocated keeps %i', (file, amount, allocated, kept) => {
    expect(openAfterAllocations(file, amount, allocated)).toBe(kept)
  })
})

describe('re-importing items that bank payments paid', () => {
  it('keeps a matched payment applied and reports what the file would have changed', async () => {
    await importCsv(csv('117,35'))
    expect(pay(11735, 'Factuur F2026-01345')).toMatchObject({ autoMatched: 1 })
    expect(invoice('F2026-01345')).toMatchObject({ openCents: 0, status: 'paid', settledOn: '2026-04-02' })

    // the package's next export still lists F2026-01345 as open, and F2026-01346 partly paid elsewhere
    const again = await previewImport(csvInput(csv('117,35', '30,00'), 'openstaand.csv'))
    const conflict = { customerCode: 'K1', number: 'F2026-01345', fileOpenCents: 11735, keptOpenCents: 0, allocatedCents: 11735 }
    expect(allocationConflicts(t.db, again.invoices)).toEqual([conflict])
    const s = commitImport(t.db, again, { today: '2026-04-10' })
    expect(s.allocationConflicts).toEqual([conflict])
    expect(s.invoices).toMatchObject({ reopened: 0, updated: 1 })
    expect(s.amountChanges).toEqual([{ customerCode: 'K1', number: 'F2026-01346', amountCents: [8000, 8000], openCents: [8000, 3000] }])
    expect(s.openTotalCents).toBe(3000)
    expect(invoice('F2026-01345')).toMatchObject({ openCents: 0, status: 'paid', settledOn: '2026-04-02' })
    expect(t.db.select().from(allocations).all().map((a) => [a.amountCents, a.undoneAt])).toEqual([[11735, null]])
    expect(verifyAudit(t.db)).toMatchObject({ ok: true })

    // undoing the payment re-opens the item to its full amount: nothing was lost on the way
    const [alloc] = t.db.select().from(allocations).all()
    undoAllocation(t.db, alloc?.id ?? 0)
    expect(invoice('F2026-01345')).toMatchObject({ openCents: 11735, status: 'open', settledOn: null })
    expect(allocationConflicts(t.db, again.invoices)).toEqual([])
  })

  it('keeps a partial payment applied: the file may lower the open amount, never raise it above what the payment leaves', async () => {
    await importCsv(csv('117,35'))
    pay(5000, 'Factuur F2026-01345 deel')
    expect(invoice('F2026-01345')).toMatchObject({ openCents: 6735, status: 'open' })
    const raised = await importCsv(csv('117,35'))
    expect(raised.allocationConflicts).toEqual([{ customerCode: 'K1', number: 'F2026-01345', fileOpenCents: 11735, keptOpenCents: 6735, allocatedCents: 5000 }])
    expect(raised.invoices).toMatchObject({ updated: 0, unchanged: 2 })
    expect(invoice('F2026-01345')?.openCents).toBe(6735)
    // the package knows of a further payment: its lower figure is taken, with no conflict
    const lowered = await importCsv(csv('20,00'))
    expect(lowered.allocationConflicts).toEqual([])
    expect(invoice('F2026-01345')?.openCents).toBe(2000)
  })

  it('a dry run reports the same and writes nothing', async () => {
    await importCsv(csv('117,35'))
    pay(11735, 'Factuur F2026-01345')
    const dry = await importCsv(csv('117,35'), { dryRun: true })
    expect(dry.allocationConflicts).toHaveLength(1)
    expect(invoice('F2026-01345')).toMatchObject({ openCents: 0, status: 'paid' })
  })
})
