import type { lettersNl } from './messages-nl'

export const lettersEn: typeof lettersNl = {
  progress: 'Laying out letters',
  preview: 'Preview the letter',
  previewShort: 'Preview',
  previewTitle: 'Preview: {{title}}',
  previewPage: 'Page {{page}} of {{pages}}',
  previewNone: 'A phone call has no letter.',
  kinds: { dunning: 'Reminder', statement: 'Statement of account', plan: 'Payment plan', 'plan-reminder': 'Instalment reminder' },
  channels: { letter: 'Letter', email: 'E-mail' },
  run: {
    title: 'Letters of this run',
    none: 'This run has no letters or e-mails.',
    summary_one: '{{n}} paper letter, {{pages}} pages for the printer',
    summary_other: '{{n}} paper letters, {{pages}} pages for the printer',
    printedBefore: 'These letters have already been printed or saved. Printing again makes copies marked "COPY"; the originals stay unchanged in the archive.',
    notPrinted: 'The run of {{date}} has been executed; {{n}} letter(s) still need printing.',
    open: 'View letters',
    print: 'Print…',
    savePdf: 'Save as PDF…',
    eml: 'E-mails as .eml…',
    emlHint: 'One .eml file per customer with an e-mail address, the letter attached as PDF; your own mail program opens and sends it.',
    confirmTitle: 'Print the letters?',
    confirmText: '{{n}} letter(s) ({{pages}} pages) go to {{where}}. They then count as sent and are kept unchanged in the archive.',
    confirmOne: 'The letter goes to {{where}}. It then counts as sent and is kept unchanged in the archive.',
    where: { print: 'the print dialog', save: 'a PDF file you choose', eml: 'e-mail files in a folder you choose', emlOne: 'an e-mail file you choose' },
    copyTitle: 'Make copies?',
    copyText: 'These letters have been sent before. Copies marked "COPY" will be made; the originals stay unchanged in the archive.',
    confirm: 'Continue',
    copyConfirm: 'Make copies'
  },
  result: {
    printed: '{{n}} letter(s) sent to the printer ({{pages}} pages).',
    saved: 'Saved: {{file}}',
    shown: '{{file}} has been opened.',
    download: '{{file}} is downloading.',
    cancelled: 'Cancelled; nothing was sent.',
    copies: 'These are copies (COPY).',
    skipped: 'Skipped, no e-mail address: {{codes}}'
  },
  archive: {
    title: 'Letters',
    hint: 'Every letter sent is kept unchanged in the encrypted administration, with its fingerprint (SHA-256).',
    empty: 'No letters for this customer yet.',
    date: 'Date',
    kind: 'Kind',
    channel: 'Channel',
    reference: 'Payment reference',
    total: 'Amount',
    pageCount_one: '{{count}} page',
    pageCount_other: '{{count}} pages',
    sent: 'Sent {{date}}',
    notSent: 'Not sent yet',
    copy: 'COPY',
    open: 'Open',
    reprint: 'Again…',
    more: 'Show more ({{shown}} of {{total}})'
  },
  statement: {
    title: 'Statement of account',
    hint: "Open items, payments and ageing as of a date, in the customer's language.",
    asOf: 'As of',
    make: 'Statement…'
  },
  plan: {
    title: 'Payment plan agreement',
    hint: 'The instalments, each with its own payment reference and QR code, for signature.',
    make: 'Agreement…',
    none: 'No running payment plan.',
    label: 'Plan from {{date}} · {{amount}}'
  },
  noEmail: { customer: 'This customer has no e-mail address; add it to the customer to make an .eml.', run: 'None of the customers in this run has an e-mail address.' },
  how: { print: 'Print', save: 'Save PDF', eml: 'E-mail (.eml)' },
  letterhead: {
    missing: "The letterhead is incomplete: {{fields}} missing. Without the administration's address, city and IBAN no letter or e-mail goes out. Fill it in under Settings → Administration details.",
    goToSettings: 'Go to Settings'
  },
  settings: {
    title: 'Letters',
    hint: 'The logo in the letterhead, the texts of the letters per level, language and regime, and the archive check.',
    logo: 'Logo (PNG or JPEG)',
    logoNone: 'No logo: the letterhead shows the name only.',
    logoChoose: 'Choose logo…',
    logoRemove: 'Remove logo',
    logoSaved: 'The logo has been saved.',
    logoRemoved: 'The logo has been removed.',
    verify: 'Check the archive',
    verifyOk: 'All {{letters}} letters and {{batches}} print files match their fingerprint.',
    verifyFailed: '{{n}} file(s) in the archive do not match their fingerprint: {{which}}'
  },
  templates: {
    title: 'Letter texts',
    choose: 'Letter',
    regime: 'Regime',
    language: 'Language',
    subject: 'Subject',
    body: 'Text',
    placeholders: 'Fields such as {{example}} are filled in per letter. Mandatory legal sentences cannot be removed.',
    custom: 'Own version of {{date}}',
    shipped: 'Shipped version {{version}}',
    save: 'Save',
    saved: 'The letter text has been saved for this administration.',
    restore: 'Restore the shipped text',
    restored: 'The shipped text has been restored.',
    livePreview: 'Preview with a made-up customer',
    keys: { 'be-first-reminder': 'First reminder (Book XIX)', courtesy: 'Courtesy reminder', demand: 'Demand', 'final-notice': 'Final notice', 'nl-14-day-letter': '14-day letter', 'plan-agreement': 'Payment plan agreement', 'plan-reminder': 'Payment plan instalment reminder', reminder: 'Reminder', statement: 'Statement of account' },
    regimes: { 'NL-b2b': 'NL business', 'NL-b2c': 'NL consumer', 'BE-b2b': 'BE business', 'BE-b2c': 'BE consumer', any: 'All' },
    problems: {
      'unknown-placeholder': 'Unknown field: {{name}}',
      'block-inline': 'The field {{name}} must be on a line of its own.',
      'missing-placeholder': 'The field {{name}} is missing and required.',
      'missing-phrase': 'The legally required sentence is missing: "{{phrase}}"',
      'forbidden-phrase': 'This wording is not allowed: "{{phrase}}"',
      'empty-subject': 'The subject is empty.'
    }
  },
  errors: {
    email: 'This customer has no e-mail address; add it to the customer.',
    letters: 'There is nothing to print.',
    folder: 'The chosen folder already holds a file of the same name; nothing was written.',
    logo: 'The logo must be a PNG or JPEG image of at most 1 MB.',
    template: 'The own text for this letter no longer meets the rules; correct it or restore the shipped text (Settings → Letters).',
    customerAddress: 'This customer has no postal address; add it to the customer.'
  }
}
