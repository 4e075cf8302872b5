import { lettersEn } from '../features/letters/messages-en'
import { updatesEn } from '../features/updates/messages-en'
import { dunningEn } from '../features/dunning/messages-en'
import { worklistEn } from '../features/worklist/messages-en'
import { backupsEn } from '../features/backups/messages-en'
import { bankEn } from '../features/payments/messages-en'
import { sessionEn } from '../features/session/messages-en'
import { arrangementsEn } from '../features/arrangements/messages-en'
import { filesEn, importsEn } from '../features/imports/messages-en'
import { entryEn } from '../features/customers/entry-messages-en'
import type { Messages } from './nl'
import { riskEn } from '../features/risk/messages-en'
import { dashboardEn, reportsEn } from '../features/reports/messages-en'

export const en: Messages = {
  app: { loading: 'Loading…', save: 'Save', cancel: 'Cancel', search: 'Search', noResults: 'No results', asOf: 'As of {{date}}', datePlaceholder: 'dd/mm/yyyy', dateRequired: 'Enter a date ({{format}}); the previous one is back', dateRejected: '"{{text}}" is not a date ({{format}}) and was not taken', dateOutOfRange: '{{text}} is outside the allowed period and was not taken' },
  nav: { dashboard: 'Dashboard', today: 'Today', invoices: 'Invoices', customers: 'Customers', risk: 'Risk', dunning: 'Reminders', payments: 'Payments', imports: 'Import', reports: 'Reports', settings: 'Settings' },
  header: { switchAdmin: 'Other administration', closeAdmin: 'Close administration', language: 'Language', navigation: 'Navigation' },
  languages: { nl: 'Nederlands', fr: 'Français', en: 'English' },
  countries: { NL: 'Netherlands', BE: 'Belgium' },
  admin: {
    title: 'Administrations',
    subtitle: "Choose a client's administration and unlock it.",
    empty: 'There is no administration yet. Create the first one below.',
    choose: 'Administration',
    passphrase: 'Passphrase',
    unlock: 'Unlock',
    unlockDevice: 'Unlock with device key',
    deviceLocked: "This administration is protected by this device's key.",
    createTitle: 'New administration',
    name: 'Name',
    country: 'Country',
    keyMode: 'Protection',
    keyPassphrase: 'Passphrase',
    keyDevice: 'Device key',
    newPassphrase: 'Passphrase (at least 8 characters)',
    confirmPassphrase: 'Repeat the passphrase',
    mismatch: 'The passphrases do not match.',
    tooShort: 'Use at least 8 characters.',
    deviceUnavailable: 'The device key is only available in the desktop app.',
    create: 'Create and open',
    passphraseWarning: 'Without this passphrase the data can no longer be opened. Keep it safe.'
  },
  dashboard: dashboardEn,
  invoices: {
    title: 'Invoices',
    views: { open: 'Open', overdue: 'Overdue', disputed: 'Disputed', closed: 'Closed', all: 'All' },
    columns: { number: 'Number', customerName: 'Customer', invoiceDate: 'Invoice date', dueDate: 'Due date', amountCents: 'Amount', openCents: 'Open', daysOverdue: 'Days late', dunningLevel: 'Level', status: 'Status' },
    status: { open: 'Open', paid: 'Paid', archived: 'Archived', written_off: 'Written off' },
    disputed: 'Disputed',
    onHold: 'On hold',
    searchPlaceholder: 'Search by number, customer or reference',
    summary_one: '{{n}} invoice · open {{amount}}',
    summary_other: '{{n}} invoices · open {{amount}}'
  },
  customers: {
    title: 'Customers',
    searchPlaceholder: 'Search by name or code',
    columns: { code: 'Code', name: 'Name', country: 'Country', openCents: 'Open', overdueCents: 'Overdue', oldestOverdueDays: 'Oldest (days)', creditUsePct: 'Credit use' },
    summary_one: '{{n}} customer',
    summary_other: '{{n}} customers',
    tabs: { overview: 'Overview', invoices: 'Invoices' },
    debtorTypes: { b2b: 'Business', b2c: 'Consumer', government: 'Government' },
    risk: {
      title: 'Risk card',
      open: 'Outstanding',
      overdue: 'Overdue',
      oldest: 'Oldest arrears',
      days_one: '{{count}} day',
      days_other: '{{count}} days',
      creditLimit: 'Credit limit',
      noLimit: 'No limit',
      creditUse: 'Credit use',
      openItems: 'Open items',
      disputes: 'Disputes',
      promises: 'Open promises',
      plan: 'Payment plan active',
      onHold: 'Reminders paused',
      email: 'E-mail'
    }
  },
  dunning: dunningEn,
  worklist: worklistEn,
  payments: { title: 'Payments' },
  reports: reportsEn,
  settings: {
    title: 'Settings',
    administration: 'Administration',
    administrationHint: 'The name in the list of administrations. Archiving removes it from the list; nothing is deleted.',
    adminName: 'Name in the list',
    rename: 'Rename',
    renamed: 'The name has been changed.',
    archive: 'Archive…',
    archiveTitle: 'Archive {{name}}?',
    archiveText: 'The administration is closed and leaves the list. The encrypted file is kept; no data is deleted.',
    archiveConfirm: 'Archive',
    profile: 'Administration details',
    profileHint: 'These details appear in the letterhead of reminders.',
    fields: {
      name: 'Name',
      addressLine: 'Address',
      postalCode: 'Postcode',
      city: 'City',
      country: 'Country',
      iban: 'IBAN',
      bic: 'BIC',
      vatNumber: 'VAT number',
      kboNumber: 'Enterprise number (KBO)',
      kvkNumber: 'Chamber of Commerce (KvK) number',
      defaultLanguage: 'Default letter language',
      email: 'E-mail',
      phone: 'Phone'
    },
    saved: 'The details have been saved.'
  },
  files: filesEn,
  imports: importsEn,
  bank: bankEn,
  session: sessionEn,
  entry: entryEn,
  backups: backupsEn,
  arrangements: arrangementsEn,
  updates: updatesEn,
  letters: lettersEn,
  risk: riskEn,
  errors: {
    validation: 'Please check the input',
    'not-found': 'Not found',
    conflict: 'Already exists',
    forbidden: 'Not allowed',
    'wrong-passphrase': 'Wrong passphrase',
    damaged: 'File missing or damaged',
    'schema-too-new': 'This administration was saved by a newer version of Debito. Please update Debito.',
    'key-unavailable': 'The key is not available',
    parse: 'The file cannot be read',
    io: 'Reading or writing failed',
    internal: 'Something went wrong',
    codes: { 'invalid-iban': 'This is not a valid IBAN.', 'invalid-bic': 'This is not a valid BIC.', 'invalid-email': 'This is not a valid e-mail address.' },
    field: 'Field: {{field}}',
    boundaryTitle: 'This screen could not be shown',
    boundaryText: 'An unexpected error occurred. Your data has not been changed.',
    reload: 'Try again'
  },
  jobs: { running: 'Running: {{label}} ({{done}} of {{total}})' },
  browser: {
    missingTokenTitle: 'No access key',
    missingTokenText: 'Open Debito through the address `npm run web` prints; it holds a one-time key.'
  }
}
