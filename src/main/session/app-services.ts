// The composition shared by the Electron shell, browser mode and the tests: administrations, the open
// session, push events and the platform hooks only a desktop shell can offer.
import { join } from 'node:path'
import type { Language } from '../../shared/domains/parties'
import type { SafeStorageLike } from '../db/key-store'
import { createAdministrations } from '../domains/administrations/administrations.service'
import { createBackupInbox } from '../domains/backups/inbox'
import { backupBeforeNewVersion } from '../domains/backups/version-backups'
import { createRiskRefresh } from '../domains/risk/auto-refresh'
import { createUpdates, type UpdateDriver } from '../domains/updates/updates.service'
import { createDownloads } from './downloads'
import { createEventBus } from './event-bus'
import { createIdleLock, type IdleClock } from './idle-lock'
import { createSession } from './session'

export type FileKind = 'bank' | 'spreadsheet' | 'backup' | 'pdf' | 'zip' | 'eml'

/** Native file dialogs; each resolves to the chosen path, or null when the user cancels. */
export type FileDialogs = {
  openFile(kind: FileKind): Promise<string | null>
  saveFile(kind: FileKind, defaultName: string): Promise<string | null>
  /** a folder to write several files into (letters exported one file each) */
  chooseFolder?(): Promise<string | null>
}

/** PDFs shown or printed from memory in a window of their own: never written to disk on the way. */
export type PdfWindows = {
  /** the system print dialog for the PDF; 'printed' once the printer accepted it */
  print(pdf: Uint8Array, title: string): Promise<'printed' | 'cancelled'>
  /** shows the PDF in a viewer window */
  show(pdf: Uint8Array, title: string): Promise<void>
}

/** What the hosting shell provides; browser mode leaves the desktop-only parts out. */
export type Platform = {
  mode: 'desktop' | 'browser'
  version: string
  openExternal?: (url: string) => Promise<void>
  setLanguage?: (language: Language) => void
  dialogs?: FileDialogs
  /** electron-updater, in the desktop app only */
  updates?: UpdateDriver
  pdf?: PdfWindows
}

/** `idleClock`: the idle lock's clock and timer (tests use a fake one). */
export type AppServicesOptions = { dataDir: string; safeStorage?: SafeStorageLike; platform: Platform; idleClock?: IdleClock }

export function createAppServices({ dataDir, safeStorage, platform, idleClock }: AppServicesOptions) {
  const administrations = createAdministrations(dataDir)
  // the first start of a new version copies every administration before any of them can be opened
  const versionBackup = backupBeforeNewVersion(dataDir, platform.version)
  const session = createSession(administrations, versionBackup)
  const events = createEventBus()
  const downloads = createDownloads()
  const risk = createRiskRefresh(session, events)
  const idleLock = createIdleLock(session, events, idleClock)
  // every committed change announces itself; its audit entries are anchored right then
  events.subscribe((channel) => {
    if (channel === 'event:data-changed') session.anchorAudit()
  })
  return {
    dataDir,
    safeStorage,
    platform,
    administrations,
    session,
    events,
    versionBackup,
    /** backup files waiting to be restored (from the OS or the open dialog) */
    backups: createBackupInbox(join(dataDir, 'incoming')),
    /** browser mode's one-time file downloads (exports) */
    downloads,
    /** recomputes the stored risk scores after changes */
    risk,
    /** locks the open administration after the set time without the user's input */
    idleLock,
    updates: createUpdates({ dataDir, currentVersion: platform.version, events, ...(platform.updates ? { driver: platform.updates } : {}) }),
    /** Closes the open administration (app quit, server stop). */
    dispose(): void {
      downloads.clear()
      risk.dispose()
      idleLock.dispose()
      session.close()
    }
  }
}

export type AppServices = ReturnType<typeof createAppServices>
