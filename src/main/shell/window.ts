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

/** `pageUrl`: app://debito/index.html for the built renderer, or the dev server's address. */
export type AppLocations = { preload: string; pageUrl: string; stateDir: string; isPackaged: boolean }

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
  void win.loadURL(loc.pageUrl)
  return win
}

/** Where electron-vite puts the preload and renderer next to the built main bundle. */
export function builtLocations(mainDir: string): { preload: string; rendererDir: string } {
  return { preload: join(mainDir, '../preload/index.cjs'), rendererDir: join(mainDir, '../renderer') }
}
