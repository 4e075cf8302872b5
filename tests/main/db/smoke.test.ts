import { afterEach, expect, it } from 'vitest'
import { withWrite } from '../../../src/main/db/connection'
import { customers } from '../../../src/main/db/schema'
import { createTestDb, type TestDb } from '../../helpers/db'

let t: TestDb | undefined
afterEach(() => t?.close())

it('opens an encrypted database with the real migrations and writes a customer', () => {
  t = createTestDb()
  const db = t.db
  withWrite(db, (tx) => tx.insert(customers).values({ code: 'C1', name: 'Jansen B.V.' }).run())
  expect(db.select().from(customers).all()).toMatchObject([{ code: 'C1', name: 'Jansen B.V.', debtorType: 'b2b' }])
})
