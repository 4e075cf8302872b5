// "Vandaag" in Dutch, the type source for fr and en; mounted as `worklist`.
export const worklistNl = {
  title: 'Vandaag',
  intro: 'Wat vandaag aandacht vraagt, per administratie: aanmaanrondes ter controle, te bellen klanten, gebroken betalingsbeloftes, op te volgen klanten en herinneringen voor termijnen.',
  current: 'geopend',
  locked: 'Vergrendeld met een wachtwoordzin: open deze administratie om te zien wat er klaarstaat.',
  nothing: 'Niets te doen.',
  open: 'Openen',
  callDone: 'Gebeld',
  callNote: 'Wat is er afgesproken?',
  callSaved: 'Het gesprek is vastgelegd.',
  kinds: {
    'dunning-draft': { title: 'Aanmaanrondes ter controle', item: 'Aanmaanronde van {{date}}: {{count}} klanten, {{amount}}' },
    'phone-task': { title: 'Te bellen', item: '{{customer}} ({{code}}) — niveau {{level}} sinds {{date}}, {{amount}}' },
    'broken-promise': { title: 'Gebroken betalingsbeloftes', item: '{{customer}} ({{code}}) — {{amount}} beloofd voor {{date}}' },
    'follow-up': { title: 'Op te volgen', item: '{{customer}} ({{code}}) — opvolgen sinds {{date}} ({{count}}×)' },
    'instalment-reminder': { title: 'Herinneringen voor termijnen', item: '{{customer}} ({{code}}) — termijn {{count}}, {{amount}} op {{date}}' },
    'insurance-deadline': { title: 'Termijnen van de kredietverzekeraar', item_one: '{{customer}} ({{code}}) — {{count}} factuur melden bij de kredietverzekeraar, uiterlijk {{date}}', item_other: '{{customer}} ({{code}}) — {{count}} facturen melden bij de kredietverzekeraar, uiterlijk {{date}}' }
  }
}
