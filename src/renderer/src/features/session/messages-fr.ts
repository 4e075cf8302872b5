// The idle lock's texts in French.
import type { sessionNl } from './messages-nl'

export const sessionFr: typeof sessionNl = {
  title: 'Verrouillage automatique',
  hint: 'Après ce délai sans frappe ni clic, l’administration est verrouillée ; la phrase secrète est alors à nouveau nécessaire. S’applique dans le navigateur et dans l’application de bureau.',
  minutes: 'Verrouiller après (minutes)',
  save: 'Enregistrer le délai',
  never: '0 = ne jamais verrouiller automatiquement',
  saved_one: 'L’administration se verrouille après {{count}} minute sans activité.',
  saved_other: 'L’administration se verrouille après {{count}} minutes sans activité.',
  savedNever: 'L’administration ne se verrouille plus automatiquement.',
  lockedTitle: 'Administration verrouillée',
  locked_one: '{{name}} a été verrouillée après {{count}} minute sans activité. Déverrouillez-la pour continuer.',
  locked_other: '{{name}} a été verrouillée après {{count}} minutes sans activité. Déverrouillez-la pour continuer.'
}
