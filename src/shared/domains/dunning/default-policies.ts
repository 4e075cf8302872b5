// The four policies every administration starts with, one per legal regime. Users edit them or make their own.
import { type Language } from '../parties'
import { type LevelRule, type PolicyRule } from './policy'
import { type Regime } from './vocabulary'

/** Template keys the letter step knows; a level names one of these. */
export const TEMPLATE_KEYS = ['courtesy', 'reminder', 'demand', 'final-notice', 'nl-14-day-letter', 'be-first-reminder', 'call'] as const
export type TemplateKey = (typeof TEMPLATE_KEYS)[number]

type Names = Record<Language, string>
type LevelDraft = Omit<LevelRule, 'name' | 'autoSend'> & { name: Names }
export type DefaultPolicy = Omit<PolicyRule, 'id' | 'name' | 'levels' | 'isDefault'> & { name: Names; levels: LevelDraft[] }

const free = { feeCents: 0, chargeCosts: false, chargeInterest: false, legalNotice: false }

const reminder: LevelDraft = {
  ...free,
  level: 1,
  name: { nl: 'Herinnering', fr: 'Rappel', en: 'Reminder' },
  daysAfterDue: 7,
  minDaysSincePrevious: 0,
  channel: 'email',
  template: 'reminder'
}

const businessLadder: LevelDraft[] = [
  reminder,
  { ...free, level: 2, name: { nl: 'Aanmaning', fr: 'Mise en demeure', en: 'Demand for payment' }, daysAfterDue: 21, minDaysSincePrevious: 14, channel: 'letter', template: 'demand', chargeInterest: true },
  {
    ...free,
    level: 3,
    name: { nl: 'Laatste aanmaning', fr: 'Dernier rappel', en: 'Final demand' },
    daysAfterDue: 35,
    minDaysSincePrevious: 14,
    channel: 'letter',
    template: 'final-notice',
    chargeCosts: true,
    chargeInterest: true
  },
  { ...free, level: 4, name: { nl: 'Bellen', fr: 'Appeler', en: 'Phone call' }, daysAfterDue: 49, minDaysSincePrevious: 14, channel: 'phone', template: 'call' }
]

export const DEFAULT_POLICIES: Record<Regime, DefaultPolicy> = {
  'NL-b2b': {
    name: { nl: 'Zakelijk Nederland', fr: 'Entreprises Pays-Bas', en: 'Business Netherlands' },
    regime: 'NL-b2b',
    minimumCents: 500,
    minIntervalDays: 7,
    courtesyDays: null,
    courtesyChannel: 'email',
    levels: businessLadder
  },
  // art. 6:96 lid 6 BW: collection costs only after a free 14-day letter whose period has passed unpaid
  'NL-b2c': {
    name: { nl: 'Consumenten Nederland', fr: 'Consommateurs Pays-Bas', en: 'Consumers Netherlands' },
    regime: 'NL-b2c',
    minimumCents: 500,
    minIntervalDays: 7,
    courtesyDays: -3,
    courtesyChannel: 'email',
    levels: [
      reminder,
      { ...free, level: 2, name: { nl: '14-dagenbrief', fr: 'Lettre de 14 jours', en: '14-day letter' }, daysAfterDue: 21, minDaysSincePrevious: 14, channel: 'letter', template: 'nl-14-day-letter', legalNotice: true },
      {
        ...free,
        level: 3,
        name: { nl: 'Aanmaning met incassokosten', fr: 'Mise en demeure avec frais', en: 'Demand with collection costs' },
        daysAfterDue: 35,
        minDaysSincePrevious: 15,
        channel: 'letter',
        template: 'final-notice',
        chargeCosts: true,
        chargeInterest: true
      }
    ]
  },
  'BE-b2b': {
    name: { nl: 'Zakelijk België', fr: 'Entreprises Belgique', en: 'Business Belgium' },
    regime: 'BE-b2b',
    minimumCents: 500,
    minIntervalDays: 7,
    courtesyDays: null,
    courtesyChannel: 'email',
    levels: businessLadder
  },
  // Book XIX WER: a free first reminder, then at least 14 days' wait before interest, damages or reminder fees
  'BE-b2c': {
    name: { nl: 'Consumenten België', fr: 'Consommateurs Belgique', en: 'Consumers Belgium' },
    regime: 'BE-b2c',
    minimumCents: 500,
    minIntervalDays: 7,
    courtesyDays: -3,
    courtesyChannel: 'email',
    levels: [
      {
        ...free,
        level: 1,
        name: { nl: 'Eerste herinnering (kosteloos)', fr: 'Premier rappel (gratuit)', en: 'First reminder (free)' },
        daysAfterDue: 7,
        minDaysSincePrevious: 0,
        channel: 'letter',
        template: 'be-first-reminder',
        legalNotice: true
      },
      { ...free, level: 2, name: { nl: 'Tweede herinnering', fr: 'Deuxième rappel', en: 'Second reminder' }, daysAfterDue: 28, minDaysSincePrevious: 17, channel: 'letter', template: 'demand', feeCents: 750, chargeInterest: true },
      { ...free, level: 3, name: { nl: 'Ingebrekestelling', fr: 'Mise en demeure', en: 'Formal notice' }, daysAfterDue: 42, minDaysSincePrevious: 14, channel: 'letter', template: 'final-notice', feeCents: 750, chargeInterest: true }
    ]
  }
}

/**
 * The shipped names are the stable key of a default: a policy or level still named as shipped (in whichever
 * language it was stored, or saved from the editor) shows in the reader's language; a name the user gave stays as
 * it is. Levels are matched within their regime ("Mise en demeure" is a different level in BE-b2c).
 */
function shippedName(names: readonly Names[], name: string, language: Language): string {
  return names.find((n) => n.nl === name || n.fr === name || n.en === name)?.[language] ?? name
}

export function policyNameIn(regime: Regime, name: string, language: Language): string {
  return shippedName([DEFAULT_POLICIES[regime].name], name, language)
}

export function levelNameIn(regime: Regime, name: string, language: Language): string {
  return shippedName(DEFAULT_POLICIES[regime].levels.map((l) => l.name), name, language)
}

/** A default policy with its names in one language, ready to store. */
export function defaultPolicyIn(regime: Regime, language: Language): Omit<PolicyRule, 'id'> {
  const p = DEFAULT_POLICIES[regime]
  return { ...p, name: p.name[language], isDefault: true, levels: p.levels.map((l) => ({ ...l, name: l.name[language], autoSend: false })) }
}
