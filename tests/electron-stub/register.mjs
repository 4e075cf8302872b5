import Module, { register } from 'node:module'
import { fileURLToPath, URL } from 'node:url'

// `import 'electron'` (the built main bundle) goes through the resolve hook in hooks.mjs; `require('electron')`
// (CommonJS dependencies such as electron-updater) through the CommonJS resolver, patched here
register('./hooks.mjs', import.meta.url)
const stub = fileURLToPath(new URL('./electron.mjs', import.meta.url))
const resolveFilename = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? stub : resolveFilename.call(this, request, ...rest)
}
