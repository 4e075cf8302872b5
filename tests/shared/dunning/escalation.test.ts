// Escalation day by day on a controlled clock: strict sequence, courtesy reminders, joining items, re-runs.
import { describe, expect, it } from 'vitest'
import { customer, invoice, live, proposeOn, world } from './scenario'

const summary = (sent: { date: string; customer: string; level: number; channel: string }[]) => sent.map((s) => `${s.date} ${s.customer} L${s.level} ${s.channel}`)

describe('escalation over simulated months', () => {
  it('walks a business invoice through every level of the default ladder, each exactly once', () => {
    const w = world([customer({ id: 1, code: 'ACME', invoices: [invoice({ id: 10, dueDate: '2026-01-10', openCents: 100_000 })] })])
    const { sent } = live(w, '2026-01-01', '2026-05-31')
    expect(summary(sent)).toEqual(['2026-01-17 ACME L1 email', '2026-01-31 ACME L2 letter', '2026-02-14 ACME L3 letter', '2026-02-28 ACME L4 phone'])
  })

  it('never skips a level: an invoice first seen 120 days overdue starts at level 1 and climbs one level per period', () => {
    const w = world([customer({ id: 1, code: 'LATE', invoices: [invoice({ id: 11, dueDate: '2025-09-01', openCents: 50_000 })] })])
    const { sent } = live(w, '2025-12-30', '2026-03-01')
    expect(sent.map((s) => s.level)).toEqual([1, 2, 3, 4])
    expect(sent.map((s) => s.date)).toEqual(['2025-12-30', '2026-01-13', '2026-01-27', '2026-02-10'])
  })

  it('counts the next level from the day the previous one was sent, not from a run date', () => {
    const w = world([customer({ id: 1, code: 'GAP', invoices: [invoice({ id: 12, dueDate: '2026-01-10', openCents: 50_000 })] })])
    // nobody runs the engine between 18 January and 20 February: level 1 goes out late, level 2 waits 14 days after it
    const first = live(w, '2026-01-18', '2026-01-18')
    const later = live(first.world, '2026-02-20', '2026-03-10')
    expect(summary([...first.sent, ...later.sent])).toEqual(['2026-01-18 GAP L1 email', '2026-02-20 GAP L2 letter', '2026-03-06 GAP L3 letter'])
  })

  it('does not escalate on drafts that were never executed', () => {
    const w = world([customer({ id: 1, code: 'DRAFT', invoices: [invoice({ id: 13, dueDate: '2026-01-10', openCents: 50_000 })] })])
    const { proposals } = live(w, '2026-01-17', '2026-03-01', {}, false)
    const levels = new Set([...proposals.values()].flatMap((p) => p.actions.map((a) => a.level)))
    expect(levels).toEqual(new Set([1]))
  })

  it('sends a courtesy reminder before the due date once, and it does not count as level 1', () => {
    const w = world([customer({ id: 1, code: 'CONS', debtorType: 'b2c', invoices: [invoice({ id: 14, dueDate: '2026-01-10', openCents: 20_000 })] })])
    const { sent } = live(w, '2026-01-01', '2026-01-20')
    expect(summary(sent)).toEqual(['2026-01-07 CONS L0 email', '2026-01-17 CONS L1 email'])
    expect(sent[0]?.action).toMatchObject({ templateKey: 'courtesy', feeCents: 0, costsCents: 0, interestCents: 0, totalCents: 20_000 })
  })

  it('lets a newer overdue item join the current communication at its own level; the communication takes the highest', () => {
    const old = invoice({ id: 20, dueDate: '2026-01-10', openCents: 30_000 })
    const newer = invoice({ id: 21, dueDate: '2026-02-01', openCents: 10_000 })
    const { sent } = live(world([customer({ id: 2, code: 'MIX', invoices: [old, newer] })]), '2026-01-01', '2026-02-15')
    expect(summary(sent)).toEqual(['2026-01-17 MIX L1 email', '2026-01-31 MIX L2 letter', '2026-02-08 MIX L2 letter', '2026-02-15 MIX L3 letter'])
    const lines = (date: string) => sent.find((s) => s.date === date)?.action.lines.map((l) => [l.number, l.level, l.advances])
    // 8 Feb: F21 joins at level 1 (its own) in a letter at level 2, the level F20 reached; F20 does not move
    expect(lines('2026-02-08')).toEqual([
      ['F20', 2, false],
      ['F21', 1, true]
    ])
    // 15 Feb: F20 climbs to level 3 (14 days after 31 Jan and 7 after the last letter); F21 stays at level 1
    expect(lines('2026-02-15')).toEqual([
      ['F20', 3, true],
      ['F21', 1, false]
    ])
    expect(sent.at(-1)?.action.principalCents).toBe(40_000)
  })

  it('lists an overdue item that is not due for its next level at the level it reached, without moving it', () => {
    const a = invoice({ id: 32, dueDate: '2026-01-10', openCents: 30_000 })
    const b = invoice({ id: 33, dueDate: '2026-01-20', openCents: 10_000 })
    const { sent } = live(world([customer({ id: 3, code: 'LIST', invoices: [a, b] })]), '2026-01-17', '2026-01-27')
    expect(sent.map((s) => `${s.date} L${s.level}`)).toEqual(['2026-01-17 L1', '2026-01-27 L1'])
    expect(sent[1]?.action.lines.map((l) => [l.number, l.level, l.advances])).toEqual([
      ['F32', 1, false],
      ['F33', 1, true]
    ])
    expect(sent[1]?.action.lines[0]?.explanation[0]).toEqual({ key: 'step.listedNext', values: { number: { text: 'F32' }, level: { count: 1 }, next: { count: 2 }, date: { date: '2026-01-31' } } })
  })

  it('writes to a customer already called: a new item joins at its own level in a letter at the last written level', () => {
    const old = invoice({ id: 50, dueDate: '2026-01-10', openCents: 30_000 })
    const newer = invoice({ id: 51, dueDate: '2026-03-01', openCents: 10_000 })
    const { sent } = live(world([customer({ id: 5, code: 'CALLED', invoices: [old, newer] })]), '2026-01-01', '2026-03-08')
    expect(summary(sent)).toEqual(['2026-01-17 CALLED L1 email', '2026-01-31 CALLED L2 letter', '2026-02-14 CALLED L3 letter', '2026-02-28 CALLED L4 phone', '2026-03-08 CALLED L3 letter'])
    // F50 is listed at the call it reached without moving; F51 advances to its level 1
    expect(sent.at(-1)?.action.lines.map((l) => [l.number, l.level, l.advances])).toEqual([
      ['F50', 4, false],
      ['F51', 1, true]
    ])
  })

  it('is idempotent within a day: once executed, proposing again that day proposes nothing new', () => {
    const w = world([customer({ id: 4, code: 'ONCE', invoices: [invoice({ id: 40, dueDate: '2026-01-10', openCents: 30_000 })] })])
    const { world: after } = live(w, '2026-01-17', '2026-01-17')
    const again = proposeOn(after, '2026-01-17')
    expect(again.actions).toEqual([])
    expect(again.excluded.map((e) => e.reason)).toEqual([])
    // the same proposal twice without executing is the same proposal
    expect(proposeOn(w, '2026-01-17')).toEqual(proposeOn(w, '2026-01-17'))
  })
})
