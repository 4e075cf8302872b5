// Long lists of flat records cross between threads column by column: a structured clone writes every
// object's field names along with its values, a column only the values (two to three times cheaper
// to copy for the tens of thousands of rows an import hands from its worker to main).

/** A list of records of one shape, column by column, `keys` in the records' own order. */
export type Columns<T> = { keys: (keyof T)[]; columns: unknown[][]; length: number }

/** A list as it crosses: column by column, or as it is when its records differ in shape. */
export type Packed<T> = Columns<T> | readonly T[]

const sameKeys = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((k, i) => k === b[i])

export function toColumns<T extends object>(list: readonly T[]): Packed<T> {
  const first = list[0]
  if (first === undefined) return list
  const keys = Object.keys(first) as (keyof T & string)[]
  if (!list.every((r) => sameKeys(Object.keys(r), keys))) return list
  return { keys, columns: keys.map((k) => list.map((r) => r[k])), length: list.length }
}

export function fromColumns<T>(packed: Packed<T>): T[] {
  if (Array.isArray(packed)) return packed as T[]
  const { keys, columns, length } = packed as Columns<T>
  const list = new Array<T>(length)
  for (let i = 0; i < length; i++) {
    const record = {} as Record<keyof T, unknown>
    for (let k = 0; k < keys.length; k++) record[keys[k] as keyof T] = (columns[k] as unknown[])[i]
    list[i] = record as T
  }
  return list
}
