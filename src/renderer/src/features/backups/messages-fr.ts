import type { backupsNl } from './messages-nl'

export const backupsFr: typeof backupsNl = {
  restoreTitle: 'Restaurer une sauvegarde',
  restoreIntro: 'Debito restaure {{file}} ({{size}}) comme nouvelle administration sur cet ordinateur. La sauvegarde elle-même reste inchangée.',
  backupPassphrase: 'Phrase secrète de la sauvegarde',
  backupPassphraseHint: 'La phrase secrète choisie lors de la création de la sauvegarde.',
  name: "Nom de l'administration restaurée",
  lockTitle: 'Protection sur cet ordinateur',
  restore: 'Restaurer et ouvrir',
  notNow: 'Pas maintenant',
  restored: '{{name}} a été restaurée et ouverte.',
  pick: 'Restaurer une sauvegarde…',
  nameTaken: 'Une administration porte déjà ce nom. Choisissez-en un autre.',
  versionCopyFailed:
    "Avant le premier démarrage de Debito {{version}}, aucune copie de sécurité n'a pu être faite de : {{names}}. Rien n'a été modifié ; Debito réessaiera au prochain démarrage. Libérez de l'espace disque.",
  cardTitle: 'Sauvegarde',
  cardHint:
    "Une sauvegarde est une copie chiffrée de cette administration, protégée par sa propre phrase secrète et lisible aussi sur un autre ordinateur. Double-cliquez sur le fichier pour la restaurer.",
  make: 'Créer une sauvegarde…',
  makeTitle: 'Sauvegarder {{name}}',
  makeIntro: 'Choisissez une phrase secrète pour la sauvegarde. Debito vous demandera ensuite où enregistrer le fichier.',
  newBackupPassphrase: 'Phrase secrète de la sauvegarde (au moins 8 caractères)',
  confirmBackupPassphrase: 'Répétez la phrase secrète',
  backupWarning: "Sans cette phrase secrète, la sauvegarde ne peut pas être ouverte. Conservez-la à l'écart du fichier.",
  save: 'Enregistrer sous…',
  saved: 'La sauvegarde a été enregistrée sous {{file}}.',
  desktopOnly: "La création de sauvegardes se fait dans l'application de bureau (ou en ligne de commande : backup).",
  damagedTitle: 'Le fichier de cette administration est manquant ou endommagé',
  damagedText: "Debito ne crée pas de nouveau fichier vide à sa place. Restaurez une sauvegarde ; le fichier endommagé est conservé à côté.",
  restoreFromBackup: 'Restaurer une sauvegarde…',
  restoreIntoIntro: 'Debito restaure {{file}} ({{size}}) dans {{name}}, à la place du fichier manquant ou endommagé. La sauvegarde elle-même reste inchangée.',
  adminPassphrase: 'Phrase secrète de {{name}}',
  adminDevice: "{{name}} s'ouvre avec la clé de cet appareil."
}
