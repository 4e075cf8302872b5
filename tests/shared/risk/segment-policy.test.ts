import { describe, expect, it } from 'vitest'
import { indexPolicies, type PolicyRule, resolvePolicy } from '../../../src/shared/domains/dunning/policy'

const policy = (id: number, regime: PolicyRule['regime'], isDefault = false): PolicyRule => ({
  id,
  name: `P${id}`,
  regime,
  isDefault,
  minimumCents: 0,
  minIntervalDays: 7,
  courtesyDays: null,
  courtesyChannel: 'email',
  levels: []
})
const index = indexPolicies([policy(1, 'NL-b2b', true), policy(2, 'NL-b2c', true), policy(7, 'NL-b2b'), policy(8, 'NL-b2c'), policy(9, 'NL-b2b')])

describe('the dunning policy of a customer in a risk segment', () => {
  it.each([
    ['the segment’s policy when none was set by hand', { customerPolicyId: null, segmentPolicyId: 7 }, 'segment', 7],
    ['a policy set by hand on the customer wins', { customerPolicyId: 9, segmentPolicyId: 7 }, 'customer', 9],
    ['the invoice’s own policy wins over both', { customerPolicyId: null, segmentPolicyId: 7, invoicePolicyId: 9 }, 'invoice', 9],
    ['a segment policy of another regime does not apply: the default does', { customerPolicyId: null, segmentPolicyId: 8 }, 'default', 1],
    ['no segment: the default', { customerPolicyId: null, segmentPolicyId: null }, 'default', 1]
  ] as const)('%s', (_, request, source, id) => {
    expect(resolvePolicy(index, { regime: 'NL-b2b', ...request })).toMatchObject({ source, policy: { id } })
  })
})
