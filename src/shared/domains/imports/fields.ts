// The canonical import record every CSV/XLSX column is mapped onto, and its nl/fr/en header synonyms.
export const IMPORT_FIELDS = [
  'debtorCode',
  'debtorName',
  'invoiceNumber',
  'invoiceDate',
  'dueDate',
  'amount',
  'openAmount',
  'debitCredit',
  'currency',
  'paymentRef',
  'description',
  'email',
  'phone',
  'iban',
  'vat',
  'kbo',
  'kvk',
  'address',
  'postalCode',
  'city',
  'country',
  'language',
  'paymentTermDays',
  'debtorType'
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

/** field → the header text of the column it reads (as it stands in the file); checked by `columnMappingSchema` in options.ts */
export type ColumnMapping = Partial<Record<ImportField, string>>

/**
 * Synonyms in priority order, already normalised (see normalizeHeader). A header that fits several fields
 * goes to the field where it ranks highest: AFAS has "Factuurnr." (number) and "Factuur" (amount).
 */
export const HEADER_SYNONYMS: Record<ImportField, readonly string[]> = {
  debtorCode: ['relatiecode', 'debnr', 'debiteurnummer', 'debiteurnr', 'klantnummer', 'klantnr', 'relatienummer', 'relatie', 'codeclient', 'nclient', 'numeroclient', 'accountcode', 'customerid', 'customercode', 'customernumber', 'contactid', 'code'],
  debtorName: ['relatienaam', 'bedrijfsnaam', 'naam', 'debiteur', 'klant', 'nom', 'raisonsociale', 'client', 'accountname', 'customername', 'name', 'customer', 'companyname', 'contact'],
  invoiceNumber: ['factuurnummer', 'factuurnr', 'invoicenumber', 'invoiceno', 'nfacture', 'numerofacture', 'boekstuknummer', 'factuur', 'facture', 'invoice', 'document', 'numero'],
  invoiceDate: ['factuurdatum', 'datefacture', 'invoicedate', 'boekdatum', 'datum', 'boekstuk', 'date'],
  dueDate: ['vervaldatum', 'vervalt', 'vervaldag', 'echeance', 'datedecheance', 'dateecheance', 'duedate'],
  amount: ['factuurbedrag', 'originelebedrag', 'origineelbedrag', 'bedrag', 'totaal', 'montanttotal', 'montant', 'originalamount', 'invoiceamount', 'amount', 'total', 'factuur'],
  openAmount: ['openstaandbedrag', 'openstaand', 'openstaandsaldo', 'saldo', 'restant', 'montantouvert', 'restedu', 'solde', 'openamount', 'outstanding', 'amountdue', 'balance'],
  debitCredit: ['debetcredit', 'dc', 'dk', 'debitcredit', 'sign'],
  currency: ['valuta', 'munt', 'devise', 'currency', 'currencycode'],
  paymentRef: ['betalingskenmerk', 'kenmerk', 'factuurreferentie', 'uwref', 'referentie', 'communicationstructuree', 'communication', 'reference', 'paymentreference', 'yourref'],
  description: ['omschrijving', 'omschrijvingfactuur', 'description', 'libelle', 'memo'],
  email: ['email', 'emailadres', 'mail', 'courriel'],
  phone: ['telefoon', 'telefoonnummer', 'telephone', 'phone'],
  iban: ['iban', 'ibannr', 'rekeningnummer', 'comptebancaire'],
  vat: ['btwnummer', 'btwnr', 'btw', 'ntva', 'numerotva', 'tva', 'vatnumber', 'vat'],
  kbo: ['kbonummer', 'kbo', 'ondernemingsnummer', 'bce', 'numerodentreprise', 'enterprisenumber'],
  kvk: ['kvknummer', 'kvk', 'chamberofcommerce', 'cocnumber'],
  address: ['adres', 'straat', 'adresse', 'rue', 'address', 'street'],
  postalCode: ['postcode', 'codepostal', 'postalcode', 'zip', 'zipcode'],
  city: ['plaats', 'woonplaats', 'gemeente', 'stad', 'ville', 'localite', 'city', 'town'],
  country: ['land', 'landcode', 'pays', 'country', 'countrycode'],
  language: ['taal', 'langue', 'language'],
  paymentTermDays: ['betalingstermijn', 'betaaltermijn', 'termijn', 'delaidepaiement', 'paymentterm', 'paymenttermdays'],
  debtorType: ['debiteurtype', 'klanttype', 'typeclient', 'debtortype', 'customertype']
}

/** Lower case, no diacritics, no dots, spaces or other punctuation: "Date d'échéance" → "datedecheance". */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}

/** Headers that name the debtor: its name when alone, its code beside a name column. */
const DEBTOR_WORDS = new Set(['debiteur', 'klant', 'relatie', 'client', 'customer'])

/** Proposes a mapping from the synonym table: the best-ranked (field, header) pairs win, each used once. */
export function proposeMapping(headers: readonly string[], extra: Partial<Record<ImportField, readonly string[]>> = {}): ColumnMapping {
  const normalized = headers.map(normalizeHeader)
  const candidates: { field: ImportField; header: string; rank: number }[] = []
  IMPORT_FIELDS.forEach((field) => {
    // preset names first, then the general synonyms
    const names = [...(extra[field] ?? []).map(normalizeHeader), ...HEADER_SYNONYMS[field]]
    normalized.forEach((n, i) => {
      const rank = names.indexOf(n)
      const header = headers[i]
      if (rank >= 0 && header !== undefined) candidates.push({ field, header, rank })
    })
  })
  candidates.sort((a, b) => a.rank - b.rank)
  const mapping: ColumnMapping = {}
  const used = new Set<string>()
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || used.has(c.header)) continue
    mapping[c.field] = c.header
    used.add(c.header)
  }
  // "Debiteur" beside a name column is the debtor's code: never derive codes from names when it is there
  const code = mapping.debtorCode === undefined && mapping.debtorName !== undefined ? headers.find((h) => !used.has(h) && DEBTOR_WORDS.has(normalizeHeader(h))) : undefined
  if (code !== undefined) mapping.debtorCode = code
  return mapping
}
