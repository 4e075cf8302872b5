// Every schema change shows up as a reviewable diff of tests/fixtures/schema-snapshot.json
// (regenerate with UPDATE_SCHEMA_SNAPSHOT=1 after `npm run db:generate`).
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { createTestDb, type TestDb } from '../../helpers/db'

const SNAPSHOT = join(import.meta.dirname, '../../fixtures/schema-snapshot.json')

let t: TestDb | undefined
afterEach(() => t?.close())

type Snapshot = Record<string, { columns: string[]; indexes: string[] }>

function dump(t: TestDb): Snapshot {
  const c = t.db.$client
  const tables = c.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name").all() as { name: string }[]
  return Object.fromEntries(
    tables.map(({ name }) => {
      const columns = (c.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?)`).all(name) as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }[]).map(
        (col) => `${col.name} ${col.type}${col.notnull ? ' not null' : ''}${col.pk ? ' pk' : ''}${col.dflt_value === null ? '' : ` default ${col.dflt_value}`}`
      )
      const indexes = (c.prepare('SELECT name, "unique" FROM pragma_index_list(?) ORDER BY name').all(name) as { name: string; unique: number }[]).map((ix) => {
        const cols = (c.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').all(ix.name) as { name: string }[]).map((x) => x.name)
        return `${ix.unique ? 'unique ' : ''}${ix.name}(${cols.join(', ')})`
      })
      return [name, { columns, indexes }]
    })
  )
}

it('matches the committed schema snapshot', () => {
  t = createTestDb()
  const actual = dump(t)
  if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1' || !existsSync(SNAPSHOT)) writeFileSync(SNAPSHOT, `${JSON.stringify(actual, null, 2)}\n`)
  expect(actual).toEqual(JSON.parse(readFileSync(SNAPSHOT, 'utf8')))
})
