// Reading the plain object tree fast-xml-parser builds (tag values kept as strings).
import { PREDEFINED_ENTITIES } from '../../../../shared/xml'

export type XmlNode = Record<string, unknown>

export function isNode(v: unknown): v is XmlNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Follows a path of element names; the first element of an array is taken at each step. */
export function child(node: unknown, ...path: string[]): unknown {
  let cur: unknown = node
  for (const name of path) {
    if (Array.isArray(cur)) cur = cur[0]
    if (!isNode(cur)) return undefined
    cur = cur[name]
  }
  return Array.isArray(cur) ? cur[0] : cur
}

/** All occurrences of an element (arrays for repeatable elements, a single node otherwise). */
export function children(node: unknown, name: string): unknown[] {
  if (!isNode(node)) return []
  const v = node[name]
  if (v === undefined) return []
  return Array.isArray(v) ? v : [v]
}

/** The text content of an element (or of an element with attributes), or null. */
export function textOf(node: unknown, ...path: string[]): string | null {
  return textValue(child(node, ...path))
}

export function textValue(v: unknown): string | null {
  const raw = typeof v === 'string' ? v : isNode(v) && typeof v['#text'] === 'string' ? v['#text'] : null
  return raw !== null && raw.includes('&') ? decodeEntities(raw) : raw
}

/** The predefined XML entities and character references (a DOCTYPE, and so any other entity, is refused). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16))
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)))
    return PREDEFINED_ENTITIES[e] ?? ''
  })
}

export function attrOf(node: unknown, attr: string): string | null {
  const v = isNode(node) ? node[`@${attr}`] : undefined
  return typeof v === 'string' ? v : null
}
