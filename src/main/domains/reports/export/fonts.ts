// The fonts of report PDFs: Noto Sans (full Latin, €, the narrow no-break space French amounts use),
// from resources/fonts in a packaged app or the @embedpdf/fonts-latin package otherwise.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export type ReportFonts = { regular: string; bold: string }

const FILES = { regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' }

function fontDirs(): string[] {
  const dirs: string[] = []
  const resources = (process as { resourcesPath?: string }).resourcesPath
  if (resources) dirs.push(join(resources, 'fonts'))
  try {
    // the package exports only its index (dist/index.*); the TTF files sit in fonts/ beside dist/
    dirs.push(join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-latin')), '..', 'fonts'))
  } catch {
    // not installed (a packaged app ships the fonts in resources instead)
  }
  return dirs
}

export function reportFonts(): ReportFonts {
  for (const dir of fontDirs()) {
    const regular = join(dir, FILES.regular)
    const bold = join(dir, FILES.bold)
    if (existsSync(regular) && existsSync(bold)) return { regular, bold }
  }
  throw new Error(`the report fonts (${FILES.regular}) were not found`)
}
