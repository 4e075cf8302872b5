// Parses argv, dispatches to a command and maps failures to exit codes: 0 ok, 1 error, 2 usage.
import { parseArgs } from 'node:util'
import { AppError, isAppError } from '../../shared/errors'
import { defaultDataDir } from '../db/paths'
import { createAdministrations } from '../domains/administrations/administrations.service'
import { type CliCommand, type CliContext, type CliIo, UsageError } from './command'
import { COMMANDS } from './commands'

export type CliEnv = { io: CliIo; env: Record<string, string | undefined> }

const GLOBAL_OPTIONS = {
  'data-dir': { type: 'string', description: 'folder holding the administrations (default: the platform data folder)' },
  help: { type: 'boolean', short: 'h', description: 'show help' }
} as const

function findCommand(words: string[]): { command: CliCommand; rest: string[] } | undefined {
  const hits = COMMANDS.filter((c) => c.path.every((w, i) => words[i] === w)).sort((a, b) => b.path.length - a.path.length)
  const command = hits[0]
  return command ? { command, rest: words.slice(command.path.length) } : undefined
}

function optionLines(options: Record<string, { type: string; description: string; short?: string }>): string[] {
  return Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ' <value>' : ''}`
    return `  ${flag.padEnd(28)} ${o.description}`
  })
}

export function overviewHelp(): string {
  const lines = ['Usage: npm run cli -- <command> [options]', '', 'Commands:']
  for (const c of COMMANDS) lines.push(`  ${c.path.join(' ').padEnd(22)} ${c.summary}`)
  lines.push('', 'Global options:', ...optionLines(GLOBAL_OPTIONS), '', 'Run a command with --help for its options.')
  lines.push('The passphrase comes from DEBITO_PASSPHRASE, or is asked for on the terminal.')
  return lines.join('\n')
}

export function commandHelp(c: CliCommand): string {
  return [
    `Usage: npm run cli -- ${c.path.join(' ')} ${c.usage}`.trimEnd(),
    '',
    c.summary,
    '',
    'Options:',
    ...optionLines({ ...(c.options ?? {}), ...GLOBAL_OPTIONS })
  ].join('\n')
}

export async function runCli(argv: string[], { io, env }: CliEnv): Promise<number> {
  const words = argv.filter((a) => !a.startsWith('-'))
  const found = findCommand(words)
  if (!found) {
    if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
      io.out(overviewHelp())
      return argv.length === 0 ? 2 : 0
    }
    io.err(`error: unknown command "${words.join(' ')}"; run with --help for the list`)
    return 2
  }
  const { command } = found
  let parsed: ReturnType<typeof parseArgs>
  try {
    // drop the command words (wherever they stand) and parse the rest strictly
    const rest = [...argv]
    for (const w of command.path) rest.splice(rest.indexOf(w), 1)
    parsed = parseArgs({ args: rest, options: { ...(command.options ?? {}), ...GLOBAL_OPTIONS }, allowPositionals: true, strict: true })
  } catch (err) {
    io.err(`error: ${(err as Error).message}`)
    io.err(`usage: npm run cli -- ${command.path.join(' ')} ${command.usage}`)
    return 2
  }
  if (parsed.values.help) {
    io.out(commandHelp(command))
    return 0
  }
  const { min, max } = command.positionals ?? { min: 0, max: 0 }
  if (parsed.positionals.length < min || parsed.positionals.length > max) {
    io.err(`error: wrong number of arguments\nusage: npm run cli -- ${command.path.join(' ')} ${command.usage}`)
    return 2
  }
  const dataDir = typeof parsed.values['data-dir'] === 'string' ? parsed.values['data-dir'] : defaultDataDir()
  const administrations = createAdministrations(dataDir)
  const passphrase: CliContext['passphrase'] = async (prompt, envName = 'DEBITO_PASSPHRASE', opts = {}) => {
    const fromEnv = env[envName]
    if (fromEnv !== undefined && fromEnv.length > 0) return fromEnv
    const typed = await io.askSecret(prompt)
    if (typed.length === 0) throw new AppError('validation', `no passphrase given (set ${envName} or type it)`, 'passphrase')
    if (opts.confirm && (await io.askSecret('Type it again: ')) !== typed)
      throw new AppError('validation', 'the two passphrases differ; nothing was changed', 'passphrase')
    return typed
  }
  const ctx: CliContext = {
    dataDir,
    io,
    env,
    administrations,
    passphrase,
    openAdministration: async (ref) => administrations.open(ref, { passphrase: await passphrase(`Passphrase for ${ref}: `) })
  }
  try {
    // no option is declared `multiple`, so every value is a single string or boolean
    const values = Object.fromEntries(Object.entries(parsed.values).map(([k, v]) => [k, Array.isArray(v) ? v.at(-1) : v]))
    await command.run({ positionals: parsed.positionals, values }, ctx)
    return 0
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`error: ${err.message}\nusage: npm run cli -- ${command.path.join(' ')} ${command.usage}`)
      return 2
    }
    const message = isAppError(err) ? err.message : `unexpected failure: ${(err as Error).message ?? String(err)}`
    io.err(`error: ${message.split('\n')[0]}`)
    return 1
  }
}
