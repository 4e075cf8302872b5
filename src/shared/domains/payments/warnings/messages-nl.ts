// Dutch texts of the bank import's warnings.
import type { BankWarningMessages } from './messages-en'

export const NL_BANK_WARNINGS: BankWarningMessages = {
  'balance-mismatch': '{file}, afschrift {statement} ({account}): beginsaldo {opening} plus de boekingen ({entries}) geeft {expected}, maar het eindsaldo is {closing}',
  'opening-derived': '{file}, {where}: geen beginsaldo; het is afgeleid uit het eindsaldo en de boekingen',
  'closing-derived': '{file}, {where}: geen eindsaldo; het is afgeleid uit het beginsaldo en de boekingen',
  'camt-details-sum': '{file}, {where}: de {count} transactiedetails tellen op tot {sum}, de boeking zelf is {total}',
  'coda-details-sum': '{file}, regel {line}: de details van verzamelboeking {movement} tellen op tot {sum}, niet {total}; het totaal is geboekt',
  'coda-trailer-count': '{file}, regel {line}: de slotregel telt {count} records, het afschrift heeft er {actual}',
  'coda-trailer-totals': '{file}, regel {line}: de totalen in de slotregel (debet {trailerDebit}, credit {trailerCredit}) wijken af van de boekingen (debet {debit}, credit {credit})',
  'continuity-gap':
    '{account}: het beginsaldo van {opening} op {openingDate} sluit niet aan op het eindsaldo van {previous} op {previousDate} ({previousFile}): er ontbreekt mogelijk een afschrift',
  'foreign-account':
    '{account} is geen bankrekening van deze administratie ({known}): controleer of dit afschrift hier hoort. De rekening wordt alleen toegevoegd als u dat bevestigt.'
}
