import { JURISDICTIONS, type Jurisdiction } from '../../../shared/domains/parties'
import { type CliCommand, UsageError } from '../command'

const country = (v: string | boolean | undefined): Jurisdiction => {
  const c = typeof v === 'string' ? v.toUpperCase() : 'NL'
  if (!(JURISDICTIONS as readonly string[]).includes(c)) throw new UsageError(`--country must be one of ${JURISDICTIONS.join(', ')}`)
  return c as Jurisdiction
}

export const adminCreate: CliCommand = {
  path: ['admin', 'create'],
  summary: 'Create an encrypted administration locked with a passphrase',
  usage: '<name> [--country NL|BE]',
  positionals: { min: 1, max: 1 },
  options: { country: { type: 'string', description: 'country of the creditor: NL (default) or BE' } },
  async run({ positionals: [name = ''], values }, ctx) {
    const c = country(values.country)
    const passphrase = await ctx.passphrase(`New passphrase for ${name}: `, undefined, { confirm: true })
    const created = await ctx.administrations.create({ name, country: c, unlock: { passphrase } })
    ctx.io.out(`created administration "${created.name}" (${created.id})`)
  }
}

export const adminList: CliCommand = {
  path: ['admin', 'list'],
  summary: 'List the administrations in the data folder',
  usage: '[--all] [--json]',
  options: {
    all: { type: 'boolean', description: 'include archived administrations' },
    json: { type: 'boolean', description: 'print JSON' }
  },
  async run({ values }, ctx) {
    const list = ctx.administrations.list({ includeArchived: values.all === true })
    if (values.json) return ctx.io.out(JSON.stringify(list))
    if (list.length === 0) return ctx.io.out('no administrations yet: npm run cli -- admin create <name>')
    for (const a of list) ctx.io.out(`${a.name}\t${a.id}\t${a.keyMode}${a.archived ? '\tarchived' : ''}`)
  }
}

export const adminRename: CliCommand = {
  path: ['admin', 'rename'],
  summary: 'Rename an administration',
  usage: '<name-or-id> <new-name>',
  positionals: { min: 2, max: 2 },
  async run({ positionals: [ref = '', name = ''] }, ctx) {
    const renamed = ctx.administrations.rename(ref, name)
    ctx.io.out(`renamed to "${renamed.name}"`)
  }
}

export const adminArchive: CliCommand = {
  path: ['admin', 'archive'],
  summary: 'Archive an administration (its file is kept), or bring it back with --undo',
  usage: '<name-or-id> [--undo]',
  positionals: { min: 1, max: 1 },
  options: { undo: { type: 'boolean', description: 'take the administration out of the archive' } },
  async run({ positionals: [ref = ''], values }, ctx) {
    const a = ctx.administrations.archive(ref, values.undo !== true)
    ctx.io.out(`${a.name} is ${a.archived ? 'archived' : 'active again'}`)
  }
}
