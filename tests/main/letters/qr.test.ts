// The payment QR code: the symbol the letters draw is the one qrcode itself builds for the same segments
// (same mask by the same penalty rules), the segments are as compact as qrcode's own splitting, the
// rectangles cover exactly the dark modules, and a drawn code decodes (zbarimg) to the exact payload.
import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import { A4 } from '../../../src/main/domains/letters/layout/display-list'
import { loadFonts } from '../../../src/main/domains/letters/layout/fonts'
import { drawPages, finishPdf, openPdf } from '../../../src/main/domains/letters/layout/pdf-writer'
import { qrMatrix, qrRects } from '../../../src/main/domains/letters/layout/qr'
import { qrSegments, versionGroup } from '../../../src/main/domains/letters/layout/qr-segments'
import { letterFontFiles } from '../../../src/main/domains/letters/render-options'
import { qrCodes } from './letters-db'

// as the letters write it: no empty trailing line when there is no remittance text
const epc = (name: string, iban: string, amount: string, reference: string, text = '') => ['BCD', '002', '1', 'SCT', '', name, iban, `EUR${amount}`, '', reference, ...(text ? [text] : [])].join('\n')

const PAYLOADS = [
  epc('Installatiebedrijf Test B.V.', 'NL91ABNA0417164300', '1200.00', 'RF18539007547034'),
  epc('Brasserie Ĳzerman BV', 'BE68539007547034', '87.5', '+++090/9337/55493+++'),
  epc('Œuvres Sociales – Café Müller SPRL', 'BE71096123456769', '123456.78', '', 'Betaling factuur 2026-00123 herinnering € 12,50'),
  ...Array.from({ length: 40 }, (_, i) => epc(`Klant ${i} B.V.`, 'NL91ABNA0417164300', `${(i * 37.13).toFixed(2)}`, `RF${10 + i}9000000${i}`)),
  // long enough for a version above 9 (other character count lengths)
  epc('Établissements Lefèvre & Fils SPRL', 'BE71096123456769', '9999999.99', '', 'Facture 2026-0042 '.repeat(9).trim())
]

describe('payment QR codes', () => {
  it('are the symbol qrcode builds for the same segments, with the mask qrcode would choose', () => {
    for (const payload of PAYLOADS) {
      const mine = qrMatrix(payload)
      const own = QRCode.create(qrSegments(payload, versionGroup(QRCode.create(qrSegments(payload), { errorCorrectionLevel: 'M' }).version)), { errorCorrectionLevel: 'M' })
      expect(mine.size).toBe(own.modules.size)
      expect(Array.from(mine.modules)).toEqual(Array.from(own.modules.data))
    }
    expect(Math.max(...PAYLOADS.map((p) => (qrMatrix(p).size - 17) / 4))).toBeGreaterThan(9)
  })

  it('split the payload into segments that hold exactly its text, in no larger a version than qrcode splits it', () => {
    const decoder = new TextDecoder()
    for (const payload of PAYLOADS) {
      const segments = qrSegments(payload)
      expect(segments.map((s) => (typeof s.data === 'string' ? s.data : decoder.decode(s.data as Uint8Array))).join('')).toBe(payload)
      expect(segments.some((s) => s.mode === 'numeric')).toBe(true)
      expect(qrMatrix(payload).size).toBeLessThanOrEqual(QRCode.create(payload, { errorCorrectionLevel: 'M' }).modules.size)
    }
  })

  it('are drawn as rectangles that cover every dark module once and nothing else', () => {
    for (const payload of PAYLOADS.slice(0, 5)) {
      const { size, modules } = qrMatrix(payload)
      const { rects } = qrRects(payload)
      const covered = new Uint8Array(size * size)
      for (const [c, r, w, h] of rects) for (let y = r; y < r + h; y++) for (let x = c; x < c + w; x++) covered[y * size + x]!++
      expect(Array.from(covered)).toEqual(Array.from(modules))
      expect(rects.some(([, , , h]) => h > 1)).toBe(true)
    }
  })

  it('decode (zbarimg) to the exact payload, a long one too', async () => {
    const fonts = loadFonts(letterFontFiles())
    const chosen = [PAYLOADS[1]!, PAYLOADS[2]!, PAYLOADS.at(-1)!]
    const target = openPdf({ title: 'QR', language: 'nl', author: 'Test', pdfA: true }, fonts)
    drawPages(target, chosen.map((payload) => ({ ops: [{ op: 'qr' as const, x: 100, y: 100, size: Math.min(A4.width, 300), payload }] })), fonts, null)
    expect(qrCodes(await finishPdf(target))).toEqual(chosen)
  }, 30_000)
})
