// The report lists: each one a count and a page of typed rows (shared/domains/reports/tables.ts) in
// SQL, so the screen pages through them and an export walks all of them with the same query.
import { LIST_COLUMNS, type ReportList } from '../../../shared/domains/reports/tables'
import type { AppDb } from '../../db/connection'
import type { ListParams, ListSource } from './list-source'
import { collectionLists } from './lists-collection'
import { followUpLists } from './lists-follow-up'

const LISTS: Record<ReportList, ListSource> = { ...collectionLists, ...followUpLists }

export function listSource(list: ReportList): ListSource {
  return LISTS[list]
}

export function reportList(db: AppDb, list: ReportList, p: ListParams, offset: number, limit: number) {
  const source = LISTS[list]
  return { columns: [...LIST_COLUMNS[list]], rows: source.rows(db, p, offset, limit), total: source.count(db, p) }
}
