// The one-click hand-over dossier: a ZIP with the claim specification (PDF + CSV), the invoices, the
// timeline, the archived letters and a JSON of it all. Built in memory; written only where the user chose.
import { writeFile } from 'node:fs/promises'
import { strToU8, zipSync } from 'fflate'
import type { IsoDate } from '../../../../shared/dates'
import { ARRANGEMENT_LABELS } from '../../../../shared/domains/arrangements/labels'
import type { Language } from '../../../../shared/domains/parties'
import { AppError } from '../../../../shared/errors'
import { type AppDb, withWrite } from '../../../db/connection'
import { appendAudit } from '../../audit/audit.repo'
import { claimCsv, dossierJson, invoicesCsv, letterFile, timelineCsv } from './dossier-files'
import { dossierData } from './dossier-data'
import { claimPdf } from './dossier-pdf'

export type Dossier = { fileName: string; bytes: Uint8Array; invoiceCount: number; totalCents: number }

const slug = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase()

export async function buildDossier(db: AppDb, input: { customerId: number; asOf: IsoDate; language: Language; today: IsoDate }): Promise<Dossier> {
  const d = dossierData(db, input.customerId, input.asOf)
  if (d.invoices.length === 0) throw new AppError('validation', `${d.debtor.name} has nothing open on ${input.asOf}: there is no claim to hand over`, 'customerId')
  const f = ARRANGEMENT_LABELS[input.language].dossier.files
  const files = {
    [`${f.claim}.pdf`]: await claimPdf(d, input.language, input.today),
    [`${f.claim}.csv`]: strToU8(claimCsv(d, input.language)),
    [`${f.invoices}.csv`]: strToU8(invoicesCsv(d, input.language)),
    [`${f.timeline}.csv`]: strToU8(timelineCsv(d, input.language)),
    [`${f.dossier}.json`]: strToU8(dossierJson(d, input.language)),
    // the archived PDFs as they went out, byte for byte (their SHA-256 is in the JSON)
    ...Object.fromEntries(d.letters.map((l) => [letterFile(l, input.language), new Uint8Array(l.pdf)]))
  }
  // a fixed timestamp keeps the same dossier byte-identical, whenever it is built
  const bytes = zipSync(files, { level: 6, mtime: new Date(`${input.asOf}T12:00:00Z`) })
  return { fileName: `${f.dossier}-${slug(d.debtor.code)}-${slug(d.debtor.name)}-${input.asOf}.zip`, bytes, invoiceCount: d.invoices.length, totalCents: d.claim.totalCents }
}

/** Writes the dossier to the path the user chose and records that it left the application. */
export async function saveDossier(db: AppDb, dossier: Dossier, customerId: number, path: string): Promise<void> {
  try {
    await writeFile(path, dossier.bytes)
  } catch (err) {
    throw new AppError('io', `${path}: cannot write the dossier: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, 'path')
  }
  recordDossierExport(db, dossier, customerId, path)
}

/** An audit entry for every dossier that leaves the application (saved, or downloaded in browser mode). */
export function recordDossierExport(db: AppDb, dossier: Dossier, customerId: number, target: string): void {
  withWrite(db, (tx) => appendAudit(tx, { action: 'handover.dossier-exported', entity: 'customer', entityId: customerId, data: { file: dossier.fileName, target, invoiceCount: dossier.invoiceCount, totalCents: dossier.totalCents } }))
}
