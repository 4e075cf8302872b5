// Letterhead logos: pdfkit embeds PNG and JPEG only; the size is read from the file header so the
// layout can fit the logo into its box without decoding it.
export const LOGO_MAX_BYTES = 1024 * 1024

export type LogoInfo = { format: 'png' | 'jpeg'; width: number; height: number }

const u16 = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0)
const u32 = (b: Uint8Array, i: number) => u16(b, i) * 65536 + u16(b, i + 2)

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** PNG or JPEG with its pixel size, or null for anything else (or a truncated header). */
export function logoInfo(bytes: Uint8Array): LogoInfo | null {
  if (PNG_SIGNATURE.every((v, i) => bytes[i] === v)) {
    // the IHDR chunk comes first: width and height at bytes 16 and 20
    const width = u32(bytes, 16)
    const height = u32(bytes, 20)
    return width > 0 && height > 0 ? { format: 'png', width, height } : null
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    // walk the JPEG segments to the first start-of-frame marker (SOF0–SOF15 except DHT, JPG, DAC)
    let i = 2
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) return null
      const marker = bytes[i + 1] ?? 0
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        const height = u16(bytes, i + 5)
        const width = u16(bytes, i + 7)
        return width > 0 && height > 0 ? { format: 'jpeg', width, height } : null
      }
      i += 2 + u16(bytes, i + 2)
    }
  }
  return null
}
