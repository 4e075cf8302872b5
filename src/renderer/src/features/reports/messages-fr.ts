// Texts of the dashboard and the Rapports page (fr); see messages-nl.ts.
import { reportTextsFr } from '../../../../shared/domains/reports/messages-fr'
import type { dashboardNl, reportsNl } from './messages-nl'

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> }

export const dashboardFr: Strings<typeof dashboardNl> = {
  title: 'Tableau de bord',
  open: 'Encours',
  overdue: 'Échu',
  openItems_one: '{{n}} poste ouvert',
  openItems_other: '{{n}} postes ouverts',
  overdueItems_one: '{{n}} poste échu',
  overdueItems_other: '{{n}} postes échus',
  customersOverdue: 'Clients en retard',
  disputed: 'Contesté',
  disputedItems_one: "{{n}} poste contesté, compris dans l'encours",
  disputedItems_other: "{{n}} postes contestés, compris dans l'encours",
  creditNotes: 'Notes de crédit ouvertes',
  creditNotesHint_one: "{{n}} note de crédit, déduite de l'encours",
  creditNotesHint_other: "{{n}} notes de crédit, déduites de l'encours",
  unapplied: 'Paiements non affectés',
  unappliedHint_one: '{{n}} mouvement bancaire, tenu à part',
  unappliedHint_other: '{{n}} mouvements bancaires, tenus à part',
  promises: 'Promesses de paiement ouvertes',
  plans: 'Plans de paiement actifs',
  aging: 'Ancienneté des créances',
  agingHint: 'Cliquez sur une barre pour voir les factures concernées.',
  levels: 'Échu par niveau de rappel',
  level: 'Niveau {{level}}',
  notReminded: 'Pas encore rappelé',
  trend: 'DSO et efficacité du recouvrement, 12 mois',
  trendHint: 'Cliquez sur un mois pour voir les postes ouverts à la fin de ce mois.',
  cashIn: 'Encaissements attendus, 13 semaines',
  cashInHint: 'Par semaine, selon le comportement de paiement de chaque client ; le trait indique la marge probable. Cliquez sur une semaine pour les factures attendues.',
  cashInExpected: 'Attendu',
  cashInLater: 'Attendu plus tard : {{amount}}',
  open_items: 'Postes ouverts'
}

export const reportsFr: Strings<typeof reportsNl> = {
  ...reportTextsFr,
  title: 'Rapports',
  tabs: { aging: 'Ancienneté', kpis: 'Indicateurs', lists: 'Listes' },
  asOfLabel: 'Situation au',
  basisLabel: 'Âge selon',
  basisDue: "Date d'échéance",
  basisInvoice: 'Date de facture',
  boundsLabel: 'Limites des périodes (jours)',
  boundsHint: 'Par exemple 30, 60, 90',
  saveDefault: 'Enregistrer par défaut',
  savedDefault: 'La répartition est enregistrée par défaut pour cette administration.',
  customersTitle: 'Par client',
  customersShown: '{{shown}} clients sur {{total}}',
  loadMore: 'Afficher plus',
  searchCustomers: 'Rechercher par client ou numéro',
  searchList: 'Rechercher dans la liste',
  fromLabel: 'Du',
  toLabel: 'Au',
  listLabel: 'Liste',
  rowsShown: '{{shown}} lignes sur {{total}}',
  noRows: 'Aucune ligne',
  kpiExplain: {
    dsoCountback: 'Jours de ventes contenus dans les créances, comptés mois par mois en remontant.',
    dsoSimple: 'Créances divisées par les ventes de la période, multipliées par les jours.',
    bestPossibleDso: 'Le DSO si seule la partie non échue était ouverte.',
    averageDaysDelinquent: 'DSO moins le meilleur DSO possible : ce que coûtent les retards.',
    cei: 'La part de ce qui était à recouvrer qui a été recouvrée (100 % = tout).',
    over90Pct: "Part de l'encours échue depuis plus de 90 jours.",
    disputedPct: "Part de l'encours qui est contestée."
  },
  export: {
    button: 'Exporter',
    xlsx: 'Excel (.xlsx)',
    csv: 'CSV (;)',
    pdf: 'PDF',
    saved: 'Enregistré sous {{file}}',
    downloading: 'Téléchargement de {{file}}'
  },
  exportJob: "Écriture de l'export",
  drillDown: {
    title: 'Filtré',
    asOf: 'situation au {{date}}',
    level: 'niveau de rappel {{level}}',
    customer: 'client {{name}}',
    expected: 'paiement attendu du {{from}} au {{to}}',
    clear: 'Effacer le filtre'
  },
  errors: { 'pdf-aging-and-kpis-only': 'Le PDF existe pour la balance âgée et les indicateurs.' }
}
