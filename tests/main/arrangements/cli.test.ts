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
})
