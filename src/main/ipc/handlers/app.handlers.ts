import { AppError } from '../../../shared/errors'
import type { appContract } from '../../../shared/ipc/app.contract'
import type { AppServices } from '../../session/app-services'
import type { DomainHandlers } from '../handlers'
import { isDeviceKeyUsable } from '../../db/key-store'

/** Links main may open outside the app: web pages over https and e-mail addresses, nothing else. */
export function isAllowedExternalUrl(text: string): boolean {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return false
  }
  if (url.username !== '' || url.password !== '') return false
  if (url.protocol === 'mailto:') return /^[^@\s/]+@[^@\s/]+$/.test(decodeURIComponent(url.pathname))
  return url.protocol === 'https:' && url.hostname.includes('.')
}

export function appHandlers({ platform, safeStorage }: AppServices): DomainHandlers<typeof appContract> {
  return {
    'app:get-info': async () => ({
      mode: platform.mode,
      version: platform.version,
      deviceKey: await isDeviceKeyUsable(safeStorage)
    }),
    'app:set-language': ({ language }) => {
      platform.setLanguage?.(language)
      return null
    },
    'app:open-external': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) throw new AppError('forbidden', 'Only https: and mailto: links can be opened.', 'url')
      if (!platform.openExternal) throw new AppError('forbidden', 'Links open from the desktop app only.', 'url')
      await platform.openExternal(url)
      return null
    }
  }
}
