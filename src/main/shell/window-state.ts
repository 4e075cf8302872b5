// Remembers where the main window was and how big, so Debito reopens the way the user left it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type BrowserWindow, type Rectangle, screen } from 'electron'

export type WindowState = { x?: number; y?: number; width: number; height: number; maximized: boolean }

const DEFAULT: WindowState = { width: 1280, height: 820, maximized: false }

const intersects = (a: Rectangle, b: Rectangle) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

export function loadWindowState(dir: string): WindowState {
  const file = join(dir, 'window-state.json')
  if (!existsSync(file)) return DEFAULT
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as Partial<WindowState>
    const width = Math.max(800, Number(s.width) || DEFAULT.width)
    const height = Math.max(560, Number(s.height) || DEFAULT.height)
    const state: WindowState = { width, height, maximized: s.maximized === true }
    // a monitor that was unplugged must not leave the window off-screen
    if (typeof s.x === 'number' && typeof s.y === 'number') {
      const rect = { x: s.x, y: s.y, width, height }
      if (screen.getAllDisplays().some((d) => intersects(d.workArea, rect))) Object.assign(state, { x: s.x, y: s.y })
    }
    return state
  } catch {
    return DEFAULT
  }
}

export function trackWindowState(win: BrowserWindow, dir: string): void {
  win.on('close', () => {
    const bounds = win.getNormalBounds()
    const state: WindowState = { ...bounds, maximized: win.isMaximized() }
    try {
      writeFileSync(join(dir, 'window-state.json'), JSON.stringify(state))
    } catch (err) {
      console.warn('[shell] could not save the window state', err)
    }
  })
}
