// Seeded mutations of fixture bytes for the parser fuzz test: byte flips, inserted tokens that parsers
// care about, deleted, repeated and truncated ranges. Deterministic for a seed, so a failure replays.

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const enc = new TextEncoder()

/** Fragments that hit the parsers' edges: delimiters, quotes, tags, references, signs, huge numbers, runs. */
const TOKENS = [
  ';', ',', '"', "'", '\n', '\r\n', '\t', '<', '>', '</', '/>', '&', '&amp;', '&#x110000;', '&#99999999999;', '&#0;', '&lt',
  '<![CDATA[', ']]>', '<!--', '<?xml', ':20:', ':25:', ':60F:', ':61:', ':62F:', ':86:', '-', '-}', '{', '//', '/EREF/', '/REMI/',
  'NAAM: ', 'IBAN: ', '0', '1', '9', '-1', '1e309', '99999999999999999999', '0,00', '1.234,56', '31-02-2026', '2026-13-45', '\u0000',
  '\uFEFF', '\uFFFD', 'é', '\u{1F600}', ' '.repeat(300), '/'.repeat(300), '-\n'.repeat(100), '0'.repeat(200)
].map((t) => enc.encode(t))

export function mutate(input: Uint8Array, random: () => number): Uint8Array {
  let bytes = input
  const n = 1 + Math.floor(random() * 4)
  for (let i = 0; i < n; i++) bytes = mutateOnce(bytes, random)
  return bytes
}

function mutateOnce(bytes: Uint8Array, random: () => number): Uint8Array {
  const at = Math.floor(random() * (bytes.length + 1))
  const span = Math.min(bytes.length - at, 1 + Math.floor(random() * 64))
  const splice = (insert: Uint8Array, remove = 0) => {
    const out = new Uint8Array(bytes.length - remove + insert.length)
    out.set(bytes.subarray(0, at))
    out.set(insert, at)
    out.set(bytes.subarray(at + remove), at + insert.length)
    return out
  }
  switch (Math.floor(random() * 6)) {
    case 0: {
      const out = bytes.slice()
      if (at < out.length) out[at] = Math.floor(random() * 256)
      return out
    }
    case 1:
      return splice(TOKENS[Math.floor(random() * TOKENS.length)] as Uint8Array)
    case 2:
      return splice(new Uint8Array(0), span)
    case 3:
      return splice(bytes.slice(at, at + span))
    case 4:
      return bytes.subarray(0, at)
    default:
      return splice(TOKENS[Math.floor(random() * TOKENS.length)] as Uint8Array, span)
  }
}
