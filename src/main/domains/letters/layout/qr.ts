// The QR code of a payment block as dark rectangles: horizontal runs of dark modules, joined with the
// same run in the rows below, keep the PDF content small and the drawing fast. Error correction M, as
// EPC069-12 prescribes. qrcode builds the symbol (data, Reed-Solomon, patterns) with mask 0; the mask is
// then chosen here by the standard's penalty rules (the same rules qrcode applies), on typed arrays with
// each mask precomputed per symbol size: qrcode's own mask search costs most of a symbol's time.
import QRCode from 'qrcode'
import { qrSegments, versionGroup } from './qr-segments'

/** Dark rectangles [column, row, width, height] in modules, with the symbol's size in modules (no quiet zone). */
export type QrRects = { modules: number; rects: [number, number, number, number][] }

const MASKS: ((r: number, c: number) => boolean)[] = [
  (r, c) => (r + c) % 2 === 0,
  (r) => r % 2 === 0,
  (_, c) => c % 3 === 0,
  (r, c) => (r + c) % 3 === 0,
  (r, c) => (Math.floor(r / 2) + Math.floor(c / 3)) % 2 === 0,
  (r, c) => ((r * c) % 2) + ((r * c) % 3) === 0,
  (r, c) => (((r * c) % 2) + ((r * c) % 3)) % 2 === 0,
  (r, c) => (((r * c) % 3) + ((r + c) % 2)) % 2 === 0
]

/** Format information (error correction M = 00) for each mask: BCH(15,5), XORed with 0x5412. */
const FORMAT_BITS = MASKS.map((_, mask) => {
  const data = mask // M's two bits are 00
  let rem = data << 10
  for (let bit = 14; bit >= 10; bit--) if ((rem >> bit) & 1) rem ^= 0x537 << (bit - 10)
  return ((data << 10) | rem) ^ 0x5412
})

/** Where the 15 format bits go (both copies), as matrix indexes, for a symbol of `size` modules. */
function formatCells(size: number): [number, number][] {
  const cells: [number, number][] = []
  for (let i = 0; i < 15; i++) {
    const vertical = i < 6 ? i * size + 8 : i < 8 ? (i + 1) * size + 8 : (size - 15 + i) * size + 8
    const horizontal = i < 8 ? 8 * size + size - i - 1 : i < 9 ? 8 * size + 15 - i : 8 * size + 14 - i
    cells.push([vertical, horizontal])
  }
  return cells
}

/** Per symbol size: each mask as 0/1 over the matrix (0 on function modules), and the format cells. */
type SizeTables = { masks: Uint8Array[]; format: [number, number][] }
const tables = new Map<number, SizeTables>()

function sizeTables(size: number, reserved: Uint8Array): SizeTables {
  let t = tables.get(size)
  if (!t) {
    const masks = MASKS.map((dark) => {
      const m = new Uint8Array(size * size)
      for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) if (!reserved[r * size + c] && dark(r, c)) m[r * size + c] = 1
      return m
    })
    t = { masks, format: formatCells(size) }
    tables.set(size, t)
  }
  return t
}

/**
 * What the newest module of a row or column adds to the penalty, looked up from the line's last 11
 * modules (bit 0 the newest), per position in the line: N1 counts each window of 5 equal modules once
 * and the first window of a run 2 more (a run of n ≥ 5 gives 3 + (n − 5)); N3 the finder-like patterns
 * 1011101 next to 4 light modules. Table lookups instead of branches on random module colours.
 */
function lineTable(position: number): Uint8Array {
  const table = new Uint8Array(2048)
  for (let bits = 0; bits < 2048; bits++) {
    const five = bits & 0x1f
    let points = 0
    if (position >= 4 && (five === 0 || five === 0x1f)) points += position === 4 || ((bits >> 5) & 1) !== (bits & 1) ? 3 : 1
    if (position >= 10 && (bits === 0x5d0 || bits === 0x05d)) points += 40
    table[bits] = points
  }
  return table
}
const LINE_TABLES = Array.from({ length: 11 }, (_, position) => lineTable(position))
/** N2: a 2×2 block of one colour, indexed by its four modules as bits. */
const BLOCK = Uint8Array.from({ length: 16 }, (_, bits) => (bits === 0 || bits === 15 ? 3 : 0))

