// CHECK constraints for bulk loads: an encrypted insert spends about a third of its time evaluating the
// row's CHECKs (the date GLOBs above all). A bulk load skips them per row and has the database check
// the new rows once, in one scan, against the table's own CHECK expressions before it commits.
import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'

export type CheckConstraint = { name: string; expression: string }

/** The expression inside the parentheses that open at `open`, quotes respected. */
function balanced(sql: string, open: number): string | null {
  let depth = 0
  let quote: string | null = null
  for (let i = open; i < sql.length; i++) {
    const c = sql.charAt(i)
    if (quote) {
      if (c === quote) quote = null
    } else if (c === "'" || c === '"' || c === '`') quote = c
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return sql.slice(open + 1, i)
  }
  return null
}

/** Every CHECK of a table, read from the CREATE TABLE statement SQLite keeps, so migrations are covered. */
export function checkConstraints(sqlite: Database.Database, table: string): CheckConstraint[] {
  const row = sqlite.prepare<[string], { sql: string }>(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table)
  if (!row) throw new AppError('internal', `no table ${table}`)
  const checks: CheckConstraint[] = []
  for (const m of row.sql.matchAll(/(?:CONSTRAINT\s+["`]?([\w-]+)["`]?\s+)?CHECK\s*\(/gi)) {
    const expression = balanced(row.sql, (m.index ?? 0) + m[0].length - 1)
    if (expression !== null) checks.push({ name: m[1] ?? `check ${checks.length + 1} of ${table}`, expression })
  }
  return checks
}

/** Runs `work` with CHECK constraints off for this connection; NOT NULL, UNIQUE and foreign keys still hold. */
export function withChecksDeferred<T>(sqlite: Database.Database, work: () => T): T {
  sqlite.pragma('ignore_check_constraints = ON')
  try {
    return work()
  } finally {
    sqlite.pragma('ignore_check_constraints = OFF')
  }
}

/**
 * A checker for the rows after a given rowid against every CHECK of the table, as SQLite would have
 * checked them per row: a row fails when an expression is false, not when it is NULL. It throws naming
 * the row and the constraint.
 */
export function checkVerifier(sqlite: Database.Database, table: string): (afterRowid: number) => void {
  const checks = checkConstraints(sqlite, table)
  if (checks.length === 0) return () => undefined
  const fails = (c: CheckConstraint) => `NOT coalesce((${c.expression}), 1)`
  const firstBad = sqlite.prepare<[number], { id: number }>(`SELECT rowid AS id FROM "${table}" WHERE rowid > ? AND (${checks.map(fails).join(' OR ')}) LIMIT 1`)
  return (afterRowid) => {
    const bad = firstBad.get(afterRowid)
    if (!bad) return
    const broken = checks.find((c) => sqlite.prepare(`SELECT 1 FROM "${table}" WHERE rowid = ? AND ${fails(c)}`).get(bad.id) !== undefined)
    throw new AppError('internal', `${table} row ${bad.id} breaks the check ${broken?.name ?? '?'}`)
  }
}
