// Letters over IPC: thin calls into the letters domain; what goes out is handed over by `deliver`.
import { localToday } from '../../../shared/dates'
import { logoInfo } from '../../../shared/domains/letters/logo'
import type { lettersContract, OutputResultDto } from '../../../shared/ipc/letters.contract'
import { deliver } from '../../domains/letters/delivery'
import { readLogo, setLogo } from '../../domains/letters/letterhead.service'
import { customerLetters, letterPdf, letterSummary, runBatch, runLetters, verifyArchive } from '../../domains/letters/letters.repo'
import { loadCreditor } from '../../domains/letters/letter-sources'
import { exportRun, letterFileName, printRun, sendLetter } from '../../domains/letters/output.service'
import { previewAction, previewPlan, previewStatement, previewTemplate, svgPages } from '../../domains/letters/preview.service'
import { createStatement, planAgreement } from '../../domains/letters/records.service'
import { planReminder, planReminderRecipient, previewPlanReminder } from '../../domains/letters/plan-reminder.service'
import { listTemplates, restoreTemplate, saveTemplate, templateForEditing, type TemplateId } from '../../domains/letters/templates.repo'
import type { ResolvedTemplate } from '../../../shared/domains/letters/templates'
import type { AppServices } from '../../session/app-services'
import { progressJob } from '../../session/progress-job'
import { stagedFiles } from '../../session/staged-files'
import type { DomainHandlers } from '../handlers'

const text = (t: ResolvedTemplate) => ({ subject: t.subject, body: t.body, version: t.version })

function logoUrl(bytes: Uint8Array | null): string | null {
  const info = bytes ? logoInfo(bytes) : null
  return bytes && info ? `data:image/${info.format};base64,${Buffer.from(bytes).toString('base64')}` : null
}

