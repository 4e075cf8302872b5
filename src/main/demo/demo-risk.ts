// Demo credit data: a credit insurance policy covering a third of the companies (so the portfolio has an
// insured share and the worklist insurer deadlines), bureau scores for a few, and two segments.
import { addDays, type IsoDate } from '../../shared/dates'
import type { AppDb } from '../db/connection'
import { customerCredit, externalScores, insurancePolicies, segments } from '../db/schema'
import type { NewCustomer } from './demo-types'

export function seedCreditData(tx: AppDb, customerRows: readonly NewCustomer[], customerIds: readonly number[], today: IsoDate): void {
  const policy = tx
    .insert(insurancePolicies)
    .values({ insurer: 'Allianz Trade', policyNumber: 'AT-4417-2026', coverPct: 90, notifyAfterDays: 90, maxExtensionDays: 120, warnDaysBefore: 14 })
    .returning({ id: insurancePolicies.id })
    .get().id
  customerRows.forEach((c, i) => {
    const customerId = customerIds[i]
    if (customerId === undefined || c.debtorType !== 'b2b') return
    if (i % 3 === 0) {
      tx.insert(customerCredit)
        .values({ customerId, policyId: policy, insuredLimitCents: Math.round((c.creditLimitCents ?? 1_000_000) * 0.8), coverDecisionOn: addDays(today, -200 - i), notInvoicedCents: i % 4 === 0 ? 250_000 : 0 })
        .run()
    }
    if (i % 7 === 1) tx.insert(externalScores).values({ customerId, agency: i % 2 === 0 ? 'graydon' : 'creditsafe', score: 30 + ((i * 13) % 60), scoredOn: addDays(today, -30 - i), source: 'manual' }).run()
  })
  tx.insert(segments)
    .values([
      { name: 'Hoog risico', position: 1, classes: 'DE', paymentTermDays: 14, creditLimitCents: 500_000 },
      { name: 'Overheid', position: 2, debtorType: 'government', paymentTermDays: 30 }
    ])
    .run()
}
