// The typed IPC contract (ARCHITECTURE C2): a channel name plus zod schemas for input and output.
// Main, the preload, browser mode and the renderer clients all derive from these objects.
import type { z } from 'zod'
import type { ErrorKind } from '../errors'

export type Command<C extends string = string, I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  readonly channel: C
  readonly input: I
  readonly output: O
}

export function command<C extends string, I extends z.ZodType, O extends z.ZodType>(channel: C, input: I, output: O): Command<C, I, O> {
  return { channel, input, output }
}

/** A push event from main to the renderer (`event:*`). */
export type AppEvent<C extends string = string, P extends z.ZodType = z.ZodType> = { readonly channel: C; readonly payload: P }

export function event<C extends string, P extends z.ZodType>(channel: C, payload: P): AppEvent<C, P> {
  return { channel, payload }
}

/** What the caller sends (defaults still optional). */
export type InputOf<T extends Command> = z.input<T['input']>
/** What a handler receives after parsing. */
export type ParsedInputOf<T extends Command> = z.output<T['input']>
export type OutputOf<T extends Command> = z.output<T['output']>

export type IpcError = { kind: ErrorKind; message: string; field?: string }

/** Every call answers with this envelope: Electron only carries `message` across a thrown error. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

/** A domain's commands, keyed by the client method name. */
export type Contract = Record<string, Command>
