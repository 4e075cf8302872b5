// The report texts per language, and the few helpers both the screens and the exports use to turn
// raw cells into words: bucket labels, codes, yes/no.
import type { Language } from '../parties'
import type { AgingBucket } from './aging'
import { reportTextsEn } from './messages-en'
import { reportTextsFr } from './messages-fr'
import { reportTextsNl } from './messages-nl'
import type { Cell, CodeSet } from './tables'

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> }
export type ReportTexts = Strings<typeof reportTextsNl>

const TEXTS: Record<Language, ReportTexts> = { nl: reportTextsNl, fr: reportTextsFr, en: reportTextsEn }

export function reportTexts(language: Language): ReportTexts {
  return TEXTS[language]
}

/** Fills {{name}} placeholders (the i18next syntax the screens use for the same texts). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}

/** "Niet vervallen", "1–30 dagen", "Meer dan 90 dagen" for a bucket. */
export function bucketLabel(texts: ReportTexts, bucket: Pick<AgingBucket, 'fromDays' | 'toDays'>): string {
  if (bucket.fromDays === null) return texts.bucket.current
  if (bucket.toDays === null) return fill(texts.bucket.over, { days: bucket.fromDays - 1 })
  return fill(texts.bucket.range, { from: bucket.fromDays, to: bucket.toDays })
}

/** A bucket label code of the lists ("1-30", "91+", "current") back to its range. */
export function bucketFromLabel(label: string): Pick<AgingBucket, 'fromDays' | 'toDays'> {
  if (label === 'current') return { fromDays: null, toDays: 0 }
  const open = /^(\d+)\+$/.exec(label)
  if (open) return { fromDays: Number(open[1]) + 1, toDays: null }
  const [from, to] = label.split('-').map(Number)
  return { fromDays: from ?? 0, toDays: to ?? 0 }
}

/** The words for a text, code, bucket or yes/no cell; numbers, money and dates are left to the caller. */
export function cellWords(texts: ReportTexts, column: { type: string; codes?: CodeSet | undefined }, value: Cell): string | null {
  if (value === null) return null
  switch (column.type) {
    case 'bool':
      return value ? texts.values.yes : texts.values.no
    case 'bucket':
      return bucketLabel(texts, bucketFromLabel(String(value)))
    case 'code': {
      const set = column.codes ? (texts.values[column.codes] as Record<string, string>) : {}
      return set[String(value)] ?? String(value)
    }
    default:
      return null
  }
}
