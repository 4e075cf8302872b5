// The update driver of the desktop app: electron-updater with a generic provider whose address comes from
// Settings. It is loaded on the first check, so nothing of it runs (or connects) before the user asks.
// Nothing downloads or installs by itself: autoDownload and autoInstallOnAppQuit are off.
import type * as ElectronUpdater from 'electron-updater'
import type { AppUpdater, ProgressInfo } from 'electron-updater'
import type { UpdateDriver } from '../domains/updates/updates.service'

async function loadUpdater(): Promise<AppUpdater> {
  // electron-updater is CommonJS and defines autoUpdater as a getter, which an ES import sees only on `default`
  const mod = (await import('electron-updater')) as typeof ElectronUpdater & { default?: typeof ElectronUpdater }
  const { autoUpdater } = mod.default ?? mod
  autoUpdater.autoDownload = false
  autoUpdater.autoInstallOnAppQuit = false
  autoUpdater.allowDowngrade = false
  autoUpdater.allowPrerelease = false
  // what went wrong reaches the UI; keep the log to warnings and errors
  autoUpdater.logger = { info: () => undefined, warn: (m: unknown) => console.warn('[updates]', m), error: (m: unknown) => console.error('[updates]', m) }
  return autoUpdater
}

const notInstalled = () => Object.assign(new Error('Updates work in an installed Debito only (not in a development build).'), { code: 'not-installed' })

export function electronUpdateDriver(): UpdateDriver {
  let updater: Promise<AppUpdater> | null = null
  const get = () => (updater ??= loadUpdater())
  return {
    async check(feedUrl) {
      const u = await get()
      if (!u.isUpdaterActive()) throw notInstalled()
      u.setFeedURL({ provider: 'generic', url: feedUrl })
      const result = await u.checkForUpdates()
      return result?.isUpdateAvailable ? { version: result.updateInfo.version } : null
    },
    async download(onProgress) {
      const u = await get()
      const listener = (p: ProgressInfo) => onProgress(p.percent)
      u.on('download-progress', listener)
      try {
        await u.downloadUpdate()
      } finally {
        u.off('download-progress', listener)
      }
    },
    install() {
      // before the new version first starts, it copies every administration (see version-backups.ts)
      void get().then((u) => u.quitAndInstall(false, true))
    }
  }
}
