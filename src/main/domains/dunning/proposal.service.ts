// The proposal on a date for the open administration: loads the state, asks the freshness guard, and lets the
// pure engine decide. Writes nothing (a dry run).
import { type IsoDate } from '../../../shared/dates'
import { type Proposal, indexPolicies, propose } from '../../../shared/domains/dunning'
import type { Jurisdiction } from '../../../shared/domains/parties'
import type { AppDb } from '../../db/connection'
import { administrationProfile } from '../../db/schema'
import { freshnessGuard } from '../payments/freshness.service'
import { loadCandidates } from './candidates.loader'
import { loadPolicies } from './policies.repo'

export function creditorCountry(db: AppDb): Jurisdiction {
  return db.select({ country: administrationProfile.country }).from(administrationProfile).get()?.country ?? 'NL'
}

export function proposeDunning(db: AppDb, asOf: IsoDate): Proposal {
  return propose({
    asOf,
    creditorCountry: creditorCountry(db),
    policies: indexPolicies(loadPolicies(db)),
    customers: loadCandidates(db, asOf),
    freshness: freshnessGuard(db, asOf).level
  })
}