export function lettersHandlers({ session, events, platform, downloads }: AppServices): DomainHandlers<typeof lettersContract> {
  const staged = stagedFiles(session)
  const ports = {
    ...(platform.pdf ? { pdf: platform.pdf } : {}),
    ...(platform.dialogs ? { dialogs: platform.dialogs } : {}),
    downloads,
    downloaded: () => events.dataChanged(['letters', 'customers'])
  }
  const detail = (id: TemplateId) => {
    const t = templateForEditing(session.db(), id)
    return { current: { ...text(t.current), origin: t.current.origin, updatedAt: t.current.updatedAt ?? null }, shipped: text(t.shipped) }
  }
  /** Runs a render that may take a while with the header's progress indicator. */
  const withProgress = async <T>(work: (progress: (done: number, total: number) => void) => Promise<T>): Promise<T> => {
    const job = progressJob(events, 'letters.progress')
    try {
      return await work(job.report)
    } finally {
      job.end()
    }
  }
  const sent = (result: OutputResultDto) => {
    if (result.status !== 'cancelled') events.dataChanged(['letters', 'customers'])
    return result
  }

  return {
    'letters:list-templates': () => listTemplates(session.db()),
    'letters:get-template': (id) => detail(id),
    'letters:preview-template': ({ subject, body, ...id }) => previewTemplate(session.db(), id, { subject, body }),
    'letters:save-template': ({ subject, body, ...id }) => {
      saveTemplate(session.db(), id, { subject, body })
      events.dataChanged(['letters'])
      return detail(id)
    },
    'letters:restore-template': (id) => {
      restoreTemplate(session.db(), id)
      events.dataChanged(['letters'])
      return detail(id)
    },

    'letters:get-logo': () => ({ dataUrl: logoUrl(readLogo(session.db())) }),
    'letters:set-logo': ({ fileId }) => {
      const file = staged.get(fileId)
      setLogo(session.db(), file.bytes, file.name)
      events.dataChanged(['settings'])
      return { dataUrl: logoUrl(file.bytes) }
    },
    'letters:remove-logo': () => {
      setLogo(session.db(), null)
      events.dataChanged(['settings'])
      return { dataUrl: null }
    },

    'letters:preview-action': ({ actionId }) => previewAction(session.db(), actionId),
    'letters:preview-statement': ({ customerId, asOf, language }) => previewStatement(session.db(), customerId, asOf, language),
    'letters:preview-plan': ({ planId, language }) => previewPlan(session.db(), planId, language),
    'letters:preview-plan-reminder': ({ instalmentId, language }) => previewPlanReminder(session.db(), instalmentId, language),
    'letters:plan-reminder-recipient': ({ instalmentId }) => planReminderRecipient(session.db(), instalmentId),
    'letters:preview-letter': ({ letterId }) => {
      const db = session.db()
      return svgPages(db, letterPdf(db, letterId).content, loadCreditor(db))
    },

    'letters:run-letters': ({ runId }) => {
      const db = session.db()
      const letters = runLetters(db, runId)
      const paper = letters.filter((l) => l.channel === 'letter')
      return { letters, printable: paper.length, printed: paper.some((l) => l.sentAt !== null), pages: runBatch(db, runId)?.pages ?? 0 }
    },
    'letters:print-run': ({ runId, how, resend }) =>
      withProgress(async (progress) => sent(await deliver(ports, await printRun(session.db(), runId, { resend, today: localToday() }, progress), how, `Run ${runId}`))),
    'letters:export-run': ({ runId, eml, resend }) =>
      withProgress(async (progress) => sent(await deliver(ports, await exportRun(session.db(), runId, { resend, eml, today: localToday() }, progress), eml ? 'eml' : 'save', `Run ${runId}`))),

    'letters:customer-letters': ({ customerId, offset, limit }) => {
      const page = customerLetters(session.db(), customerId, { offset, limit })
      return { rows: page.letters, total: page.total }
    },
    'letters:open-letter': async ({ letterId }) => {
      const db = session.db()
      const { pdf, summary } = letterPdf(db, letterId)
      const fileName = letterFileName(summary, summary.copyOf !== null)
      const facts = { letters: 1, pages: summary.pages, copies: summary.copyOf !== null, skipped: [] }
      if (platform.pdf) {
        await platform.pdf.show(pdf, fileName)
        return { status: 'shown' as const, fileName, ...facts }
      }
      // viewing is not sending: the download marks nothing
      const ticket = downloads.issue({ fileName, contentType: 'application/pdf', produce: async (out) => out.end(Buffer.from(pdf)) })
      return { status: 'download' as const, fileName, url: `/download/${ticket}`, ...facts }
    },
    'letters:send-letter': async ({ letterId, how, resend }) => {
      const db = session.db()
      const summary = letterSummary(db, letterId)
      return sent(await deliver(ports, await sendLetter(db, letterId, { resend, eml: how === 'eml', today: localToday() }), how, summary.customerName))
    },
    'letters:statement': async ({ customerId, asOf, language, how }) =>
      sent(await deliver(ports, await createStatement(session.db(), { customerId, asOf, today: localToday(), ...(language ? { language } : {}) }), how, `${asOf}`)),
    'letters:plan-agreement': async ({ planId, language, how, resend }) =>
      sent(await deliver(ports, await planAgreement(session.db(), { planId, resend, today: localToday(), ...(language ? { language } : {}) }), how, `${planId}`)),
    'letters:plan-reminder': async ({ instalmentId, language, how, resend }) => {
      // the reminder task leaves the plan card and Vandaag once the letter went out (also when a download takes it)
      const reminded = () => events.dataChanged(['letters', 'customers', 'dunning'])
      const output = await planReminder(session.db(), { instalmentId, resend, eml: how === 'eml', today: localToday(), ...(language ? { language } : {}) })
      const result = await deliver({ ...ports, downloaded: reminded }, output, how, `${instalmentId}`)
      if (result.status !== 'cancelled') reminded()
      return result
    },
    'letters:verify': () => verifyArchive(session.db())
  }
}
