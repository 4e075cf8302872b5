import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

const root = import.meta.dirname

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // the shell, the two Electron-free entry points (browser mode and CLI), and each worker thread's
        // entry, which src/main/jobs/start-worker.ts finds beside them by name
        input: {
          index: resolve(root, 'src/main/index.ts'),
          web: resolve(root, 'src/main/web/index.ts'),
          cli: resolve(root, 'src/main/cli/index.ts'),
          'import-worker': resolve(root, 'src/main/jobs/workers/import.worker.ts'),
          'letters-worker': resolve(root, 'src/main/jobs/workers/letters.worker.ts'),
          'report-worker': resolve(root, 'src/main/jobs/workers/report.worker.ts'),
          'risk-worker': resolve(root, 'src/main/jobs/workers/risk.worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      // a sandboxed preload can only require('electron'): bundle everything else into one CJS file
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'src/main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    build: { rollupOptions: { input: { index: resolve(root, 'src/renderer/index.html') } } },
    plugins: [react()]
  }
})
