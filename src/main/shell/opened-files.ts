// Backup files the operating system asks Debito to open. Windows (and Linux) pass a double-clicked file as
// a command-line argument, of this start or of a second start that hands it to the running one and quits;
// macOS sends `open-file`, also before the app is ready. Files that arrive before the services exist wait.
import { app } from 'electron'
import { backupFilesIn } from '../domains/backups/inbox'

export type OpenedFiles = {
  /** From now on every opened file goes straight to `receive`; the ones that arrived earlier go first. */
  deliverTo(receive: (path: string) => void): void
  /** Files named on a second start's command line. */
  fromCommandLine(argv: readonly string[], cwd: string): void
}

/** Must run before `app` is ready, or a macOS double-click that started Debito is lost. */
export function collectOpenedFiles(): OpenedFiles {
  const early = backupFilesIn(process.argv, process.cwd())
  let receive: ((path: string) => void) | null = null
  const take = (path: string) => (receive ? receive(path) : void early.push(path))
  app.on('open-file', (event, path) => {
    event.preventDefault()
    take(path)
  })
  return {
    deliverTo(fn) {
      receive = fn
      for (const path of early.splice(0)) fn(path)
    },
    fromCommandLine(argv, cwd) {
      for (const path of backupFilesIn(argv, cwd)) take(path)
    }
  }
}
