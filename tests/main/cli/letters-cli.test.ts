// The letters commands exactly as the issue writes them: admin profile, letters print|export|verify and
// statement, against an administration in a data folder; the files are read back with poppler.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAdministrations } from '../../../src/main/domains/administrations/administrations.service'
import { cli } from '../../helpers/cli'
import { tempDir } from '../../helpers/db'
import { addInvoice } from '../dunning/dunning-db'
import { addAddressedCustomer, pdfText } from '../letters/letters-db'

const env = { DEBITO_PASSPHRASE: 'geheim' }
// the smallest valid PNG: 1 × 1 pixel
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

async function administration() {
  const dir = tempDir()
  const d = ['--data-dir', dir]
  await cli(['admin', 'create', 'Jansen', '--country', 'NL', ...d], env)
  const admin = await createAdministrations(dir).open('Jansen', { passphrase: 'geheim' })
  const a = addAddressedCustomer(admin.db, { code: 'K100', name: 'Bouw Ĳssel B.V.', email: null })
  const b = addAddressedCustomer(admin.db, { code: 'K200', name: 'Œuvre Events', email: 'boekhouding@oeuvre.example' })
  addInvoice(admin.db, { customer: a, number: '2026-001', dueDate: '2026-02-01', amountCents: 41_250 })
  addInvoice(admin.db, { customer: b, number: '2026-002', dueDate: '2026-02-01', amountCents: 10_000 })
  admin.db.$client.prepare("INSERT INTO bank_accounts (account, last_statement_date) VALUES ('NL91ABNA0417164300', '2026-03-01')").run()
  admin.close()
  return { dir, d }
}

