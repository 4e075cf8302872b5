// Builds real .xlsx bytes with exceljs for the reader tests.
import ExcelJS from 'exceljs'

export async function xlsxBytes(rows: unknown[][], dateColumns: number[] = []): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Openstaande posten')
  for (const r of rows) ws.addRow(r)
  for (const c of dateColumns) ws.getColumn(c).numFmt = 'dd-mm-yyyy'
  return new Uint8Array(await wb.xlsx.writeBuffer())
}
