// The main window: frozen, hardened webPreferences and the sandboxed CJS preload.
import { join } from 'node:path'
import { BrowserWindow, type WebPreferences } from 'electron'
import { loadWindowState, trackWindowState } from './window-state'

export const WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false
} satisfies WebPreferences)

export type AppLocations = { preload: string; indexFile: string; devServer?: URL; stateDir: string; isPackaged: boolean }

export function createMainWindow(loc: AppLocations): BrowserWindow {
  const state = loadWindowState(loc.stateDir)
  const win = new BrowserWindow({
    ...state,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Debito',
    backgroundColor: '#f8f9fa',
    webPreferences: { ...WEB_PREFERENCES, preload: loc.preload, devTools: !loc.isPackaged }
  })
  if (state.maximized) win.maximize()
  trackWindowState(win, loc.stateDir)
  win.once('ready-to-show', () => win.show())
  void (loc.devServer ? win.loadURL(loc.devServer.href) : win.loadFile(loc.indexFile))
  return win
}

/** Where electron-vite puts the preload and renderer next to the built main bundle. */
export function builtLocations(mainDir: string): { preload: string; indexFile: string } {
  return { preload: join(mainDir, '../preload/index.cjs'), indexFile: join(mainDir, '../renderer/index.html') }
}
