// CSV as Dutch and Belgian Excel open it: `;` between fields, UTF-8 with a byte-order mark, CRLF, the
// locale's decimal mark. One table (the document's csvSheet); a field with ; " or a line break is quoted.
import type { Writable } from 'node:stream'
import type { DocSheet, ReportDocument } from '../../../../shared/domains/reports/document'
import { reportTexts } from '../../../../shared/domains/reports/texts'
import { csvText } from './cells'
import type { DocWriter } from './writer'

const field = (text: string): string => (/[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text)

export function createCsvWriter(doc: ReportDocument, sink: Writable): DocWriter {
  const texts = reportTexts(doc.language)
  const spec = doc.sheets[doc.csvSheet] as DocSheet
  sink.write('\uFEFF' + spec.columns.map((c) => field(c.label)).join(';') + '\r\n')
  return {
    rows(sheet, rows) {
      if (sheet !== doc.csvSheet) return
      let chunk = ''
      for (const cells of rows) chunk += spec.columns.map((c, k) => field(csvText(c, cells[k] ?? null, texts, doc.locale))).join(';') + '\r\n'
      sink.write(chunk)
    },
    end: () => new Promise<void>((resolve, reject) => sink.end((err?: Error | null) => (err ? reject(err) : resolve())))
  }
}
