// A laid-out letter: pages of absolute drawing operations in points from the top-left corner. The PDF
// writer and the SVG preview draw the same list, so the preview shows exactly the printed page.
export type FontName = 'regular' | 'bold' | 'italic'

export type Op =
  /** `y` is the baseline; `rotate` in degrees around (x, y), for the copy stamp */
  | { op: 'text'; x: number; y: number; text: string; font: FontName; size: number; color: string; rotate?: number; opacity?: number }
  | { op: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; color: string }
  | { op: 'rect'; x: number; y: number; w: number; h: number; stroke: string; width: number }
  | { op: 'qr'; x: number; y: number; size: number; payload: string }
  | { op: 'logo'; x: number; y: number; w: number; h: number }

export type Page = { ops: Op[] }

export const A4 = { width: 595.28, height: 841.89 } as const
export const mm = (v: number) => (v * 72) / 25.4
