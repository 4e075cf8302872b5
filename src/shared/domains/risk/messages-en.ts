// English texts of risk reasons, limit reasoning, forecast explanations and insurance deadlines; the keys
// here define the message set nl and fr must match. `{ one, other }` texts follow the count `n`.
export type RiskText = string | { one: string; other: string }

export const EN_RISK = {
  'reason.daysLate': { one: 'paid {days} days late on average ({n} invoice)', other: 'paid {days} days late on average ({n} invoices)' },
  'reason.daysEarly': { one: 'paid {days} days before the due date on average ({n} invoice)', other: 'paid {days} days before the due date on average ({n} invoices)' },
  'reason.lateShare': '{pct} of invoices paid late',
  'reason.trendWorse': 'pays {days} days later in the last 3 months than in the 12 months before',
  'reason.trendBetter': 'pays {days} days sooner in the last 3 months than in the 12 months before',
  'reason.oldestOverdue': 'oldest open invoice {days} days past due',
  'reason.brokenPromises': { one: '{n} broken promise', other: '{n} broken promises' },
  'reason.disputes': { one: '{n} dispute in the last 12 months', other: '{n} disputes in the last 12 months' },
  'reason.returns': { one: '{n} returned payment', other: '{n} returned payments' },
  'reason.handOvers': { one: '{n} invoice handed over for collection', other: '{n} invoices handed over for collection' },
  'reason.creditUse': 'credit use {pct}',
  'reason.external': '{agency} score {score} of {date}',
  'reason.littleHistory': { one: 'little payment history ({n} paid invoice)', other: 'little payment history ({n} paid invoices)' },
  'agency.other': 'external agency',
  'limit.volume': 'invoiced in the last 12 months {amount}, {monthly} per month on average',
  'limit.cycle': 'pays {days} days after the invoice date (weighted by amount), so {amount} is normally open',
  'limit.cycleTerm': 'payment term {days} days, so {amount} is normally open',
  'limit.factor': 'class {class}: × {factor} = {amount}',
  'limit.rounded': 'rounded up to {step}: {amount}',
  'limit.segmentCap': 'capped at the limit of segment {segment}: {amount}',
  'limit.segmentOnly': 'nothing invoiced in the last 12 months; limit of segment {segment}: {amount}',
  'limit.noHistory': 'nothing invoiced in the last 12 months: no suggestion',
  'limit.noCredit': 'class E: no credit, prepayment suggested',
  'forecast.customerLate': { one: '{name} pays {days} days after the due date on average, over {n} invoice', other: '{name} pays {days} days after the due date on average, over {n} invoices' },
  'forecast.customerEarly': { one: '{name} pays {days} days before the due date on average, over {n} invoice', other: '{name} pays {days} days before the due date on average, over {n} invoices' },
  'forecast.shrunk': 'little history, so weighed with the whole administration ({admin} days): {days} days after the due date',
  'forecast.admin': 'no payment history of {name}; the administration pays {days} days after the due date on average',
  'forecast.overdue': { one: 'already {days} days late; invoices this late were paid {mean} days after the due date on average ({n} invoice)', other: 'already {days} days late; invoices this late were paid {mean} days after the due date on average ({n} invoices)' },
  'forecast.overdueUnknown': 'already {days} days late and no comparable history: expected in {wait} days (as long as it is late already, at least 30)',
  'forecast.disputed': 'disputed: {days} days later',
  'forecast.handedOver': 'handed over for collection: {days} days later',
  'forecast.promise': 'promised to pay on {date}',
  'forecast.now': 'that date has passed: expected on {date}',
  'insurance.notify': '{insurer} {policy}: notify the overdue debt on {invoice} by {date}',
  'insurance.extension': '{insurer} {policy}: the maximum extension period of {invoice} ends on {date}',
  'insurance.missed': '{insurer} {policy}: the deadline for {invoice} passed on {date}; the cover may be lost'
} satisfies Record<string, RiskText>

export type RiskMessageKey = keyof typeof EN_RISK
export type RiskMessages = Record<RiskMessageKey, RiskText>
