// What XML 1.0 itself defines, for the readers that check or decode XML text by hand (the bank
// parsers' well-formedness checks, the auditfile's plain scanner).

/** XML 1.0 Char: the code points a document, and so a character reference, may hold. */
export const isXmlChar = (cp: number): boolean =>
  cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff)

/** The five predefined entities: with a DOCTYPE refused, the only ones a file may use. */
export const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
