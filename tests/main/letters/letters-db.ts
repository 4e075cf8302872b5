// An administration ready to send letters: a complete letterhead, default dunning policies, fresh bank
// data, and customers with postal addresses; plus the PDF tools the proofs use (poppler, zbar).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { type AppDb, withWrite } from '../../../src/main/db/connection'
import { administrationProfile, bankAccounts } from '../../../src/main/db/schema'
import { ensureDefaultPolicies } from '../../../src/main/domains/dunning/policies.repo'
import type { Jurisdiction } from '../../../src/shared/domains/parties'
import { addCustomer, setUpAdministration } from '../dunning/dunning-db'

export function setUpLetterhead(db: AppDb, country: Jurisdiction = 'NL'): void {
  // an administration made by the app already has its profile row
  if (db.select().from(administrationProfile).get()) {
    withWrite(db, (tx) => {
      ensureDefaultPolicies(tx)
      tx.insert(bankAccounts).values({ account: 'NL91ABNA0417164300', lastStatementDate: '2026-03-01' }).run()
    })
  } else setUpAdministration(db, { country })
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

/** The QR codes on every page (in the order zbar finds them), decoded from a 120 dpi grey rendering (zbarimg exits 4 on a page without one). */
export function qrCodes(pdf: Uint8Array): string[] {
  return withTempFile(pdf, 'letter.pdf', (file, dir) => {
    execFileSync('pdftoppm', ['-r', '120', '-gray', '-png', file, join(dir, 'page')])
    const pages = readdirSync(dir).filter((f) => f.startsWith('page')).sort()
    return pages.flatMap((png) => {
      const run = spawnSync('zbarimg', ['-q', '--raw', '-Sbinary', join(dir, png)])
      if (run.status === 4) return []
      if (run.status !== 0) throw new Error(`zbarimg failed on ${png}: ${run.stderr.toString()}`)
      // with -Sbinary the symbols follow each other without a separator; each EPC payload starts with "BCD"
      return run.stdout.toString('utf8').split(/(?=BCD\n00[12]\n)/).map((s) => s.replace(/\n$/, '')).filter((s) => s.length > 0)
    })
  })
}
