// The arrangements channels through the real dispatch on a real encrypted administration: recording,
// the overview and timeline, the plan editor's proposal, bulk actions and the dossier in browser mode.
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, localToday } from '../../../src/shared/dates'
import type { OverviewDto, PlanDetailDto, PlanProposalDto, TimelineEventDto } from '../../../src/shared/ipc/arrangements.contract'
import { invoices } from '../../../src/main/db/schema'
import { call, createTestServices, openNewAdministration, seedSmallLedger, type TestServices } from './services'

let t: TestServices
const scopes: string[][] = []
const today = localToday()
const invoice = (number: string) => t.services.session.db().select().from(invoices).all().find((i) => i.number === number)!

beforeAll(async () => {
  t = createTestServices()
  await openNewAdministration(t, 'Afspraken B.V.')
  seedSmallLedger(t.services)
  t.services.events.subscribe((channel, payload) => {
    if (channel === 'event:data-changed') scopes.push((payload as { scopes: string[] }).scopes)
  })
})
afterAll(() => t.dispose())

describe('arrangements channels', () => {
  it('records a promise, shows it in the overview and the timeline, and undoes it', async () => {
    const acme = invoice('F-002').customerId
    const { id } = (await call(t.dispatch, 'arrangements:record-promise', { customerId: acme, amountCents: 15_000, promisedDate: addDays(today, 7), invoiceIds: [invoice('F-002').id] })) as { id: number }
    expect(scopes.at(-1)).toEqual(['customers', 'invoices', 'dashboard', 'dunning', 'reports'])
    const overview = (await call(t.dispatch, 'arrangements:overview', { customerId: acme })) as OverviewDto
    expect(overview.promises).toEqual([{ id, amountCents: 15_000, promisedDate: addDays(today, 7), status: 'open', paidCents: 0, invoiceNumbers: ['F-002'], note: null }])
    const timeline = (await call(t.dispatch, 'arrangements:timeline', { customerId: acme })) as { events: TimelineEventDto[]; total: number }
    expect(timeline.events[0]).toMatchObject({ kind: 'promise', recordId: id, status: 'open', amountCents: 15_000, invoiceNumbers: ['F-002'] })
    await call(t.dispatch, 'arrangements:cancel-promise', { promiseId: id })
    expect(((await call(t.dispatch, 'arrangements:overview', { customerId: acme })) as OverviewDto).promises).toEqual([])
    const refused = await t.dispatch('arrangements:record-promise', { customerId: acme, amountCents: 0, promisedDate: today })
    expect(refused).toMatchObject({ ok: false, error: { kind: 'validation', field: 'amountCents' } })
  })

  it('proposes a plan and creates it as edited; the detail shows each instalment with its reference', async () => {
    const acme = invoice('F-002').customerId
    const terms = { customerId: acme, invoiceIds: [invoice('F-002').id, invoice('F-001').id], frequency: 'monthly', startDate: addDays(today, 14) }
    const proposal = (await call(t.dispatch, 'arrangements:propose-plan', { ...terms, instalments: 3 })) as PlanProposalDto
    expect(proposal.totalCents).toBe(25_000)
    expect(proposal.schedule.map((i) => i.amountCents)).toEqual([8_333, 8_333, 8_334])
    const edited = proposal.schedule.map((i, k) => ({ ...i, amountCents: [10_000, 5_000, 10_000][k]! }))
    const { id } = (await call(t.dispatch, 'arrangements:create-plan', { ...terms, schedule: edited })) as { id: number }
    const plan = (await call(t.dispatch, 'arrangements:plan', { planId: id })) as PlanDetailDto
    expect(plan).toMatchObject({ status: 'active', totalCents: 25_000, invoiceNumbers: ['F-002', 'F-001'], paidCents: 0 })
    expect(plan.instalments.map((i) => [i.amountCents, i.state, i.reference?.scheme])).toEqual([
      [10_000, 'upcoming', 'rf'],
      [5_000, 'upcoming', 'rf'],
      [10_000, 'upcoming', 'rf']
    ])
  })

  it('applies a bulk dispute and hold to a selection, all or nothing', async () => {
    const ids = [invoice('F-004').id, invoice('F-002').id]
    expect(await call(t.dispatch, 'arrangements:bulk', { action: 'snooze', invoiceIds: ids, reason: 'vakantie', until: addDays(today, 10) })).toEqual({ affected: 2, customers: 2 })
    expect([invoice('F-004').snoozedUntil, invoice('F-002').snoozedUntil]).toEqual([addDays(today, 10), addDays(today, 10)])
    // F-006 is paid: nothing to dispute, so F-004 is not disputed either
    const refused = await t.dispatch('arrangements:bulk', { action: 'dispute', invoiceIds: [invoice('F-004').id, invoice('F-006').id], disputeReason: 'price' })
    expect(refused).toMatchObject({ ok: false, error: { kind: 'validation' } })
    expect(invoice('F-004').disputed).toBe(false)
    expect(await call(t.dispatch, 'arrangements:bulk', { action: 'dispute', invoiceIds: [invoice('F-004').id], disputeReason: 'not_received' })).toEqual({ affected: 1, customers: 1 })
    expect(invoice('F-004').disputed).toBe(true)
  })

  it('hands the dossier to the browser as bytes to download', async () => {
    const bakker = invoice('F-004').customerId
    await call(t.dispatch, 'arrangements:hand-over', { customerId: bakker, kind: 'bailiff', party: 'Huissier Dupont', handedOverOn: today })
    const result = (await call(t.dispatch, 'arrangements:dossier', { customerId: bakker, language: 'fr' })) as { fileName: string; savedTo: string | null; dataBase64: string }
    expect(result.savedTo).toBeNull()
    expect(result.fileName).toMatch(/^dossier-c002-boulangerie-dupont-\d{4}-\d\d-\d\d\.zip$/)
    const files = unzipSync(new Uint8Array(Buffer.from(result.dataBase64, 'base64')))
    const json = JSON.parse(strFromU8(files['dossier.json']!)) as { handover: { party: string }; claim: { lines: { number: string }[] } }
    expect(json.handover.party).toBe('Huissier Dupont')
    // the credit note was not handed over (nothing due), the open invoice was
    expect(json.claim.lines.map((l) => l.number)).toEqual(['F-004'])
  })
})
