// An auditfile's text read chunk by chunk (xaf/source.ts): ASCII chunks are read byte for byte, the rest
// through the decoder, and the text must be the file's text whatever falls on a chunk's edge.
import { describe, expect, it } from 'vitest'
import { CHUNK_BYTES, readText } from '../../../../src/main/domains/imports/xaf/source'

const ascii = (n: number, seed = 'a') => Buffer.alloc(n, seed)
const textOf = (bytes: Buffer) => {
  let text = ''
  const decoded = readText({ fileName: 'a.xaf', bytes }, (t) => void (text += t))
  return { text, ...decoded }
}

describe('readText', () => {
  it('drops a UTF-8 byte-order mark at the start only; U+FEFF further on is text', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf])
    const bytes = Buffer.concat([bom, ascii(CHUNK_BYTES - 3), bom, Buffer.from('<x/>')])
    const { text, encoding, replaced } = textOf(bytes)
    expect(encoding).toBe('utf-8')
    expect(replaced).toBe(false)
    expect(text).toBe(`${'a'.repeat(CHUNK_BYTES - 3)}\uFEFF<x/>`)
    // the decoder's first bytes are those of the second chunk: U+FEFF there is text all the same
    expect(textOf(Buffer.concat([ascii(CHUNK_BYTES), bom, Buffer.from('<x/>')])).text).toBe(`${'a'.repeat(CHUNK_BYTES)}\uFEFF<x/>`)
  })

  it('a character cut by a chunk’s edge, then ASCII chunks again', () => {
    const bytes = Buffer.concat([ascii(CHUNK_BYTES - 1), Buffer.from('é€'), ascii(CHUNK_BYTES, 'b'), ascii(10, 'c')])
    expect(textOf(bytes).text).toBe(`${'a'.repeat(CHUNK_BYTES - 1)}é€${'b'.repeat(CHUNK_BYTES)}cccccccccc`)
  })

  it('a file that ends inside a character, and bytes that are not UTF-8, are replaced and said so', () => {
    const bytes = Buffer.concat([ascii(CHUNK_BYTES), Buffer.from([0x61, 0xff, 0x62]), Buffer.from('é').subarray(0, 1)])
    const { text, replaced } = textOf(bytes)
    expect(text).toBe(`${'a'.repeat(CHUNK_BYTES)}a\uFFFDb\uFFFD`)
    expect(replaced).toBe(true)
  })

  it('Windows-1252 as declared, its ASCII chunks too', () => {
    const head = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?>')
    const bytes = Buffer.concat([head, ascii(CHUNK_BYTES), Buffer.from([0xe9, 0x80]), ascii(5, 'z')])
    const { text, encoding, replaced } = textOf(bytes)
    expect(encoding).toBe('windows-1252')
    expect(replaced).toBe(false)
    expect(text).toBe(`${head.toString('latin1')}${'a'.repeat(CHUNK_BYTES)}é€zzzzz`)
  })

  it('UTF-16 is read through its decoder, byte-order mark dropped', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<a>${'x'.repeat(CHUNK_BYTES)}ä</a>`, 'utf16le')])
    const { text, encoding } = textOf(bytes)
    expect(encoding).toBe('utf-16le')
    expect(text).toBe(`<a>${'x'.repeat(CHUNK_BYTES)}ä</a>`)
  })
})
