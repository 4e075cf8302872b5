// The CLI's command model: each command is a small module listed in commands/index.ts.
import type { Administrations, OpenAdministration } from '../domains/administrations/administrations.service'

export type CliIo = {
  out(line: string): void
  err(line: string): void
  /** asks for a secret on the terminal without echoing it */
  askSecret(prompt: string): Promise<string>
  /** a status line rewritten in place, only on a terminal (absent when output goes to a file or pipe); null ends it */
  progress?: (line: string | null) => void
}

export type CliContext = {
  dataDir: string
  io: CliIo
  env: Record<string, string | undefined>
  administrations: Administrations
  /** Opens an administration by name or id, unlocking it with DEBITO_PASSPHRASE or a prompt. */
  openAdministration(ref: string): Promise<OpenAdministration>
  /**
   * The passphrase from `envName` (default DEBITO_PASSPHRASE) or, failing that, a prompt; a new
   * passphrase (`confirm`) is typed twice.
   */
  passphrase(prompt: string, envName?: string, opts?: { confirm?: boolean }): Promise<string>
}

export type OptionSpec = { type: 'string' | 'boolean'; description: string; short?: string }

export type ParsedArgs = { positionals: string[]; values: Record<string, string | boolean | undefined> }

export type CliCommand = {
  /** the words that name the command, e.g. ['bank', 'parse'] */
  path: readonly string[]
  summary: string
  /** argument synopsis after the command words, e.g. '<file> [--admin <name>]' */
  usage: string
  options?: Record<string, OptionSpec>
  /** exact number (or range) of positional arguments */
  positionals?: { min: number; max: number }
  run(args: ParsedArgs, ctx: CliContext): Promise<void>
}

/** Wrong invocation: exit code 2 and a pointer to --help. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export function requireString(args: ParsedArgs, name: string): string {
  const v = args.values[name]
  if (typeof v !== 'string' || v.length === 0) throw new UsageError(`--${name} is required`)
  return v
}

/** The option every command that works on one administration takes. */
export const ADMIN_OPTION = { admin: { type: 'string', description: 'the administration (name or id)' } } as const satisfies Record<string, OptionSpec>

/**
 * `--admin <name>`, or the older form with the name as the first argument; `rest` positionals follow it.
 * Returns the administration and those other arguments.
 */
export function adminArgs(args: ParsedArgs, rest = 0): { ref: string; rest: string[] } {
  const flag = args.values.admin
  if (typeof flag === 'string' && flag.length > 0) {
    if (args.positionals.length !== rest) throw new UsageError(`expected ${rest} argument(s) besides --admin`)
    return { ref: flag, rest: args.positionals }
  }
  const [ref, ...others] = args.positionals
  if (ref === undefined || others.length !== rest) throw new UsageError('--admin <name> is required')
  return { ref, rest: others }
}
