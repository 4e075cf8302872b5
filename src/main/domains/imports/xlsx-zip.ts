// The .xlsx container, checked before exceljs streams it. exceljs' streaming reader never settles on a
// damaged zip (truncated, a flipped byte in compressed data), and it writes each worksheet that comes
// before the shared strings — as Excel orders them — to a plaintext temp file. So every entry is checked
// here (bounds, local header, inflate, size, CRC-32) and the worksheets are moved behind the other parts.
import { crc32, inflateRawSync } from 'node:zlib'

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/

type Entry = { name: string; method: number; crc: number; compressed: number; size: number; offset: number; central: Uint8Array }

/** A damaged or unsupported container; the message says what, for the import problem. */
export class ZipProblem extends Error {}

const names = new TextDecoder()

/** Checks the workbook's zip and returns the same entries, worksheets last, ready for streaming. */
export function checkedXlsx(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const eocd = endRecord(bytes, view)
  const cdSize = view.getUint32(eocd + 12, true)
  const cdOffset = view.getUint32(eocd + 16, true)
  if (cdOffset + cdSize !== eocd) throw new ZipProblem('the zip directory does not match the file: it is truncated or damaged')
  const entries = centralEntries(bytes, view, cdOffset, view.getUint16(eocd + 10, true), eocd)
  const spans = [...entries].sort((a, b) => a.offset - b.offset)
  spans.forEach((e, i) => checkEntry(bytes, view, e, spans[i + 1]?.offset ?? cdOffset))
  return reordered(bytes, spans, eocd, cdOffset)
}

function endRecord(bytes: Uint8Array, view: DataView): number {
  // the end record is 22 bytes plus a comment of at most 64 KB
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 0xffff); p--) {
    if (view.getUint32(p, true) === EOCD) return p
  }
  throw new ZipProblem('no zip directory at the end: the file is truncated or no .xlsx')
}

function centralEntries(bytes: Uint8Array, view: DataView, from: number, count: number, end: number): Entry[] {
  const entries: Entry[] = []
  let p = from
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || view.getUint32(p, true) !== CENTRAL) throw new ZipProblem(`zip directory entry ${i + 1} is damaged`)
    const next = p + 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true)
    if (next > end) throw new ZipProblem(`zip directory entry ${i + 1} is damaged`)
    const entry = {
      name: names.decode(bytes.subarray(p + 46, p + 46 + view.getUint16(p + 28, true))),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressed: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
      central: bytes.subarray(p, next)
    }
    if (entry.compressed === 0xffffffff || entry.size === 0xffffffff || entry.offset === 0xffffffff) throw new ZipProblem('ZIP64 workbooks are not supported')
    entries.push(entry)
    p = next
  }
  if (p !== end) throw new ZipProblem('the zip directory is damaged')
  return entries
}

/** The entry's local header and data lie before `limit` (the next entry) and inflate to its size and CRC. */
function checkEntry(bytes: Uint8Array, view: DataView, e: Entry, limit: number): void {
  const damaged = (why: string) => new ZipProblem(`part "${e.name}" of the workbook is damaged (${why})`)
  if (e.offset + 30 > limit || view.getUint32(e.offset, true) !== LOCAL) throw damaged('no local header')
  const nameLength = view.getUint16(e.offset + 26, true)
  const dataStart = e.offset + 30 + nameLength + view.getUint16(e.offset + 28, true)
  if (dataStart + e.compressed > limit) throw damaged('it runs past its end')
  if (names.decode(bytes.subarray(e.offset + 30, e.offset + 30 + nameLength)) !== e.name) throw damaged('its name differs from the directory')
  const raw = bytes.subarray(dataStart, dataStart + e.compressed)
  let data: Uint8Array
  if (e.method === 0) data = raw
  else if (e.method === 8) {
    try {
      // never more than the declared size: a zip bomb stops here
      data = inflateRawSync(raw, { maxOutputLength: Math.max(1, e.size) })
    } catch {
      throw damaged('its compressed data cannot be read')
    }
  } else throw damaged(`compression method ${e.method}`)
  if (data.length !== e.size || crc32(data) !== e.crc) throw damaged('checksum mismatch')
}

/** The raw entries (headers, data, descriptors) in a new order, with the directory pointing at them. */
function reordered(bytes: Uint8Array, spans: Entry[], eocd: number, cdOffset: number): Uint8Array {
  const raw = spans.map((e, i) => ({ e, part: bytes.subarray(e.offset, spans[i + 1]?.offset ?? cdOffset) }))
  const order = [...raw.filter((r) => !WORKSHEET.test(r.e.name)), ...raw.filter((r) => WORKSHEET.test(r.e.name))]
  // anything before the first entry (a self-extractor stub) is left out
  const out = new Uint8Array(bytes.length - (spans[0]?.offset ?? cdOffset))
  const view = new DataView(out.buffer)
  let p = 0
  const offsets = new Map<Entry, number>()
  for (const { e, part } of order) {
    offsets.set(e, p)
    out.set(part, p)
    p += part.length
  }
  const newCd = p
  // the directory keeps its original order; only the offsets change
  for (const e of [...spans].sort((a, b) => a.central.byteOffset - b.central.byteOffset)) {
    out.set(e.central, p)
    view.setUint32(p + 42, offsets.get(e) ?? 0, true)
    p += e.central.length
  }
  out.set(bytes.subarray(eocd), p)
  view.setUint32(p + 16, newCd, true)
  return out
}
