// Panels other features add to the dashboard below its own charts: one line each here (the risk
// feature's cash-in forecast goes here). A panel fetches its own data and renders its own Paper.
import type { ComponentType } from 'react'

export const DASHBOARD_PANELS: readonly { id: string; Panel: ComponentType }[] = []
