// ESLint flat config; lives in tests/ because the top level is fixed (run with `eslint -c tests/eslint.config.js`).
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads', 'zlib', 'buffer', 'events']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'tests/artifacts/**', 'src/main/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname + '/..' } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off'
    }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{
        group: ['electron', ...nodeBuiltins, 'react', 'react-dom', 'react-dom/*', '**/main/**', '**/renderer/**', 'better-sqlite3', 'drizzle-orm*'],
        message: 'src/shared stays runtime-free: no Electron, Node built-ins, React or app layers.'
      }] }]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [{
        group: ['electron', ...nodeBuiltins, '**/main/**'],
        message: 'The renderer reaches main only through window.api (src/renderer/src/api).'
      }] }]
    }
  },
  {
    files: ['src/main/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{
        group: [...nodeBuiltins, 'better-sqlite3', 'drizzle-orm*', '**/db/**', '**/domains/**', '**/renderer/**'],
        message: 'The preload may import only electron and src/shared/ipc.'
      }] }]
    }
  },
  {
    // only the desktop shell may load Electron: the CLI, browser mode and the domains run in plain Node
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/shell/**', 'src/main/preload/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{
        group: ['electron', '**/renderer/**'],
        message: 'Only src/main/index.ts and src/main/shell/ may import electron.'
      }] }]
    }
  },
  { files: ['src/main/**/*.ts', 'tests/**/*.{ts,tsx}', '*.config.ts'], languageOptions: { globals: globals.node } }
)
