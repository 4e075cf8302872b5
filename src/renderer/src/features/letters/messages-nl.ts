// Letters in the app (previews, printing, the archive, statements, plan agreements, templates, logo) in
// Dutch, the type source for fr and en; mounted as `letters`.
export const lettersNl = {
  progress: 'Brieven opmaken',
  preview: 'Voorbeeld van de brief',
  previewShort: 'Voorbeeld',
  previewTitle: 'Voorbeeld: {{title}}',
  previewPage: 'Pagina {{page}} van {{pages}}',
  previewNone: 'Voor een telefoontje wordt geen brief gemaakt.',
  kinds: { dunning: 'Aanmaning', statement: 'Rekeningoverzicht', plan: 'Betalingsregeling', 'plan-reminder': 'Termijnherinnering' },
  channels: { letter: 'Brief', email: 'E-mail' },
  run: {
    title: 'Brieven van deze ronde',
    none: 'Deze ronde heeft geen brieven of e-mails.',
    summary_one: '{{n}} brief op papier, {{pages}} pagina’s voor de printer',
    summary_other: '{{n}} brieven op papier, {{pages}} pagina’s voor de printer',
    printedBefore: 'Deze brieven zijn al afgedrukt of bewaard. Opnieuw afdrukken maakt kopieën met "KOPIE"; de originelen blijven ongewijzigd in het archief.',
    notPrinted: 'De ronde van {{date}} is uitgevoerd; {{n}} brief/brieven moeten nog worden afgedrukt.',
    open: 'Brieven bekijken',
    print: 'Afdrukken…',
    savePdf: 'Als PDF bewaren…',
    eml: 'E-mails als .eml…',
    emlHint: 'Per klant met een e-mailadres een .eml-bestand met de brief als PDF-bijlage; uw eigen e-mailprogramma opent en verstuurt het.',
    confirmTitle: 'Brieven afdrukken?',
    confirmText: '{{n}} brief/brieven ({{pages}} pagina’s) gaan naar {{where}}. Daarna gelden ze als verstuurd en worden ze ongewijzigd bewaard in het archief.',
    confirmOne: 'De brief gaat naar {{where}}. Daarna geldt hij als verstuurd en wordt hij ongewijzigd bewaard in het archief.',
    where: { print: 'het afdrukvenster', save: 'een PDF-bestand dat u kiest', eml: 'e-mailbestanden in een map die u kiest', emlOne: 'één e-mailbestand dat u kiest' },
    copyTitle: 'Kopieën maken?',
    copyText: 'Deze brieven zijn al eerder verstuurd. Er worden kopieën gemaakt met het opschrift "KOPIE"; de originelen blijven ongewijzigd bewaard.',
    confirm: 'Doorgaan',
    copyConfirm: 'Kopieën maken'
  },
  result: {
    printed: '{{n}} brief/brieven naar de printer gestuurd ({{pages}} pagina’s).',
    saved: 'Bewaard: {{file}}',
    shown: '{{file}} is geopend.',
    download: '{{file}} wordt gedownload.',
    cancelled: 'Geannuleerd; er is niets verstuurd.',
    copies: 'Dit zijn kopieën (KOPIE).',
    skipped: 'Zonder e-mailadres overgeslagen: {{codes}}'
  },
  archive: {
    title: 'Brieven',
    hint: 'Elke verstuurde brief blijft ongewijzigd bewaard in de versleutelde administratie, met zijn vingerafdruk (SHA-256).',
    empty: 'Nog geen brieven voor deze klant.',
    date: 'Datum',
    kind: 'Soort',
    channel: 'Kanaal',
    reference: 'Betalingskenmerk',
    total: 'Bedrag',
    pageCount_one: '{{count}} pagina',
    pageCount_other: '{{count}} pagina’s',
    sent: 'Verstuurd {{date}}',
    notSent: 'Nog niet verstuurd',
    copy: 'KOPIE',
    open: 'Openen',
    reprint: 'Opnieuw…',
    more: 'Meer tonen ({{shown}} van {{total}})'
  },
  statement: {
    title: 'Rekeningoverzicht',
    hint: 'Open posten, betalingen en ouderdom op een datum, in de taal van de klant.',
    asOf: 'Per datum',
    make: 'Rekeningoverzicht…'
  },
  plan: {
    title: 'Overeenkomst betalingsregeling',
    hint: 'De termijnen met elk hun eigen betalingskenmerk en QR-code, ter ondertekening.',
    make: 'Overeenkomst…',
    none: 'Geen lopende betalingsregeling.',
    label: 'Regeling vanaf {{date}} · {{amount}}'
  },
  noEmail: { customer: 'Deze klant heeft geen e-mailadres; vul het aan bij de klant om een .eml te maken.', run: 'Geen van de klanten in deze run heeft een e-mailadres.' },
  how: { print: 'Afdrukken', save: 'PDF bewaren', eml: 'E-mail (.eml)' },
  letterhead: {
    missing: 'Het briefhoofd is niet compleet: {{fields}} ontbreekt. Zonder adres, plaats en IBAN van de administratie gaan er geen brieven of e-mails uit. Vul dit in bij Instellingen → Gegevens van de administratie.',
    goToSettings: 'Naar Instellingen'
  },
  settings: {
    title: 'Brieven',
    hint: 'Het logo in het briefhoofd, de teksten van de brieven per niveau, taal en regime, en de controle van het archief.',
    logo: 'Logo (PNG of JPEG)',
    logoNone: 'Geen logo: het briefhoofd toont alleen de naam.',
    logoChoose: 'Logo kiezen…',
    logoRemove: 'Logo verwijderen',
    logoSaved: 'Het logo is opgeslagen.',
    logoRemoved: 'Het logo is verwijderd.',
    verify: 'Archief controleren',
    verifyOk: 'Alle {{letters}} brieven en {{batches}} afdrukbestanden komen overeen met hun vingerafdruk.',
    verifyFailed: '{{n}} bestand(en) in het archief wijken af van hun vingerafdruk: {{which}}'
  },
  templates: {
    title: 'Briefteksten',
    choose: 'Brief',
    regime: 'Regime',
    language: 'Taal',
    subject: 'Onderwerp',
    body: 'Tekst',
    placeholders: 'Velden zoals {{example}} worden per brief ingevuld. Verplichte wettelijke zinnen kunnen niet worden verwijderd.',
    custom: 'Eigen versie van {{date}}',
    shipped: 'Meegeleverde versie {{version}}',
    save: 'Opslaan',
    saved: 'De brieftekst is opgeslagen voor deze administratie.',
    restore: 'Meegeleverde tekst terugzetten',
    restored: 'De meegeleverde tekst is teruggezet.',
    livePreview: 'Voorbeeld met een verzonnen klant',
    keys: { 'be-first-reminder': 'Eerste herinnering (Boek XIX)', courtesy: 'Vriendelijke herinnering', demand: 'Aanmaning', 'final-notice': 'Laatste aanmaning', 'nl-14-day-letter': '14-dagenbrief', 'plan-agreement': 'Overeenkomst betalingsregeling', 'plan-reminder': 'Herinnering termijn betalingsregeling', reminder: 'Herinnering', statement: 'Rekeningoverzicht' },
    regimes: { 'NL-b2b': 'NL zakelijk', 'NL-b2c': 'NL consument', 'BE-b2b': 'BE zakelijk', 'BE-b2c': 'BE consument', any: 'Alle' },
    problems: {
      'unknown-placeholder': 'Onbekend veld: {{name}}',
      'block-inline': 'Het veld {{name}} moet op een eigen regel staan.',
      'missing-placeholder': 'Het veld {{name}} ontbreekt en is verplicht.',
      'missing-phrase': 'De wettelijk verplichte zin ontbreekt: "{{phrase}}"',
      'forbidden-phrase': 'Deze formulering is niet toegestaan: "{{phrase}}"',
      'empty-subject': 'Het onderwerp is leeg.'
    }
  },
  errors: {
    email: 'Deze klant heeft geen e-mailadres; vul het in bij de klant.',
    letters: 'Er is niets af te drukken.',
    folder: 'In de gekozen map staat al een bestand met dezelfde naam; er is niets geschreven.',
    logo: 'Het logo moet een PNG- of JPEG-afbeelding van hoogstens 1 MB zijn.',
    template: 'De eigen brieftekst voor deze brief voldoet niet meer aan de regels; pas hem aan of zet de meegeleverde tekst terug (Instellingen → Brieven).',
    customerAddress: 'Deze klant heeft geen postadres; vul het in bij de klant.'
  }
}
