// The native application menu, rebuilt whenever the UI language changes.
import { app, Menu, type MenuItemConstructorOptions } from 'electron'
import type { Language } from '../../shared/domains/parties'
import { shellLabels } from './labels'

export function setApplicationMenu(language: Language): void {
  const l = shellLabels(language)
  const isMac = process.platform === 'darwin'
  const devOnly: MenuItemConstructorOptions[] = app.isPackaged
    ? []
    : [{ role: 'reload', label: l.reload }, { role: 'toggleDevTools', label: l.devTools }, { type: 'separator' }]
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ label: 'Debito', submenu: [{ role: 'about', label: l.about }, { type: 'separator' }, { role: 'quit', label: l.quit }] } satisfies MenuItemConstructorOptions] : []),
    { label: l.file, submenu: [isMac ? { role: 'close', label: l.close } : { role: 'quit', label: l.quit }] },
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo },
        { role: 'redo', label: l.redo },
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll }
      ]
    },
    {
      label: l.view,
      submenu: [
        ...devOnly,
        { role: 'resetZoom', label: l.resetZoom },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: l.fullScreen }
      ]
    },
    { label: l.window, submenu: [{ role: 'minimize', label: l.minimize }, { role: 'close', label: l.close }] },
    { label: l.help, submenu: [{ role: 'about', label: l.about }] }
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
