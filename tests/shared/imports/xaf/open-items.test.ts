import { describe, expect, it } from 'vitest'
import type { XafMovement } from '../../../../src/shared/domains/imports/xaf/model'
import { groupByParty, itemsOfParty } from '../../../../src/shared/domains/imports/xaf/open-items'

/** All items of movements already limited to the receivable accounts, as the auditfile preview derives them customer by customer. */
const deriveItems = (movements: readonly XafMovement[]) => groupByParty(movements).flatMap(itemsOfParty)

let seq = 0
/** A line on the debtors account: D/C in cents, sales journal unless said otherwise. */
function mv(party: string, date: string, cents: number, ref: Partial<XafMovement> = {}): XafMovement {
  seq++
  return {
    opening: false,
    account: '1300',
    party,
    invRef: null,
    matchKey: null,
    docRef: null,
    date,
    invoiceDate: null,
    dueDate: null,
    cents,
    journalType: 'S',
    ref: `2024/V/${seq}/1`,
    description: null,
    line: seq,
    ...ref
  }
}
const bank = (party: string, date: string, cents: number, ref: Partial<XafMovement> = {}) => mv(party, date, cents, { journalType: 'B', ...ref })

describe('deriveItems', () => {
  it('an invoice paid in full is settled on the day of the payment, with the payment in its history', () => {
    const [item] = deriveItems([mv('C1', '2024-01-10', 121_00, { invRef: 'F1', description: 'Levering' }), bank('C1', '2024-02-03', -121_00, { invRef: 'F1' })])
    expect(item).toMatchObject({ customerCode: 'C1', number: 'F1', invoiceDate: '2024-01-10', dueDate: null, amountCents: 121_00, openCents: 0, settledOn: '2024-02-03', description: 'Levering' })
    expect(item?.moves).toEqual([{ on: '2024-02-03', cents: 121_00, kind: 'payment', ref: expect.stringMatching(/^2024\/V\//) }])
  })

  it('partial payments leave the rest open; the last one that reaches zero settles it', () => {
    const lines = [mv('C1', '2024-01-10', 100_00, { invRef: 'F1' }), bank('C1', '2024-01-20', -60_00, { invRef: 'F1' })]
    expect(deriveItems(lines)[0]).toMatchObject({ amountCents: 100_00, openCents: 40_00, settledOn: null })
    const paid = deriveItems([...lines, bank('C1', '2024-03-01', -40_00, { invRef: 'F1' })])[0]
    expect(paid).toMatchObject({ openCents: 0, settledOn: '2024-03-01' })
    expect(paid?.moves.map((m) => [m.on, m.cents])).toEqual([['2024-01-20', 60_00], ['2024-03-01', 40_00]])
  })

  it('a reversed payment reopens the invoice; it is settled when it is paid again', () => {
    const item = deriveItems([
      mv('C1', '2024-01-10', 50_00, { invRef: 'F1' }),
      bank('C1', '2024-01-20', -50_00, { invRef: 'F1' }),
      bank('C1', '2024-01-25', 50_00, { invRef: 'F1' }),
      bank('C1', '2024-02-10', -50_00, { invRef: 'F1' })
    ])[0]
    expect(item).toMatchObject({ amountCents: 50_00, openCents: 0, settledOn: '2024-02-10' })
    expect(item?.moves.map((m) => m.cents)).toEqual([50_00, -50_00, 50_00])
  })

  it('lines are linked by match key when the payment names no invoice, and by document reference when nothing else is there', () => {
    const items = deriveItems([
      mv('C1', '2024-01-10', 80_00, { invRef: 'F1', matchKey: 'M7' }),
      bank('C1', '2024-01-30', -80_00, { matchKey: 'M7', docRef: 'BNK-3' }),
      mv('C1', '2024-01-11', 30_00, { docRef: 'F2' }),
      bank('C1', '2024-02-01', -30_00, { invRef: 'F2', docRef: 'BNK-4' })
    ])
    expect(items.map((i) => [i.number, i.openCents, i.settledOn])).toEqual([
      ['F1', 0, '2024-01-30'],
      ['F2', 0, '2024-02-01']
    ])
  })

  it('a credit note of its own is a negative open item; one booked against the invoice lowers it', () => {
    const items = deriveItems([
      mv('C1', '2024-01-10', 200_00, { invRef: 'F1' }),
      mv('C1', '2024-01-12', -50_00, { invRef: 'F1', docRef: 'CN1' }),
      mv('C1', '2024-01-15', -20_00, { invRef: 'CN2' })
    ])
    expect(items.map((i) => [i.number, i.amountCents, i.openCents])).toEqual([
      ['F1', 200_00, 150_00],
      ['CN2', -20_00, -20_00]
    ])
    expect(items[0]?.moves).toEqual([{ on: '2024-01-12', cents: 50_00, kind: 'credit-note', ref: expect.any(String) }])
  })

  it('an unapplied payment is a credit item; an overpayment leaves a credit on the invoice', () => {
    const items = deriveItems([bank('C1', '2024-02-01', -75_00, { docRef: 'BNK-9' }), mv('C2', '2024-01-05', 100_00, { invRef: 'F5' }), bank('C2', '2024-01-20', -120_00, { invRef: 'F5' })])
    expect(items.map((i) => [i.customerCode, i.number, i.amountCents, i.openCents, i.settledOn])).toEqual([
      ['C1', 'BNK-9', -75_00, -75_00, null],
      ['C2', 'F5', 100_00, -20_00, null]
    ])
  })

  it('opening balance items keep their own invoice and due dates; payments in the year settle them', () => {
    const item = deriveItems([
      mv('C1', '2024-01-01', 60_50, { opening: true, journalType: null, invRef: '2023-099', invoiceDate: '2023-11-20', dueDate: '2023-12-20' }),
      bank('C1', '2024-01-15', -60_50, { invRef: '2023-099' })
    ])[0]
    expect(item).toMatchObject({ number: '2023-099', invoiceDate: '2023-11-20', dueDate: '2023-12-20', amountCents: 60_50, settledOn: '2024-01-15' })
  })

  it('groups stay per customer: the same invoice number at two customers is two items', () => {
    const items = deriveItems([mv('C1', '2024-01-10', 10_00, { invRef: 'F1' }), mv('C2', '2024-01-10', 20_00, { invRef: 'F1' })])
    expect(items.map((i) => [i.customerCode, i.number, i.openCents])).toEqual([
      ['C1', 'F1', 10_00],
      ['C2', 'F1', 20_00]
    ])
  })

  it('a memorial write-off is an adjustment; a group that nets to zero without an invoice yields nothing', () => {
    const items = deriveItems([
      mv('C1', '2024-01-10', 10_00, { invRef: 'F1' }),
      mv('C1', '2024-03-31', -10_00, { invRef: 'F1', journalType: 'M' }),
      bank('C1', '2024-02-01', -5_00, { docRef: 'X' }),
      bank('C1', '2024-02-02', 5_00, { docRef: 'X' })
    ])
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ settledOn: '2024-03-31', moves: [{ kind: 'adjustment', cents: 10_00 }] })
  })

  it('two groups that would share a number get distinct ones', () => {
    const items = deriveItems([mv('C1', '2024-01-10', 10_00, { invRef: 'X1' }), mv('C1', '2024-01-11', 20_00, { matchKey: 'X1' })])
    expect(items.map((i) => i.number)).toEqual(['X1', 'X1 (2)'])
  })

  it('groups lines by one key each, the same way with or without a line that links two keys', () => {
    const lines = [
      mv('C1', '2024-01-10', 10_00, { invRef: 'A' }),
      mv('C1', '2024-01-10', 20_00, { docRef: 'B' }),
      bank('C1', '2024-01-20', -10_00, { docRef: 'A' }),
      mv('C1', '2024-01-10', 30_00, { matchKey: 'M' }),
      bank('C1', '2024-01-25', -30_00, { matchKey: 'M' }),
      mv('C1', '2024-01-10', 40_00)
    ]
    const plain = deriveItems(lines)
    // a line naming an invoice by its invRef and a match key of its own sends the others the union-find way
    const linked = deriveItems([...lines, bank('C1', '2024-01-30', -20_00, { invRef: 'B', matchKey: 'Z' })])
    expect(plain.map((i) => [i.number, i.openCents, i.settledOn])).toEqual([
      ['A', 0, '2024-01-20'],
      ['B', 20_00, null],
      ['M', 0, '2024-01-25'],
      [lines[5]?.ref, 40_00, null]
    ])
    expect(linked.map((i) => [i.number, i.openCents, i.settledOn])).toEqual([
      ['A', 0, '2024-01-20'],
      ['B', 0, '2024-01-30'],
      ['M', 0, '2024-01-25'],
      [lines[5]?.ref, 40_00, null]
    ])
  })
})
