// A tiny typed bus for push events; the Electron shell forwards to the window, browser mode to its sockets.
import { type EventChannel, type EventPayload, type JobProgress, type Scope } from '../../shared/ipc/app-events'

export type EventListener = <C extends EventChannel>(channel: C, payload: EventPayload<C>) => void

export function createEventBus() {
  const listeners = new Set<EventListener>()
  const emit = <C extends EventChannel>(channel: C, payload: EventPayload<C>) => {
    for (const l of listeners) l(channel, payload)
  }
  return {
    emit,
    subscribe(listener: EventListener): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    /** Tells every window which query roots a committed change touched. */
    dataChanged(scopes: Scope[]): void {
      emit('event:data-changed', { scopes })
    },
    /** Reports a long job's progress; send `finished: true` last so the indicator goes away. */
    jobProgress(progress: JobProgress): void {
      emit('event:job-progress', progress)
    },
    /** The open administration was locked for lack of activity; a `session` data change follows. */
    sessionLocked(payload: EventPayload<'event:session-locked'>): void {
      emit('event:session-locked', payload)
    }
  }
}

export type EventBus = ReturnType<typeof createEventBus>
