// Records cross between threads column by column; what arrives must be what was sent.
import { describe, expect, it } from 'vitest'
import { fromColumns, toColumns } from '../../../src/main/jobs/columns'

const roundTrip = <T extends object>(list: T[]) => fromColumns<T>(structuredClone(toColumns(list)))

describe('records column by column', () => {
  it('brings back every record with its fields in their order, nulls and undefined included', () => {
    const list = [
      { number: 'F1', cents: 12_100, dueDate: null, settledOn: '2024-03-01', note: undefined, tags: ['a'] },
      { number: 'F2', cents: -500, dueDate: '2024-04-01', settledOn: null, note: 'x', tags: [] }
    ]
    const back = roundTrip(list)
    expect(back).toStrictEqual(list)
    expect(back.map((r) => Object.keys(r))).toEqual(list.map((r) => Object.keys(r)))
    expect(toColumns(list)).toMatchObject({ keys: ['number', 'cents', 'dueDate', 'settledOn', 'note', 'tags'], length: 2 })
  })

  it('sends records of differing shapes as they are, and an empty list as empty', () => {
    const mixed = [{ a: 1, b: 2 }, { a: 1 }, { b: 2, a: 1 }]
    expect(toColumns(mixed)).toBe(mixed)
    expect(roundTrip(mixed)).toStrictEqual(mixed)
    expect(roundTrip([])).toEqual([])
  })
})
