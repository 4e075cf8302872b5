// An administration ready to send letters: a complete letterhead, default dunning policies, fresh bank
// data, and customers with postal addresses; plus the PDF tools the proofs use (poppler, zbar).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { type AppDb, withWrite } from '../../../src/main/db/connection'
import { administrationProfile } from '../../../src/main/db/schema'
import type { Jurisdiction } from '../../../src/shared/domains/parties'
import { addCustomer, setUpAdministration } from '../dunning/dunning-db'

export function setUpLetterhead(db: AppDb, country: Jurisdiction = 'NL'): void {
  setUpAdministration(db, { country })
  withWrite(db, (tx) =>
    tx
      .update(administrationProfile)
      .set({
        name: country === 'BE' ? 'Brasserie Ĳzerman BV' : 'Installatiebedrijf Test B.V.',
        addressLine: country === 'BE' ? 'Grote Markt 1' : 'Dorpsstraat 1',
        postalCode: country === 'BE' ? '9000' : '1234 AB',
        city: country === 'BE' ? 'Gent' : 'Amsterdam',
        iban: country === 'BE' ? 'BE68539007547034' : 'NL91ABNA0417164300',
        bic: country === 'BE' ? 'GEBABEBB' : 'ABNANL2A',
        vatNumber: country === 'BE' ? 'BE0123456749' : 'NL001234567B01',
        kvkNumber: country === 'NL' ? '12345678' : null,
        kboNumber: country === 'BE' ? '0123.456.749' : null,
        email: 'debiteuren@test.example',
        phone: '020 123 45 67'
      })
      .where(eq(administrationProfile.id, 1))
      .run()
  )
}

export function addAddressedCustomer(db: AppDb, c: Parameters<typeof addCustomer>[1]): number {
  return addCustomer(db, { addressLine: 'Lindenlaan 3', postalCode: '2011 KL', city: 'Haarlem', ...c })
}

/** Runs a poppler or zbar tool on PDF/PNG bytes written to a private temporary folder (tests only). */
export function withTempFile<T>(bytes: Uint8Array, name: string, run: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'debito-letter-proof-'))
  try {
    const file = join(dir, name)
    writeFileSync(file, bytes)
    return run(file, dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function pdfText(pdf: Uint8Array): string {
  return withTempFile(pdf, 'letter.pdf', (file) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }))
    .replace(/[\u00a0\u202f]/g, ' ')
}

export function pdfFonts(pdf: Uint8Array): string[] {
  const out = withTempFile(pdf, 'letter.pdf', (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }))
  return out.split('\n').slice(2).filter((l) => l.trim() !== '')
}

/** The QR codes on page `page`, decoded from a 200 dpi rendering. */
export function qrCodes(pdf: Uint8Array, page = 1): string[] {
  return withTempFile(pdf, 'letter.pdf', (file, dir) => {
    execFileSync('pdftoppm', ['-r', '200', '-png', '-f', String(page), '-l', String(page), file, join(dir, 'page')])
    const png = execFileSync('ls', [dir], { encoding: 'utf8' }).split('\n').find((f) => f.startsWith('page'))!
    const out = execFileSync('zbarimg', ['-q', '--raw', '-Sbinary', join(dir, png)], { stdio: ['ignore', 'pipe', 'ignore'] })
    return out.toString('utf8').split(/\n(?=BCD\n)/).map((s) => s.replace(/\n$/, '')).filter((s) => s.length > 0)
  })
}
