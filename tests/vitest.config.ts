import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

const root = resolve(import.meta.dirname, '..')

export default defineConfig({
  root,
  plugins: [react()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // the native SQLCipher addon is safest in child processes
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    environment: 'node',
    setupFiles: ['tests/setup.ts']
  }
})
