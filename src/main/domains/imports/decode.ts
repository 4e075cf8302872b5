// Bytes of a text export to a string: UTF-8 (with or without BOM), UTF-16 from Excel's "Unicode text",
// and windows-1252 for everything older.
import type { TextEncoding } from '../../../shared/domains/imports/options'

// Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x80 becomes U+0080, not €), so the
// C1 range is mapped here; undefined code points (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are.
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_C1.charAt(c.charCodeAt(0) - 0x80))
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' }
  try {
    // the decoder drops a UTF-8 BOM itself
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
  }
}
