import { ADMIN_OPTION, adminArgs, type CliCommand } from '../command'

export const rekey: CliCommand = {
  path: ['rekey'],
  summary: 'Give an administration a fresh database key, and a new passphrase from DEBITO_NEW_PASSPHRASE if set',
  usage: '--admin <name>   (or: rekey <name>)',
  positionals: { min: 0, max: 1 },
  options: ADMIN_OPTION,
  async run(args, ctx) {
    const { ref } = adminArgs(args)
    const passphrase = await ctx.passphrase(`Passphrase for ${ref}: `)
    const next = ctx.env.DEBITO_NEW_PASSPHRASE || passphrase
    await ctx.administrations.rekey(ref, { passphrase }, { passphrase: next })
    ctx.io.out(`${ref} re-keyed${next !== passphrase ? ' with the new passphrase' : ''}`)
  }
}
