// The arrangements commands run exactly as the issue writes them, against a real encrypted administration.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAdministrations } from '../../../src/main/domains/administrations/administrations.service'
import { addDays, localToday } from '../../../src/shared/dates'
import { cli } from '../../helpers/cli'
import { tempDir } from '../../helpers/db'
import { pdfText } from '../letters/letters-db'
import { invoiceByNumber, seedReceivables } from '../payments/bank-db'

const env = { DEBITO_PASSPHRASE: 'geheim' }
const dir = tempDir()
const today = localToday()
const D = addDays(today, 10)
const run = (...args: string[]) => cli([...args, '--data-dir', dir], env)
const db = async <T>(read: (d: Parameters<typeof invoiceByNumber>[0]) => T): Promise<T> => {
  const a = await createAdministrations(dir).open('A', { passphrase: 'geheim' })
  try {
    return read(a.db)
  } finally {
    a.close()
  }
}

beforeAll(async () => {
  expect((await cli(['admin', 'create', 'A', '--data-dir', dir], env)).code).toBe(0)
  await db((d) => seedReceivables(d))
})

describe('arrangements CLI', () => {
  it('promise add', async () => {
    const r = await run('promise', 'add', '--admin', 'A', '--customer', 'C2', '--amount', '250,00', '--date', D, '--invoices', '2026-0042,2026-0043')
    expect(r).toMatchObject({ code: 0, err: '' })
    expect(r.out).toBe(`promise 1: Bakkerij De Korenaar B.V. pays 250.00 by ${D} for 2026-0042, 2026-0043`)
    const j = await run('promise', 'add', '--admin', 'A', '--customer', 'Cafe Het Hoekje', '--amount', '1.000,50', '--date', D, '--json')
    expect(JSON.parse(j.out)).toEqual({ id: 2, customer: 'C3', amountCents: 100_050, promisedDate: D, status: 'open', invoices: null })
    expect(await run('promise', 'add', '--admin', 'A', '--customer', 'C2', '--amount', '12,345', '--date', D)).toMatchObject({ code: 2, err: expect.stringMatching(/--amount must be a positive amount with at most two decimals/) })
    expect(await run('promise', 'add', '--admin', 'A', '--customer', 'C9', '--amount', '5', '--date', D)).toMatchObject({ code: 1, err: 'error: no customer with code or name "C9"' })
  })

  it('plan create', async () => {
    const r = await run('plan', 'create', '--admin', 'A', '--customer', 'C2', '--invoices', '2026-0002,2026-0042', '--instalments', '6', '--frequency', 'monthly', '--start', D)
    expect(r).toMatchObject({ code: 0, err: '' })
    const lines = r.out.split('\n')
    expect(lines[0]).toBe('plan 1: Bakkerij De Korenaar B.V., 350.00 (2026-0002, 2026-0042), monthly')
    // € 350 in six: five of 58.33 and a last one of 58.35, each with its own RF reference
    expect(lines.slice(1).map((l) => l.trim().split(/\s+/).slice(0, 3))).toEqual([
      ['1', D, '58.33'],
      ['2', expect.any(String), '58.33'],
      ['3', expect.any(String), '58.33'],
      ['4', expect.any(String), '58.33'],
      ['5', expect.any(String), '58.33'],
      ['6', expect.any(String), '58.35']
    ])
    expect(lines.slice(1).every((l) => /RF\d\d 9000 0000 \d\d$/.test(l))).toBe(true)
    expect(await run('plan', 'create', '--admin', 'A', '--customer', 'C2', '--invoices', '2026-0042', '--instalments', '6', '--frequency', 'yearly', '--start', D)).toMatchObject({ code: 2 })
  })

  it('dispute open|accept|reject', async () => {
    const opened = await run('dispute', 'open', '--admin', 'A', '--invoice', '2026-0050', '--reason', 'price')
    expect(opened).toMatchObject({ code: 0, out: 'dispute 1 on invoice 2026-0050: open (price)' })
    expect(await db((d) => invoiceByNumber(d, '2026-0050').disputed)).toBe(true)
    const rejected = await run('dispute', 'reject', '--admin', 'A', '--invoice', '2026-0050', '--reason', 'prijs volgens offerte')
    expect(rejected).toMatchObject({ code: 0, out: 'dispute 1 on invoice 2026-0050: rejected (prijs volgens offerte)' })
    expect(await db((d) => invoiceByNumber(d, '2026-0050').disputed)).toBe(false)
    await run('dispute', 'open', '--admin', 'A', '--invoice', '2026-0060', '--reason', 'quality')
    expect((await run('dispute', 'accept', '--admin', 'A', '--invoice', '2026-0060', '--reason', 'creditnota volgt')).out).toBe('dispute 2 on invoice 2026-0060: accepted (creditnota volgt)')
    expect(await run('dispute', 'reject', '--admin', 'A', '--invoice', '2026-0050', '--reason', 'x')).toMatchObject({ code: 1, err: 'error: invoice 2026-0050 has no open dispute' })
    expect(await run('dispute', 'open', '--admin', 'A', '--invoice', '2026-0050', '--reason', 'weather')).toMatchObject({ code: 2 })
  })

  it('hold', async () => {
    const r = await run('hold', '--admin', 'A', '--customer', 'C1', '--until', D)
    expect(r).toMatchObject({ code: 0, out: `hold 1: Jansen en Zn until ${D}: on hold` })
    expect(await db((d) => d.$client.prepare(`SELECT on_hold AS onHold FROM customers WHERE code = 'C1'`).get())).toEqual({ onHold: 1 })
  })

  it('handover with the dossier ZIP written where asked', async () => {
    const out = join(tempDir(), 'out.zip')
    const r = await run('handover', '--admin', 'A', '--customer', 'C4', '--to', 'Incassobureau Noord B.V.', '--dossier', out)
    expect(r).toMatchObject({ code: 0, err: '' })
    expect(r.out.split('\n')).toEqual([
      `hand-over 1: Brasserie Het Anker to Incassobureau Noord B.V. (agency) on ${today}: 2 invoice(s), 198.70 open; reminders stop`,
      expect.stringMatching(new RegExp(`^dossier written to ${out.replace(/[.]/g, '\\.')}: claim \\d+\\.\\d\\d as of ${today}$`))
    ])
    const files = unzipSync(new Uint8Array(readFileSync(out)))
    expect(JSON.parse(strFromU8(files['dossier.json']!)).handover).toMatchObject({ kind: 'agency', party: 'Incassobureau Noord B.V.' })
    expect(await db((d) => invoiceByNumber(d, '2026-0070').handedOver)).toBe(true)
    const missingDir = join(tempDir(), 'nope', 'out.zip')
    expect(await run('handover', '--admin', 'A', '--customer', 'C3', '--to', 'X', '--dossier', missingDir)).toMatchObject({ code: 1 })
    expect(existsSync(missingDir)).toBe(false)
    expect(await db((d) => invoiceByNumber(d, '2026-0050').handedOver)).toBe(false)
  })

  it('plan remind writes the reminder of one instalment (PDF, and with --eml the e-mail beside it) and ticks it off', async () => {
    await db((d) => {
      d.$client.prepare("UPDATE administration_profile SET address_line = 'Dorpsstraat 1', postal_code = '1234 AB', city = 'Amsterdam', iban = 'NL91ABNA0417164300', email = 'debiteuren@a.example' WHERE id = 1").run()
      d.$client.prepare("UPDATE customers SET address_line = 'Lindenlaan 3', postal_code = '2011 KL', city = 'Haarlem', email = 'boekhouding@korenaar.example' WHERE code = 'C2'").run()
    })
    const plan = JSON.parse((await run('plan', 'create', '--admin', 'A', '--customer', 'C2', '--invoices', '2026-0043', '--instalments', '2', '--frequency', 'monthly', '--start', D, '--json')).out)
    const folder = tempDir()
    const out = join(folder, 'termijn-1.pdf')
    const r = await run('plan', 'remind', '--admin', 'A', '--plan', String(plan.id), '--instalment', '1', '--out', out, '--eml', '--json')
    expect(r).toMatchObject({ code: 0, err: '' })
    expect(JSON.parse(r.out)).toEqual({ planId: plan.id, instalment: 1, dueDate: D, file: out, eml: join(folder, 'termijn-1.eml'), pages: 1, copies: false })
    const text = pdfText(readFileSync(out))
    expect(text).toContain('Herinnering termijn 1 van uw betalingsregeling')
    expect(text).toContain(plan.instalments[0].reference)
    expect(text).toContain('€ 30,00')
    expect(readFileSync(join(folder, 'termijn-1.eml'), 'utf8')).toContain('<boekhouding@korenaar.example>')
    expect(await db((d) => d.$client.prepare('SELECT kind, channel, sha256 FROM letters').all())).toEqual([{ kind: 'plan-reminder', channel: 'email', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }])
    expect(await db((d) => d.$client.prepare('SELECT reminded_on AS on_ FROM plan_instalments WHERE plan_id = ? AND seq = 1').get(plan.id))).toEqual({ on_: today })

    // again only as a confirmed copy, never over an existing file; a wrong instalment or plan says so
    expect(await run('plan', 'remind', '--admin', 'A', '--plan', String(plan.id), '--instalment', '1', '--out', join(folder, 'again.pdf'))).toMatchObject({ code: 1, err: expect.stringMatching(/already sent .*confirm/) })
    expect(await run('plan', 'remind', '--admin', 'A', '--plan', String(plan.id), '--instalment', '1', '--out', out, '--resend')).toMatchObject({ code: 1, err: expect.stringMatching(/already exists; nothing was written/) })
    const copy = await run('plan', 'remind', '--admin', 'A', '--plan', String(plan.id), '--instalment', '1', '--out', join(folder, 'copy.pdf'), '--resend', '--lang', 'en')
    expect(copy).toMatchObject({ code: 0, out: expect.stringMatching(/as a copy marked "kopie"$/) })
    expect(await run('plan', 'remind', '--admin', 'A', '--plan', String(plan.id), '--instalment', '7', '--out', join(folder, 'x.pdf'))).toMatchObject({ code: 1, err: `error: payment plan ${plan.id} has no instalment 7` })
    expect(await run('plan', 'remind', '--admin', 'A', '--plan', '99', '--instalment', '1', '--out', join(folder, 'x.pdf'))).toMatchObject({ code: 1, err: 'error: No payment plan with id 99.' })
    expect(await run('plan', 'remind', '--admin', 'A', '--plan', String(plan.id), '--out', join(folder, 'x.pdf'))).toMatchObject({ code: 2, err: expect.stringMatching(/--instalment is required/) })
    expect(existsSync(join(folder, 'x.pdf'))).toBe(false)
    expect((await cli(['plan', 'remind', '--help'])).out).toContain('--admin <name> --plan <id> --instalment <n> --out <f.pdf> [--eml]')
  })
})
