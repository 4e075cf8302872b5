// Letters over IPC: templates with their live preview, the letterhead logo, previews of any letter, and
// letters going out (printed, saved, e-mailed as .eml, or downloaded in browser mode), plus the archive.
import { z } from 'zod'
import { LETTER_KINDS, TEMPLATE_REGIMES } from '../domains/letters/vocabulary'
import { CHANNELS } from '../domains/receivables'
import { command } from './contract'
import { FileIdSchema } from './files.contract'
import { IdSchema, IsoDateSchema, LanguageSchema, PageSchema } from './schemas'

export const TemplateIdSchema = z.object({ key: z.string().regex(/^[a-z0-9-]{1,40}$/), regime: z.enum(TEMPLATE_REGIMES), language: LanguageSchema }).strict()
const TemplateTextSchema = { subject: z.string().max(300), body: z.string().max(20_000) }

const TemplateProblemSchema = z.object({ code: z.enum(['unknown-placeholder', 'block-inline', 'missing-placeholder', 'missing-phrase', 'forbidden-phrase', 'empty-subject']), name: z.string().optional(), phrase: z.string().optional() })
export type TemplateProblemDto = z.infer<typeof TemplateProblemSchema>

const TemplateListItemSchema = z.object({
  key: z.string(),
  regime: z.enum(TEMPLATE_REGIMES),
  language: LanguageSchema,
  kind: z.enum(LETTER_KINDS),
  shippedVersion: z.number().int(),
  custom: z.object({ updatedAt: z.string(), baseVersion: z.number().int() }).nullable()
})
export type TemplateListItemDto = z.infer<typeof TemplateListItemSchema>

const TemplateTextOut = z.object({ subject: z.string(), body: z.string(), version: z.number().int() })
const TemplateDetailSchema = z.object({ current: TemplateTextOut.extend({ origin: z.enum(['shipped', 'custom']), updatedAt: z.string().nullable() }), shipped: TemplateTextOut })
export type TemplateDetailDto = z.infer<typeof TemplateDetailSchema>

/** A letter drawn as SVG pages (the same layout as its PDF). */
/** `pages`: SVG pictures of the pages; `texts`: what each page says, line by line (the pictures' alternative text) */
export const PreviewSchema = z.object({ title: z.string(), pages: z.array(z.string()), texts: z.array(z.string()) })
export type PreviewDto = z.infer<typeof PreviewSchema>

export const LetterSummarySchema = z.object({
  id: IdSchema,
  kind: z.enum(LETTER_KINDS),
  customerId: IdSchema,
  customerCode: z.string(),
  customerName: z.string(),
  runId: z.number().int().nullable(),
  planId: z.number().int().nullable(),
  copyOf: z.number().int().nullable(),
  templateKey: z.string(),
  language: LanguageSchema,
  channel: z.enum(CHANNELS),
  letterDate: IsoDateSchema,
  reference: z.string().nullable(),
  totalCents: z.number().int().nullable(),
  pages: z.number().int(),
  sha256: z.string(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
  email: z.string().nullable()
})
export type LetterSummaryDto = z.infer<typeof LetterSummarySchema>

/**
 * How a letter goes out: printed (desktop print dialog), saved where the user picks, as an e-mail file,
 * or, in browser mode, downloaded once from the server. `resend` confirms making copies of letters sent before.
 */
export const DeliverySchema = z.enum(['print', 'save', 'eml'])
const OutputOptions = { how: DeliverySchema, resend: z.boolean().default(false) }

export const OutputResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.enum(['printed', 'saved', 'shown']), fileName: z.string(), letters: z.number().int(), pages: z.number().int(), copies: z.boolean(), skipped: z.array(z.string()) }),
  /** browser mode: fetch `url` once (within two minutes) */
  z.object({ status: z.literal('download'), fileName: z.string(), url: z.string(), letters: z.number().int(), pages: z.number().int(), copies: z.boolean(), skipped: z.array(z.string()) })
])
export type OutputResultDto = z.infer<typeof OutputResultSchema>

const VerifySchema = z.object({
  letters: z.number().int(),
  batches: z.number().int(),
  failures: z.array(z.object({ kind: z.enum(['letter', 'batch']), id: z.number().int(), customerCode: z.string().nullable(), letterDate: z.string().nullable(), expected: z.string(), actual: z.string() }))
})

