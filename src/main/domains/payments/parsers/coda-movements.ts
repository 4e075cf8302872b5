// CODA movement records 2.1–2.3 and information records 3.1–3.3 → normalized entries.
import type { BankEntry } from '../../../../shared/domains/payments/bank-model'
import { bareReference } from '../../../../shared/domains/payments/references'
import { codaAmount, codaDate, pos, type CodaContext, type CodaRecord } from './coda-fields'
import { cleanText, compactAccount } from './parse-error'

type Movement = { r21: CodaRecord; r22?: CodaRecord; r23?: CodaRecord; info: CodaRecord[] }

/** Booked movements; a globalised total (transaction type 1 or 2) is replaced by its details when they add up. */
export function codaMovements(block: CodaRecord[], ctx: CodaContext): BankEntry[] {
  const movements: Movement[] = []
  for (const r of block) {
    const kind = r.text.slice(0, 2)
    const last = movements[movements.length - 1]
    if (kind === '21') movements.push({ r21: r, info: [] })
    else if (kind === '22' && last) last.r22 = r
    else if (kind === '23' && last) last.r23 = r
    else if (r.text[0] === '3' && last) last.info.push(r)
  }
  const entries: BankEntry[] = []
  for (const main of movements.filter((m) => pos(m.r21, 7, 10) === '0000')) {
    const seq = pos(main.r21, 3, 6)
    const details = movements.filter((m) => m !== main && pos(m.r21, 3, 6) === seq)
    const total = codaAmount(main.r21, 32, 33, 47, ctx.file)
    const globalised = '12'.includes(pos(main.r21, 54, 54)) && details.length > 0
    if (globalised) {
      const detailEntries = details.map((d) => entry(d, ctx, `/${pos(d.r21, 7, 10)}`))
      const sum = detailEntries.reduce((a, e) => a + e.amountCents, 0)
      if (sum === total) {
        entries.push(...detailEntries)
        continue
      }
      ctx.warnings.push({
        code: 'coda-details-sum',
        values: { file: { text: ctx.file }, line: { text: String(main.r21.line) }, movement: { text: seq }, sum: { money: sum }, total: { money: total } }
      })
    }
    entries.push(entry(main, ctx, ''))
  }
  return entries
}

function entry(m: Movement, ctx: CodaContext, refSuffix: string): BankEntry {
  const r = m.r21
  const valueRaw = pos(r, 48, 53)
  const bookingDate = codaDate(r, 116, ctx.file)
  const zone1 = pos(r, 63, 115)
  const zone2 = m.r22 ? pos(m.r22, 11, 63) : ''
  const zone3 = m.r23 ? pos(m.r23, 83, 125) : ''
  let structuredReference: string | null = null
  let remittance: string | null
  if (pos(r, 62, 62) === '1') {
    const code = zone1.slice(0, 3)
    if (code === '101' || code === '102') structuredReference = bareReference(zone1.slice(3, 15))
    remittance = structuredReference === null ? cleanText(zone1.slice(3) + zone2 + zone3) : null
  } else {
    remittance = cleanText(zone1 + zone2 + zone3 + freeInformation(m.info))
  }
  const bankRef = pos(r, 11, 31).trim()
  const reason = m.r22 && pos(m.r22, 113, 113).trim() !== '' ? pos(m.r22, 114, 117).trim() : ''
  return {
    bookingDate,
    valueDate: /^0+$/.test(valueRaw) ? bookingDate : codaDate(r, 48, ctx.file),
    amountCents: codaAmount(r, 32, 33, 47, ctx.file),
    counterpartyName: m.r23 ? cleanText(pos(m.r23, 48, 82)) : null,
    counterpartyAccount: m.r23 ? compactAccount(pos(m.r23, 11, 44).trim().split(/\s+/)[0]) : null,
    structuredReference,
    remittance,
    bankReference: bankRef.length > 0 ? bankRef + refSuffix : null,
    returnReason: reason.length > 0 ? reason : null
  }
}

/** Free communication of 3.1 (type 0 at position 40) and its 3.2/3.3 continuations; structured 3.x (addresses) is skipped. */
function freeInformation(info: CodaRecord[]): string {
  let free = false
  let text = ''
  for (const r of info) {
    const kind = r.text.slice(0, 2)
    if (kind === '31') {
      free = pos(r, 40, 40) === '0'
      if (free) text += pos(r, 41, 113)
    } else if (free && kind === '32') text += pos(r, 11, 115)
    else if (free && kind === '33') text += pos(r, 11, 100)
  }
  return text
}
