// Two fiscal years of a small installation company, as its accounting package would export them:
// opening-balance items, invoices and credit notes in a sales journal, full and partial payments in a
// bank journal, a supplier with its purchase and payment, and an invoice of 2024 paid in 2025.
import type { XafJournalSpec, XafLineSpec, XafSpec, XafTxSpec } from '../../../helpers/xaf'

export const ACCOUNTS = [
  { id: '0500', desc: 'Eigen vermogen', type: 'B' },
  { id: '1100', desc: 'Bank', type: 'B' },
  { id: '1300', desc: 'Debiteuren', type: 'B' },
  { id: '1500', desc: 'Af te dragen btw', type: 'B' },
  { id: '1510', desc: 'Voorbelasting', type: 'B' },
  { id: '1600', desc: 'Crediteuren', type: 'B' },
  { id: '7000', desc: 'Inkopen', type: 'P' },
  { id: '8000', desc: 'Omzet', type: 'P' }
]

export const PARTIES = [
  { id: 'C001', name: 'Bakkerij Jansen B.V.', type: 'C', email: 'admin@bakkerijjansen.nl', phone: '030-1234567', vat: 'NL812345678B01', kvk: '30123456', country: 'NL', street: 'Dorpsstraat', number: '12', city: 'Utrecht', postalCode: '3511AB', iban: 'NL91ABNA0417164300', creditLimit: '5000.00' },
  { id: 'C002', name: 'Boulangerie Dupont SRL', type: 'B', email: 'compta@dupont.be', vat: 'BE0123456749', kvk: '0123456749', country: 'BE', street: 'Rue de la Gare', number: '5', city: 'Liège', postalCode: '4000' },
  { id: 'C003', name: 'P. de Groot', type: 'C', street: 'Kerkweg', number: '3', city: 'Zeist', postalCode: '3701AA', country: 'NL', creditLimit: '0.00' },
  { id: 'S001', name: 'Papiergroothandel Noord', type: 'S', vat: 'NL999999999B01', country: 'NL' }
]

/** A sales invoice: the receivable line carries the customer and the invoice reference. */
export function sale(nr: string, date: string, cust: string, inv: string, net: number, extra: Partial<XafLineSpec> = {}): XafTxSpec {
  const vat = Math.round(net * 0.21)
  return {
    nr,
    date,
    desc: `Factuur ${inv}`,
    lines: [
      { acc: '1300', cents: net + vat, doc: inv, date, cust, inv, desc: `Factuur ${inv}`, ...extra },
      { acc: '8000', cents: -net, doc: inv, date, vat: true },
      { acc: '1500', cents: -vat, doc: inv, date }
    ]
  }
}

/** A credit note; booked against `applyTo` when given, else an item of its own. */
export function creditNote(nr: string, date: string, cust: string, doc: string, net: number, applyTo?: string): XafTxSpec {
  const vat = Math.round(net * 0.21)
  return {
    nr,
    date,
    desc: `Creditnota ${doc}`,
    lines: [
      { acc: '1300', cents: -(net + vat), doc, date, cust, inv: applyTo ?? doc, desc: `Creditnota ${doc}` },
      { acc: '8000', cents: net, doc, date },
      { acc: '1500', cents: vat, doc, date }
    ]
  }
}

/** Money received from a customer for `ref` (an invoice reference, a match key, or nothing: an unapplied payment). */
export function receipt(nr: string, date: string, cust: string, cents: number, ref: { inv?: string; match?: string; doc?: string }): XafTxSpec {
  const doc = ref.doc ?? `BNK-${date}`
  return {
    nr,
    date,
    desc: 'Ontvangst',
    lines: [
      { acc: '1100', cents, doc, date },
      { acc: '1300', cents: -cents, doc, date, cust, ...(ref.inv ? { inv: ref.inv } : {}), ...(ref.match ? { match: ref.match } : {}) }
    ]
  }
}

const purchase = (nr: string, date: string, inv: string, net: number): XafTxSpec => {
  const vat = Math.round(net * 0.21)
  return {
    nr,
    date,
    lines: [
      { acc: '1600', cents: -(net + vat), doc: inv, date, cust: 'S001', inv },
      { acc: '7000', cents: net, doc: inv, date },
      { acc: '1510', cents: vat, doc: inv, date }
    ]
  }
}
const paySupplier = (nr: string, date: string, inv: string, cents: number): XafTxSpec => ({
  nr,
  date,
  lines: [
    { acc: '1600', cents, doc: `BNK-${date}`, date, cust: 'S001', inv },
    { acc: '1100', cents: -cents, doc: `BNK-${date}`, date }
  ]
})

