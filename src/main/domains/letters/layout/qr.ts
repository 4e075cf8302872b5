// The QR code of a payment block as dark-module runs: one rectangle per horizontal run keeps the PDF
// content small and the drawing fast. Error correction M, as EPC069-12 prescribes.
import QRCode from 'qrcode'

/** Runs of dark modules per row: [row, startColumn, length], with the symbol's size in modules (no quiet zone). */
export type QrRuns = { modules: number; runs: [number, number, number][] }

const cache = new Map<string, QrRuns>()

export function qrRuns(payload: string): QrRuns {
  const hit = cache.get(payload)
  if (hit) return hit
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' })
  const n = modules.size
  const runs: [number, number, number][] = []
  for (let r = 0; r < n; r++) {
    let c = 0
    while (c < n) {
      if (!modules.get(r, c)) {
        c++
        continue
      }
      const start = c
      while (c < n && modules.get(r, c)) c++
      runs.push([r, start, c - start])
    }
  }
  const result = { modules: n, runs }
  if (cache.size > 200) cache.clear()
  cache.set(payload, result)
  return result
}

/** The module size for a QR drawn `size` points wide with a quiet zone of 2 modules on each side. */
export function moduleSize(qr: QrRuns, size: number): number {
  return size / (qr.modules + 4)
}
