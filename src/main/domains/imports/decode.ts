// Bytes of a text export to a string: UTF-8 (with or without BOM), UTF-16 from Excel's "Unicode text",
// and windows-1252 for everything older (LIBRARIES.md §3: 0x80 is €).
import type { TextEncoding } from '../../../shared/domains/imports/options'

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' }
  try {
    // the decoder drops a UTF-8 BOM itself
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' }
  }
}
