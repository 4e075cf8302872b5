// Updates on the user's terms: the settings (on/off, the update server, consent to a check at start), and
// the steps check → download → install, each only when asked. The desktop shell supplies the driver
// (electron-updater); browser mode has none, so there updates are simply not offered.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../../shared/errors'
import { classifyUpdateError, normaliseFeedUrl } from '../../../shared/domains/updates/updates'
import type { UpdateSettingsDto, UpdateStateDto, UpdateStatusDto } from '../../../shared/ipc/updates.contract'
import type { EventBus } from '../../session/event-bus'

/** What electron-updater does for the shell. Errors carry electron-updater's `code` where it has one. */
export type UpdateDriver = {
  /** The newer version on the server, or null when this one is the newest. */
  check(feedUrl: string): Promise<{ version: string } | null>
  download(onProgress: (percent: number) => void): Promise<void>
  /** Quits Debito and runs the installer of the downloaded version. */
  install(): void
}

export const DEFAULT_UPDATE_SETTINGS: UpdateSettingsDto = { enabled: true, feedUrl: null, checkOnStart: false }

const settingsFile = (dataDir: string) => join(dataDir, 'update-settings.json')

/** The saved settings; anything missing or unreadable falls back to the defaults (which contact nothing). */
export function readUpdateSettings(dataDir: string): UpdateSettingsDto {
  if (!existsSync(settingsFile(dataDir))) return DEFAULT_UPDATE_SETTINGS
  try {
    const raw = JSON.parse(readFileSync(settingsFile(dataDir), 'utf8')) as Partial<UpdateSettingsDto>
    return {
      enabled: raw.enabled !== false,
      feedUrl: typeof raw.feedUrl === 'string' ? normaliseFeedUrl(raw.feedUrl) : null,
      checkOnStart: raw.checkOnStart === true
    }
  } catch {
    return DEFAULT_UPDATE_SETTINGS
  }
}

function writeUpdateSettings(dataDir: string, settings: UpdateSettingsDto): void {
  mkdirSync(dataDir, { recursive: true })
  const tmp = `${settingsFile(dataDir)}.tmp`
  writeFileSync(tmp, `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 })
  renameSync(tmp, settingsFile(dataDir))
}

export type UpdatesOptions = { dataDir: string; currentVersion: string; driver?: UpdateDriver; events: EventBus }

export function createUpdates({ dataDir, currentVersion, driver, events }: UpdatesOptions) {
  let state: UpdateStateDto = { status: 'idle' }
  const now = () => new Date().toISOString()

  function status(): UpdateStatusDto {
    return { supported: driver !== undefined, currentVersion, settings: readUpdateSettings(dataDir), state }
  }

  function moveTo(next: UpdateStateDto): UpdateStatusDto {
    state = next
    events.dataChanged(['updates'])
    return status()
  }

  function failed(err: unknown): UpdateStatusDto {
    const e = err as { code?: string; message?: string }
    const detail = String(e.message ?? err).split('\n')[0] ?? ''
    return moveTo({ status: 'error', problem: classifyUpdateError(e.code, detail), detail })
  }

  function requireDriver(): UpdateDriver {
    if (!driver) throw new AppError('forbidden', 'Updates come with the desktop app.')
    return driver
  }

  async function check(): Promise<UpdateStatusDto> {
    const d = requireDriver()
    const { enabled, feedUrl } = readUpdateSettings(dataDir)
    if (!enabled) throw new AppError('forbidden', 'Updates are switched off in Settings.')
    if (!feedUrl) throw new AppError('validation', "Enter the update server's address first.", 'feedUrl')
    if (state.status === 'checking' || state.status === 'downloading') throw new AppError('conflict', 'An update check or download is already running.')
    moveTo({ status: 'checking' })
    try {
      const newer = await d.check(feedUrl)
      return moveTo(newer ? { status: 'available', version: newer.version, checkedAt: now() } : { status: 'up-to-date', checkedAt: now() })
    } catch (err) {
      return failed(err)
    }
  }

  return {
    status,
    check,

    saveSettings(settings: UpdateSettingsDto): UpdateStatusDto {
      writeUpdateSettings(dataDir, settings)
      // switched off, or pointed elsewhere: what was found before no longer counts
      return moveTo({ status: 'idle' })
    },

    async download(): Promise<UpdateStatusDto> {
      const d = requireDriver()
      if (state.status !== 'available') throw new AppError('conflict', 'Check for updates first; there is no newer version to download.')
      const { version } = state
      const progress = (percent: number, finished = false) =>
        events.jobProgress({ jobId: 'update-download', label: 'updates.downloadJob', done: Math.round(percent), total: 100, finished })
      moveTo({ status: 'downloading', version, percent: 0 })
      progress(0)
      try {
        await d.download((percent) => {
          state = { status: 'downloading', version, percent: Math.min(100, Math.max(0, percent)) }
          progress(state.percent)
        })
        return moveTo({ status: 'ready', version })
      } catch (err) {
        return failed(err)
      } finally {
        progress(100, true)
      }
    },

    install(): void {
      const d = requireDriver()
      if (state.status !== 'ready') throw new AppError('conflict', 'Download the update first.')
      d.install()
    },

    /** The one check at start, and only with the user's consent (Settings); it never throws. */
    async checkAtStart(): Promise<boolean> {
      const { enabled, checkOnStart, feedUrl } = readUpdateSettings(dataDir)
      if (!driver || !enabled || !checkOnStart || !feedUrl) return false
      await check().catch(() => undefined)
      return true
    }
  }
}

export type Updates = ReturnType<typeof createUpdates>
