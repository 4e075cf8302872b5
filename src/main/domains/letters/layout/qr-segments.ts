// Splits a QR payload into numeric, alphanumeric and byte segments with (about) the fewest bits, in one
// pass. An EPC payload has long digit runs (IBAN, amount, reference) that numeric mode stores in less
// than half the bits of byte mode, so the symbol stays a version smaller with larger modules. qrcode's
// own splitting finds the same kind of result through a shortest-path graph per payload, which costs
// more than the rest of the symbol; a run of 1,000 letters has 1,000 different payloads.
import type { QRCodeSegment } from 'qrcode'

const NUMERIC = 0
const ALPHANUMERIC = 1
const BYTE = 2
type Mode = typeof NUMERIC | typeof ALPHANUMERIC | typeof BYTE
const MODES: Mode[] = [NUMERIC, ALPHANUMERIC, BYTE]

const ALPHANUMERIC_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'

/** Bits of a segment's character count, per mode, for versions 1–9, 10–26 and 27–40. */
const COUNT_BITS: [number, number, number][] = [
  [10, 9, 8],
  [12, 11, 16],
  [14, 13, 16]
]

/** The version group (index into COUNT_BITS) of a version. */
export function versionGroup(version: number): number {
  return version <= 9 ? 0 : version <= 26 ? 1 : 2
}

const encoder = new TextEncoder()

const IN_ALPHANUMERIC = new Uint8Array(128)
for (const c of ALPHANUMERIC_CHARS) IN_ALPHANUMERIC[c.charCodeAt(0)] = 1

/**
 * Costs are counted in sixths of a bit, so that numeric (10 bits per 3 digits) and alphanumeric
 * (11 bits per 2 characters) characters have whole costs; a mode switch rounds up to whole bits first.
 */
function charCost(mode: Mode, codePoint: number): number {
  if (mode === NUMERIC) return codePoint >= 48 && codePoint <= 57 ? 20 : Infinity
  if (mode === ALPHANUMERIC) return codePoint < 128 && IN_ALPHANUMERIC[codePoint] ? 33 : Infinity
  // its UTF-8 bytes
  return 48 * (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4)
}

/** The segments of `payload` for a symbol in version group `group` (0: versions 1–9). */
export function qrSegments(payload: string, group = 0): QRCodeSegment[] {
  const chars = Array.from(payload)
  if (chars.length === 0) return []
  const header = (mode: Mode) => (4 + COUNT_BITS[group]![mode]) * 6
  // cost[m]: the fewest sixths of a bit for the characters so far, the last one in mode m;
  // from[i][m]: the mode of character i-1 on that cheapest way
  const codePoints = chars.map((c) => c.codePointAt(0)!)
  let cost = MODES.map((m) => header(m) + charCost(m, codePoints[0]!))
  const from: Mode[][] = [[NUMERIC, ALPHANUMERIC, BYTE]]
  for (let i = 1; i < chars.length; i++) {
    const next: number[] = []
    const back: Mode[] = []
    for (const m of MODES) {
      let best = cost[m]!
      let prev: Mode = m
      for (const k of MODES) {
        const switched = Math.ceil(cost[k]! / 6) * 6 + header(m)
        if (k !== m && switched < best) {
          best = switched
          prev = k
        }
      }
      next.push(best + charCost(m, codePoints[i]!))
      back.push(prev)
    }
    cost = next
    from.push(back)
  }
  // walk back from the cheapest final mode, then join characters of the same mode
  let mode = MODES.reduce((a, b) => (cost[b]! < cost[a]! ? b : a))
  const modes: Mode[] = new Array<Mode>(chars.length)
  for (let i = chars.length - 1; i >= 0; i--) {
    modes[i] = mode
    mode = from[i]![mode]!
  }
  const segments: QRCodeSegment[] = []
  let start = 0
  for (let i = 1; i <= chars.length; i++) {
    if (i < chars.length && modes[i] === modes[start]) continue
    const text = chars.slice(start, i).join('')
    const m = modes[start]
    segments.push(m === NUMERIC ? { mode: 'numeric', data: text } : m === ALPHANUMERIC ? { mode: 'alphanumeric', data: text } : { mode: 'byte', data: encoder.encode(text) })
    start = i
  }
  return segments
}
