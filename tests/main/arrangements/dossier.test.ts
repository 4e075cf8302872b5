// The hand-over dossier on the real store: a ZIP with the claim (PDF read back with pdftotext), CSVs and JSON.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { strFromU8, unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { administrationProfile, auditLog, customers } from '../../../src/main/db/schema'
import { buildDossier, saveDossier } from '../../../src/main/domains/arrangements/dossier/dossier'
import { handOver } from '../../../src/main/domains/arrangements/handovers.service'
import { addNote } from '../../../src/main/domains/arrangements/notes.service'
import { openDispute } from '../../../src/main/domains/arrangements/disputes.service'
import { customerTimeline } from '../../../src/main/domains/arrangements/timeline.queries'
import { createStatement } from '../../../src/main/domains/letters/records.service'
import { sha256 } from '../../../src/main/domains/letters/letters.repo'
import { type TestDb, createTestDb } from '../../helpers/db'
import { invoiceByNumber, seedReceivables } from '../payments/bank-db'

let t: TestDb
beforeEach(() => {
  t = createTestDb()
  seedReceivables(t.db)
  t.db.insert(administrationProfile).values({ id: 1, name: 'Installatiebedrijf Smit B.V.', city: 'Utrecht', iban: 'NL91ABNA0417164300', kvkNumber: '12345678' }).run()
})
afterEach(() => t.close())

const korenaar = () => invoiceByNumber(t.db, '2026-0042').customerId

