// Structured references Debito issues itself (one per plan instalment, per letter, …): a serial number in
// a range of its own, with the check digits of the chosen scheme. Banks report them in the bare form.
import { AppError } from '../../errors'
import type { Jurisdiction } from '../parties'
import type { ReferenceScheme } from '../arrangements/vocabulary'
import { betalingskenmerkFromPayload, formatBetalingskenmerk } from '../legal/references/betalingskenmerk'
import { formatOgm, ogmFromBase } from '../legal/references/ogm'
import { formatRf, rfFromReference } from '../legal/references/rf'

/** Issued serials start with a 9, a range invoice numbering rarely uses, so they do not collide with invoice references. */
const PREFIX = '9'
const MAX_SERIAL = 999_999_999

export type IssuedReferenceText = { scheme: ReferenceScheme; /** as banks report it */ bare: string; /** as printed on paper */ printed: string }

/** OGM/VCS for a Belgian creditor, the international RF reference otherwise. */
export function defaultScheme(creditorCountry: Jurisdiction): ReferenceScheme {
  return creditorCountry === 'BE' ? 'ogm' : 'rf'
}

export function issuedReferenceText(scheme: ReferenceScheme, serial: number): IssuedReferenceText {
  if (!Number.isSafeInteger(serial) || serial < 1 || serial > MAX_SERIAL) throw new AppError('validation', `reference serial out of range: ${serial}`, 'serial')
  switch (scheme) {
    case 'ogm': {
      const bare = ogmFromBase(`${PREFIX}${String(serial).padStart(9, '0')}`).replace(/\D/g, '')
      return { scheme, bare, printed: printedReference(scheme, bare) }
    }
    case 'rf': {
      const bare = rfFromReference(`${PREFIX}${String(serial).padStart(9, '0')}`)
      return { scheme, bare, printed: printedReference(scheme, bare) }
    }
    case 'betalingskenmerk': {
      const bare = betalingskenmerkFromPayload(`${PREFIX}${String(serial).padStart(14, '0')}`)
      return { scheme, bare, printed: printedReference(scheme, bare) }
    }
  }
}

/** The printed form of a bare issued reference. */
export function printedReference(scheme: ReferenceScheme, bare: string): string {
  if (scheme === 'ogm') return formatOgm(bare)
  return scheme === 'rf' ? formatRf(bare) : formatBetalingskenmerk(bare)
}
