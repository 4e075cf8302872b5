// The backup screens' texts in Dutch, the type source for fr and en; mounted as `backups`.
export const backupsNl = {
  restoreTitle: 'Back-up terugzetten',
  restoreIntro: 'Debito zet {{file}} ({{size}}) terug als een nieuwe administratie op deze computer. De back-up zelf blijft ongewijzigd.',
  backupPassphrase: 'Wachtwoordzin van de back-up',
  backupPassphraseHint: 'De wachtwoordzin die is gekozen toen de back-up werd gemaakt.',
  name: 'Naam van de teruggezette administratie',
  lockTitle: 'Beveiliging op deze computer',
  restore: 'Terugzetten en openen',
  notNow: 'Niet nu',
  restored: '{{name}} is teruggezet en geopend.',
  pick: 'Back-up terugzetten…',
  nameTaken: 'Er is al een administratie met deze naam. Kies een andere naam.',
  versionCopyFailed:
    'Vóór de eerste start van Debito {{version}} kon geen veiligheidskopie worden gemaakt van: {{names}}. Er is niets gewijzigd; Debito probeert het bij de volgende start opnieuw. Zorg voor vrije schijfruimte.',
  cardTitle: 'Back-up',
  cardHint:
    'Een back-up is een versleutelde kopie van deze administratie met een eigen wachtwoordzin, ook te openen op een andere computer. Dubbelklik op het bestand om het terug te zetten.',
  make: 'Back-up maken…',
  makeTitle: 'Back-up van {{name}} maken',
  makeIntro: 'Kies een wachtwoordzin voor de back-up. Daarna vraagt Debito waar het bestand moet komen.',
  newBackupPassphrase: 'Wachtwoordzin van de back-up (minstens 8 tekens)',
  confirmBackupPassphrase: 'Herhaal de wachtwoordzin',
  backupWarning: 'Zonder deze wachtwoordzin is de back-up niet te openen. Bewaar hem apart van het bestand.',
  save: 'Opslaan als…',
  saved: 'De back-up is bewaard als {{file}}.',
  desktopOnly: 'Back-ups maken gaat in de desktop-app (of met de opdrachtregel: backup).',
  damagedTitle: 'Het bestand van deze administratie ontbreekt of is beschadigd',
  damagedText: 'Debito maakt er geen nieuw, leeg bestand voor aan. Zet een back-up terug; het beschadigde bestand blijft ernaast bewaard.',
  restoreFromBackup: 'Herstellen uit back-up…',
  restoreIntoIntro: 'Debito zet {{file}} ({{size}}) terug in {{name}}, in plaats van het ontbrekende of beschadigde bestand. De back-up zelf blijft ongewijzigd.',
  adminPassphrase: 'Wachtwoordzin van {{name}}',
  adminDevice: '{{name}} wordt geopend met de sleutel van dit apparaat.'
}
