// Texts of the dashboard and the Rapporten page (nl). The report vocabulary itself (titles, columns,
// buckets, KPI names) is shared with the exports: shared/domains/reports/messages-nl.ts.
import { reportTextsNl } from '../../../../shared/domains/reports/messages-nl'

export const dashboardNl = {
  title: 'Dashboard',
  open: 'Openstaand',
  overdue: 'Vervallen',
  openItems_one: '{{n}} open post',
  openItems_other: '{{n}} open posten',
  overdueItems_one: '{{n}} vervallen post',
  overdueItems_other: '{{n}} vervallen posten',
  customersOverdue: 'Klanten met achterstand',
  disputed: 'Betwist',
  disputedItems_one: '{{n}} betwiste post, telt mee in het openstaande bedrag',
  disputedItems_other: '{{n}} betwiste posten, tellen mee in het openstaande bedrag',
  creditNotes: 'Open creditnota’s',
  creditNotesHint_one: '{{n}} creditnota, verrekend in het openstaande bedrag',
  creditNotesHint_other: '{{n}} creditnota’s, verrekend in het openstaande bedrag',
  unapplied: 'Niet-toegewezen betalingen',
  unappliedHint_one: '{{n}} bankmutatie, apart gehouden',
  unappliedHint_other: '{{n}} bankmutaties, apart gehouden',
  promises: 'Open betalingsbeloftes',
  plans: 'Actieve betalingsregelingen',
  aging: 'Ouderdom van de vorderingen',
  agingHint: 'Klik op een staaf voor de facturen erachter.',
  levels: 'Vervallen per aanmaanniveau',
  level: 'Niveau {{level}}',
  notReminded: 'Nog niet herinnerd',
  trend: 'DSO en incasso-effectiviteit, 12 maanden',
  trendHint: 'Klik op een maand voor de posten die aan het eind van die maand openstonden.',
  open_items: 'Open posten'
}

export const reportsNl = {
  ...reportTextsNl,
  title: 'Rapporten',
  tabs: { aging: 'Ouderdom', kpis: 'Kengetallen', lists: 'Lijsten' },
  asOfLabel: 'Stand per',
  basisLabel: 'Leeftijd naar',
  basisDue: 'Vervaldatum',
  basisInvoice: 'Factuurdatum',
  boundsLabel: 'Grenzen van de periodes (dagen)',
  boundsHint: 'Bijvoorbeeld 30, 60, 90',
  saveDefault: 'Als standaard bewaren',
  savedDefault: 'De indeling is bewaard als standaard voor deze administratie.',
  customersTitle: 'Per klant',
  customersShown: '{{shown}} van {{total}} klanten',
  loadMore: 'Meer tonen',
  searchCustomers: 'Zoek op klant of nummer',
  searchList: 'Zoeken in de lijst',
  fromLabel: 'Van',
  toLabel: 'Tot en met',
  listLabel: 'Lijst',
  rowsShown: '{{shown}} van {{total}} regels',
  noRows: 'Geen regels',
  kpiExplain: {
    dsoCountback: 'Dagen omzet die in de vorderingen zitten, maand voor maand terug geteld.',
    dsoSimple: 'Vorderingen gedeeld door de omzet van de periode, maal de dagen.',
    bestPossibleDso: 'DSO als alleen het niet-vervallen deel openstond.',
    averageDaysDelinquent: 'DSO min de best haalbare DSO: wat te laat betalen kost.',
    cei: 'Welk deel van wat te innen was, is geïnd (100% is alles).',
    over90Pct: 'Deel van het openstaande bedrag dat meer dan 90 dagen vervallen is.',
    disputedPct: 'Deel van het openstaande bedrag dat betwist wordt.'
  },
  export: {
    button: 'Exporteren',
    xlsx: 'Excel (.xlsx)',
    csv: 'CSV (;)',
    pdf: 'PDF',
    saved: 'Opgeslagen als {{file}}',
    downloading: '{{file}} wordt gedownload'
  },
  exportJob: 'Export schrijven',
  drillDown: {
    title: 'Gefilterd',
    asOf: 'stand per {{date}}',
    level: 'aanmaanniveau {{level}}',
    customer: 'klant {{name}}',
    clear: 'Filter wissen'
  },
  errors: { 'pdf-aging-and-kpis-only': 'Een PDF is er van de ouderdomsanalyse en de kengetallen.' }
}
