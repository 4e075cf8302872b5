/// <reference types="vite/client" />

/** The bridge the sandboxed preload exposes in the desktop app (src/main/preload). */
type DesktopBridge = {
  invoke(channel: string, input: unknown): Promise<unknown>
  on(channel: string, listener: (payload: unknown) => void): () => void
}

// global augmentation needs an interface: a type alias cannot merge into Window
interface Window {
  api?: DesktopBridge
}
