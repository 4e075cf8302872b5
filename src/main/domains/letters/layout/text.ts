// Line breaking with the letter font's metrics: words never split unless one word alone is wider
// than the line (then it breaks by characters), explicit line breaks are kept.
import type { FontName } from './display-list'
import type { LetterFonts } from './fonts'

/**
 * Wrapped and fitted texts per font set: the letters of a run repeat most of their sentences, labels,
 * footers and return address, so each is broken into lines (or shortened) once per job.
 */
const remembered = new WeakMap<LetterFonts, Map<string, readonly string[] | string>>()

/** Starts a job with nothing remembered: what one run's letters share is no help to another's. */
export function forgetTexts(fonts: LetterFonts): void {
  remembered.delete(fonts)
}

function remember<T extends readonly string[] | string>(fonts: LetterFonts, key: string, make: () => T): T {
  let memo = remembered.get(fonts)
  if (!memo) remembered.set(fonts, (memo = new Map()))
  let hit = memo.get(key) as T | undefined
  if (hit === undefined) {
    if (memo.size > 20_000) memo.clear()
    hit = make()
    memo.set(key, hit)
  }
  return hit
}

/** `text` broken into lines of at most `width` points (shared between callers: never change the array). */
export function wrapText(text: string, width: number, font: FontName, size: number, fonts: LetterFonts): readonly string[] {
  return remember(fonts, `w\u0000${font}\u0000${size}\u0000${width}\u0000${text}`, () => wrapLines(text, width, font, size, fonts))
}

function wrapLines(text: string, width: number, font: FontName, size: number, fonts: LetterFonts): string[] {
  const lines: string[] = []
  for (const raw of text.split('\n')) {
    const words = raw.split(' ')
    let line = ''
    // fonts.width measures word by word (each with its space), so a line's width is the sum of its
    // earlier words with their spaces (`before`) and its last word: a line is never measured again
    let before = 0
    let last = ''
    for (const word of words) {
      const wordWidth = fonts.width(word, font, size)
      const joined = line === '' ? 0 : before + fonts.width(`${last} `, font, size)
      if (joined + wordWidth <= width || (line === '' && wordWidth <= width)) {
        line = line === '' ? word : `${line} ${word}`
        before = joined
        last = word
        continue
      }
      if (line !== '') lines.push(line)
      line = word
      // a single word wider than the line (a long reference or address): break it by characters
      while (fonts.width(line, font, size) > width && line.length > 1) {
        let cut = line.length - 1
        while (cut > 1 && fonts.width(line.slice(0, cut), font, size) > width) cut--
        lines.push(line.slice(0, cut))
        line = line.slice(cut)
      }
      before = 0
      last = line
    }
    lines.push(line)
  }
  return lines
}

/** Shortens `text` with an ellipsis until it fits `width`. */
export function fitText(text: string, width: number, font: FontName, size: number, fonts: LetterFonts): string {
  return remember(fonts, `f\u0000${font}\u0000${size}\u0000${width}\u0000${text}`, () => shorten(text, width, font, size, fonts))
}

function shorten(text: string, width: number, font: FontName, size: number, fonts: LetterFonts): string {
  if (fonts.width(text, font, size) <= width) return text
  let end = text.length
  while (end > 0 && fonts.width(`${text.slice(0, end)}…`, font, size) > width) end--
  return `${text.slice(0, end)}…`
}
