import { expect, it } from 'vitest'
import { parseSignedTypedAmount, parseTypedAmount } from '../../../src/shared/domains/arrangements/typed-amount'

it.each([
  ['250', ',', 25_000],
  ['250,5', ',', 25_050],
  ['250,00', ',', 25_000],
  ['1.250,00', ',', 125_000],
  ['1.250', ',', 125_000],
  ['€ 99,95', ',', 9_995],
  ['250.00', '.', 25_000],
  ['1,250.75', '.', 125_075],
  ['1 250,50', ',', 125_050],
  ['12\u202f500,00', ',', 1_250_000],
  ['1 250.50', '.', 125_050],
  ['12 34,00', ',', null],
  ['1 250.50', ',', null],
  ['0', ',', 0],
  ['12,345', ',', null],
  ['1.25', ',', null],
  ['250,00', '.', null],
  ['-5,00', ',', null],
  ['', ',', null],
  ['abc', '.', null],
  ['1e3', '.', null]
] as const)('"%s" with decimal mark "%s" is %s cents', (text, mark, cents) => {
  expect(parseTypedAmount(text, mark)).toBe(cents)
})

it.each([
  ['-1.250,00', ',', -125_000],
  ['- 99,95', ',', -9_995],
  ['-€ 5,00', ',', -500],
  ['-12.50', '.', -1_250],
  ['250,00', ',', 25_000],
  ['-0', ',', null],
  ['--5', ',', null],
  ['-12,345', ',', null]
] as const)('signed "%s" with decimal mark "%s" is %s cents', (text, mark, cents) => {
  expect(parseSignedTypedAmount(text, mark)).toBe(cents)
})
