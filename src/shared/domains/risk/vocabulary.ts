/** Vocabulary of customer risk shared by the schema, the contracts and the UI. */
export const RISK_CLASSES = ['A', 'B', 'C', 'D', 'E'] as const
export type RiskClass = (typeof RISK_CLASSES)[number]

/** Credit bureaus whose scores a bookkeeper enters or imports; scores are kept on 0–100, 100 = lowest risk. */
export const EXTERNAL_AGENCIES = ['graydon', 'creditsafe', 'companyweb', 'dnb', 'other'] as const
export type ExternalAgency = (typeof EXTERNAL_AGENCIES)[number]

export const SCORE_SOURCES = ['manual', 'csv'] as const
export type ScoreSource = (typeof SCORE_SOURCES)[number]
