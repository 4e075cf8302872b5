// The sandboxed preload (ARCHITECTURE C4): exposes invoke/on for the contract channels only, never
// ipcRenderer itself, and never hands page code an IpcRendererEvent.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../shared/ipc/channels'

const canInvoke = new Set(INVOKE_CHANNELS)
const canListen = new Set(EVENT_CHANNELS)

contextBridge.exposeInMainWorld('api', {
  invoke(channel: string, input: unknown): Promise<unknown> {
    if (!canInvoke.has(channel)) return Promise.reject(new Error(`blocked channel ${channel}`))
    return ipcRenderer.invoke(channel, input)
  },
  on(channel: string, listener: (payload: unknown) => void): () => void {
    if (!canListen.has(channel)) throw new Error(`blocked event ${channel}`)
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
    ipcRenderer.on(channel, wrapped)
    return () => {
      ipcRenderer.removeListener(channel, wrapped)
    }
  }
})
