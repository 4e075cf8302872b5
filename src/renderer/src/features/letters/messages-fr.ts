import type { lettersNl } from './messages-nl'

export const lettersFr: typeof lettersNl = {
  progress: 'Mise en page des lettres',
  preview: 'Aperçu de la lettre',
  previewShort: 'Aperçu',
  previewTitle: 'Aperçu : {{title}}',
  previewPage: 'Page {{page}} sur {{pages}}',
  previewNone: 'Un appel téléphonique n’a pas de lettre.',
  kinds: { dunning: 'Rappel', statement: 'Relevé de compte', plan: 'Plan de paiement', 'plan-reminder': 'Rappel d’échéance' },
  channels: { letter: 'Lettre', email: 'E-mail' },
  run: {
    title: 'Lettres de cette série',
    none: 'Cette série n’a ni lettres ni e-mails.',
    summary_one: '{{n}} lettre papier, {{pages}} pages pour l’imprimante',
    summary_other: '{{n}} lettres papier, {{pages}} pages pour l’imprimante',
    printedBefore: 'Ces lettres ont déjà été imprimées ou enregistrées. Réimprimer crée des copies marquées « COPIE » ; les originaux restent inchangés dans l’archive.',
    notPrinted: 'La série du {{date}} est exécutée ; {{n}} lettre(s) doivent encore être imprimées.',
    open: 'Voir les lettres',
    print: 'Imprimer…',
    savePdf: 'Enregistrer en PDF…',
    eml: 'E-mails en .eml…',
    emlHint: 'Un fichier .eml par client ayant une adresse e-mail, avec la lettre en PDF jointe ; votre propre logiciel de messagerie l’ouvre et l’envoie.',
    confirmTitle: 'Imprimer les lettres ?',
    confirmText: '{{n}} lettre(s) ({{pages}} pages) vont vers {{where}}. Elles comptent alors comme envoyées et sont conservées telles quelles dans l’archive.',
    confirmOne: 'La lettre va vers {{where}}. Elle compte alors comme envoyée et est conservée telle quelle dans l’archive.',
    where: { print: 'la fenêtre d’impression', save: 'un fichier PDF de votre choix', eml: 'des fichiers e-mail dans un dossier de votre choix', emlOne: 'un fichier e-mail de votre choix' },
    copyTitle: 'Faire des copies ?',
    copyText: 'Ces lettres ont déjà été envoyées. Des copies marquées « COPIE » seront faites ; les originaux restent inchangés dans l’archive.',
    confirm: 'Continuer',
    copyConfirm: 'Faire des copies'
  },
  result: {
    printed: '{{n}} lettre(s) envoyée(s) à l’imprimante ({{pages}} pages).',
    saved: 'Enregistré : {{file}}',
    shown: '{{file}} est ouvert.',
    download: '{{file}} est en cours de téléchargement.',
    cancelled: 'Annulé ; rien n’a été envoyé.',
    copies: 'Ce sont des copies (COPIE).',
    skipped: 'Ignorés, sans adresse e-mail : {{codes}}'
  },
  archive: {
    title: 'Lettres',
    hint: 'Chaque lettre envoyée est conservée telle quelle dans l’administration chiffrée, avec son empreinte (SHA-256).',
    empty: 'Pas encore de lettres pour ce client.',
    date: 'Date',
    kind: 'Type',
    channel: 'Canal',
    reference: 'Communication',
    total: 'Montant',
    pageCount_one: '{{count}} page',
    pageCount_other: '{{count}} pages',
    sent: 'Envoyée le {{date}}',
    notSent: 'Pas encore envoyée',
    copy: 'COPIE',
    open: 'Ouvrir',
    reprint: 'À nouveau…',
    more: 'Afficher plus ({{shown}} sur {{total}})'
  },
  statement: {
    title: 'Relevé de compte',
    hint: 'Postes ouverts, paiements et ancienneté à une date, dans la langue du client.',
    asOf: 'À la date du',
    make: 'Relevé de compte…'
  },
  plan: {
    title: 'Convention de plan de paiement',
    hint: 'Les échéances, chacune avec sa propre communication et son code QR, à signer.',
    make: 'Convention…',
    none: 'Aucun plan de paiement en cours.',
    label: 'Plan à partir du {{date}} · {{amount}}'
  },
  noEmail: { customer: 'Ce client n’a pas d’adresse e-mail ; ajoutez-la sur la fiche client pour créer un .eml.', run: 'Aucun client de cette série n’a d’adresse e-mail.' },
  how: { print: 'Imprimer', save: 'Enregistrer le PDF', eml: 'E-mail (.eml)' },
  letterhead: {
    missing: 'L’en-tête est incomplet : {{fields}} manque. Sans adresse, localité et IBAN de l’administration, aucune lettre ni e-mail ne part. Complétez-le dans Paramètres → Données de l’administration.',
    goToSettings: 'Aller aux Paramètres'
  },
  settings: {
    title: 'Lettres',
    hint: 'Le logo de l’en-tête, les textes des lettres par niveau, langue et régime, et le contrôle de l’archive.',
    logo: 'Logo (PNG ou JPEG)',
    logoNone: 'Pas de logo : l’en-tête ne montre que le nom.',
    logoChoose: 'Choisir un logo…',
    logoRemove: 'Supprimer le logo',
    logoSaved: 'Le logo est enregistré.',
    logoRemoved: 'Le logo est supprimé.',
    verify: 'Contrôler l’archive',
    verifyOk: 'Les {{letters}} lettres et {{batches}} fichiers d’impression correspondent tous à leur empreinte.',
    verifyFailed: '{{n}} fichier(s) de l’archive ne correspondent pas à leur empreinte : {{which}}'
  },
  templates: {
    title: 'Textes des lettres',
    choose: 'Lettre',
    regime: 'Régime',
    language: 'Langue',
    subject: 'Objet',
    body: 'Texte',
    placeholders: 'Les champs comme {{example}} sont remplis pour chaque lettre. Les phrases légales obligatoires ne peuvent pas être supprimées.',
    custom: 'Version propre du {{date}}',
    shipped: 'Version livrée {{version}}',
    save: 'Enregistrer',
    saved: 'Le texte de la lettre est enregistré pour cette administration.',
    restore: 'Rétablir le texte livré',
    restored: 'Le texte livré est rétabli.',
    livePreview: 'Aperçu avec un client fictif',
    keys: { 'be-first-reminder': 'Premier rappel (Livre XIX)', courtesy: 'Rappel aimable', demand: 'Mise en demeure', 'final-notice': 'Dernier rappel', 'nl-14-day-letter': 'Lettre de 14 jours', 'plan-agreement': 'Convention de plan de paiement', 'plan-reminder': 'Rappel d’échéance du plan de paiement', reminder: 'Rappel', statement: 'Relevé de compte' },
    regimes: { 'NL-b2b': 'NL entreprises', 'NL-b2c': 'NL consommateurs', 'BE-b2b': 'BE entreprises', 'BE-b2c': 'BE consommateurs', any: 'Tous' },
    problems: {
      'unknown-placeholder': 'Champ inconnu : {{name}}',
      'block-inline': 'Le champ {{name}} doit être sur une ligne à part.',
      'missing-placeholder': 'Le champ {{name}} manque et est obligatoire.',
      'missing-phrase': 'La phrase légalement obligatoire manque : « {{phrase}} »',
      'forbidden-phrase': 'Cette formulation n’est pas permise : « {{phrase}} »',
      'empty-subject': 'L’objet est vide.'
    }
  },
  errors: {
    email: 'Ce client n’a pas d’adresse e-mail ; complétez-la dans la fiche client.',
    letters: 'Il n’y a rien à imprimer.',
    folder: 'Le dossier choisi contient déjà un fichier du même nom ; rien n’a été écrit.',
    logo: 'Le logo doit être une image PNG ou JPEG d’au plus 1 Mo.',
    template: 'Le texte propre de cette lettre ne respecte plus les règles ; corrigez-le ou rétablissez le texte livré (Paramètres → Lettres).',
    customerAddress: 'Ce client n’a pas d’adresse postale ; complétez-la dans la fiche client.'
  }
}
