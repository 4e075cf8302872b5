// A stand-in for the parts of Electron the shell uses, so the BUILT out/main/index.js can boot under
// plain Node (there is no Electron binary here). It records what the shell asked for in
// globalThis.__electronStub; behaviour is only as real as the tests need to observe the shell.
import { readFile } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import { tmpdir } from 'node:os'
import { Buffer } from 'node:buffer'
import { basename, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const stub = (globalThis.__electronStub = {
  ipc: new Map(),
  windows: [],
  appListeners: new Map(),
  menus: [],
  sent: [],
  quit: 0,
  focused: 0,
  // every request made through Electron's net module (electron-updater's only way out)
  requests: [],
  paths: new Map(),
  beforeRequest: null,
  permissionRequest: null,
  schemes: [],
  protocolHandlers: new Map(),
  /** sessions made with session.fromPartition, by name: their protocol handlers and permission handlers */
  partitions: new Map(),
  /** every webContents.print() call: the page it printed and the options */
  printed: [],
  lock: process.env.STUB_SINGLE_INSTANCE_LOCK !== '0'
})

const on = (map) => (event, fn) => {
  map.set(event, [...(map.get(event) ?? []), fn])
}

// STUB_PACKAGED=1 plays a packaged app: electron-builder's extraResources live in process.resourcesPath
if (process.env.STUB_RESOURCES_PATH) process.resourcesPath = process.env.STUB_RESOURCES_PATH

export const app = {
  isPackaged: process.env.STUB_PACKAGED === '1',
  whenReady: () => Promise.resolve(),
  requestSingleInstanceLock: () => stub.lock,
  setPath: (name, value) => stub.paths.set(name, value),
  getPath: (name) => stub.paths.get(name) ?? tmpdir(),
  getLocale: () => process.env.STUB_LOCALE ?? 'nl-NL',
  getName: () => 'Debito',
  getAppPath: () => process.cwd(),
  getVersion: () => process.env.STUB_APP_VERSION ?? '0.0.0-stub',
  on: on(stub.appListeners),
  once: on(stub.appListeners),
  relaunch() {},
  quit() {
    stub.quit++
  }
}

class WebContents {
  constructor() {
    this.listeners = new Map()
    this.on = on(this.listeners)
  }
  send(channel, payload) {
    stub.sent.push({ channel, payload })
  }
  setWindowOpenHandler(fn) {
    this.windowOpenHandler = fn
  }
  // the print dialog "accepts" right away; the window tells what it had loaded
  print(options, callback) {
    stub.printed.push({ url: this.window?.loaded, options })
    globalThis.queueMicrotask(() => callback(true, ''))
  }
}

export class BrowserWindow {
  constructor(opts) {
    this.opts = opts
    this.listeners = new Map()
    this.on = on(this.listeners)
    this.once = on(this.listeners)
    this.webContents = new WebContents()
    this.webContents.window = this
    stub.windows.push(this)
    for (const fn of stub.appListeners.get('web-contents-created') ?? []) fn({}, this.webContents)
  }
  loadFile(file) {
    this.loaded = file
    return Promise.resolve()
  }
  // a window in a session of its own (session.fromPartition) loads through that session's protocol handler
  async loadURL(url) {
    this.loaded = url
    const handler = this.opts.webPreferences?.session?.handlers?.get(url.split(':')[0])
    if (handler) {
      const res = await handler(new globalThis.Request(url))
      const body = Buffer.from(await res.arrayBuffer())
      this.fetched = { status: res.status, type: res.headers.get('content-type'), size: body.length, head: body.subarray(0, 5).toString('latin1') }
    }
  }
  maximize() {}
  close() {
    this.closed = true
    for (const fn of this.listeners.get('closed') ?? []) fn()
  }
  isMinimized() {
    return false
  }
  restore() {}
  show() {}
  focus() {
    stub.focused++
  }
  isDestroyed() {
    return false
  }
}

export const ipcMain = { handle: (channel, fn) => stub.ipc.set(channel, fn) }
export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => stub.menus.push(menu)
}
export const session = {
  fromPartition(name) {
    if (!stub.partitions.has(name)) {
      const handlers = new Map()
      stub.partitions.set(name, {
        partition: name,
        handlers,
        protocol: { handle: (scheme, fn) => handlers.set(scheme, fn) },
        setPermissionRequestHandler: (fn) => (stub.partitions.get(name).permissionRequest = fn),
        setPermissionCheckHandler: (fn) => (stub.partitions.get(name).permissionCheck = fn)
      })
    }
    return stub.partitions.get(name)
  },
  defaultSession: {
    setPermissionRequestHandler: (fn) => (stub.permissionRequest = fn),
    setPermissionCheckHandler: (fn) => (stub.permissionCheck = fn),
    webRequest: { onBeforeRequest: (fn) => (stub.beforeRequest = fn) }
  }
}
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => stub.schemes.push(...schemes),
  handle: (scheme, handler) => stub.protocolHandlers.set(scheme, handler)
}
export const net = {
  fetch: async (url) => new globalThis.Response(await readFile(fileURLToPath(url))),
  // Node's http client answers like Electron's ClientRequest where electron-updater looks (response, statusCode, headers)
  request: (electronOptions) => {
    const options = { ...electronOptions }
    delete options.session
    delete options.redirect
    stub.requests.push(`${options.protocol}//${options.hostname}${options.port ? `:${options.port}` : ''}${options.path}`)
    return (options.protocol === 'https:' ? https : http).request(options)
  }
}
export const shell = { openExternal: async (url) => stub.sent.push({ external: url }) }
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] }
// the save dialog answers with the suggested name inside STUB_SAVE_DIR when a test sets it, else is cancelled
export const dialog = {
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async (...args) => {
    const { defaultPath = 'unnamed' } = args.at(-1)
    return process.env.STUB_SAVE_DIR ? { canceled: false, filePath: join(process.env.STUB_SAVE_DIR, basename(defaultPath)) } : { canceled: true }
  }
}
// no OS keychain here: device mode reports itself unavailable, exactly as on a machine without one
export const safeStorage = {
  isAsyncEncryptionAvailable: async () => false,
  encryptStringAsync: async () => {
    throw new Error('unavailable')
  },
  decryptStringAsync: async () => {
    throw new Error('unavailable')
  }
}
/** The scheduler listens for the computer waking up; tests emit it by hand. */
export const powerMonitor = { listeners: [], on(event, fn) { if (event === 'resume') this.listeners.push(fn) } }
export const contextBridge = { exposeInMainWorld: (key, value) => (globalThis[key] = value) }
export const ipcRenderer = { invoke: () => Promise.reject(new Error('renderer side not stubbed')) }

export default { app, BrowserWindow, ipcMain, Menu, session, protocol, net, shell, screen, dialog, safeStorage, powerMonitor, contextBridge, ipcRenderer }
