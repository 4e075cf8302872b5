// A small MT940 statement built in a test: incoming payments with a structured reference or a description.
export type Mt940Payment = { date: string; amountCents: number; iban: string; name: string; reference?: string; remittance?: string }

const yymmdd = (iso: string) => iso.slice(2).replaceAll('-', '')
const amount = (cents: number) => `${Math.trunc(cents / 100)},${String(cents % 100).padStart(2, '0')}`

export function mt940(payments: readonly Mt940Payment[], opts: { account?: string; openingCents?: number; statement?: string } = {}): Uint8Array {
  const opening = opts.openingCents ?? 100_000
  const first = payments[0]?.date ?? '2026-01-01'
  const last = payments.at(-1)?.date ?? first
  const closing = opening + payments.reduce((s, p) => s + p.amountCents, 0)
  const lines = ['{1:F01INGBNL2ABXXX0000000000}', '{2:I940INGBNL2AXXXN}', '{4:', `:20:${opts.statement ?? 'TEST'}`, `:25:${opts.account ?? 'NL20INGB0001234567'}EUR`, ':28C:00001', `:60F:C${yymmdd(first)}EUR${amount(opening)}`]
  payments.forEach((p, i) => {
    lines.push(`:61:${yymmdd(p.date)}${yymmdd(p.date).slice(2)}C${amount(p.amountCents)}NTRFNONREF//${opts.statement ?? 'T'}${String(i + 1).padStart(6, '0')}`)
    const remi = p.reference ? `/REMI/STRD/CUR/${p.reference}/` : `/REMI/USTD//${p.remittance ?? ''}/`
    lines.push(`:86:/CNTP/${p.iban}/INGBNL2A/${p.name}//${remi}`)
  })
  lines.push(`:62F:C${yymmdd(last)}EUR${amount(closing)}`, '-}')
  return new TextEncoder().encode(lines.join('\r\n'))
}
