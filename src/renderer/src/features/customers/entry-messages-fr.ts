import type { entryNl } from './entry-messages-nl'

export const entryFr: typeof entryNl = {
  newCustomer: 'Nouveau client',
  editCustomer: 'Modifier le client',
  newInvoice: 'Nouvelle facture',
  editInvoice: 'Modifier la facture',
  debtorTypes: { b2b: 'Entreprise', b2c: 'Particulier', government: 'Pouvoirs publics' },
  customer: {
    code: 'Numéro de client',
    name: 'Nom',
    debtorType: 'Type de client',
    country: 'Pays',
    language: 'Langue',
    email: 'E-mail',
    phone: 'Téléphone',
    addressLine: 'Adresse',
    postalCode: 'Code postal',
    city: 'Localité',
    vatNumber: 'Numéro de TVA',
    kboNumber: 'Numéro d’entreprise (BCE)',
    kvkNumber: 'Numéro KvK',
    iban: 'IBAN',
    paymentTermDays: 'Délai de paiement (jours)',
    creditLimit: 'Limite de crédit (€)'
  },
  invoice: {
    findCustomer: 'Chercher un client',
    customer: 'Client',
    number: 'Numéro de facture',
    paymentReference: 'Communication structurée',
    invoiceDate: 'Date de facture',
    dueDate: 'Échéance',
    dueDateHint: 'Vide : date de facture plus délai de paiement',
    amount: 'Montant (€)',
    open: 'Solde ouvert (€)',
    openHint: 'Vide : le montant total',
    description: 'Libellé'
  },
  fieldErrors: {
    taken: 'Déjà utilisé.',
    code: 'Indiquez un numéro de client.',
    name: 'Indiquez un nom.',
    email: 'Adresse e-mail invalide.',
    vatNumber: 'Numéro de TVA invalide.',
    kboNumber: 'Numéro d’entreprise invalide.',
    kvkNumber: 'Un numéro KvK compte 8 chiffres.',
    iban: 'IBAN invalide.',
    customerId: 'Choisissez un client.',
    number: 'Indiquez un numéro de facture.',
    invoiceDate: 'Indiquez une date valide.',
    dueDate: 'L’échéance précède la date de facture ou est invalide.',
    amountCents: 'Indiquez un montant (non nul).',
    openCents: 'Le solde ouvert ne peut dépasser le montant et a le même signe.'
  }
}
