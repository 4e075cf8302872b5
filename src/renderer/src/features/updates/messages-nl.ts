// The update texts in Dutch, the type source for fr and en; mounted as `updates`.
export const updatesNl = {
  cardTitle: 'Updates',
  cardHint: 'Debito zoekt alleen naar een nieuwe versie als u daarom vraagt, op de updateserver van uw organisatie.',
  current: 'U gebruikt Debito {{version}}.',
  enabled: 'Updates toestaan',
  enabledHint: 'Uit: Debito zoekt nooit naar updates, bijvoorbeeld omdat uw IT-afdeling ze verzorgt.',
  feedUrl: 'Adres van de updateserver',
  feedUrlHint: 'Een https-adres, bijvoorbeeld https://updates.uwkantoor.nl/debito/',
  invalidUrl: 'Gebruik een https-adres zonder gebruikersnaam of wachtwoord erin.',
  checkOnStart: 'Bij elke start zoeken naar updates',
  checkOnStartHint: 'Debito maakt dan bij het starten contact met dit adres. Downloaden en installeren gebeurt nooit zonder dat u daarom vraagt.',
  save: 'Instellingen opslaan',
  saved: 'De instellingen voor updates zijn opgeslagen.',
  check: 'Nu zoeken naar updates',
  checking: 'Bezig met zoeken…',
  upToDate: 'U hebt de nieuwste versie (gecontroleerd om {{time}}).',
  available: 'Debito {{version}} is beschikbaar.',
  download: 'Downloaden',
  downloading: 'Debito {{version}} wordt gedownload ({{percent}}%).',
  downloadJob: 'Update downloaden',
  ready: 'Debito {{version}} is gedownload en klaar om te installeren.',
  install: 'Herstarten en installeren',
  installNote: 'Debito sluit af, installeert de nieuwe versie en start opnieuw. Vóór de eerste start van de nieuwe versie maakt Debito een kopie van elke administratie.',
  desktopOnly: 'Updates horen bij de desktop-app; in de browser-modus is er niets bij te werken.',
  problems: {
    unreachable: 'De updateserver is niet bereikbaar. Controleer het adres en de internetverbinding.',
    'no-update-info': 'Op dit adres staan geen updatebestanden (latest.yml). Controleer het adres.',
    untrusted: 'De update is niet vertrouwd (de handtekening of het controlegetal klopt niet) en wordt niet geïnstalleerd.',
    'not-installed': 'Updates werken alleen in een geïnstalleerde Debito, niet in een ontwikkelversie.',
    failed: 'Zoeken naar of downloaden van de update is mislukt.'
  },
  badge: 'Update {{version}}'
}
