import type { CliCommand } from '../command'

export const rekey: CliCommand = {
  path: ['rekey'],
  summary: 'Give an administration a fresh database key, and a new passphrase from DEBITO_NEW_PASSPHRASE if set',
  usage: '<name-or-id>',
  positionals: { min: 1, max: 1 },
  async run({ positionals: [ref = ''] }, ctx) {
    const passphrase = await ctx.passphrase(`Passphrase for ${ref}: `)
    const next = ctx.env.DEBITO_NEW_PASSPHRASE || passphrase
    await ctx.administrations.rekey(ref, { passphrase }, { passphrase: next })
    ctx.io.out(`${ref} re-keyed${next !== passphrase ? ' with the new passphrase' : ''}`)
  }
}
