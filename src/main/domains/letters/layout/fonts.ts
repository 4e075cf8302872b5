// The letter font (Noto Sans, full Latin: €, ĳ, Œ, narrow no-break space) parsed once per process with
// the fontkit that pdfkit itself uses, measured with a cache, and handed to every document pre-parsed.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { FontName } from './display-list'

export type GlyphRun = {
  glyphs: { id: number; advanceWidth: number; codePoints: number[]; path: { toSVG(): string } }[]
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[]
  advanceWidth: number
}

/** The part of a fontkit font the letters use (fontkit ships no types). */
export type FontkitFont = {
  unitsPerEm: number
  ascent: number
  descent: number
  postscriptName: string
  layout(text: string, features?: unknown): GlyphRun
  /** every code point the font maps */
  characterSet: number[]
  glyphForCodePoint(codePoint: number): unknown
}

type Fontkit = { create(bytes: Uint8Array): FontkitFont }

const requireHere = createRequire(import.meta.url)
// resolve fontkit next to pdfkit, so documents get fonts from the very copy pdfkit knows
const fontkit = createRequire(requireHere.resolve('pdfkit'))('fontkit') as Fontkit

export type FontFiles = Record<FontName, string>

/**
 * pdfkit shapes every word again in each new document (its layout cache lives on the document's font
 * object). Sharing shaped runs between documents makes a batch of separate letters fast; pdfkit scales
 * the positions it gets in place, so each call hands out fresh copies of them.
 */
function withSharedShaping(font: FontkitFont): FontkitFont {
  const runs = new Map<string, GlyphRun>()
  const shared = Object.create(font) as FontkitFont
  shared.layout = (text: string, features?: unknown) => {
    if (features !== undefined) return font.layout(text, features)
    let run = runs.get(text)
    if (!run) {
      if (runs.size > 50_000) runs.clear()
      run = font.layout(text)
      runs.set(text, run)
    }
    // a fontkit GlyphRun computes advanceWidth from its positions in a getter: keep its prototype
    const copy = Object.create(Object.getPrototypeOf(run) as object) as GlyphRun
    return Object.assign(copy, run, { positions: run.positions.map((p) => ({ ...p })) })
  }
  return shared
}

/**
 * fontkit caches a glyph object with the code points it was first asked for. Subsetting a composite glyph
 * (Ĳ is I + J) asks for its components without any, so in a font shared between documents a later "I"
 * would be written without its text mapping and vanish from copy and paste. Asking for every mapped code
 * point first gives each glyph its own. The presentation forms (U+FB00–FB4F: ﬁ, ﬂ…) are left to shaping,
 * which maps a ligature back to its letters ("fi"), so the text stays searchable.
 */
function withCodePoints(font: FontkitFont): FontkitFont {
  for (const codePoint of font.characterSet) if (codePoint < 0xfb00 || codePoint > 0xfb4f) font.glyphForCodePoint(codePoint)
  return font
}

export type LetterFonts = {
  fonts: Record<FontName, FontkitFont>
  /** width of `text` in points */
  width(text: string, font: FontName, size: number): number
  /** baseline offset from the top of a line box, in points */
  ascent(font: FontName, size: number): number
}

/** A font file parsed by pdfkit's own fontkit, as pdfkit would parse it, with none of the letters' caches. */
export const parseFontFile = (file: string): FontkitFont => fontkit.create(readFileSync(file))

const loaded = new Map<string, LetterFonts>()

export function loadFonts(files: FontFiles): LetterFonts {
  const key = JSON.stringify(files)
  const hit = loaded.get(key)
  if (hit) return hit
  const parse = (file: string) => withSharedShaping(withCodePoints(parseFontFile(file)))
  const fonts: Record<FontName, FontkitFont> = { regular: parse(files.regular), bold: parse(files.bold), italic: parse(files.italic) }
  const widths: Record<FontName, Map<string, number>> = { regular: new Map(), bold: new Map(), italic: new Map() }
  const unitWidth = (text: string, name: FontName) => {
    const cache = widths[name]
    let w = cache.get(text)
    if (w === undefined) {
      if (cache.size > 50_000) cache.clear()
      const f = fonts[name]
      w = f.layout(text).advanceWidth / f.unitsPerEm
      cache.set(text, w)
    }
    return w
  }
  const result: LetterFonts = {
    fonts,
    // measured word by word, as pdfkit lays text out, so the cache serves every sentence
    width: (text, name, size) => {
      // a single word (with or without its trailing space) is one cache entry: the line breaker asks for words
      const space = text.indexOf(' ')
      if (space === -1 || space === text.length - 1) return unitWidth(text, name) * size
      let total = 0
      for (const word of text.split(/(?<= )/)) total += unitWidth(word, name)
      return total * size
    },
    ascent: (name, size) => (fonts[name].ascent / fonts[name].unitsPerEm) * size
  }
  loaded.set(key, result)
  return result
}
