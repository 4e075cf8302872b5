import { describe, expect, it } from 'vitest'
import {
  type ExplainLocale,
  beCommercialInterest,
  beLegalInterest,
  beConsumerFlatDamages,
  beConsumerInterestCap,
  beConsumerWaitingPeriod,
  beReminderCostCap,
  explainBeCommercialInterest,
  explainBeWaitingPeriod,
  explainFlatDamages,
  explainInterest,
  explainInterestCap,
  explainNlFourteenDayLetter,
  explainReminderCost,
  explainWik,
  nlFourteenDayLetter,
  nlStatutoryInterest,
  renderExplanation,
  wikCosts
} from '../../../src/shared/domains/legal'
import { EN_MESSAGES } from '../../../src/shared/domains/legal/explain/messages-en'
import { FR_MESSAGES } from '../../../src/shared/domains/legal/explain/messages-fr'
import { NL_MESSAGES } from '../../../src/shared/domains/legal/explain/messages-nl'

// Intl separates thousands and currency with (narrow) no-break spaces; compare on plain spaces
const text = (lines: string[]) => lines.join('\n').replace(/[\u00a0\u202f]/g, ' ')
const render = (lines: Parameters<typeof renderExplanation>[0], locale: ExplainLocale) => text(renderExplanation(lines, locale))

