import { describe, expect, it } from 'vitest'
import { proposeReceivableAccounts } from '../../../../src/shared/domains/imports/xaf/accounts'
import type { AccountStats } from '../../../../src/shared/domains/imports/xaf/model'

const acc = (id: string, description: string, lines: Partial<AccountStats>): AccountStats => ({
  id,
  description,
  type: 'B',
  customerLines: 0,
  bothLines: 0,
  otherLines: 0,
  plainLines: 0,
  balanceCents: 0,
  ...lines
})

describe('proposeReceivableAccounts', () => {
  it.each([
    ['a debtors account with only customer lines', acc('1300', 'Debiteuren', { customerLines: 40, balanceCents: 5_000_00 }), { proposed: ['1300'], doubtful: [] }],
    ['a few plain memorial lines do not matter', acc('1300', 'Handelsdebiteuren', { customerLines: 40, plainLines: 3, balanceCents: 1 }), { proposed: ['1300'], doubtful: [] }],
    ['an unnamed account with customer lines and a debit balance', acc('1310', 'Rekening 1310', { customerLines: 9, bothLines: 1 }), { proposed: ['1310'], doubtful: [] }],
    ['revenue lines that carry the customer', { ...acc('8000', 'Omzet', { customerLines: 40, balanceCents: -1 }), type: 'P' }, { proposed: [], doubtful: [] }],
    ['a payables account with a relation that is both', acc('1600', 'Crediteuren', { bothLines: 2, otherLines: 50, balanceCents: -9_00 }), { proposed: [], doubtful: [] }],
    ['a VAT account with customer and supplier lines is doubtful', acc('1500', 'Af te dragen btw', { customerLines: 30, otherLines: 25, plainLines: 4, balanceCents: -1 }), { proposed: [], doubtful: ['1500'] }],
    ['customer lines on an account with a credit balance is doubtful', acc('1400', 'Tussenrekening', { customerLines: 10, balanceCents: -50_00 }), { proposed: [], doubtful: ['1400'] }],
    ['a named debtors account with a credit balance stays proposed', acc('1300', 'Debiteuren', { customerLines: 10, balanceCents: -50_00 }), { proposed: ['1300'], doubtful: [] }],
    ['an account without relations is no candidate', acc('1000', 'Kas', { plainLines: 100 }), { proposed: [], doubtful: [] }]
  ])('%s', (_name, account, expected) => {
    expect(proposeReceivableAccounts([account])).toEqual(expected)
  })
})
