// CLI entry point (`npm run cli -- <command>`): plain Node, never Electron.
import { runCli } from './run'
import { terminalIo } from './terminal'

process.exitCode = await runCli(process.argv.slice(2), { io: terminalIo, env: process.env })
