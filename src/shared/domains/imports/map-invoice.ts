// One row of an open-items export to an invoice (or credit note), failing per field with a clear reason.
import type { IsoDate } from '../../dates'
import type { DecimalMark } from './amount'
import { cellAmount, cellCreditSign, cellDate } from './cells'
import type { ImportedInvoice } from './records'
import type { RowReader } from './row-reader'

const CURRENCY = /^[A-Z]{3}$/

export type InvoiceDefaults = { marks: { amount: DecimalMark; openAmount: DecimalMark }; currency: string }

function readDate(r: RowReader, f: 'invoiceDate' | 'dueDate', required: boolean): IsoDate | null {
  const text = r.text(f)
  if (text === '') {
    if (required) r.fail(f, 'missing-value', 'the date is empty')
    return null
  }
  const iso = cellDate(r.get(f))
  if (iso === null) r.fail(f, 'bad-date', `"${text}" is not a date (expected dd-mm-yyyy, yyyy-mm-dd or a date cell)`)
  return iso
}

function readAmount(r: RowReader, f: 'amount' | 'openAmount', mark: DecimalMark): number | null {
  if (!r.has(f) || r.text(f) === '') return null
  const cents = cellAmount(r.get(f), mark)
  if (cents === null) r.fail(f, 'bad-amount', `"${r.text(f)}" is not an amount`)
  return cents
}

export function mapInvoice(r: RowReader, customerCode: string, defaults: InvoiceDefaults): ImportedInvoice | null {
  const number = r.text('invoiceNumber')
  if (number === '') r.fail('invoiceNumber', 'missing-value', 'the invoice number is empty')
  const invoiceDate = readDate(r, 'invoiceDate', true)
  const dueDate = r.has('dueDate') ? readDate(r, 'dueDate', false) : null

  let amountCents = readAmount(r, 'amount', defaults.marks.amount)
  let openCents = readAmount(r, 'openAmount', defaults.marks.openAmount)
  if (amountCents === null && openCents === null && r.text('amount') === '' && r.text('openAmount') === '')
    r.fail(r.has('amount') ? 'amount' : 'openAmount', 'missing-value', 'the amount is empty')

  const sign = cellCreditSign(r.get('debitCredit'))
  if (sign === null) r.fail('debitCredit', 'bad-dc', `"${r.text('debitCredit')}" is not D (debit) or C (credit)`)
  if (sign === -1) {
    if (amountCents !== null) amountCents = -Math.abs(amountCents)
    if (openCents !== null) openCents = -Math.abs(openCents)
  }

  const currencyText = r.text('currency')
  const currency = (currencyText || defaults.currency).toUpperCase()
  if (!CURRENCY.test(currency)) r.fail('currency', 'bad-currency', `"${currencyText}" is not a currency code such as EUR`)

  const amountFinal = amountCents ?? openCents
  const openFinal = openCents ?? amountCents
  if (amountFinal !== null && openFinal !== null && Math.abs(openFinal) > Math.abs(amountFinal))
    r.fail('openAmount', 'open-exceeds-amount', 'the open amount is larger than the invoice amount')
  if (number === '' || invoiceDate === null || amountFinal === null || openFinal === null) return null
  return {
    line: r.row.line,
    customerCode,
    number,
    invoiceDate,
    dueDate,
    currency,
    amountCents: amountFinal,
    openCents: openFinal,
    paymentReference: r.text('paymentRef') || null,
    description: r.text('description') || null
  }
}
