// Runs the real CLI in-process with captured output.
import { runCli } from '../../src/main/cli/run'

export type CliResult = { code: number; out: string; err: string }

export async function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  const out: string[] = []
  const err: string[] = []
  const io = {
    out: (l: string) => void out.push(l),
    err: (l: string) => void err.push(l),
    askSecret: () => Promise.reject(new Error('no terminal in tests'))
  }
  const code = await runCli(args, { io, env })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

/** The CLI as `npm run cli -- … --data-dir <dir>` runs it, with a passphrase in the environment. */
export function cliIn(dataDir: () => string, env: Record<string, string | undefined>) {
  return async (...argv: string[]): Promise<CliResult> => cli([...argv, '--data-dir', dataDir()], env)
}
