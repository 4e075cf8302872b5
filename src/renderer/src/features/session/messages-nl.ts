// The idle lock's texts in Dutch, the type source for fr and en; mounted as `session`.
export const sessionNl = {
  title: 'Automatisch vergrendelen',
  hint: 'Na deze tijd zonder toetsaanslag of klik wordt de administratie vergrendeld; daarna is de wachtwoordzin weer nodig. Geldt in de browser en in de desktop-app.',
  minutes: 'Vergrendelen na (minuten)',
  save: 'Vergrendeltijd opslaan',
  never: '0 = nooit automatisch vergrendelen',
  saved_one: 'De administratie vergrendelt na {{count}} minuut zonder activiteit.',
  saved_other: 'De administratie vergrendelt na {{count}} minuten zonder activiteit.',
  savedNever: 'De administratie vergrendelt niet meer automatisch.',
  lockedTitle: 'Administratie vergrendeld',
  locked_one: '{{name}} is vergrendeld na {{count}} minuut zonder activiteit. Ontgrendel om verder te werken.',
  locked_other: '{{name}} is vergrendeld na {{count}} minuten zonder activiteit. Ontgrendel om verder te werken.'
}
