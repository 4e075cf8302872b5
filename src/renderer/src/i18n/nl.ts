import { lettersNl } from '../features/letters/messages-nl'
// Dutch is the default UI language; fr.ts and en.ts must have exactly these keys (checked by the type).
import { updatesNl } from '../features/updates/messages-nl'
import { dunningNl } from '../features/dunning/messages-nl'
import { worklistNl } from '../features/worklist/messages-nl'
import { backupsNl } from '../features/backups/messages-nl'
import { bankNl } from '../features/payments/messages-nl'
import { sessionNl } from '../features/session/messages-nl'
import { arrangementsNl } from '../features/arrangements/messages-nl'
import { filesNl, importsNl } from '../features/imports/messages-nl'
import { entryNl } from '../features/customers/entry-messages-nl'
import { riskNl } from '../features/risk/messages-nl'
import { dashboardNl, reportsNl } from '../features/reports/messages-nl'
export const nl = {
  app: { loading: 'Laden…', save: 'Opslaan', cancel: 'Annuleren', search: 'Zoeken', noResults: 'Geen resultaten', asOf: 'Stand per {{date}}', datePlaceholder: 'dd-mm-jjjj', dateRequired: 'Vul een datum in ({{format}}); de vorige staat er weer', dateRejected: '"{{text}}" is geen datum ({{format}}) en is niet overgenomen', dateOutOfRange: '{{text}} valt buiten de toegestane periode en is niet overgenomen' },
  nav: { dashboard: 'Dashboard', today: 'Vandaag', invoices: 'Facturen', customers: 'Klanten', risk: 'Risico', dunning: 'Aanmaningen', payments: 'Betalingen', imports: 'Importeren', reports: 'Rapporten', settings: 'Instellingen' },
  header: { switchAdmin: 'Andere administratie', closeAdmin: 'Administratie sluiten', language: 'Taal', navigation: 'Navigatie' },
  languages: { nl: 'Nederlands', fr: 'Français', en: 'English' },
  countries: { NL: 'Nederland', BE: 'België' },
  admin: {
    title: 'Administraties',
    subtitle: 'Kies de administratie van een klant en ontgrendel die.',
    empty: 'Er is nog geen administratie. Maak hieronder de eerste aan.',
    choose: 'Administratie',
    passphrase: 'Wachtwoordzin',
    unlock: 'Ontgrendelen',
    unlockDevice: 'Ontgrendelen met apparaatsleutel',
    deviceLocked: 'Deze administratie is beveiligd met de sleutel van dit apparaat.',
    createTitle: 'Nieuwe administratie',
    name: 'Naam',
    country: 'Land',
    keyMode: 'Beveiliging',
    keyPassphrase: 'Wachtwoordzin',
    keyDevice: 'Apparaatsleutel',
    newPassphrase: 'Wachtwoordzin (minstens 8 tekens)',
    confirmPassphrase: 'Herhaal de wachtwoordzin',
    mismatch: 'De wachtwoordzinnen zijn niet gelijk.',
    tooShort: 'Gebruik minstens 8 tekens.',
    deviceUnavailable: 'De apparaatsleutel is alleen beschikbaar in de desktop-app.',
    create: 'Aanmaken en openen',
    passphraseWarning: 'Zonder deze wachtwoordzin zijn de gegevens niet meer te openen. Bewaar hem veilig.'
  },
  dashboard: dashboardNl,
  invoices: {
    title: 'Facturen',
    views: { open: 'Open', overdue: 'Vervallen', disputed: 'Betwist', closed: 'Afgesloten', all: 'Alle' },
    columns: { number: 'Nummer', customerName: 'Klant', invoiceDate: 'Factuurdatum', dueDate: 'Vervaldatum', amountCents: 'Bedrag', openCents: 'Open', daysOverdue: 'Dagen te laat', dunningLevel: 'Niveau', status: 'Status' },
    status: { open: 'Open', paid: 'Betaald', archived: 'Gearchiveerd', written_off: 'Afgeboekt' },
    disputed: 'Betwist',
    onHold: 'Geblokkeerd',
    searchPlaceholder: 'Zoek op nummer, klant of kenmerk',
    summary_one: '{{n}} factuur · open {{amount}}',
    summary_other: '{{n}} facturen · open {{amount}}'
  },
  customers: {
    title: 'Klanten',
    searchPlaceholder: 'Zoek op naam of code',
    columns: { code: 'Code', name: 'Naam', country: 'Land', openCents: 'Open', overdueCents: 'Vervallen', oldestOverdueDays: 'Oudste (dagen)', creditUsePct: 'Kredietgebruik' },
    summary_one: '{{n}} klant',
    summary_other: '{{n}} klanten',
    tabs: { overview: 'Overzicht', invoices: 'Facturen' },
    debtorTypes: { b2b: 'Zakelijk', b2c: 'Consument', government: 'Overheid' },
    risk: {
      title: 'Risicokaart',
      open: 'Openstaand',
      overdue: 'Vervallen',
      oldest: 'Oudste achterstand',
      days_one: '{{count}} dag',
      days_other: '{{count}} dagen',
      creditLimit: 'Kredietlimiet',
      noLimit: 'Geen limiet',
      creditUse: 'Kredietgebruik',
      openItems: 'Open posten',
      disputes: 'Geschillen',
      promises: 'Open beloftes',
      plan: 'Betalingsregeling actief',
      onHold: 'Aanmaningen gepauzeerd',
      email: 'E-mail'
    }
  },
  dunning: dunningNl,
  worklist: worklistNl,
  payments: { title: 'Betalingen' },
  reports: reportsNl,
  settings: {
    title: 'Instellingen',
    administration: 'Administratie',
    administrationHint: 'De naam in de lijst van administraties. Archiveren haalt de administratie uit de lijst; er wordt niets gewist.',
    adminName: 'Naam in de lijst',
    rename: 'Naam wijzigen',
    renamed: 'De naam is gewijzigd.',
    archive: 'Archiveren…',
    archiveTitle: '{{name}} archiveren?',
    archiveText: 'De administratie wordt gesloten en verdwijnt uit de keuzelijst. Het versleutelde bestand blijft bewaard; er worden geen gegevens gewist.',
    archiveConfirm: 'Archiveren',
    profile: 'Gegevens van de administratie',
    profileHint: 'Deze gegevens staan in het briefhoofd van aanmaningen.',
    fields: {
      name: 'Naam',
      addressLine: 'Adres',
      postalCode: 'Postcode',
      city: 'Plaats',
      country: 'Land',
      iban: 'IBAN',
      bic: 'BIC',
      vatNumber: 'Btw-nummer',
      kboNumber: 'Ondernemingsnummer (KBO)',
      kvkNumber: 'KvK-nummer',
      defaultLanguage: 'Standaardtaal voor brieven',
      email: 'E-mail',
      phone: 'Telefoon'
    },
    saved: 'De gegevens zijn opgeslagen.'
  },
  files: filesNl,
  imports: importsNl,
  bank: bankNl,
  session: sessionNl,
  entry: entryNl,
  backups: backupsNl,
  arrangements: arrangementsNl,
  updates: updatesNl,
  letters: lettersNl,
  risk: riskNl,
  errors: {
    validation: 'Controleer de invoer',
    'not-found': 'Niet gevonden',
    conflict: 'Bestaat al',
    forbidden: 'Niet toegestaan',
    'wrong-passphrase': 'Onjuiste wachtwoordzin',
    damaged: 'Bestand ontbreekt of is beschadigd',
    'schema-too-new': 'Deze administratie is bewaard met een nieuwere versie van Debito. Werk Debito bij.',
    'key-unavailable': 'De sleutel is niet beschikbaar',
    parse: 'Het bestand kan niet worden gelezen',
    io: 'Lezen of schrijven mislukt',
    internal: 'Er ging iets mis',
    codes: { 'invalid-iban': 'Dit is geen geldig IBAN.', 'invalid-bic': 'Dit is geen geldige BIC.', 'invalid-email': 'Dit is geen geldig e-mailadres.' },
    field: 'Veld: {{field}}',
    boundaryTitle: 'Dit scherm kon niet worden getoond',
    boundaryText: 'Er is een onverwachte fout opgetreden. Uw gegevens zijn niet gewijzigd.',
    reload: 'Opnieuw proberen'
  },
  jobs: { running: 'Bezig: {{label}} ({{done}} van {{total}})' },
  browser: {
    missingTokenTitle: 'Geen toegangssleutel',
    missingTokenText: 'Open Debito via het adres dat `npm run web` toont; dat adres bevat een eenmalige sleutel.'
  }
}

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> }
export type Messages = Strings<typeof nl>