/** The standard's penalty (N1 runs, N2 2×2 blocks, N3 finder-like patterns, N4 dark balance), as qrcode counts it. */
export function penalty(m: Uint8Array, size: number): number {
  let points = 0
  let dark = 0
  for (let a = 0; a < size; a++) {
    // row a and column a together
    let rowBits = 0
    let colBits = 0
    for (let b = 0; b < size; b++) {
      const i = a * size + b
      const h = m[i]!
      dark += h
      rowBits = ((rowBits << 1) & 0x7ff) | h
      colBits = ((colBits << 1) & 0x7ff) | m[b * size + a]!
      const table = LINE_TABLES[b < 10 ? b : 10]!
      points += table[rowBits]! + table[colBits]!
      if (a < size - 1 && b < size - 1) points += BLOCK[h | (m[i + 1]! << 1) | (m[i + size]! << 2) | (m[i + size + 1]! << 3)]!
    }
  }
  const k = Math.abs(Math.ceil((dark * 100) / (size * size) / 5) - 10)
  return points + k * 10
}

/** The symbol's modules (1 = dark), row by row, with the mask of the lowest penalty. */
export function qrMatrix(payload: string): { size: number; modules: Uint8Array } {
  let symbol = QRCode.create(qrSegments(payload), { errorCorrectionLevel: 'M', maskPattern: 0 })
  // the segments were costed for versions 1–9: a longer payload is split again for its own version
  if (versionGroup(symbol.version) > 0) symbol = QRCode.create(qrSegments(payload, versionGroup(symbol.version)), { errorCorrectionLevel: 'M', maskPattern: 0 })
  const { size, data, reservedBit } = symbol.modules
  const { masks, format } = sizeTables(size, reservedBit)
  const plain = data.slice()
  const mask0 = masks[0]!
  for (let i = 0; i < plain.length; i++) plain[i] = plain[i]! ^ mask0[i]!
  let best: Uint8Array | null = null
  let lowest = Infinity
  const candidate = new Uint8Array(plain.length)
  for (let p = 0; p < masks.length; p++) {
    const mask = masks[p]!
    for (let i = 0; i < plain.length; i++) candidate[i] = plain[i]! ^ mask[i]!
    const bits = FORMAT_BITS[p]!
    for (let i = 0; i < 15; i++) {
      const on = (bits >> i) & 1
      candidate[format[i]![0]] = on
      candidate[format[i]![1]] = on
    }
    const score = penalty(candidate, size)
    if (score < lowest) {
      lowest = score
      best = candidate.slice()
    }
  }
  return { size, modules: best! }
}

const cache = new Map<string, QrRects>()

export function qrRects(payload: string): QrRects {
  const hit = cache.get(payload)
  if (hit) return hit
  const { size, modules } = qrMatrix(payload)
  const rects: [number, number, number, number][] = []
  // per start column: the rectangle that a run of the row above, starting there, grows (-1: none)
  let above = new Int32Array(size).fill(-1)
  let here = new Int32Array(size)
  for (let r = 0; r < size; r++) {
    here.fill(-1)
    let c = 0
    while (c < size) {
      if (!modules[r * size + c]) {
        c++
        continue
      }
      const start = c
      while (c < size && modules[r * size + c]) c++
      const k = above[start]!
      if (k >= 0 && rects[k]![2] === c - start) {
        rects[k]![3]++
        here[start] = k
      } else here[start] = rects.push([start, r, c - start, 1]) - 1
    }
    ;[above, here] = [here, above]
  }
  const result = { modules: size, rects }
  if (cache.size > 200) cache.clear()
  cache.set(payload, result)
  return result
}

/** The module size for a QR drawn `size` points wide with a quiet zone of 2 modules on each side. */
export function moduleSize(qr: QrRects, size: number): number {
  return size / (qr.modules + 4)
}