export const lettersContract = {
  templates: command('letters:list-templates', z.object({}).strict(), z.array(TemplateListItemSchema)),
  template: command('letters:get-template', TemplateIdSchema, TemplateDetailSchema),
  previewTemplate: command('letters:preview-template', TemplateIdSchema.extend(TemplateTextSchema).strict(), PreviewSchema.extend({ problems: z.array(TemplateProblemSchema) })),
  saveTemplate: command('letters:save-template', TemplateIdSchema.extend(TemplateTextSchema).strict(), TemplateDetailSchema),
  restoreTemplate: command('letters:restore-template', TemplateIdSchema, TemplateDetailSchema),

  logo: command('letters:get-logo', z.object({}).strict(), z.object({ dataUrl: z.string().nullable() })),
  setLogo: command('letters:set-logo', z.object({ fileId: FileIdSchema }).strict(), z.object({ dataUrl: z.string().nullable() })),
  removeLogo: command('letters:remove-logo', z.object({}).strict(), z.object({ dataUrl: z.string().nullable() })),

  previewAction: command('letters:preview-action', z.object({ actionId: IdSchema }).strict(), PreviewSchema),
  previewStatement: command('letters:preview-statement', z.object({ customerId: IdSchema, asOf: IsoDateSchema, language: LanguageSchema.optional() }).strict(), PreviewSchema),
  previewPlan: command('letters:preview-plan', z.object({ planId: IdSchema, language: LanguageSchema.optional() }).strict(), PreviewSchema),
  /** The reminder before a plan instalment (the task on the customer card and Vandaag), as it would go out now. */
  previewPlanReminder: command('letters:preview-plan-reminder', z.object({ instalmentId: IdSchema, language: LanguageSchema.optional() }).strict(), PreviewSchema),
  previewLetter: command('letters:preview-letter', z.object({ letterId: IdSchema }).strict(), PreviewSchema),

  runLetters: command(
    'letters:run-letters',
    z.object({ runId: IdSchema }).strict(),
    z.object({ letters: z.array(LetterSummarySchema), printable: z.number().int(), printed: z.boolean(), pages: z.number().int() })
  ),
  printRun: command('letters:print-run', z.object({ runId: IdSchema, ...OutputOptions }).strict(), OutputResultSchema),
  exportRun: command('letters:export-run', z.object({ runId: IdSchema, eml: z.boolean().default(false), resend: z.boolean().default(false) }).strict(), OutputResultSchema),

  customerLetters: command('letters:customer-letters', z.object({ customerId: IdSchema, ...PageSchema }).strict(), z.object({ rows: z.array(LetterSummarySchema), total: z.number().int() })),
  /** Opens the archived PDF as it was sent: a viewer window on the desktop, a download in browser mode. */
  openLetter: command('letters:open-letter', z.object({ letterId: IdSchema }).strict(), OutputResultSchema),
  sendLetter: command('letters:send-letter', z.object({ letterId: IdSchema, ...OutputOptions }).strict(), OutputResultSchema),
  statement: command('letters:statement', z.object({ customerId: IdSchema, asOf: IsoDateSchema, language: LanguageSchema.optional(), how: DeliverySchema }).strict(), OutputResultSchema),
  planAgreement: command('letters:plan-agreement', z.object({ planId: IdSchema, language: LanguageSchema.optional(), ...OutputOptions }).strict(), OutputResultSchema),
  /** Sends the instalment's reminder letter: archived with its fingerprint, the instalment counts as reminded. */
  /** the customer an instalment's reminder goes to, and their e-mail address (null: no .eml can be made) */
  planReminderRecipient: command('letters:plan-reminder-recipient', z.object({ instalmentId: IdSchema }).strict(), z.object({ customerId: IdSchema, email: z.string().nullable() })),
  planReminder: command('letters:plan-reminder', z.object({ instalmentId: IdSchema, language: LanguageSchema.optional(), ...OutputOptions }).strict(), OutputResultSchema),
  verify: command('letters:verify', z.object({}).strict(), VerifySchema)
} as const
