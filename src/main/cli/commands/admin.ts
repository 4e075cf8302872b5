import { readFileSync } from 'node:fs'
import { JURISDICTIONS, type Jurisdiction } from '../../../shared/domains/parties'
import { AppError } from '../../../shared/errors'
import type { ProfileDto } from '../../../shared/ipc/settings.contract'
import { readLogo, readProfile, setLogo, updateProfile } from '../../domains/letters/letterhead.service'
import { ADMIN_OPTION, adminArgs, type CliCommand, UsageError, requireString } from '../command'

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
  usage: '--admin <name> <new-name>   (or: admin rename <name> <new-name>)',
  positionals: { min: 1, max: 2 },
  options: ADMIN_OPTION,
  async run(args, ctx) {
    const { ref, rest: [name = ''] } = adminArgs(args, 1)
    const renamed = ctx.administrations.rename(ref, name)
    ctx.io.out(`renamed to "${renamed.name}"`)
  }
}

export const adminArchive: CliCommand = {
  path: ['admin', 'archive'],
  summary: 'Archive an administration (its file is kept), or bring it back with --undo',
  usage: '--admin <name> [--undo]   (or: admin archive <name>)',
  positionals: { min: 0, max: 1 },
  options: { ...ADMIN_OPTION, undo: { type: 'boolean', description: 'take the administration out of the archive' } },
  async run(args, ctx) {
    const { ref } = adminArgs(args)
    const a = ctx.administrations.archive(ref, args.values.undo !== true)
    ctx.io.out(`${a.name} is ${a.archived ? 'archived' : 'active again'}`)
  }
}

/** CLI option → profile field; the profile is checked as a whole after the change (IBAN, BIC…). */
const PROFILE_OPTIONS = {
  name: 'name',
  address: 'addressLine',
  'postal-code': 'postalCode',
  city: 'city',
  iban: 'iban',
  bic: 'bic',
  vat: 'vatNumber',
  kvk: 'kvkNumber',
  kbo: 'kboNumber',
  email: 'email',
  phone: 'phone'
} as const satisfies Record<string, keyof ProfileDto>

export const adminProfile: CliCommand = {
  path: ['admin', 'profile'],
  summary: 'Show or change the letterhead of an administration (name, address, bank, VAT, KvK/KBO, logo)',
  usage: '--admin <name> [--name …] [--address …] [--postal-code …] [--city …] [--iban …] [--bic …] [--vat …] [--kvk …|--kbo …] [--email …] [--phone …] [--logo file.png] [--no-logo] [--json]',
  options: {
    ...ADMIN_OPTION,
    ...Object.fromEntries(Object.keys(PROFILE_OPTIONS).map((o) => [o, { type: 'string', description: `the ${o.replace('-', ' ')} on the letterhead ("" clears it)` }])),
    logo: { type: 'string', description: 'a PNG or JPEG (at most 1 MB) for the letterhead' },
    'no-logo': { type: 'boolean', description: 'remove the logo' },
    json: { type: 'boolean', description: 'print the profile as JSON' }
  },
  async run(args, ctx) {
    if (typeof args.values.kvk === 'string' && typeof args.values.kbo === 'string') throw new UsageError('give --kvk or --kbo, not both')
    const logoPath = typeof args.values.logo === 'string' ? args.values.logo : null
    if (logoPath && args.values['no-logo']) throw new UsageError('give --logo or --no-logo, not both')
    const logo = logoPath ? readLogoFile(logoPath) : null
    const patch = Object.fromEntries(
      Object.entries(PROFILE_OPTIONS)
        .filter(([option]) => typeof args.values[option] === 'string')
        .map(([option, field]) => [field, args.values[option]])
    ) as Partial<ProfileDto>
    const a = await ctx.openAdministration(requireString(args, 'admin'))
    try {
      const profile = Object.keys(patch).length > 0 ? updateProfile(a.db, patch) : readProfile(a.db)
      if (logo) setLogo(a.db, logo, logoPath ?? 'logo')
      else if (args.values['no-logo']) setLogo(a.db, null)
      const hasLogo = readLogo(a.db) !== null
      if (args.values.json) return ctx.io.out(JSON.stringify({ ...profile, hasLogo }))
      for (const [option, field] of Object.entries(PROFILE_OPTIONS)) ctx.io.out(`${option.padEnd(12)} ${profile[field] ?? ''}`)
      ctx.io.out(`${'logo'.padEnd(12)} ${hasLogo ? 'yes' : 'no'}`)
    } finally {
      a.close()
    }
  }
}

function readLogoFile(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path))
  } catch (err) {
    throw new AppError('io', `cannot read ${path}: ${(err as Error).message}`, 'logo')
  }
}
