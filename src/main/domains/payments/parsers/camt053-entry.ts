// One CAMT `Ntry` → normalized entries: one per `TxDtls` of a batch, dates from the entry.
import type { BankWarning } from '../../../../shared/domains/payments/warnings/render'
import { REVERSAL, type BankEntry } from '../../../../shared/domains/payments/bank-model'
import { bareReference } from '../../../../shared/domains/payments/references'
import { camtAmount, camtDate, camtSign } from './camt053-fields'
import { cleanText, compactAccount, parseError } from './parse-error'
import { child, children, textOf, textValue } from './xml-node'

export type CamtContext = { file: string; where: string; warnings: BankWarning[] }

const UNBOOKED = new Set(['PDNG', 'INFO'])

export function camtEntries(ntry: unknown, ctx: CamtContext): BankEntry[] {
  const status = textOf(ntry, 'Sts') ?? textOf(ntry, 'Sts', 'Cd')
  if (status !== null && UNBOOKED.has(status)) return []
  const sign = camtSign(ntry, ctx.where, ctx.file)
  const total = camtAmount(ntry, ctx.where, ctx.file)
  const booking = camtDate(ntry, 'BookgDt')
  const value = camtDate(ntry, 'ValDt')
  if (booking === null && value === null) throw parseError(ctx.file, `${ctx.where}/BookgDt`, 'missing or malformed booking date')
  const reversal = textOf(ntry, 'RvslInd') === 'true'
  const bankRef = textOf(ntry, 'AcctSvcrRef')
  const entryInfo = textOf(ntry, 'AddtlNtryInf')
  const txs = children(ntry, 'NtryDtls').flatMap((d) => children(d, 'TxDtls'))
  const base = { bookingDate: (booking ?? value) as string, valueDate: (value ?? booking) as string }
  // a reversed credit (money going back out) counts as a return even without RtrInf
  const reversalReason = reversal && sign === -1 ? REVERSAL : null

  const amounts = txs.map((tx, i) => txAmount(tx, `${ctx.where}/NtryDtls/TxDtls[${i + 1}]`, ctx.file))
  const split = txs.length > 1 && amounts.every((a) => a !== null)
  if (split) {
    const sum = amounts.reduce<number>((a, b) => a + (b ?? 0), 0)
    if (sum !== total)
      ctx.warnings.push({ code: 'camt-details-sum', values: { file: { text: ctx.file }, where: { text: ctx.where }, count: { count: txs.length }, sum: { money: sum }, total: { money: total } } })
    return txs.map((tx, i) => ({
      ...base,
      ...txDetails(tx, (sign === 1) !== reversal, entryInfo, reversalReason),
      amountCents: sign * (amounts[i] ?? 0),
      bankReference: textOf(tx, 'Refs', 'AcctSvcrRef') ?? (bankRef === null ? null : `${bankRef}/${i + 1}`)
    }))
  }
  return [{ ...base, ...txDetails(txs[0], (sign === 1) !== reversal, entryInfo, reversalReason), amountCents: sign * total, bankReference: bankRef }]
}

function txAmount(tx: unknown, where: string, file: string): number | null {
  for (const path of [['AmtDtls', 'TxAmt', 'Amt'], ['Amt']]) {
    if (textOf(tx, ...path) !== null) return camtAmount(tx, where, file, path)
  }
  return null
}

type TxPart = Pick<BankEntry, 'counterpartyName' | 'counterpartyAccount' | 'structuredReference' | 'remittance' | 'returnReason'>

/** Counterparty: the debtor of money received, the creditor of money paid (mirrored for a reversal). */
function txDetails(tx: unknown, debtorSide: boolean, entryInfo: string | null, reversalReason: string | null): TxPart {
  const parties = child(tx, 'RltdPties')
  const party = (role: 'Dbtr' | 'Cdtr') => ({
    name: cleanText(textOf(parties, role, 'Nm') ?? textOf(parties, role, 'Pty', 'Nm')),
    account: compactAccount(textOf(parties, `${role}Acct`, 'Id', 'IBAN') ?? textOf(parties, `${role}Acct`, 'Id', 'Othr', 'Id'))
  })
  const first = party(debtorSide ? 'Dbtr' : 'Cdtr')
  const other = party(debtorSide ? 'Cdtr' : 'Dbtr')
  const chosen = first.name === null && first.account === null ? other : first
  const rmt = child(tx, 'RmtInf')
  const texts = [...children(rmt, 'Ustrd'), ...children(tx, 'AddtlTxInf')].map(textValue)
  for (const strd of children(rmt, 'Strd')) texts.push(...children(strd, 'AddtlRmtInf').map(textValue))
  const remittance = cleanText(texts.filter((t) => t !== null).join(' ')) ?? cleanText(entryInfo)
  return {
    counterpartyName: chosen.name,
    counterpartyAccount: chosen.account,
    structuredReference: creditorReference(rmt),
    remittance,
    returnReason: textOf(tx, 'RtrInf', 'Rsn', 'Cd') ?? textOf(tx, 'RtrInf', 'Rsn', 'Prtry') ?? reversalReason
  }
}

/** `Strd/CdtrRefInf/Ref` typed SCOR (issuer BBA or ISO), or untyped; other typed references are ignored. */
function creditorReference(rmt: unknown): string | null {
  for (const strd of children(rmt, 'Strd')) {
    const info = child(strd, 'CdtrRefInf')
    const code = textOf(info, 'Tp', 'CdOrPrtry', 'Cd') ?? textOf(info, 'CdtrRefTp', 'Cd')
    const ref = textOf(info, 'Ref')
    if (ref !== null && (code === null || code === 'SCOR')) {
      const bare = bareReference(ref)
      if (bare !== null) return bare
    }
  }
  return null
}
