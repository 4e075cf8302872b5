// Every exclusion, each with its reason code and explanation, and when it ends.
import { describe, expect, it } from 'vitest'
import { NO_CUSTOMER_EXCLUSIONS, NO_INVOICE_EXCLUSIONS, renderDunningText } from '../../../src/shared/domains/dunning'
import { type World, change, customer, invoice, live, proposeOn, world } from './scenario'

const due = (id: number, over: Partial<Parameters<typeof invoice>[0]> = {}) => invoice({ id, dueDate: '2026-01-10', openCents: 40_000, ...over })
const asOf = '2026-01-20'

function reasons(w: World): string[] {
  const p = proposeOn(w, asOf)
  return [...p.actions.map((a) => `${a.customerCode}:action`), ...p.excluded.map((e) => `${e.customerCode}:${e.reason}`)]
}

describe('exclusions', () => {
  it.each([
    ['dispute', { disputed: true, disputedSince: '2026-01-12' }],
    ['promise', { promisedUntil: '2026-01-25' }],
    ['plan', { onPlan: true }],
    ['handover', { handedOver: true }],
    ['hold', { onHold: true }],
    ['snoozed', { snoozedUntil: '2026-01-21' }]
  ] as const)('leaves out an invoice for %s, with that reason when nothing else is due', (reason, state) => {
    const w = world([customer({ id: 1, code: 'X', invoices: [due(2, { exclusion: { ...NO_INVOICE_EXCLUSIONS, ...state } })] })])
    expect(reasons(w)).toEqual([`X:${reason}`])
  })

  it('still reminds the other invoices of a customer, and says which one it leaves out', () => {
    const w = world([customer({ id: 1, code: 'X', invoices: [due(2, { exclusion: { ...NO_INVOICE_EXCLUSIONS, disputed: true, disputedSince: null } }), due(3)] })])
    const [action] = proposeOn(w, asOf).actions
    expect(action?.lines.map((l) => l.number)).toEqual(['F3'])
    expect(action?.excludedInvoices).toEqual([{ invoiceId: 2, number: 'F2', reason: 'dispute', explanation: { key: 'excluded.dispute', values: { number: { text: 'F2' } } } }])
    expect(renderDunningText(action?.explanation ?? [], 'nl')).toContain('F2 wordt betwist')
  })

  it.each([
    ['hold', { onHold: true }],
    ['snoozed', { snoozedUntil: '2026-01-21' }],
    ['plan', { planWithoutInvoices: true }],
    ['covered', { unappliedCents: 40_000 }]
  ] as const)('excludes a whole customer for %s', (reason, state) => {
    const w = world([customer({ id: 1, code: 'X', exclusion: { ...NO_CUSTOMER_EXCLUSIONS, ...state }, invoices: [due(2)] })])
    expect(reasons(w)).toEqual([`X:${reason}`])
  })

  it('excludes an amount below the tolerance, and a customer reminded less than the interval ago', () => {
    const small = world([customer({ id: 1, code: 'SMALL', invoices: [due(2, { openCents: 499 })] })])
    expect(reasons(small)).toEqual(['SMALL:below_tolerance'])
    const recent = world([customer({ id: 3, code: 'RECENT', lastCommunicationOn: '2026-01-15', invoices: [due(4)] })])
    expect(reasons(recent)).toEqual(['RECENT:interval'])
    const e = proposeOn(recent, asOf).excluded[0]
    expect(renderDunningText(e?.explanation ?? [], 'en')).toBe('Last communication on 15 January 2026; the next one from 22 January 2026')
  })

  it('reminds again once a promise date, a snooze or a partial cover is over', () => {
    const w = world([customer({ id: 1, code: 'X', invoices: [due(2, { exclusion: { ...NO_INVOICE_EXCLUSIONS, promisedUntil: '2026-01-25' } })] })])
    const { sent } = live(w, '2026-01-20', '2026-01-30')
    expect(sent.map((s) => s.date)).toEqual(['2026-01-26'])
    const snoozed = world([customer({ id: 1, code: 'X', exclusion: { ...NO_CUSTOMER_EXCLUSIONS, snoozedUntil: '2026-02-01' }, invoices: [due(2)] })])
    expect(live(snoozed, '2026-01-20', '2026-02-05').sent.map((s) => s.date)).toEqual(['2026-02-01'])
    const partly = world([customer({ id: 1, code: 'X', exclusion: { ...NO_CUSTOMER_EXCLUSIONS, unappliedCents: 10_000 }, invoices: [due(2)] })])
    const [action] = proposeOn(partly, asOf).actions
    expect(action?.explanation).toContainEqual({ key: 'action.unapplied', values: { amount: { money: 10_000 } } })
  })

  it('resumes after a dispute is resolved', () => {
    const w = world([customer({ id: 1, code: 'X', invoices: [due(2, { exclusion: { ...NO_INVOICE_EXCLUSIONS, disputed: true, disputedSince: '2026-01-12' } })] })])
    const resolve = change(1, (c) => ({ ...c, invoices: c.invoices.map((i) => ({ ...i, exclusion: NO_INVOICE_EXCLUSIONS })) }))
    const { sent } = live(w, '2026-01-17', '2026-01-25', { '2026-01-22': resolve })
    expect(sent.map((s) => `${s.date} L${s.level}`)).toEqual(['2026-01-22 L1'])
  })

  it('blocks every communication on stale bank data in block mode, and only warns in warn mode', () => {
    const customers = [customer({ id: 1, code: 'A', invoices: [due(2)] }), customer({ id: 3, code: 'B', invoices: [due(4)] })]
    expect(reasons(world(customers, { freshness: 'block' }))).toEqual(['A:stale_bank', 'B:stale_bank'])
    const warned = proposeOn(world(customers, { freshness: 'warn' }), asOf)
    expect(warned.freshness).toBe('warn')
    expect(warned.actions.map((a) => a.customerCode)).toEqual(['A', 'B'])
  })

  it('does not list customers that have nothing due anyway', () => {
    const w = world([customer({ id: 1, code: 'X', exclusion: { ...NO_CUSTOMER_EXCLUSIONS, onHold: true }, invoices: [due(2, { dueDate: '2026-01-19' })] })])
    expect(reasons(w)).toEqual([])
  })
})
