import { z } from 'zod'
import { command } from './contract'
import { LanguageSchema } from './schemas'

export const appContract = {
  /** Which shell the renderer runs in, so it can hide what only the desktop offers. */
  info: command('app:get-info', z.object({}).strict(), z.object({ mode: z.enum(['desktop', 'browser']), version: z.string(), deviceKey: z.boolean() })),
  /** The UI language also drives the native menus and dialogs in main. */
  setLanguage: command('app:set-language', z.object({ language: LanguageSchema }).strict(), z.null()),
  /** Opens an https: or mailto: link in the system browser or mail client; anything else is refused. */
  openExternal: command('app:open-external', z.object({ url: z.string().max(2000) }).strict(), z.null())
} as const
