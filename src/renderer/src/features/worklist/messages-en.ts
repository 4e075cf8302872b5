import type { worklistNl } from './messages-nl'

export const worklistEn: typeof worklistNl = {
  title: 'Today',
  intro: 'What needs attention today, per administration: reminder runs to review, customers to call, broken promises to pay, follow-ups and instalment reminders.',
  current: 'open',
  locked: 'Locked with a passphrase: open this administration to see what is waiting.',
  nothing: 'Nothing to do.',
  open: 'Open',
  callDone: 'Called',
  callNote: 'What was agreed?',
  callSaved: 'The call has been recorded.',
  kinds: {
    'dunning-draft': { title: 'Reminder runs to review', item: 'Reminder run of {{date}}: {{count}} customers, {{amount}}' },
    'phone-task': { title: 'To call', item: '{{customer}} ({{code}}) — level {{level}} since {{date}}, {{amount}}' },
    'broken-promise': { title: 'Broken promises to pay', item: '{{customer}} ({{code}}) — {{amount}} promised by {{date}}' },
    'follow-up': { title: 'To follow up', item: '{{customer}} ({{code}}) — follow up since {{date}} ({{count}}×)' },
    'instalment-reminder': { title: 'Instalment reminders', item: '{{customer}} ({{code}}) — instalment {{count}}, {{amount}} on {{date}}' },
    'insurance-deadline': { title: "Credit insurer's deadlines", item_one: '{{customer}} ({{code}}) — {{count}} invoice to notify to the credit insurer by {{date}}', item_other: '{{customer}} ({{code}}) — {{count}} invoices to notify to the credit insurer by {{date}}' }
  }
}
