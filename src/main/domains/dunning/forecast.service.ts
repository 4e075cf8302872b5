// "What happens next": the proposals of the coming days for the open administration if nobody pays.
import { type IsoDate } from '../../../shared/dates'
import { type ForecastDay, forecast, indexPolicies } from '../../../shared/domains/dunning'
import type { AppDb } from '../../db/connection'
import { freshnessGuard } from '../payments/freshness.service'
import { loadCandidates } from './candidates.loader'
import { loadPolicies } from './policies.repo'
import { creditorCountry } from './proposal.service'

export function forecastDunning(db: AppDb, from: IsoDate, days: number): ForecastDay[] {
  // stale bank data would block every day alike; the forecast shows what the ladder itself does
  const freshness = freshnessGuard(db, from).level === 'ok' ? 'ok' : 'warn'
  return forecast({ asOf: from, creditorCountry: creditorCountry(db), policies: indexPolicies(loadPolicies(db)), customers: loadCandidates(db, from), freshness }, days)
}