export function year2024(journals?: XafJournalSpec[]): XafSpec {
  return {
    fiscalYear: '2024',
    start: '2024-01-01',
    end: '2024-12-31',
    parties: PARTIES,
    accounts: ACCOUNTS,
    opening: {
      date: '2024-01-01',
      lines: [
        { nr: '1', acc: '1300', cents: 605_00 },
        { nr: '2', acc: '1100', cents: 1000_00 },
        { nr: '3', acc: '1600', cents: -500_00 },
        { nr: '4', acc: '0500', cents: -1105_00 }
      ],
      items: [
        { nr: '1', obLineNr: '1', cust: 'C001', inv: '2023-101', invDt: '2023-11-15', invDueDt: '2023-12-15', cents: 605_00, desc: 'Onderhoud 2023' },
        { nr: '2', obLineNr: '3', cust: 'S001', inv: 'INK-77', invDt: '2023-12-01', cents: -500_00, sales: false }
      ]
    },
    journals: journals ?? [
      {
        id: 'V',
        desc: 'Verkoopboek',
        type: 'S',
        transactions: [
          sale('2024001', '2024-01-10', 'C001', 'F2024-001', 100_00),
          sale('2024002', '2024-02-01', 'C002', 'F2024-002', 200_00),
          sale('2024003', '2024-03-01', 'C003', 'F2024-003', 50_00),
          creditNote('2024004', '2024-01-20', 'C001', 'C2024-001', 20_00, 'F2024-001'),
          creditNote('2024005', '2024-06-01', 'C002', 'C2024-002', 10_00),
          sale('2024006', '2024-12-15', 'C001', 'F2024-004', 100_00),
          // an invoice known only by its match key and document number
          { ...sale('2024007', '2024-11-01', 'C003', 'F2024-005', 50_00), lines: sale('2024007', '2024-11-01', 'C003', 'F2024-005', 50_00).lines.map((l, i) => (i === 0 ? { acc: l.acc, cents: l.cents, doc: 'F2024-005', date: l.date, cust: 'C003', match: 'M-5005' } : l)) }
        ]
      },
      { id: 'I', desc: 'Inkoopboek', type: 'P', transactions: [purchase('I1', '2024-02-05', 'INK-2024-01', 300_00)] },
      {
        id: 'B',
        desc: 'ING zakelijk',
        type: 'B',
        transactions: [
          receipt('B1', '2024-01-20', 'C001', 605_00, { inv: '2023-101' }),
          receipt('B2', '2024-02-01', 'C001', 50_00, { inv: 'F2024-001' }),
          receipt('B3', '2024-03-05', 'C001', 46_80, { inv: 'F2024-001' }),
          receipt('B4', '2024-03-10', 'C002', 100_00, { inv: 'F2024-002' }),
          paySupplier('B5', '2024-03-15', 'INK-2024-01', 363_00),
          paySupplier('B6', '2024-02-28', 'INK-77', 500_00),
          receipt('B7', '2024-11-20', 'C003', 60_50, { match: 'M-5005' }),
          receipt('B8', '2024-12-20', 'C002', 30_00, { doc: 'BNK-2024-12' })
        ]
      }
    ]
  }
}

/** Open at the end of 2024, per customer and item. */
export const OPEN_2024 = [
  ['C001', 'F2024-004', 121_00],
  ['C002', 'BNK-2024-12', -30_00],
  ['C002', 'C2024-002', -12_10],
  ['C002', 'F2024-002', 142_00],
  ['C003', 'F2024-003', 60_50]
] as const

export function year2025(): XafSpec {
  return {
    fiscalYear: '2025',
    start: '2025-01-01',
    end: '2025-12-31',
    parties: PARTIES,
    accounts: ACCOUNTS,
    opening: {
      date: '2025-01-01',
      lines: [
        { nr: '1', acc: '1300', cents: 281_40 },
        { nr: '2', acc: '1100', cents: 1029_30 },
        { nr: '3', acc: '0500', cents: -1310_70 }
      ],
      items: [
        { nr: '1', obLineNr: '1', cust: 'C001', inv: 'F2024-004', invDt: '2024-12-15', cents: 121_00 },
        { nr: '2', obLineNr: '1', cust: 'C002', inv: 'F2024-002', invDt: '2024-02-01', cents: 142_00 },
        { nr: '3', obLineNr: '1', cust: 'C002', inv: 'C2024-002', invDt: '2024-06-01', cents: -12_10 },
        { nr: '4', obLineNr: '1', cust: 'C002', inv: 'BNK-2024-12', invDt: '2024-12-20', cents: -30_00 },
        { nr: '5', obLineNr: '1', cust: 'C003', inv: 'F2024-003', invDt: '2024-03-01', cents: 60_50 }
      ]
    },
    journals: [
      { id: 'V', desc: 'Verkoopboek', type: 'S', transactions: [sale('2025001', '2025-02-01', 'C001', 'F2025-001', 200_00)] },
      {
        id: 'B',
        desc: 'ING zakelijk',
        type: 'B',
        transactions: [receipt('B1', '2025-01-15', 'C001', 121_00, { inv: 'F2024-004' }), receipt('B2', '2025-02-10', 'C002', 142_00, { inv: 'F2024-002' })]
      }
    ]
  }
}
