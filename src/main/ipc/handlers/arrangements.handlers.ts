// Promises, plans, disputes, holds, hand-overs, notes and the timeline over the arrangements services.
// Every write re-reads the grids and figures it touches; the dossier goes only where the user chooses.
import { localToday } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import type { arrangementsContract } from '../../../shared/ipc/arrangements.contract'
import type { Scope } from '../../../shared/ipc/app-events'
import type { AppDb } from '../../db/connection'
import { bulkAction, listPolicies } from '../../domains/arrangements/bulk.service'
import { decideDispute, openDispute } from '../../domains/arrangements/disputes.service'
import { buildDossier, recordDossierExport, saveDossier } from '../../domains/arrangements/dossier/dossier'
import { handOver, withdrawHandover } from '../../domains/arrangements/handovers.service'
import { placeHold, releaseHold } from '../../domains/arrangements/holds.service'
import { addNote, completeDueFollowUps, completeFollowUp, reopenFollowUps } from '../../domains/arrangements/notes.service'
import { customerOverview, planDto } from '../../domains/arrangements/overview.queries'
import { cancelPlan, createPlan, markInstalmentReminded, proposePlan } from '../../domains/arrangements/plans.service'
import { cancelPromise, recordPromise } from '../../domains/arrangements/promises.service'
import { customerTimeline } from '../../domains/arrangements/timeline.queries'
import type { AppServices } from '../../session/app-services'
import type { DomainHandlers } from '../handlers'

/** What an arrangement changes: the customer's card and timeline, the invoice flags, the worklist and dunning. */
const SCOPES: Scope[] = ['customers', 'invoices', 'dashboard', 'dunning', 'reports']

export function arrangementsHandlers({ session, events, platform }: AppServices): DomainHandlers<typeof arrangementsContract> {
  const write = <T>(run: (db: AppDb, today: string) => T): T => {
    const result = run(session.db(), localToday())
    events.dataChanged(SCOPES)
    return result
  }
  const id = (row: { id: number }) => ({ id: row.id })
  return {
    'arrangements:timeline': ({ customerId, offset, limit }) => customerTimeline(session.db(), customerId, { offset, limit }),
    'arrangements:overview': ({ customerId }) => customerOverview(session.db(), customerId, localToday()),
    'arrangements:record-promise': (input) => id(write((db, today) => recordPromise(db, input, today))),
    'arrangements:cancel-promise': ({ promiseId }) => id(write((db, today) => cancelPromise(db, promiseId, today))),
    'arrangements:propose-plan': (input) => proposePlan(session.db(), input, localToday()),
    'arrangements:create-plan': (input) => id(write((db, today) => createPlan(db, input, today))),
    'arrangements:plan': ({ planId }) => planDto(session.db(), planId, localToday()),
    'arrangements:cancel-plan': ({ planId }) => id(write((db, today) => cancelPlan(db, planId, today))),
    'arrangements:mark-reminded': ({ instalmentId }) => {
      write((db, today) => markInstalmentReminded(db, instalmentId, today))
      return null
    },
    'arrangements:open-dispute': (input) => id(write((db, today) => openDispute(db, input, today))),
    'arrangements:decide-dispute': (input) => id(write((db, today) => decideDispute(db, input, today))),
    'arrangements:place-hold': (input) => write((db, today) => placeHold(db, input, today)).map(id),
    'arrangements:release-hold': ({ holdId }) => id(write((db, today) => releaseHold(db, holdId, today))),
    'arrangements:hand-over': (input) => id(write((db, today) => handOver(db, input, today))),
    'arrangements:withdraw-handover': ({ handoverId }) => id(write((db, today) => withdrawHandover(db, handoverId, today))),
    'arrangements:dossier': async ({ customerId, asOf, language }) => {
      const db = session.db()
      const today = localToday()
      const dossier = await buildDossier(db, { customerId, asOf: asOf ?? today, language, today })
      if (platform.mode === 'desktop') {
        if (!platform.dialogs) throw new AppError('internal', 'The desktop shell has no file dialogs.')
        const path = await platform.dialogs.saveFile('zip', dossier.fileName)
        if (path === null) return { fileName: dossier.fileName, savedTo: null, dataBase64: null }
        await saveDossier(db, dossier, customerId, path)
        return { fileName: dossier.fileName, savedTo: path, dataBase64: null }
      }
      // browser mode: the bytes go to the page over the token-guarded loopback bridge; the browser's own download saves them
      recordDossierExport(db, dossier, customerId, 'browser download')
      return { fileName: dossier.fileName, savedTo: null, dataBase64: Buffer.from(dossier.bytes).toString('base64') }
    },
    'arrangements:add-note': (input) => id(write((db, today) => addNote(db, input, today))),
    'arrangements:complete-follow-up': ({ noteId }) => id(write((db, today) => completeFollowUp(db, noteId, today))),
    'arrangements:complete-due-follow-ups': ({ noteId }) => ({ noteIds: write((db, today) => completeDueFollowUps(db, noteId, today)) }),
    'arrangements:reopen-follow-ups': ({ noteIds }) => ({ noteIds: write((db) => reopenFollowUps(db, noteIds)) }),
    'arrangements:bulk': (input) => write((db, today) => bulkAction(db, input, today)),
    'arrangements:policies': () => listPolicies(session.db())
  }
}
