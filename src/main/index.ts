// The desktop shell's composition root: one instance, hardened window, typed IPC onto the shared services.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { app, type BrowserWindow, ipcMain, powerMonitor, safeStorage } from 'electron'
import type { Language } from '../shared/domains/parties'
import { defaultDataDir } from './db/paths'
import { createAppDispatch } from './ipc/dispatch'
import { registerIpc } from './ipc/register'
import { startScheduler } from './jobs/scheduler'
import { appUrlPredicate } from './ipc/trusted-sender'
import { createAppServices } from './session/app-services'
import { createFileDialogs } from './shell/dialogs'
import { languageFromLocale } from './shell/labels'
import { setApplicationMenu } from './shell/menu'
import { createPdfWindows } from './shell/pdf-windows'
import { collectOpenedFiles } from './shell/opened-files'
import { APP_INDEX_URL, registerAppScheme, serveAppScheme } from './shell/protocol'
import { installSecurity, openExternalSafely } from './shell/security'
import { electronUpdateDriver } from './shell/updater'
import { builtLocations, createMainWindow } from './shell/window'

const devServer = !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? new URL(process.env.ELECTRON_RENDERER_URL) : undefined

// the CLI and the desktop app share one data folder; Chromium's own profile stays in a subfolder of it
const dataDir = defaultDataDir()
mkdirSync(dataDir, { recursive: true })
app.setPath('userData', join(dataDir, 'chromium'))
registerAppScheme()
const openedFiles = collectOpenedFiles()

let mainWindow: BrowserWindow | null = null
let language: Language = 'nl'

function showMainWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

function start(): void {
  language = languageFromLocale(app.getLocale())
  installSecurity(devServer)
  setApplicationMenu(language)

  const { preload, rendererDir } = builtLocations(import.meta.dirname)
  serveAppScheme(rendererDir)
  const pageUrl = devServer ? devServer.href : APP_INDEX_URL
  const services = createAppServices({
    dataDir,
    safeStorage,
    platform: {
      mode: 'desktop',
      version: app.getVersion(),
      openExternal: openExternalSafely,
      setLanguage: (next) => {
        language = next
        setApplicationMenu(next)
      },
      dialogs: createFileDialogs(() => mainWindow, () => language),
      updates: electronUpdateDriver(),
      pdf: createPdfWindows(() => mainWindow)
    }
  })
  const trusted = appUrlPredicate(new URL(pageUrl))
  registerIpc(ipcMain, createAppDispatch(services), trusted)
  services.events.subscribe((channel, payload) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(channel, payload)
  })

  void services.versionBackup.then(({ failed }) => {
    for (const f of failed) console.warn(`[shell] no copy of ${f.name} before this version: ${f.reason}`)
  })

  mainWindow = createMainWindow({ preload, pageUrl, stateDir: app.getPath('userData'), isPackaged: app.isPackaged })
  mainWindow.on('closed', () => (mainWindow = null))
  // only with the user's consent (Settings → Updates), and once the window is up, never in the way of starting
  mainWindow.once('ready-to-show', () => void services.updates.checkAtStart())
  // a double-clicked backup opens the restore dialog (the renderer asks for waiting files when told)
  openedFiles.deliverTo((path) => {
    if (services.backups.add(path)) services.events.dataChanged(['backups'])
    showMainWindow()
  })
  // the daily dunning proposal; a laptop that slept through the set time catches up when it wakes
  const scheduler = startScheduler(services)
  powerMonitor.on('resume', () => void scheduler.tick())
  app.on('before-quit', () => {
    scheduler.stop()
    services.dispose()
  })
  app.on('window-all-closed', () => app.quit())
}

// two processes writing one encrypted file would corrupt it: the second start focuses the first window
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openedFiles.fromCommandLine(argv, workingDirectory)
    showMainWindow()
  })
  void app.whenReady().then(start)
}
