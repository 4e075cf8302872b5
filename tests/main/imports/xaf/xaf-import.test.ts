// The XML Auditfile Financieel import end to end against a real encrypted administration: auditfiles
// written from the XAF 3.2 structure, read with saxes, derived and written by the common import writer.
import { afterEach, describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import { withWrite } from '../../../../src/main/db/connection'
import { auditLog, customers, invoicePayments, invoices } from '../../../../src/main/db/schema'
import { importFile, importXafFiles, readXafFiles } from '../../../../src/main/domains/imports/import-stream'
import { previewXaf } from '../../../../src/main/domains/imports/xaf/preview-xaf'
import { createTestDb, type TestDb } from '../../../helpers/db'
import { rejection } from '../../../helpers/errors'
import { xafInput, xafXml, type XafSpec } from '../../../helpers/xaf'
import { csvInput } from '../fixtures'
import { OPEN_2024, PARTIES, receipt, sale, year2024, year2025 } from './scenario'

let t: TestDb | undefined
afterEach(() => {
  t?.close()
  t = undefined
})
const db = () => (t ??= createTestDb()).db

const TODAY = { today: '2026-01-05' }
const sources = (...specs: [XafSpec, string][]) => specs.map(([spec, name]) => xafInput(spec, name))
const openItems = () =>
  db()
    .$client.prepare(`SELECT c.code, i.number, i.open_cents AS open FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE i.status = 'open' ORDER BY c.code, i.number`)
    .all()
    .map((r) => Object.values(r as Record<string, unknown>))
const invoice = (number: string) => db().select().from(invoices).where(eq(invoices.number, number)).get()
const history = () =>
  db()
    .$client.prepare(`SELECT i.number, p.paid_on AS paidOn, p.amount_cents AS cents, p.kind FROM invoice_payments p JOIN invoices i ON i.id = p.invoice_id ORDER BY i.number, p.paid_on, p.id`)
    .all()
const snapshot = () => ({
  customers: db().select().from(customers).all(),
  invoices: db().select().from(invoices).all(),
  payments: db().select().from(invoicePayments).all(),
  audit: db().select().from(auditLog).all().length
})

describe('one fiscal year', () => {
  it('imports the customers (never the supplier), the open items and the invoices settled in the year', async () => {
    const { summary, preview } = await importXafFiles(db(), sources([year2024(), 'boekjaar-2024.xaf']), {}, TODAY)
    expect(preview.problems).toEqual([])
    expect(db().select({ code: customers.code }).from(customers).all().map((c) => c.code)).toEqual(['C001', 'C002', 'C003'])
    expect(openItems()).toEqual(OPEN_2024.map((r) => [...r]))
    expect(summary).toMatchObject({ customers: { created: 3 }, invoices: { created: 5 }, history: { created: 3 }, openTotalCents: 281_40, paidHistory: 3 })
    expect(preview.xaf).toMatchObject({ asOf: '2024-12-31', openCount: 5, openTotalCents: 281_40, paidHistory: 3, needsConfirmation: false })
    expect(preview.xaf?.accounts.map((a) => [a.id, a.chosen])).toEqual([['1300', true]])
  })

  it('takes the master data: address, VAT, KvK or KBO, e-mail, phone, IBAN and credit limit', async () => {
    await importXafFiles(db(), sources([year2024(), 'a.xaf']), {}, TODAY)
    const byCode = Object.fromEntries(db().select().from(customers).all().map((c) => [c.code, c]))
    expect(byCode['C001']).toMatchObject({
      name: 'Bakkerij Jansen B.V.',
      addressLine: 'Dorpsstraat 12',
      postalCode: '3511AB',
      city: 'Utrecht',
      country: 'NL',
      vatNumber: 'NL812345678B01',
      kvkNumber: '30123456',
      email: 'admin@bakkerijjansen.nl',
      phone: '030-1234567',
      iban: 'NL91ABNA0417164300',
      creditLimitCents: 5000_00,
      debtorType: 'b2b'
    })
    expect(byCode['C002']).toMatchObject({ country: 'BE', language: 'fr', kboNumber: '0123456749', kvkNumber: null })
    // 0.00 is "no limit" in the packages; a person without identifiers is a consumer
    expect(byCode['C003']).toMatchObject({ creditLimitCents: null, debtorType: 'b2c' })
  })

  it('dates items from the sub-ledger, else from the line and the customer’s or the given term', async () => {
    withWrite(db(), (tx) => tx.insert(customers).values({ code: 'C003', name: 'P. de Groot', paymentTermDays: 14 }).run())
    await importXafFiles(db(), sources([year2024(), 'a.xaf']), {}, { ...TODAY, defaultTermDays: 21 })
    expect(invoice('2023-101')).toMatchObject({ invoiceDate: '2023-11-15', dueDate: '2023-12-15' })
    expect(invoice('F2024-002')).toMatchObject({ invoiceDate: '2024-02-01', dueDate: '2024-02-22' })
    expect(invoice('F2024-003')).toMatchObject({ invoiceDate: '2024-03-01', dueDate: '2024-03-15' })
  })

  it('stores each settlement date and every payment and credit note, line by line', async () => {
    await importXafFiles(db(), sources([year2024(), 'a.xaf']), {}, TODAY)
    const settled = db()
      .select({ number: invoices.number, status: invoices.status, settledOn: invoices.settledOn, amount: invoices.amountCents, open: invoices.openCents })
      .from(invoices)
      .all()
      .filter((i) => i.settledOn !== null)
    expect(settled.sort((a, b) => a.number.localeCompare(b.number))).toEqual([
      { number: '2023-101', status: 'paid', settledOn: '2024-01-20', amount: 605_00, open: 0 },
      { number: 'F2024-001', status: 'paid', settledOn: '2024-03-05', amount: 121_00, open: 0 },
      { number: 'F2024-005', status: 'paid', settledOn: '2024-11-20', amount: 60_50, open: 0 }
    ])
    expect(history()).toEqual([
      { number: '2023-101', paidOn: '2024-01-20', cents: 605_00, kind: 'payment' },
      { number: 'F2024-001', paidOn: '2024-01-20', cents: 24_20, kind: 'credit-note' },
      { number: 'F2024-001', paidOn: '2024-02-01', cents: 50_00, kind: 'payment' },
      { number: 'F2024-001', paidOn: '2024-03-05', cents: 46_80, kind: 'payment' },
      { number: 'F2024-002', paidOn: '2024-03-10', cents: 100_00, kind: 'payment' },
      { number: 'F2024-005', paidOn: '2024-11-20', cents: 60_50, kind: 'payment' }
    ])
  })

  it('gives the open items as of a chosen date inside the year', async () => {
    const { preview } = await importXafFiles(db(), sources([year2024(), 'a.xaf']), { xaf: { asOf: '2024-02-15' } }, TODAY)
    expect(preview.xaf?.asOf).toBe('2024-02-15')
    expect(openItems()).toEqual([
      ['C001', 'F2024-001', 46_80],
      ['C002', 'F2024-002', 242_00]
    ])
    expect(invoice('2023-101')?.settledOn).toBe('2024-01-20')
    const outside = await readXafFiles(sources([year2024(), 'a.xaf']), { xaf: { asOf: '2025-03-01' } })
    expect(outside.canImport).toBe(false)
    expect(outside.problems).toContainEqual(expect.objectContaining({ code: 'xaf-as-of', value: '2025-03-01' }))
  })

  it('recognises an auditfile by its content, whatever its name', async () => {
    const { preview } = await importFile(db(), { ...xafInput(year2024()), fileName: 'export.xml' }, {}, TODAY)
    expect(preview.format).toBe('xaf')
    expect(openItems()).toHaveLength(5)
  })
})

describe('several files', () => {
  it('two fiscal years: the invoice of 2024 paid in the 2025 file is settled then, and nothing is counted twice', async () => {
    const { summary, preview } = await importXafFiles(db(), sources([year2025(), '2025.xaf'], [year2024(), '2024.xaf']), {}, TODAY)
    expect(preview.problems).toEqual([])
    expect(preview.xaf).toMatchObject({ startDate: '2024-01-01', endDate: '2025-12-31', asOf: '2025-12-31' })
    expect(preview.xaf?.files.map((f) => f.fiscalYear)).toEqual(['2024', '2025'])
    expect(openItems()).toEqual([
      ['C001', 'F2025-001', 242_00],
      ['C002', 'BNK-2024-12', -30_00],
      ['C002', 'C2024-002', -12_10],
      ['C003', 'F2024-003', 60_50]
    ])
    expect(invoice('F2024-004')).toMatchObject({ invoiceDate: '2024-12-15', settledOn: '2025-01-15', status: 'paid' })
    expect(invoice('F2024-002')).toMatchObject({ amountCents: 242_00, settledOn: '2025-02-10' })
    expect(summary).toMatchObject({ paidHistory: 5, openTotalCents: 260_40 })
  })

  it('the next year on its own starts from its opening balance items', async () => {
    await importXafFiles(db(), sources([year2025(), '2025.xaf']), {}, TODAY)
    expect(invoice('F2024-004')).toMatchObject({ invoiceDate: '2024-12-15', settledOn: '2025-01-15' })
    expect(openItems()).toHaveLength(4)
  })

  it('split parts of one year read as one file, a transaction in both parts counted once', async () => {
    const whole = year2024()
    const [sales, purchases, bank] = whole.journals ?? []
    if (!sales || !purchases || !bank) throw new Error('scenario')
    const part1: XafSpec = { ...whole, journals: [sales, purchases] }
    const part2: XafSpec = { ...whole, parties: undefined, accounts: undefined, opening: undefined, journals: [bank, { ...sales, transactions: sales.transactions.slice(0, 1) }] }
    const { preview } = await importXafFiles(db(), sources([part2, 'Auditfile_02.xaf'], [part1, 'Auditfile_01.xaf']), {}, TODAY)
    expect(preview.xaf?.files.map((f) => f.fileName)).toEqual(['Auditfile_01.xaf', 'Auditfile_02.xaf'])
    expect(preview.problems.map((p) => p.code)).toEqual(['xaf-duplicates'])
    expect(openItems()).toEqual(OPEN_2024.map((r) => [...r]))
  })

  it('refuses years with a gap between them, and files of another administration', async () => {
    const y2026 = { ...year2025(), fiscalYear: '2026', start: '2026-01-01', end: '2026-12-31', journals: [] }
    const gap = await readXafFiles(sources([year2024(), 'a.xaf'], [y2026, 'b.xaf']))
    expect(gap.problems).toContainEqual(expect.objectContaining({ code: 'xaf-years', severity: 'error' }))
    const other = await readXafFiles(sources([year2024(), 'a.xaf'], [{ ...year2025(), company: { ident: 'X9', name: 'Ander B.V.', vat: 'NL000000001B01' } }, 'b.xaf']))
    expect(other.problems[0]).toMatchObject({ code: 'xaf-company' })
    expect(other.problems[0]?.message).toContain('Ander B.V.')
  })
})

describe('re-import', () => {
  it('the same file again changes nothing and logs nothing', async () => {
    await importXafFiles(db(), sources([year2024(), 'a.xaf']), {}, TODAY)
    const before = snapshot()
    const { summary } = await importXafFiles(db(), sources([year2024(), 'a.xaf']), {}, TODAY)
    expect(summary).toMatchObject({ customers: { created: 0, updated: 0 }, invoices: { created: 0, updated: 0, unchanged: 5 }, history: { created: 0, updated: 0, unchanged: 3 }, payments: { created: 0, updated: 0, removed: 0 } })
    expect(snapshot()).toEqual(before)
  })

  it('the next year settles what was open and keeps what Debito knows locally', async () => {
    await importXafFiles(db(), sources([year2024(), '2024.xaf']), {}, TODAY)
    const f2 = invoice('F2024-002')
    withWrite(db(), (tx) => tx.update(invoices).set({ dunningLevel: 2, disputed: true }).where(eq(invoices.number, 'F2024-003')).run())
    const { summary } = await importXafFiles(db(), sources([year2024(), '2024.xaf'], [year2025(), '2025.xaf']), {}, TODAY)
    expect(invoice('F2024-002')).toMatchObject({ id: f2?.id, status: 'paid', openCents: 0, settledOn: '2025-02-10' })
    expect(invoice('F2024-003')).toMatchObject({ dunningLevel: 2, disputed: true, openCents: 60_50 })
    expect(summary).toMatchObject({ invoices: { created: 1 }, history: { updated: 2 }, payments: { created: 2 } })
  })

  it('with --full, open items that are not in the books anymore are archived', async () => {
    const csv = 'Klantnummer;Naam;Factuurnummer;Factuurdatum;Vervaldatum;Bedrag;Openstaand\nC001;Bakkerij Jansen B.V.;OUD-1;01-10-2023;31-10-2023;50,00;50,00\n'
    await importFile(db(), csvInput(csv), {}, TODAY)
    const { summary } = await importXafFiles(db(), sources([year2024(), 'a.xaf']), {}, { ...TODAY, full: true })
    expect(summary.invoices.archived).toBe(1)
    expect(invoice('OUD-1')).toMatchObject({ status: 'paid', openCents: 0, archivedAt: TODAY.today })
  })
})

describe('damaged files change nothing', () => {
  const full = xafXml(year2024())

  it('a file cut off in the middle: the error names the element and the line', async () => {
    const cut = full.slice(0, full.indexOf('<nr>2</nr><accID>1300</accID><docRef>BNK-2024-03-05</docRef>') + 20)
    const preview = await readXafFiles([{ fileName: 'kapot.xaf', bytes: new TextEncoder().encode(cut) }])
    expect(preview.canImport).toBe(false)
    expect(preview.problems[0]).toMatchObject({ code: 'xaf-truncated', severity: 'error', column: 'transactions/journal[B]/transaction[B3]/trLine[2]/accID' })
    expect(preview.problems[0]?.line).toBe(cut.split('\n').length)
    const err = await rejection(importXafFiles(db(), [{ fileName: 'kapot.xaf', bytes: new TextEncoder().encode(cut) }], {}, TODAY))
    expect(err).toMatchObject({ kind: 'validation', field: 'transactions/journal[B]/transaction[B3]/trLine[2]/accID' })
    expect(err.message).toMatch(/^kapot\.xaf, line \d+, .*transaction\[B3\].*: the file ends inside <accID>/)
    expect(snapshot()).toEqual({ customers: [], invoices: [], payments: [], audit: 0 })
  })

  it('an unbalanced transaction: the whole file is refused', async () => {
    const spec = year2024()
    const bank = spec.journals?.[2]
    if (!bank) throw new Error('scenario')
    bank.transactions[1] = { ...receipt('B2', '2024-02-01', 'C001', 50_00, { inv: 'F2024-001' }), lines: [{ acc: '1100', cents: 50_00, doc: 'X', date: '2024-02-01' }, { acc: '1300', cents: -45_00, doc: 'X', date: '2024-02-01', cust: 'C001', inv: 'F2024-001' }] }
    const err = await rejection(importXafFiles(db(), sources([spec, 'scheef.xaf']), {}, TODAY))
    expect(err.field).toBe('transactions/journal[B]/transaction[B2]')
    expect(err.message).toContain('debit 50.00 and credit 45.00 differ')
    expect(snapshot()).toEqual({ customers: [], invoices: [], payments: [], audit: 0 })
  })

  it('a value that is not an amount or a date is named with its element', async () => {
    const bad = full.replaceAll('<effDate>2024-03-10</effDate>', '<effDate>10-03-2024</effDate>').replaceAll('<amnt>46.80</amnt>', '<amnt>46,80</amnt>')
    const preview = await readXafFiles([{ fileName: 'a.xaf', bytes: new TextEncoder().encode(bad) }])
    expect(preview.problems.map((p) => [p.code, p.column, p.value])).toEqual([
      ['xaf-bad-element', 'transactions/journal[B]/transaction[B3]/trLine[1]/amnt', '46,80'],
      ['xaf-bad-element', 'transactions/journal[B]/transaction[B3]/trLine[2]/amnt', '46,80'],
      ['xaf-bad-element', 'transactions/journal[B]/transaction[B4]/trLine[1]/effDate', '10-03-2024'],
      ['xaf-bad-element', 'transactions/journal[B]/transaction[B4]/trLine[2]/effDate', '10-03-2024']
    ])
    expect(preview.canImport).toBe(false)
  })

  it.each([
    ['XAF 2.0 (CLAIR)', { version: '2.0' } as const, /old CLAIR2\.00\.00 format/],
    ['XAF 4.0', { version: '4.0' } as const, /XAF 4\.0 is not supported/],
    ['a DOCTYPE with an entity', { prolog: '' } as const, /DOCTYPE/]
  ])('refuses %s with a clear reason', async (_name, change, message) => {
    let xml = xafXml({ ...year2024(), ...change })
    if (_name.startsWith('a DOCTYPE')) xml = xml.replace('<auditfile', '<!DOCTYPE auditfile [<!ENTITY x "boom">]>\n<auditfile').replace('Bakkerij Jansen B.V.', '&x;')
    const preview = await readXafFiles([{ fileName: 'oud.xaf', bytes: new TextEncoder().encode(xml) }])
    expect(preview.canImport).toBe(false)
    expect(preview.problems).toHaveLength(1)
    expect(preview.problems[0]?.message).toMatch(message)
  })
})

describe('variants', () => {
  it('XAF 3.1 has no sub-ledger: items come from the transactions, and the missing opening items are pointed out', async () => {
    const preview = await readXafFiles(sources([{ ...year2024(), version: '3.1' }, 'oud.xaf']))
    expect(preview.xaf?.version).toBe('3.1')
    expect(preview.canImport).toBe(true)
    expect(preview.problems).toEqual([expect.objectContaining({ code: 'xaf-opening', severity: 'warning', column: 'openingBalance/obLine[1300]' })])
    // the payment of the opening item has nothing to settle: it stands as a credit
    expect(preview.invoices.find((i) => i.number === '2023-101')).toMatchObject({ openCents: -605_00 })
  })

  it('asks which accounts hold the receivables when customer lines are on other accounts too', async () => {
    const spec = year2024()
    for (const j of spec.journals ?? []) for (const tx of j.transactions) for (const l of tx.lines) if (l.acc === '1500' || l.acc === '1100') l.cust = tx.lines.find((x) => x.cust)?.cust ?? 'C001'
    const asked = await readXafFiles(sources([spec, 'a.xaf']))
    expect(asked.canImport).toBe(false)
    expect(asked.xaf?.needsConfirmation).toBe(true)
    expect(asked.problems).toContainEqual(expect.objectContaining({ code: 'xaf-accounts', severity: 'error' }))
    expect(asked.xaf?.accounts.filter((a) => a.doubtful).map((a) => a.id)).toEqual(['1100', '1500'])
    const confirmed = await importXafFiles(db(), sources([spec, 'a.xaf']), { xaf: { accounts: ['1300'] } }, TODAY)
    expect(confirmed.preview.canImport).toBe(true)
    expect(openItems()).toEqual(OPEN_2024.map((r) => [...r]))
  })

  it('reads an ISO-8859-1 file', async () => {
    const spec = { ...year2024(), parties: PARTIES.map((p) => (p.id === 'C002' ? { ...p, name: 'Société Générale Liège' } : p)) }
    const xml = xafXml(spec).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
    const bytes = Uint8Array.from([...xml].map((c) => c.charCodeAt(0)))
    const preview = await readXafFiles([{ fileName: 'latin.xaf', bytes }])
    expect(preview.customers.find((c) => c.code === 'C002')?.name).toBe('Société Générale Liège')
  })

  it('a large file goes through the import worker, from its path, with progress, to the same result', async () => {
    const spec = year2024()
    const sales = spec.journals?.[0]
    const bank = spec.journals?.[2]
    if (!sales || !bank) throw new Error('scenario')
    for (let i = 0; i < 1_500; i++) {
      const day = `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`
      sales.transactions.push(sale(`X${i}`, day, 'C003', `G${i}`, 10_00 + i))
      if (i % 3 > 0) bank.transactions.push(receipt(`Y${i}`, day, 'C003', 10_00 + i + Math.round((10_00 + i) * 0.21), { inv: `G${i}` }))
    }
    const { writeFileSync } = await import('node:fs')
    const path = `${(t ??= createTestDb()).dir}/groot.xaf`
    writeFileSync(path, xafXml(spec))
    const progress: number[] = []
    const { summary } = await importXafFiles(db(), [{ fileName: 'groot.xaf', path }], {}, TODAY, { onProgress: (done) => progress.push(done) })
    expect(summary).toMatchObject({ invoices: { created: 5 + 500 }, history: { created: 3 + 1_000 }, paidHistory: 1_003 })
    expect(progress.length).toBeGreaterThan(1)
    expect(invoice('G2')?.settledOn).toBe('2024-03-03')
  })

  it('hands the items over in slices while they are derived: in order, as in the preview, the last with the exact total', () => {
    const spec = year2024()
    const sales = spec.journals?.[0]
    if (!sales) throw new Error('scenario')
    for (let i = 0; i < 12_000; i++) sales.transactions.push(sale(`X${i}`, `2024-0${1 + (i % 9)}-1${i % 10}`, ['C001', 'C002', 'C003'][i % 3] as string, `G${i}`, 10_00 + i))
    const input = [xafInput(spec)]
    const slices: { count: number; done: number; total: number }[] = []
    const sunk: unknown[] = []
    const streamed = previewXaf(input, {}, (rows, done, total) => {
      sunk.push(...rows.invoices)
      slices.push({ count: rows.invoices.length, done, total })
    })
    const whole = previewXaf(input)
    expect(sunk).toEqual(whole.invoices)
    expect(whole.invoices.length).toBeGreaterThan(12_000)
    expect(slices.length).toBeGreaterThan(3)
    // customers first, then items; a total is never below what was handed over, and the last one is the count
    expect(slices[0]?.count).toBe(0)
    expect(slices.every((s) => s.total >= s.done && s.count <= 5_000)).toBe(true)
    expect(slices.at(-1)).toMatchObject({ done: whole.invoices.length, total: whole.invoices.length })
    expect({ ...streamed, invoices: whole.invoices }).toEqual(whole)
  })
})
