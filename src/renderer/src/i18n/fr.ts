import { lettersFr } from '../features/letters/messages-fr'
import { updatesFr } from '../features/updates/messages-fr'
import { dunningFr } from '../features/dunning/messages-fr'
import { worklistFr } from '../features/worklist/messages-fr'
import { backupsFr } from '../features/backups/messages-fr'
import { bankFr } from '../features/payments/messages-fr'
import { sessionFr } from '../features/session/messages-fr'
import { arrangementsFr } from '../features/arrangements/messages-fr'
import { filesFr, importsFr } from '../features/imports/messages-fr'
import { entryFr } from '../features/customers/entry-messages-fr'
import type { Messages } from './nl'
import { riskFr } from '../features/risk/messages-fr'
import { dashboardFr, reportsFr } from '../features/reports/messages-fr'

export const fr: Messages = {
  app: { loading: 'Chargement…', save: 'Enregistrer', cancel: 'Annuler', search: 'Rechercher', noResults: 'Aucun résultat', asOf: 'Situation au {{date}}', datePlaceholder: 'jj/mm/aaaa', dateRequired: 'Saisissez une date ({{format}}) ; la précédente a été remise', dateRejected: '« {{text}} » n’est pas une date ({{format}}) et n’a pas été reprise', dateOutOfRange: '{{text}} est hors de la période permise et n’a pas été reprise' },
  nav: { dashboard: 'Tableau de bord', today: "Aujourd'hui", invoices: 'Factures', customers: 'Clients', risk: 'Risque', dunning: 'Rappels', payments: 'Paiements', imports: 'Importer', reports: 'Rapports', settings: 'Paramètres' },
  header: { switchAdmin: 'Autre administration', closeAdmin: "Fermer l'administration", language: 'Langue', navigation: 'Navigation' },
  languages: { nl: 'Nederlands', fr: 'Français', en: 'English' },
  countries: { NL: 'Pays-Bas', BE: 'Belgique' },
  admin: {
    title: 'Administrations',
    subtitle: "Choisissez l'administration d'un client et déverrouillez-la.",
    empty: "Il n'y a encore aucune administration. Créez la première ci-dessous.",
    choose: 'Administration',
    passphrase: 'Phrase secrète',
    unlock: 'Déverrouiller',
    unlockDevice: "Déverrouiller avec la clé de l'appareil",
    deviceLocked: "Cette administration est protégée par la clé de cet appareil.",
    createTitle: 'Nouvelle administration',
    name: 'Nom',
    country: 'Pays',
    keyMode: 'Protection',
    keyPassphrase: 'Phrase secrète',
    keyDevice: "Clé de l'appareil",
    newPassphrase: 'Phrase secrète (au moins 8 caractères)',
    confirmPassphrase: 'Répétez la phrase secrète',
    mismatch: 'Les phrases secrètes ne correspondent pas.',
    tooShort: 'Utilisez au moins 8 caractères.',
    deviceUnavailable: "La clé de l'appareil n'est disponible que dans l'application de bureau.",
    create: 'Créer et ouvrir',
    passphraseWarning: 'Sans cette phrase secrète, les données ne peuvent plus être ouvertes. Conservez-la en lieu sûr.'
  },
  dashboard: dashboardFr,
  invoices: {
    title: 'Factures',
    views: { open: 'Ouvertes', overdue: 'Échues', disputed: 'Contestées', closed: 'Clôturées', all: 'Toutes' },
    columns: { number: 'Numéro', customerName: 'Client', invoiceDate: 'Date de facture', dueDate: "Date d'échéance", amountCents: 'Montant', openCents: 'Solde', daysOverdue: 'Jours de retard', dunningLevel: 'Niveau', status: 'Statut' },
    status: { open: 'Ouverte', paid: 'Payée', archived: 'Archivée', written_off: 'Amortie' },
    disputed: 'Contestée',
    onHold: 'Bloquée',
    searchPlaceholder: 'Rechercher par numéro, client ou communication',
    summary_one: '{{n}} facture · solde {{amount}}',
    summary_other: '{{n}} factures · solde {{amount}}'
  },
  customers: {
    title: 'Clients',
    searchPlaceholder: 'Rechercher par nom ou code',
    columns: { code: 'Code', name: 'Nom', country: 'Pays', openCents: 'Encours', overdueCents: 'Échu', oldestOverdueDays: 'Plus ancien (jours)', creditUsePct: 'Utilisation du crédit' },
    summary_one: '{{n}} client',
    summary_other: '{{n}} clients',
    tabs: { overview: 'Aperçu', invoices: 'Factures' },
    debtorTypes: { b2b: 'Entreprise', b2c: 'Consommateur', government: 'Pouvoir public' },
    risk: {
      title: 'Fiche de risque',
      open: 'Encours',
      overdue: 'Échu',
      oldest: 'Retard le plus ancien',
      days_one: '{{count}} jour',
      days_other: '{{count}} jours',
      creditLimit: 'Limite de crédit',
      noLimit: 'Pas de limite',
      creditUse: 'Utilisation du crédit',
      openItems: 'Postes ouverts',
      disputes: 'Litiges',
      promises: 'Promesses ouvertes',
      plan: 'Plan de paiement actif',
      onHold: 'Rappels suspendus',
      email: 'E-mail'
    }
  },
  dunning: dunningFr,
  worklist: worklistFr,
  payments: { title: 'Paiements' },
  reports: reportsFr,
  settings: {
    title: 'Paramètres',
    administration: 'Administration',
    administrationHint: "Le nom dans la liste des administrations. L'archivage retire l'administration de la liste ; rien n'est effacé.",
    adminName: 'Nom dans la liste',
    rename: 'Renommer',
    renamed: 'Le nom a été modifié.',
    archive: 'Archiver…',
    archiveTitle: 'Archiver {{name}} ?',
    archiveText: "L'administration est fermée et disparaît de la liste. Le fichier chiffré est conservé ; aucune donnée n'est effacée.",
    archiveConfirm: 'Archiver',
    profile: "Données de l'administration",
    profileHint: "Ces données figurent dans l'en-tête des lettres de rappel.",
    fields: {
      name: 'Nom',
      addressLine: 'Adresse',
      postalCode: 'Code postal',
      city: 'Localité',
      country: 'Pays',
      iban: 'IBAN',
      bic: 'BIC',
      vatNumber: 'Numéro de TVA',
      kboNumber: "Numéro d'entreprise (BCE)",
      kvkNumber: 'Numéro KvK',
      defaultLanguage: 'Langue par défaut des lettres',
      email: 'E-mail',
      phone: 'Téléphone'
    },
    saved: 'Les données ont été enregistrées.'
  },
  files: filesFr,
  imports: importsFr,
  bank: bankFr,
  session: sessionFr,
  entry: entryFr,
  backups: backupsFr,
  arrangements: arrangementsFr,
  updates: updatesFr,
  letters: lettersFr,
  risk: riskFr,
  errors: {
    validation: 'Vérifiez la saisie',
    'not-found': 'Introuvable',
    conflict: 'Existe déjà',
    forbidden: 'Non autorisé',
    'wrong-passphrase': 'Phrase secrète incorrecte',
    damaged: 'Fichier manquant ou endommagé',
    'schema-too-new': 'Cette administration a été enregistrée par une version plus récente de Debito. Mettez Debito à jour.',
    'key-unavailable': "La clé n'est pas disponible",
    parse: 'Le fichier ne peut pas être lu',
    io: "La lecture ou l'écriture a échoué",
    internal: "Une erreur s'est produite",
    codes: { 'invalid-iban': "Ce n'est pas un IBAN valide.", 'invalid-bic': "Ce n'est pas un BIC valide.", 'invalid-email': "Ce n'est pas une adresse e-mail valide." },
    field: 'Champ : {{field}}',
    boundaryTitle: "Cet écran n'a pas pu être affiché",
    boundaryText: "Une erreur inattendue s'est produite. Vos données n'ont pas été modifiées.",
    reload: 'Réessayer'
  },
  jobs: { running: 'En cours : {{label}} ({{done}} sur {{total}})' },
  browser: {
    missingTokenTitle: "Pas de clé d'accès",
    missingTokenText: "Ouvrez Debito via l'adresse affichée par `npm run web` ; elle contient une clé à usage unique."
  }
}
