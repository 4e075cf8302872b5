// The one path from a raw message to a handler (ARCHITECTURE C3): look up the contract, parse the
// input, run the handler, return an envelope. Electron IPC and browser mode both call this; each
// transport checks its own caller (sender frame, token) before it gets here.
import type { IpcResult } from '../../shared/ipc/contract'
import { findCommand } from '../../shared/ipc/channels'
import { fail, toFailure, validationFailure } from './envelope'
import type { AppServices } from '../session/app-services'
import { createHandlers, type Handlers } from './handlers'

export type Dispatch = (channel: string, raw: unknown) => Promise<IpcResult<unknown>>

/** Resolves when handlers may run; null when they may run now (see Session.exclusive). */
export type Gate = () => Promise<void> | null

export function createDispatch(handlers: Handlers, gate: Gate = () => null): Dispatch {
  const table = handlers as Record<string, ((input: unknown) => unknown) | undefined>
  return async (channel, raw) => {
    const cmd = findCommand(channel)
    const handler = table[channel]
    if (!cmd || !handler) return fail('not-found', `unknown channel ${channel}`)
    const parsed = cmd.input.safeParse(raw ?? {})
    if (!parsed.success) return validationFailure(parsed.error)
    try {
      const wait = gate()
      if (wait) await wait
      return { ok: true, value: await handler(parsed.data) }
    } catch (err) {
      return toFailure(err, channel)
    }
  }
}

/** Every handler over the app's services; calls wait while an exclusive job (a large import) runs. */
export const createAppDispatch = (services: AppServices): Dispatch => createDispatch(createHandlers(services), services.session.idle)