describe('letters CLI', () => {
  it('admin profile sets the letterhead and logo, and refuses a wrong IBAN without changing anything', async () => {
    const { dir, d } = await administration()
    const logo = join(dir, 'logo.png')
    await import('node:fs').then((fs) => fs.writeFileSync(logo, PNG))
    const set = await cli(['admin', 'profile', '--admin', 'Jansen', '--name', 'Jansen Installatie B.V.', '--address', 'Dorpsstraat 1', '--postal-code', '1234 AB', '--city', 'Amsterdam', '--iban', 'nl91 abna 0417 1643 00', '--bic', 'abnanl2a', '--vat', 'NL001234567B01', '--kvk', '12345678', '--logo', logo, '--json', ...d], env)
    expect(set.code).toBe(0)
    expect(JSON.parse(set.out)).toMatchObject({ name: 'Jansen Installatie B.V.', iban: 'NL91ABNA0417164300', bic: 'ABNANL2A', kvkNumber: '12345678', hasLogo: true })
    const bad = await cli(['admin', 'profile', '--admin', 'Jansen', '--iban', 'NL91ABNA0417164301', ...d], env)
    expect(bad).toMatchObject({ code: 1, err: expect.stringMatching(/iban: invalid-iban/) })
    expect(JSON.parse((await cli(['admin', 'profile', '--admin', 'Jansen', '--json', ...d], env)).out)).toMatchObject({ iban: 'NL91ABNA0417164300' })
    expect(await cli(['admin', 'profile', '--admin', 'Jansen', '--logo', join(dir, 'missing.png'), ...d], env)).toMatchObject({ code: 1, err: expect.stringMatching(/cannot read .*missing\.png/) })
    expect(await cli(['admin', 'profile', '--admin', 'Jansen', '--kvk', '1', '--kbo', '2', ...d], env)).toMatchObject({ code: 2 })
  })

  it('prints a run once, refuses to print it again without --resend, then prints copies marked KOPIE; export writes PDFs and .eml files', async () => {
    const { dir, d } = await administration()
    await cli(['admin', 'profile', '--admin', 'Jansen', '--address', 'Dorpsstraat 1', '--postal-code', '1234 AB', '--city', 'Amsterdam', '--iban', 'NL91ABNA0417164300', '--email', 'debiteuren@jansen.example', ...d], env)
    const { runId } = JSON.parse((await cli(['dunning', 'save', '--admin', 'Jansen', '--as-of', '2026-03-02', '--json', ...d], env)).out)
    expect((await cli(['dunning', 'execute', '--admin', 'Jansen', '--run', String(runId), ...d], env)).code).toBe(0)

    const out = join(dir, 'run.pdf')
    const printed = await cli(['letters', 'print', '--admin', 'Jansen', '--run', String(runId), '--out', out, '--json', ...d], env)
    expect(printed.code).toBe(0)
    expect(JSON.parse(printed.out)).toEqual({ runId, file: out, letters: 1, pages: 1, copies: false })
    const text = pdfText(readFileSync(out))
    expect(text).toContain('Bouw Ĳssel B.V.')
    expect(text).toContain('€ 412,50')
    expect(text).not.toContain('KOPIE')

    const again = await cli(['letters', 'print', '--admin', 'Jansen', '--run', String(runId), '--out', join(dir, 'again.pdf'), ...d], env)
    expect(again).toMatchObject({ code: 1, err: expect.stringMatching(/already sent .*confirm/) })
    expect(await cli(['letters', 'print', '--admin', 'Jansen', '--run', String(runId), '--out', out, '--resend', ...d], env)).toMatchObject({ code: 1, err: expect.stringMatching(/already exists; nothing was written/) })
    const copy = await cli(['letters', 'print', '--admin', 'Jansen', '--run', String(runId), '--out', join(dir, 'copy.pdf'), '--resend', ...d], env)
    expect(copy).toMatchObject({ code: 0, out: expect.stringMatching(/as copies marked "kopie"/) })
    expect(pdfText(readFileSync(join(dir, 'copy.pdf')))).toMatch(/KOPIE[\s\S]*Bouw Ĳssel B.V.[\s\S]*Kopie van de brief van 2 maart 2026/)

    const exportDir = join(dir, 'export')
    const exported = await cli(['letters', 'export', '--admin', 'Jansen', '--run', String(runId), '--dir', exportDir, '--eml', '--resend', '--json', ...d], env)
    expect(exported.code).toBe(0)
    const files = readdirSync(exportDir).sort()
    expect(files.filter((f) => f.endsWith('.pdf'))).toHaveLength(2)
    const eml = files.filter((f) => f.endsWith('.eml'))
    expect(eml).toHaveLength(1)
    expect(JSON.parse(exported.out).skipped).toEqual([{ customerCode: 'K100', reason: 'no-email' }])
    const message = readFileSync(join(exportDir, eml[0]!), 'utf8')
    expect(message).toMatch(/^Date: /)
    expect(message).toContain('To: "Œuvre Events" <boekhouding@oeuvre.example>'.replace('"Œuvre Events"', '=?UTF-8?B?xZJ1dnJlIEV2ZW50cw==?='))
    expect(message).toContain('X-Unsent: 1')
    const attachment = /Content-Disposition: attachment;[^\r\n]*\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--/.exec(message)?.[1] ?? ''
    const pdf = Buffer.from(attachment.replace(/\r\n/g, ''), 'base64')
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdfText(pdf)).toContain('Œuvre Events')
    const body = /Content-Type: text\/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--/.exec(message)?.[1] ?? ''
    expect(Buffer.from(body.replace(/\r\n/g, ''), 'base64').toString('utf8')).toMatch(/Geachte heer, mevrouw,[\s\S]*2026-002/)

    expect(await cli(['letters', 'verify', '--admin', 'Jansen', '--json', ...d], env)).toMatchObject({ code: 0, out: JSON.stringify({ letters: 5, batches: 2, failures: [] }) })
  }, 60_000)

  it('verify names a letter whose stored PDF was altered', async () => {
    const { dir, d } = await administration()
    await cli(['admin', 'profile', '--admin', 'Jansen', '--address', 'Dorpsstraat 1', '--city', 'Amsterdam', '--iban', 'NL91ABNA0417164300', ...d], env)
    const { runId } = JSON.parse((await cli(['dunning', 'save', '--admin', 'Jansen', '--as-of', '2026-03-02', '--json', ...d], env)).out)
    await cli(['dunning', 'execute', '--admin', 'Jansen', '--run', String(runId), ...d], env)
    expect(await cli(['letters', 'verify', '--admin', 'Jansen', ...d], env)).toMatchObject({ code: 0, out: 'checked 2 letter(s) and 1 print PDF(s): all unchanged' })
    const admin = await createAdministrations(dir).open('Jansen', { passphrase: 'geheim' })
    admin.db.$client.prepare("UPDATE letters SET pdf = CAST(replace(CAST(pdf AS TEXT), 'PDF', 'PDX') AS BLOB) WHERE id = 2").run()
    admin.close()
    expect(await cli(['letters', 'verify', '--admin', 'Jansen', ...d], env)).toMatchObject({ code: 1, err: 'error: letter 2 (K200, 2026-03-02) does not match its stored SHA-256' })
  }, 60_000)

  it('statement writes the open items as of a date, in the language asked', async () => {
    const { dir, d } = await administration()
    await cli(['admin', 'profile', '--admin', 'Jansen', '--address', 'Dorpsstraat 1', '--city', 'Amsterdam', '--iban', 'NL91ABNA0417164300', ...d], env)
    const out = join(dir, 's.pdf')
    const r = await cli(['statement', '--admin', 'Jansen', '--customer', 'K100', '--as-of', '2026-03-02', '--out', out, '--lang', 'fr', '--json', ...d], env)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({ customer: 'K100', asOf: '2026-03-02', file: out, pages: expect.any(Number), letterId: 1 })
    const text = pdfText(readFileSync(out))
    expect(text).toContain('Relevé de compte au 2 mars 2026')
    expect(text).toContain('2026-001')
    expect(text).toContain('412,50 €')
    expect(await cli(['statement', '--admin', 'Jansen', '--customer', 'K999', '--as-of', '2026-03-02', '--out', join(dir, 'x.pdf'), ...d], env)).toMatchObject({ code: 1 })
  }, 60_000)
})
