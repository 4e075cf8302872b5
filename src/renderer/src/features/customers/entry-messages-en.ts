import type { entryNl } from './entry-messages-nl'

export const entryEn: typeof entryNl = {
  newCustomer: 'New customer',
  editCustomer: 'Edit customer',
  newInvoice: 'New invoice',
  editInvoice: 'Edit invoice',
  debtorTypes: { b2b: 'Business', b2c: 'Consumer', government: 'Government' },
  customer: {
    code: 'Customer code',
    name: 'Name',
    debtorType: 'Customer type',
    country: 'Country',
    language: 'Language',
    email: 'E-mail',
    phone: 'Phone',
    addressLine: 'Address',
    postalCode: 'Postal code',
    city: 'City',
    vatNumber: 'VAT number',
    kboNumber: 'Enterprise number (KBO)',
    kvkNumber: 'KvK number',
    iban: 'IBAN',
    paymentTermDays: 'Payment term (days)',
    creditLimit: 'Credit limit (€)'
  },
  invoice: {
    findCustomer: 'Find customer',
    customer: 'Customer',
    number: 'Invoice number',
    paymentReference: 'Payment reference',
    invoiceDate: 'Invoice date',
    dueDate: 'Due date',
    dueDateHint: 'Empty: invoice date plus payment term',
    amount: 'Amount (€)',
    open: 'Open amount (€)',
    openHint: 'Empty: the full amount',
    description: 'Description'
  },
  fieldErrors: {
    taken: 'This is already in use.',
    code: 'Enter a customer code.',
    name: 'Enter a name.',
    email: 'Not a valid e-mail address.',
    vatNumber: 'Not a valid VAT number.',
    kboNumber: 'Not a valid enterprise number.',
    kvkNumber: 'A KvK number has 8 digits.',
    iban: 'Not a valid IBAN.',
    customerId: 'Choose a customer.',
    number: 'Enter an invoice number.',
    invoiceDate: 'Enter a valid date.',
    dueDate: 'The due date is before the invoice date or invalid.',
    amountCents: 'Enter an amount (not zero).',
    openCents: 'The open amount cannot exceed the amount and has the same sign.'
  }
}
