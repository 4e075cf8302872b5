// An auditfile's text, decoded chunk by chunk from its bytes or straight from disk: a file of hundreds
// of MB is never held as one string (nor, read from a path, as one buffer).
import { isAscii } from 'node:buffer'
import { closeSync, openSync, readSync, statSync } from 'node:fs'
import type { TextEncoding } from '../../../../shared/domains/imports/options'
import { decodeWindows1252 } from '../decode'

/** One file of an import: its bytes (staged by the wizard) or its path (the CLI, large files). */
export type XafSource = { fileName: string; bytes?: Uint8Array; path?: string }

/**
 * Text is decoded 64 KB at a time: a chunk's string then lives and dies in V8's young generation,
 * where 1 MB strings go to the large-object space and pile up until a full collection (~80 MB more
 * resident memory over a 100 MB file, for no speed).
 */
export const CHUNK_BYTES = 1 << 16

export function sourceSize(source: XafSource): number {
  if (source.bytes) return source.bytes.length
  return source.path === undefined ? 0 : statSync(source.path).size
}

/** The encoding a file declares: a byte-order mark, else `<?xml … encoding="…"?>`, else UTF-8. */
export function encodingOf(head: Uint8Array): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le'
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8'
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(new TextDecoder('latin1').decode(head.subarray(0, 256)))?.[1]?.toLowerCase()
  if (declared && /^(iso-?8859-1|iso-?8859-15|latin-?1|windows-1252|cp1252)$/.test(declared)) return 'windows-1252'
  return declared?.startsWith('utf-16') ? 'utf-16le' : 'utf-8'
}

/** Bytes [start, end) of a file; a read of part of it (see parallel-read.ts) is a list of ranges. */
export type ByteRange = readonly [start: number, end: number]

/** The chunks of each range in turn, with the index of the range they belong to (none spans two). */
export function* byteChunks(source: XafSource, ranges: readonly ByteRange[] | undefined): Generator<[Uint8Array, number]> {
  const all: readonly ByteRange[] = ranges ?? [[0, Infinity]]
  if (source.bytes) {
    for (const [index, [start, end]] of all.entries())
      for (let at = start; at < Math.min(end, source.bytes.length); at += CHUNK_BYTES) yield [source.bytes.subarray(at, Math.min(at + CHUNK_BYTES, end)), index]
    return
  }
  if (source.path === undefined) return
  const fd = openSync(source.path, 'r')
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES)
    for (const [index, [start, end]] of all.entries())
      for (let at = start, n = 1; n > 0 && at < end; at += n) {
        n = readSync(fd, buffer, 0, Math.min(CHUNK_BYTES, end - at), at)
        if (n > 0) yield [buffer.subarray(0, n), index]
      }
  } finally {
    closeSync(fd)
  }
}

/** Up to `length` bytes of the file from `position` (a copy, for looking around in it). */
export function bytesAt(source: XafSource, position: number, length: number): Uint8Array {
  if (source.bytes) return source.bytes.slice(position, position + length)
  if (source.path === undefined) return new Uint8Array(0)
  const fd = openSync(source.path, 'r')
  try {
    const buffer = Buffer.allocUnsafe(length)
    return buffer.subarray(0, readSync(fd, buffer, 0, length, position))
  } finally {
    closeSync(fd)
  }
}

export type Decoded = { encoding: TextEncoding; replaced: boolean }

/**
 * Feeds the file's text (or that of `ranges` of it, read as one text) to `onText` a chunk at a time,
 * with the bytes read so far and the range the chunk is from. `replaced` tells that bytes which were
 * not valid in the declared encoding became U+FFFD.
 */
export function readText(
  source: XafSource,
  onText: (text: string, bytesRead: number, range: number) => void,
  onBytes?: (chunk: Uint8Array) => void,
  ranges?: readonly ByteRange[]
): Decoded {
  let decode: ((bytes: Uint8Array, last: boolean) => string) | null = null
  let encoding: TextEncoding = 'utf-8'
  let replaced = false
  let read = 0
  let range = 0
  /** the decoder holds no part of a character: the last chunk it decoded ended with an ASCII byte */
  let clean = true
  for (const [bytes, index] of byteChunks(source, ranges)) {
    range = index
    let chunk = bytes
    if (decode === null) {
      encoding = encodingOf(bytes)
      // UTF-8's byte-order mark is taken off here: the decoder may first see the file further on (see below)
      if (encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) chunk = bytes.subarray(3)
      const decoder = encoding === 'windows-1252' ? null : new TextDecoder(encoding, { ignoreBOM: encoding === 'utf-8' })
      decode = decoder === null ? (b) => decodeWindows1252(b) : (b, last) => decoder.decode(b, { stream: !last })
    }
    read += bytes.length
    onBytes?.(bytes)
    // nearly every chunk of an auditfile is ASCII, which both 8-bit encodings and UTF-8 read byte for byte
    if (clean && encoding !== 'utf-16le' && isAscii(chunk)) {
      onText(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).toString('latin1'), read, range)
      continue
    }
    const text = decode(chunk, false)
    clean = (chunk[chunk.length - 1] ?? 0) < 0x80
    if (!replaced && encoding !== 'windows-1252' && text.includes('\uFFFD')) replaced = true
    onText(text, read, range)
  }
  if (decode !== null) onText(decode(new Uint8Array(0), true), read, range)
  return { encoding, replaced }
}
