// French texts of the bank import's warnings.
import type { BankWarningMessages } from './messages-en'

export const FR_BANK_WARNINGS: BankWarningMessages = {
  'balance-mismatch': '{file}, extrait {statement} ({account}) : le solde d’ouverture {opening} plus les mouvements ({entries}) donne {expected}, mais le solde de clôture est {closing}',
  'opening-derived': '{file}, {where} : pas de solde d’ouverture ; il a été déduit du solde de clôture et des mouvements',
  'closing-derived': '{file}, {where} : pas de solde de clôture ; il a été déduit du solde d’ouverture et des mouvements',
  'camt-details-sum': '{file}, {where} : les {count} détails de transaction totalisent {sum}, le mouvement {total}',
  'coda-details-sum': '{file}, ligne {line} : les détails du mouvement global {movement} totalisent {sum}, et non {total} ; le total a été comptabilisé',
  'coda-trailer-count': '{file}, ligne {line} : l’enregistrement final compte {count} enregistrements, l’extrait en contient {actual}',
  'coda-trailer-totals':
    '{file}, ligne {line} : les totaux de l’enregistrement final (débit {trailerDebit}, crédit {trailerCredit}) diffèrent des mouvements (débit {debit}, crédit {credit})',
  'continuity-gap':
    '{account} : le solde d’ouverture de {opening} au {openingDate} ne fait pas suite au solde de clôture de {previous} au {previousDate} ({previousFile}) : il manque peut-être un extrait',
  'foreign-account':
    '{account} n’est pas un compte bancaire de cette administration ({known}) : vérifiez que cet extrait lui appartient. Le compte n’est ajouté que si vous le confirmez.'
}
