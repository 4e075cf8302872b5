import type { updatesNl } from './messages-nl'

export const updatesFr: typeof updatesNl = {
  cardTitle: 'Mises à jour',
  cardHint: "Debito ne cherche une nouvelle version que lorsque vous le demandez, sur le serveur de mises à jour de votre organisation.",
  current: 'Vous utilisez Debito {{version}}.',
  enabled: 'Autoriser les mises à jour',
  enabledHint: 'Désactivé : Debito ne cherche jamais de mises à jour, par exemple parce que votre service informatique les gère.',
  feedUrl: 'Adresse du serveur de mises à jour',
  feedUrlHint: 'Une adresse https, par exemple https://updates.votrecabinet.be/debito/',
  invalidUrl: "Utilisez une adresse https sans nom d'utilisateur ni mot de passe.",
  checkOnStart: 'Chercher des mises à jour à chaque démarrage',
  checkOnStartHint: "Debito contactera alors cette adresse au démarrage. Rien n'est téléchargé ni installé sans votre demande.",
  save: 'Enregistrer les paramètres',
  saved: 'Les paramètres de mise à jour ont été enregistrés.',
  check: 'Chercher des mises à jour maintenant',
  checking: 'Recherche en cours…',
  upToDate: 'Vous avez la dernière version (vérifié à {{time}}).',
  available: 'Debito {{version}} est disponible.',
  download: 'Télécharger',
  downloading: 'Téléchargement de Debito {{version}} ({{percent}} %).',
  downloadJob: 'Téléchargement de la mise à jour',
  ready: "Debito {{version}} est téléchargé et prêt à être installé.",
  install: 'Redémarrer et installer',
  installNote:
    'Debito se ferme, installe la nouvelle version et redémarre. Avant le premier démarrage de la nouvelle version, Debito copie chaque administration.',
  desktopOnly: "Les mises à jour concernent l'application de bureau ; en mode navigateur, il n'y a rien à mettre à jour.",
  problems: {
    unreachable: "Le serveur de mises à jour est injoignable. Vérifiez l'adresse et la connexion internet.",
    'no-update-info': "Cette adresse ne contient pas de fichiers de mise à jour (latest.yml). Vérifiez l'adresse.",
    untrusted: "La mise à jour n'est pas fiable (signature ou somme de contrôle incorrecte) et ne sera pas installée.",
    'not-installed': 'Les mises à jour ne fonctionnent que dans un Debito installé, pas dans une version de développement.',
    failed: 'La recherche ou le téléchargement de la mise à jour a échoué.'
  },
  badge: 'Mise à jour {{version}}'
}
