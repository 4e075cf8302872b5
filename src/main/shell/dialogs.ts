// Native open/save dialogs: main chooses file paths, the renderer never sends one (ARCHITECTURE C13).
import { type BrowserWindow, dialog } from 'electron'
import { BACKUP_EXTENSION } from '../../shared/domains/backups/backup-files'
import type { Language } from '../../shared/domains/parties'
import type { FileDialogs, FileKind } from '../session/app-services'
import { shellLabels, type ShellLabels } from './labels'

const FILTERS: Record<FileKind, { label: keyof ShellLabels; extensions: string[] }> = {
  bank: { label: 'bankFiles', extensions: ['xml', 'sta', 'mt940', 'txt', 'cod', 'coda'] },
  spreadsheet: { label: 'spreadsheets', extensions: ['xlsx', 'csv', 'txt', 'xml', 'xaf'] },
  backup: { label: 'backups', extensions: [BACKUP_EXTENSION] },
  pdf: { label: 'pdf', extensions: ['pdf'] },
  eml: { label: 'eml', extensions: ['eml'] },
  zip: { label: 'zip', extensions: ['zip'] }
}

export function createFileDialogs(window: () => BrowserWindow | null, language: () => Language): FileDialogs {
  const filters = (kind: FileKind) => {
    const l = shellLabels(language())
    return [{ name: l[FILTERS[kind].label], extensions: FILTERS[kind].extensions }, { name: l.allFiles, extensions: ['*'] }]
  }
  return {
    async openFile(kind) {
      const win = window()
      const options = { title: shellLabels(language()).openFile, filters: filters(kind), properties: ['openFile' as const] }
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async saveFile(kind, defaultName) {
      const win = window()
      const options = { title: shellLabels(language()).saveFile, defaultPath: defaultName, filters: filters(kind) }
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseFolder() {
      const win = window()
      const options = { title: shellLabels(language()).chooseFolder, properties: ['openDirectory' as const, 'createDirectory' as const] }
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    }
  }
}
