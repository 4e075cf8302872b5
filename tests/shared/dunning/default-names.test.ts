// Default policies are stored named in the administration's language; screens and explanations show a shipped
// name in the reader's language and a name the user gave as it is.
import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICIES, REGIMES, type PolicyRule, defaultPolicyIn, levelNameIn, policyNameIn, renderDunningText } from '../../../src/shared/domains/dunning'
import { LANGUAGES } from '../../../src/shared/domains/parties'
import { customer, invoice, live, world } from './scenario'

describe('shipped policy and level names in the reader language', () => {
  it.each([
    ['BE-b2b', 'Zakelijk België', { nl: 'Zakelijk België', fr: 'Entreprises Belgique', en: 'Business Belgium' }],
    ['NL-b2c', 'Consommateurs Pays-Bas', { nl: 'Consumenten Nederland', fr: 'Consommateurs Pays-Bas', en: 'Consumers Netherlands' }],
    ['NL-b2b', 'Business Netherlands', { nl: 'Zakelijk Nederland', fr: 'Entreprises Pays-Bas', en: 'Business Netherlands' }],
    ['BE-b2c', 'Mijn eigen beleid', { nl: 'Mijn eigen beleid', fr: 'Mijn eigen beleid', en: 'Mijn eigen beleid' }],
    // a shipped name of another regime is the user's choice here
    ['NL-b2b', 'Zakelijk België', { nl: 'Zakelijk België', fr: 'Zakelijk België', en: 'Zakelijk België' }]
  ] as const)('%s policy stored as "%s"', (regime, stored, expected) => {
    for (const language of LANGUAGES) expect(policyNameIn(regime, stored, language)).toBe(expected[language])
  })

  it.each([
    ['NL-b2b', 'Aanmaning', { nl: 'Aanmaning', fr: 'Mise en demeure', en: 'Demand for payment' }],
    // the same French words are level 3 of the Belgian consumer ladder
    ['BE-b2c', 'Mise en demeure', { nl: 'Ingebrekestelling', fr: 'Mise en demeure', en: 'Formal notice' }],
    ['NL-b2c', '14-day letter', { nl: '14-dagenbrief', fr: 'Lettre de 14 jours', en: '14-day letter' }],
    ['BE-b2b', 'Herinnering', { nl: 'Herinnering', fr: 'Rappel', en: 'Reminder' }],
    ['NL-b2b', 'Telefonisch contact', { nl: 'Telefonisch contact', fr: 'Telefonisch contact', en: 'Telefonisch contact' }]
  ] as const)('%s level stored as "%s"', (regime, stored, expected) => {
    for (const language of LANGUAGES) expect(levelNameIn(regime, stored, language)).toBe(expected[language])
  })

  it('every default, stored in any language, reads in every language as shipped', () => {
    for (const regime of REGIMES) {
      for (const storedIn of LANGUAGES) {
        const stored = defaultPolicyIn(regime, storedIn)
        for (const language of LANGUAGES) {
          expect(policyNameIn(regime, stored.name, language)).toBe(DEFAULT_POLICIES[regime].name[language])
          expect(stored.levels.map((l) => levelNameIn(regime, l.name, language))).toEqual(DEFAULT_POLICIES[regime].levels.map((l) => l.name[language]))
        }
      }
    }
  })

  it("the proposal's explanation names a Dutch-stored default level in the reader's language, a renamed one as given", () => {
    const dutch: PolicyRule[] = REGIMES.map((regime, i) => ({ ...defaultPolicyIn(regime, 'nl'), id: i + 1 }))
    const renamed = dutch.map((p) => (p.regime === 'NL-b2b' ? { ...p, levels: p.levels.map((l) => (l.level === 1 ? { ...l, name: 'Vriendelijk mailtje' } : l)) } : p))
    const w = world([customer({ id: 1, code: 'B', invoices: [invoice({ id: 2, dueDate: '2026-01-10', openCents: 100_000 })] })], { policies: dutch })
    const first = live(w, '2026-01-01', '2026-01-17').sent[0]?.action
    expect(first?.levelName).toBe('Herinnering')
    expect(renderDunningText(first?.explanation ?? [], 'en')).toMatch(/^Level 1 \(Reminder\) by e-mail/)
    expect(renderDunningText(first?.explanation ?? [], 'fr')).toMatch(/^Niveau 1 \(Rappel\) par/)
    expect(renderDunningText(first?.explanation ?? [], 'nl')).toMatch(/^Niveau 1 \(Herinnering\) per/)
    const own = live({ ...w, policies: renamed }, '2026-01-01', '2026-01-17').sent[0]?.action
    expect(renderDunningText(own?.explanation ?? [], 'en')).toMatch(/^Level 1 \(Vriendelijk mailtje\) by e-mail/)
  })
})
