// Sections are addressed by the URL hash (#/invoices), so the page never navigates (Electron blocks that).
// A section may carry parameters (#/invoices?view=overdue&dunningLevel=2): a drill-down from a figure
// opens the grid filtered to the items behind it.
import { useCallback, useMemo, useSyncExternalStore } from 'react'

export const SECTIONS = ['dashboard', 'today', 'invoices', 'customers', 'risk', 'dunning', 'payments', 'imports', 'reports', 'settings'] as const
export type Section = (typeof SECTIONS)[number]

function sectionFromHash(): Section {
  const name = window.location.hash.replace(/^#\/?/, '').split('?')[0] ?? ''
  return (SECTIONS as readonly string[]).includes(name) ? (name as Section) : 'dashboard'
}

const queryOfHash = (): string => window.location.hash.split('?')[1] ?? ''

const listeners = new Set<() => void>()

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange)
  window.addEventListener('hashchange', onChange)
  return () => {
    listeners.delete(onChange)
    window.removeEventListener('hashchange', onChange)
  }
}

export type RouteParams = Record<string, string>

/** The address of a section with parameters, e.g. for a link. */
export function sectionHref(section: Section, params: RouteParams = {}): string {
  const query = new URLSearchParams(params).toString()
  return `#/${section}${query ? `?${query}` : ''}`
}

export function useSection(): [Section, (next: Section, params?: RouteParams) => void] {
  const section = useSyncExternalStore(subscribe, sectionFromHash)
  const go = useCallback((next: Section, params?: RouteParams) => {
    window.location.hash = sectionHref(next, params).slice(1)
    // the hash is already set: render now, within the click, not a task later when hashchange fires
    for (const onChange of listeners) onChange()
  }, [])
  return [section, go]
}

/** The current section's parameters (a stable string, parsed by the caller). */
export function useRouteQuery(): URLSearchParams {
  const query = useSyncExternalStore(subscribe, queryOfHash)
  return useMemo(() => new URLSearchParams(query), [query])
}
