import { defineConfig } from 'drizzle-kit'

// drizzle-kit only generates migrations; it never opens the (encrypted) database itself.
export default defineConfig({
  dialect: 'sqlite',
  casing: 'snake_case',
  schema: './src/main/db/schema/index.ts',
  out: './src/main/db/migrations'
})