describe('hand-over dossier', () => {
  it('holds the claim per invoice as of the chosen day, the invoices, the timeline and the JSON', async () => {
    const customerId = korenaar()
    openDispute(t.db, { invoiceId: invoiceByNumber(t.db, '2026-0043').id, reason: 'quality' }, '2026-02-02')
    addNote(t.db, { customerId, kind: 'call', body: 'Belt niet terug', callOutcome: 'no_answer' }, '2026-02-03')
    handOver(t.db, { customerId, kind: 'agency', party: 'Incassobureau Noord', handedOverOn: '2026-03-01', reference: 'IN-778' }, '2026-03-01')
    const dossier = await buildDossier(t.db, { customerId, asOf: '2026-03-01', language: 'nl', today: '2026-03-02' })
    expect(dossier.fileName).toBe('dossier-c2-bakkerij-de-korenaar-b-v-2026-03-01.zip')
    const files = unzipSync(dossier.bytes)
    expect(Object.keys(files).sort()).toEqual(['dossier.json', 'facturen.csv', 'tijdlijn.csv', 'vorderingsspecificatie.csv', 'vorderingsspecificatie.pdf'])

    // NL b2b: commercial interest from the day after the due date, € 40 minimum costs per invoice
    const json = JSON.parse(strFromU8(files['dossier.json']!)) as { claim: { principalCents: number; costsCents: number; lines: { number: string; interestFrom: string; explanation: string[] }[] }; handover: { party: string } }
    expect(json.handover.party).toBe('Incassobureau Noord')
    expect(json.claim.principalCents).toBe(41_000)
    expect(json.claim.costsCents).toBe(12_000)
    expect(json.claim.lines.map((l) => [l.number, l.interestFrom])).toEqual([['2026-0002', '2026-01-03'], ['2026-0042', '2026-01-04'], ['2026-0043', '2026-01-05']])
    expect(json.claim.lines[0]!.explanation[0]).toContain('6:119a')

    const claim = strFromU8(files['vorderingsspecificatie.csv']!)
    // UTF-8 with a byte-order mark, so NL/BE Excel opens it right (the decoder drops the mark)
    expect([...files['vorderingsspecificatie.csv']!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(claim.split('\r\n')[0]).toBe('Factuur;Factuurdatum;Vervaldatum;Hoofdsom;Rente vanaf;Rente;Kosten;Totaal')
    expect(claim).toContain('2026-0002;2025-12-02;2026-01-02;250,00;2026-01-03;')
    expect(claim.split('\r\n').at(-1)).toMatch(/^Totale vordering;;;410,00;;\d+,\d\d;120,00;\d+,\d\d$/)
    expect(strFromU8(files['facturen.csv']!)).toContain('2026-0043;2025-12-04;2026-01-04;60,00;60,00;;;0;ja')
    // a call is dated when it was recorded (the clock), the dispute and hand-over on their own days
    const timeline = strFromU8(files['tijdlijn.csv']!).replace(/\u00a0/g, ' ').split('\r\n')
    expect(timeline[0]).toBe('Datum;Wat;Details')
    expect(timeline.slice(1)).toEqual(
      expect.arrayContaining([
        '2026-02-02;Geschil;Kwaliteit, € 60,00 · wacht op antwoord · factuur 2026-0043',
        expect.stringMatching(/^\d{4}-\d\d-\d\d;Telefoongesprek;geen gehoor · Belt niet terug$/),
        '2026-03-01;Uit handen gegeven;Incassobureau: Incassobureau Noord, € 410,00 · uit handen · facturen 2026-0002, 2026-0042, 2026-0043'
      ])
    )

    const pdfFile = join(t.dir, 'claim.pdf')
    writeFileSync(pdfFile, files['vorderingsspecificatie.pdf']!)
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' })
    expect(text).toContain('Specificatie van de vordering')
    expect(text).toContain('Installatiebedrijf Smit B.V.')
    expect(text).toContain('Bakkerij De Korenaar B.V.')
    expect(text).toContain('Incassobureau Noord')
    expect(text).toMatch(/Totale vordering\s+€ 410,00/)
    expect(text).toContain('Hoe de bedragen zijn berekend')
  })

  it('in French, saved where asked, with an audit entry; nothing to claim is refused', async () => {
    const customerId = korenaar()
    const dossier = await buildDossier(t.db, { customerId, asOf: '2026-03-01', language: 'fr', today: '2026-03-01' })
    expect(Object.keys(unzipSync(dossier.bytes))).toContain('specification-creance.pdf')
    const target = join(t.dir, 'chosen.zip')
    await saveDossier(t.db, dossier, customerId, target)
    expect(readFileSync(target)).toEqual(Buffer.from(dossier.bytes))
    expect(t.db.select().from(auditLog).where(eq(auditLog.action, 'handover.dossier-exported')).all()).toHaveLength(1)
    await expect(saveDossier(t.db, dossier, customerId, join(t.dir, 'no', 'such', 'dir.zip'))).rejects.toMatchObject({ kind: 'io' })
    const empty = t.db.insert(customers).values({ code: 'C9', name: 'Leeg' }).returning().get()
    await expect(buildDossier(t.db, { customerId: empty.id, asOf: '2026-03-01', language: 'en', today: '2026-03-01' })).rejects.toMatchObject({ kind: 'validation' })
  })

  it('carries the letters that went out, byte for byte with their SHA-256, and lists them on the timeline', async () => {
    const customerId = korenaar()
    t.db.update(administrationProfile).set({ addressLine: 'Dorpsstraat 1', postalCode: '3511 AA', email: 'debiteuren@smit.example' }).where(eq(administrationProfile.id, 1)).run()
    t.db.update(customers).set({ addressLine: 'Lindenlaan 3', postalCode: '2011 KL', city: 'Haarlem' }).where(eq(customers.id, customerId)).run()
    const sent = await createStatement(t.db, { customerId, asOf: '2026-02-10', language: 'nl', today: '2026-02-10' })
    sent.commit('printed')
    // drawn but never printed or saved: not a letter that went out
    await createStatement(t.db, { customerId, asOf: '2026-02-20', language: 'nl', today: '2026-02-20' })
    const letter = customerTimeline(t.db, customerId, { offset: 0, limit: 50 }).events.filter((e) => e.kind === 'letter')
    expect(letter).toMatchObject([{ date: '2026-02-10', status: 'letter', code: 'statement' }])

    const dossier = await buildDossier(t.db, { customerId, asOf: '2026-03-01', language: 'nl', today: '2026-03-02' })
    const files = unzipSync(dossier.bytes)
    const pdfs = Object.keys(files).filter((f) => f.startsWith('brieven/'))
    expect(pdfs).toEqual([expect.stringMatching(/^brieven\/2026-02-10-statement-\d+\.pdf$/)])
    expect(Buffer.from(files[pdfs[0]!]!)).toEqual(Buffer.from(sent.files[0]!.bytes))
    const json = JSON.parse(strFromU8(files['dossier.json']!)) as { letters: { file: string; kind: string; sha256: string; sentAt: string }[] }
    expect(json.letters).toEqual([expect.objectContaining({ file: pdfs[0], kind: 'statement', sha256: sha256(files[pdfs[0]!]!) })])
    expect(strFromU8(files['tijdlijn.csv']!).replace(/\u00a0/g, ' ')).toMatch(/^2026-02-10;Brief;rekeningoverzicht per brief, € 410,00\r?$/m)
    // a dossier as of a day before the letter leaves it out
    const earlier = unzipSync((await buildDossier(t.db, { customerId, asOf: '2026-02-09', language: 'en', today: '2026-03-02' })).bytes)
    expect(Object.keys(earlier).filter((f) => f.startsWith('letters/'))).toEqual([])
  })
})
