import type { Language } from '../../parties'
import { type ArrangementLabels, LABELS_EN } from './labels-en'
import { LABELS_FR } from './labels-fr'
import { LABELS_NL } from './labels-nl'

export type { ArrangementLabels }
export const ARRANGEMENT_LABELS: Record<Language, ArrangementLabels> = { nl: LABELS_NL, fr: LABELS_FR, en: LABELS_EN }
