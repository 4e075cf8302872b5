import type { worklistNl } from './messages-nl'

export const worklistFr: typeof worklistNl = {
  title: "Aujourd'hui",
  intro: "Ce qui demande de l'attention aujourd'hui, par administration : séries de rappels à contrôler, clients à appeler, promesses de paiement non tenues, suivis et rappels d’échéances.",
  current: 'ouverte',
  locked: 'Verrouillée par une phrase secrète : ouvrez cette administration pour voir ce qui attend.',
  nothing: 'Rien à faire.',
  open: 'Ouvrir',
  callDone: 'Appelé',
  callNote: 'Qu’a-t-on convenu ?',
  callSaved: "L'appel a été enregistré.",
  kinds: {
    'dunning-draft': { title: 'Séries de rappels à contrôler', item: 'Série de rappels du {{date}} : {{count}} clients, {{amount}}' },
    'phone-task': { title: 'À appeler', item: '{{customer}} ({{code}}) — niveau {{level}} depuis le {{date}}, {{amount}}' },
    'broken-promise': { title: 'Promesses de paiement non tenues', item: '{{customer}} ({{code}}) — {{amount}} promis pour le {{date}}' },
    'follow-up': { title: 'À suivre', item: '{{customer}} ({{code}}) — suivi depuis le {{date}} ({{count}}×)' },
    'instalment-reminder': { title: 'Rappels d’échéances', item: '{{customer}} ({{code}}) — échéance {{count}}, {{amount}} le {{date}}' },
    'insurance-deadline': { title: "Délais de l'assureur-crédit", item_one: "{{customer}} ({{code}}) — {{count}} facture à déclarer à l'assureur-crédit, au plus tard le {{date}}", item_other: "{{customer}} ({{code}}) — {{count}} factures à déclarer à l'assureur-crédit, au plus tard le {{date}}" }
  }
}
