// Column names per accounting package (LIBRARIES.md §1.6). They seed the proposed mapping before the
// general synonyms; headers of real UI exports are unverified, so the wizard always lets the user correct.
import type { ImportField } from './fields'

export const PRESET_IDS = ['generic', 'exact', 'twinfield', 'afas', 'moneybird', 'eboekhouden', 'snelstart', 'yuki'] as const
export type PresetId = (typeof PRESET_IDS)[number]

export type Preset = {
  id: PresetId
  label: string
  /** field → column names this package uses, best first */
  headers: Partial<Record<ImportField, readonly string[]>>
}

export const PRESETS: Record<PresetId, Preset> = {
  generic: { id: 'generic', label: 'Generic (any package, Octopus)', headers: {} },
  exact: {
    id: 'exact',
    label: 'Exact Online',
    headers: {
      debtorCode: ['AccountCode', 'Code'],
      debtorName: ['AccountName'],
      invoiceNumber: ['InvoiceNumber', 'Factuurnummer'],
      invoiceDate: ['InvoiceDate'],
      dueDate: ['DueDate'],
      // the ReceivablesList "Amount" is what is still outstanding
      openAmount: ['Amount', 'AmountDC'],
      amount: ['TransactionAmountDC'],
      currency: ['CurrencyCode'],
      description: ['Description'],
      paymentRef: ['YourRef']
    }
  },
  twinfield: {
    id: 'twinfield',
    label: 'Twinfield',
    headers: {
      debtorCode: ['fin.trs.line.dim2', 'Relatie'],
      debtorName: ['fin.trs.line.dim2name', 'Relatienaam'],
      invoiceNumber: ['fin.trs.line.invnumber', 'Factuurnr.'],
      invoiceDate: ['fin.trs.head.date', 'Datum'],
      dueDate: ['fin.trs.line.datedue', 'Vervaldatum'],
      amount: ['fin.trs.line.valuesigned', 'Bedrag'],
      openAmount: ['fin.trs.line.openbasevaluesigned', 'Openstaand bedrag'],
      currency: ['fin.trs.head.curcode', 'Valuta'],
      description: ['fin.trs.line.description', 'Omschrijving']
    }
  },
  afas: {
    id: 'afas',
    label: 'AFAS Profit',
    headers: {
      debtorCode: ['Deb.nr.'],
      debtorName: ['Naam'],
      invoiceNumber: ['Factuurnr.'],
      // AFAS' "Boekstuk" column holds the booking date of the invoice
      invoiceDate: ['Boekstuk', 'Factuurdatum'],
      dueDate: ['Vervalt'],
      amount: ['Factuur'],
      openAmount: ['Saldo'],
      paymentRef: ['Factuurreferentie'],
      description: ['Omschrijving factuur'],
      iban: ['IBAN-nr.']
    }
  },
  moneybird: {
    id: 'moneybird',
    label: 'Moneybird',
    headers: {
      debtorCode: ['customer_id', 'Klantnummer'],
      debtorName: ['company_name', 'Contact'],
      invoiceNumber: ['invoice_id', 'Factuurnummer'],
      invoiceDate: ['invoice_date', 'Factuurdatum'],
      dueDate: ['due_date', 'Vervaldatum'],
      amount: ['total_price_incl_tax', 'Totaal incl. btw'],
      openAmount: ['total_unpaid', 'Openstaand'],
      currency: ['currency'],
      paymentRef: ['payment_reference', 'Betalingskenmerk'],
      description: ['reference', 'Referentie']
    }
  },
  eboekhouden: {
    id: 'eboekhouden',
    label: 'e-Boekhouden.nl',
    headers: {
      debtorCode: ['RelCode', 'Relatiecode'],
      debtorName: ['RelBedrijf', 'Bedrijf'],
      invoiceNumber: ['MutFactuur', 'Factuurnummer'],
      invoiceDate: ['MutDatum', 'Datum'],
      amount: ['Bedrag'],
      openAmount: ['Openstaand']
    }
  },
  snelstart: {
    id: 'snelstart',
    label: 'SnelStart',
    headers: {
      debtorCode: ['relatie.id', 'Relatiecode'],
      debtorName: ['relatie.naam', 'Naam'],
      invoiceNumber: ['factuurnummer'],
      invoiceDate: ['factuurDatum'],
      dueDate: ['vervalDatum'],
      amount: ['factuurBedrag'],
      openAmount: ['openstaandSaldo']
    }
  },
  yuki: {
    id: 'yuki',
    label: 'Yuki',
    headers: {
      debtorCode: ['ContactID', 'Relatiecode'],
      debtorName: ['Contact'],
      // Yuki's reference is the invoice number
      invoiceNumber: ['Reference', 'Referentie'],
      invoiceDate: ['Date', 'Datum'],
      dueDate: ['DueDate', 'Vervaldatum'],
      amount: ['OriginalAmount', 'Origineel bedrag'],
      openAmount: ['OpenAmount', 'Openstaand'],
      description: ['Description', 'Omschrijving']
    }
  }
}

export function isPresetId(value: string): value is PresetId {
  return (PRESET_IDS as readonly string[]).includes(value)
}
