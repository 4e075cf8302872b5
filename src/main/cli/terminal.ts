// Terminal I/O for the CLI: stdout/stderr lines and a hidden passphrase prompt.
import { AppError } from '../../shared/errors'
import type { CliIo } from './command'

function askSecret(prompt: string): Promise<string> {
  const stdin = process.stdin
  if (!stdin.isTTY) return Promise.reject(new AppError('validation', 'no terminal to ask for the passphrase: set DEBITO_PASSPHRASE', 'passphrase'))
  process.stderr.write(prompt)
  return new Promise((resolve) => {
    let typed = ''
    stdin.setRawMode(true)
    stdin.resume()
    stdin.setEncoding('utf8')
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          stdin.setRawMode(false)
          stdin.pause()
          stdin.off('data', onData)
          process.stderr.write('\n')
          resolve(typed)
          return
        }
        if (ch === '\u0003') process.exit(130)
        typed = ch === '\u007f' ? typed.slice(0, -1) : typed + ch
      }
    }
    stdin.on('data', onData)
  })
}

let progressShown = false

/** Rewrites one line on stderr (carriage return, clear to end of line); null moves on to the next line. */
function progress(line: string | null): void {
  if (line === null) {
    if (progressShown) process.stderr.write('\n')
    progressShown = false
    return
  }
  process.stderr.write(`\r${line}\x1b[K`)
  progressShown = true
}

export const terminalIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  askSecret,
  ...(process.stderr.isTTY ? { progress } : {})
}