describe('explanation texts', () => {
  it('define every message in nl, fr and en with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of Object.keys(EN_MESSAGES) as (keyof typeof EN_MESSAGES)[]) {
      expect(placeholders(NL_MESSAGES[key]), key).toEqual(placeholders(EN_MESSAGES[key]))
      expect(placeholders(FR_MESSAGES[key]), key).toEqual(placeholders(EN_MESSAGES[key]))
    }
  })

  it('explain NL interest per period, with the capitalisation and the rounded total', () => {
    const lines = explainInterest(nlStatutoryInterest({ regime: '6:119', principalCents: 500_000, firstInterestDay: '2021-07-01', lastInterestDay: '2024-12-31' }), '6:119')
    const nl = render(lines, 'nl')
    expect(nl).toContain('Wettelijke rente (art. 6:119 BW) over € 5.000,00 van 1 juli 2021 tot en met 31 december 2024 (1.280 dagen)')
    expect(nl).toContain('1 juli 2023 – 31 december 2023: 184 dagen × 6% × € 5.252,58 / 365 = € 158,87')
    expect(nl).toContain('Op 1 juli 2022 wordt de rente van het afgelopen jaar (€ 100,00) bij de hoofdsom opgeteld')
    expect(nl).toContain('Totale rente, afgerond op centen: € 792,22')
    const fr = render(lines, 'fr')
    expect(fr).toContain('Intérêt légal (art. 6:119 du Code civil néerlandais) sur 5 000,00 €')
    expect(fr).toContain('184 jours × 6 % × 5 252,58 € / 365 = 158,87 €')
    expect(fr).toContain('Total des intérêts, arrondi au cent : 792,22 €')
    const en = render(lines, 'en')
    expect(en).toContain('Statutory interest (art. 6:119 Dutch Civil Code) on €5,000.00 from 1 July 2021 up to and including 31 December 2024')
    expect(en).toContain('Total interest, rounded to the cent: €792.22')
    for (const locale of ['nl', 'fr', 'en'] as const) expect(render(lines, locale)).not.toMatch(/\{\w+\}/)
  })

  it('point out when the rounded period amounts do not add up to the total', () => {
    const lines = explainInterest(nlStatutoryInterest({ regime: '6:119a', principalCents: 10_000, firstInterestDay: '2025-06-28', lastInterestDay: '2025-07-03' }), '6:119a')
    expect(render(lines, 'nl')).toContain('het totaal is één keer afgerond uit de exacte som (€ 0,175068)')
    expect(render(lines, 'fr')).toContain('à partir de la somme exacte (0,175068 €)')
    expect(render(lines, 'en')).toContain('Total interest, rounded to the cent: €0.18')
    const even = explainInterest(nlStatutoryInterest({ regime: '6:119', principalCents: 250_000, firstInterestDay: '2024-12-01', lastInterestDay: '2025-02-28' }), '6:119')
    expect(render(even, 'en')).not.toContain('rounded once')
  })

  it('warn about rates that are not officially confirmed', () => {
    const lines = explainInterest(nlStatutoryInterest({ regime: '6:119a', principalCents: 400_000, firstInterestDay: '2025-12-01', lastInterestDay: '2026-01-31' }), '6:119a')
    expect(render(lines, 'nl')).toContain('het percentage van 10,15% vanaf 1 januari 2026 is nog niet officieel bevestigd')
    expect(render(lines, 'fr')).toContain("le taux de 10,15 % à partir du 1 janvier 2026 n'est pas encore officiellement confirmé")
    expect(render(lines, 'en')).toContain('the rate of 10.15% from 1 January 2026 has not been officially confirmed')
  })

  it('explain BE interest as simple interest plus the fixed compensation', () => {
    const lines = explainBeCommercialInterest(beCommercialInterest({ principalCents: 1_000_000, firstInterestDay: '2024-12-16', lastInterestDay: '2025-02-13' }))
    expect(render(lines, 'nl')).toContain('Nalatigheidsinterest (art. 5 wet van 2 augustus 2002)')
    expect(render(lines, 'nl')).toContain('Forfaitaire invorderingsvergoeding per laattijdig betaalde factuur: € 40,00')
    expect(render(lines, 'fr')).toContain('Intérêts simples : pas de capitalisation annuelle.')
    expect(render(lines, 'fr')).toContain('44 jours × 11,5 % × 10 000,00 € / 365 = 138,63 €')
    expect(render(lines, 'en')).toContain('Total interest, rounded to the cent: €193.42')
  })

  it('explain Belgian legal interest', () => {
    const lines = explainInterest(beLegalInterest({ principalCents: 100_000, firstInterestDay: '2024-12-01', lastInterestDay: '2025-01-31' }), 'be-legal')
    expect(render(lines, 'nl')).toContain('Wettelijke interest (art. 2 wet van 5 mei 1865) over € 1.000,00')
    expect(render(lines, 'fr')).toContain('31 jours × 4,5 % × 1 000,00 € / 365 = 3,82 €')
    expect(render(lines, 'en')).toContain('Total interest, rounded to the cent: €8.71')
  })

  it('explain the WIK staffel, the minimum and the VAT surcharge', () => {
    const lines = explainWik(wikCosts({ principalsCents: [10_000, 5000], creditorCanDeductVat: false, vatPercent: '21' }))
    const nl = render(lines, 'nl')
    expect(nl).toContain('Samen aangemaande hoofdsommen: € 150,00 (2 vorderingen)')
    expect(nl).toContain('15% over het deel van € 0,00 tot € 150,00: € 22,50')
    expect(nl).toContain('Het wettelijke minimum van € 40,00 is van toepassing.')
    expect(nl).toContain('Vermeerderd met 21% btw omdat de schuldeiser de btw niet kan verrekenen: € 8,40')
    expect(render(lines, 'fr')).toContain('Frais de recouvrement à réclamer : 48,40 €')
    expect(render(lines, 'en')).toContain('Plus 21% VAT because the creditor cannot deduct VAT: €8.40')
    expect(render(explainWik(wikCosts({ principalsCents: [5000], paidWithinPeriodCents: 5000, creditorCanDeductVat: true, vatPercent: '0' })), 'en')).toContain(
      'Nothing is left unpaid, so no collection costs are due.'
    )
  })

  it('explain the 14-day letter with the days that do not count', () => {
    const lines = explainNlFourteenDayLetter(nlFourteenDayLetter({ posted: '2025-04-24', channel: 'post' }))
    const nl = render(lines, 'nl')
    expect(nl).toContain('26 april 2025 telt niet mee (Koningsdag).')
    expect(nl).toContain('Per post verzonden op 24 april 2025; vermoedelijk bezorgd op 29 april 2025.')
    expect(nl).toContain('Is dan niet betaald, dan zijn de incassokosten verschuldigd vanaf 14 mei 2025.')
    expect(render(lines, 'fr')).toContain('Le 26 avril 2025 ne compte pas (fête du Roi).')
    expect(render(lines, 'en')).toContain("26 April 2025 does not count (King's Day).")
  })

  it('carry the term wording approved by the Hoge Raad and warn about e-mail', () => {
    expect(renderExplanation([{ key: 'nl14.term' }], 'nl')).toEqual(['binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd'])
    const email = explainNlFourteenDayLetter(nlFourteenDayLetter({ posted: '2025-03-04', channel: 'email' }))
    expect(render(email, 'nl')).toContain('of een 14-dagenbrief per e-mail geldig is, heeft de Hoge Raad niet beslist')
    expect(render(email, 'fr')).toContain("la validité d'une lettre de 14 jours par e-mail")
    expect(render(email, 'en')).toContain('has not been decided by the Dutch Supreme Court')
    expect(render(explainNlFourteenDayLetter(nlFourteenDayLetter({ posted: '2025-03-04', channel: 'post' })), 'en')).not.toContain('Supreme Court')
  })

  it('explain an extended period', () => {
    const lines = explainNlFourteenDayLetter(nlFourteenDayLetter({ posted: '2025-04-03', channel: 'post' }))
    expect(render(lines, 'nl')).toContain('De 14e dag, 19 april 2025, is geen werkdag; de termijn loopt door tot en met 22 april 2025.')
    expect(render(lines, 'en')).toContain('21 April 2025 does not count (Easter Monday).')
  })

  it('explain the Belgian waiting period, damages, interest cap and reminder costs', () => {
    const waiting = explainBeWaitingPeriod(beConsumerWaitingPeriod({ sent: '2024-09-02', channel: 'post' }))
    expect(render(waiting, 'fr')).toContain("le troisième jour ouvrable après l'envoi est le 5 septembre 2024")
    expect(render(waiting, 'nl')).toContain('Kosten, interesten en schadevergoeding kunnen ten vroegste vanaf 19 september 2024 worden aangerekend.')
    expect(render(explainFlatDamages(beConsumerFlatDamages(100_000)), 'nl')).toContain('€ 65 + 5% van het deel boven € 500 = ten hoogste € 90,00')
    expect(render(explainFlatDamages(beConsumerFlatDamages(5_000_000)), 'en')).toContain('capped at the overall maximum of €2,000.00')
    const cap = explainInterestCap(beConsumerInterestCap({ contractualPercent: '12', date: '2025-01-01' }))
    expect(render(cap, 'fr')).toContain('convenu 12 % ; exigible 11,5 %')
    expect(render(cap, 'en')).toContain('the clause may be void')
    expect(render(cap, 'nl')).toContain('alleen de wettelijke interestvoet van 4,5%')
    expect(render(explainReminderCost(beReminderCostCap({ reminderNumber: 1, postageCents: 0 })), 'nl')).toBe('De eerste herinnering is kosteloos.')
    expect(render(explainReminderCost(beReminderCostCap({ reminderNumber: 2, postageCents: 140 })), 'fr')).toContain('au maximum 8,90 €')
  })
})
