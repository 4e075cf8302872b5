import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { createdAt, id } from './columns'

/** Column mappings the user saved in the import wizard, reused for next week's export. */
export const importMappings = sqliteTable(
  'import_mappings',
  {
    id: id(),
    name: text().notNull(),
    preset: text().notNull(),
    mappingJson: text().notNull(),
    createdAt: createdAt()
  },
  (t) => [uniqueIndex('import_mappings_name').on(t.name)]
)
