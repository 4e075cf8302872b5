// Tells main that the user is at work (typing, clicking, scrolling), so the idle lock does not close the
// administration under them. Only input counts: queries the screens refetch by themselves do not.
import { useEffect } from 'react'
import { useApi } from '../../api/ApiProvider'

const REPORT_EVERY_MS = 30_000
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const

export function useActivityReports(): void {
  const api = useApi()
  useEffect(() => {
    let last = 0
    const report = () => {
      const now = Date.now()
      if (now - last < REPORT_EVERY_MS) return
      last = now
      void api.session.activity({}).catch(() => undefined)
    }
    for (const name of INPUT_EVENTS) window.addEventListener(name, report, { capture: true, passive: true })
    return () => {
      for (const name of INPUT_EVENTS) window.removeEventListener(name, report, { capture: true })
    }
  }, [api])
}
