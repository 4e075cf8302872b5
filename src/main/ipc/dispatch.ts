// The one path from a raw message to a handler (ARCHITECTURE C3): look up the contract, parse the
// input, run the handler, return an envelope. Electron IPC and browser mode both call this; each
// transport checks its own caller (sender frame, token) before it gets here.
import type { IpcResult } from '../../shared/ipc/contract'
import { findCommand } from '../../shared/ipc/channels'
import { fail, toFailure, validationFailure } from './envelope'
import type { Handlers } from './handlers'

export type Dispatch = (channel: string, raw: unknown) => Promise<IpcResult<unknown>>

export function createDispatch(handlers: Handlers): Dispatch {
  const table = handlers as Record<string, ((input: unknown) => unknown) | undefined>
  return async (channel, raw) => {
    const cmd = findCommand(channel)
    const handler = table[channel]
    if (!cmd || !handler) return fail('not-found', `unknown channel ${channel}`)
    const parsed = cmd.input.safeParse(raw ?? {})
    if (!parsed.success) return validationFailure(parsed.error)
    try {
      return { ok: true, value: await handler(parsed.data) }
    } catch (err) {
      return toFailure(err, channel)
    }
  }
}
