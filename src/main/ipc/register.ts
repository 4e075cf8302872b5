// The only place that calls ipcMain.handle. Typed structurally so this module stays free of Electron
// (the shell passes the real ipcMain; tests pass a fake).
import type { IpcResult } from '../../shared/ipc/contract'
import { INVOKE_CHANNELS } from '../../shared/ipc/channels'
import type { Dispatch } from './dispatch'
import { fail } from './envelope'
import { isTrustedFrame, type SenderFrame } from './trusted-sender'

export type IpcEventLike = { senderFrame: SenderFrame | null }
export type IpcMainLike = {
  handle(channel: string, listener: (event: IpcEventLike, raw: unknown) => Promise<IpcResult<unknown>>): void
}

/** Registers every contract channel; a call from any frame but the app's own main frame is refused. */
export function registerIpc(ipcMain: IpcMainLike, dispatch: Dispatch, trustedUrl: (url: URL) => boolean): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, async (event, raw) => {
      if (!isTrustedFrame(event.senderFrame, trustedUrl)) {
        console.warn(`[ipc] refused ${channel} from an untrusted frame`)
        return fail('forbidden', 'untrusted sender')
      }
      return dispatch(channel, raw)
    })
  }
}
