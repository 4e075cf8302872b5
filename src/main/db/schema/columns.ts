// Shared column builders and CHECK helpers: money is integer cents, dates are ISO text (ARCHITECTURE C9).
import { sql, type SQL } from 'drizzle-orm'
import { integer, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core'

export const id = () => integer().primaryKey({ autoIncrement: true })
export const createdAt = () => text().notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
export const updatedAt = () => text().notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
export const flag = () => integer({ mode: 'boolean' }).notNull().default(false)

/** `typeof(col) = 'integer'`: SQLite would otherwise happily store 12.5 or '12,50' in a money column. */
export const isInteger = (col: AnySQLiteColumn): SQL => sql`typeof(${col}) = 'integer'`
export const isIntegerOrNull = (col: AnySQLiteColumn): SQL => sql`${col} IS NULL OR ${isInteger(col)}`
export const isIsoDate = (col: AnySQLiteColumn): SQL =>
  sql`${col} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'`
export const isIsoDateOrNull = (col: AnySQLiteColumn): SQL => sql`${col} IS NULL OR ${isIsoDate(col)}`
/** DDL cannot carry bound parameters, so the allowed values are inlined as quoted literals. */
export const oneOf = (col: AnySQLiteColumn, values: readonly string[]): SQL =>
  sql`${col} IN (${sql.raw(values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', '))})`
