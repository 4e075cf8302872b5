// Sections are addressed by the URL hash (#/invoices), so the page never navigates (Electron blocks that).
import { useCallback, useSyncExternalStore } from 'react'

export const SECTIONS = ['dashboard', 'today', 'invoices', 'customers', 'dunning', 'payments', 'imports', 'reports', 'settings'] as const
export type Section = (typeof SECTIONS)[number]

function sectionFromHash(): Section {
  const name = window.location.hash.replace(/^#\/?/, '')
  return (SECTIONS as readonly string[]).includes(name) ? (name as Section) : 'dashboard'
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function useSection(): [Section, (next: Section) => void] {
  const section = useSyncExternalStore(subscribe, sectionFromHash)
  const go = useCallback((next: Section) => {
    window.location.hash = `/${next}`
  }, [])
  return [section, go]
}
