// What every render job shares: the font files, the PDF/A setting and the administration's logo.
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import type { AppDb } from '../../db/connection'
import { letterFontsFolder } from '../../db/paths'
import { settings } from '../../db/schema'
import type { FontFiles } from './layout/fonts'
import type { CreditorProfile } from './letter-sources'
import type { RenderJob } from './render-letters'

/** Settings key: "0" writes plain PDF 1.7 instead of PDF/A-2b (on by default: letters are archived for years). */
export const PDFA_SETTING = 'letters.pdfa'

export function letterFontFiles(folder = letterFontsFolder()): FontFiles {
  return { regular: join(folder, 'NotoSans-Regular.ttf'), bold: join(folder, 'NotoSans-Bold.ttf'), italic: join(folder, 'NotoSans-Italic.ttf') }
}

export function pdfAEnabled(db: AppDb): boolean {
  return db.select({ value: settings.value }).from(settings).where(eq(settings.key, PDFA_SETTING)).get()?.value !== '0'
}

export function renderBase(db: AppDb, creditor: Pick<CreditorProfile, 'name' | 'logo'>): Omit<RenderJob, 'letters' | 'outputs'> {
  return { fonts: letterFontFiles(), pdfA: pdfAEnabled(db), author: creditor.name, logo: creditor.logo }
}
