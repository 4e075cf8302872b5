// Renders the real app tree in jsdom against the real main-side handlers (in-process, through the
// same dispatch and JSON envelopes as browser mode). Only the browser APIs jsdom lacks are shimmed.
import { cleanup, configure, render } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'
import { createApi } from '../../src/renderer/src/api/client'
import { createQueryClient } from '../../src/renderer/src/api/query-client'
import type { Transport } from '../../src/renderer/src/api/transport'
import { createI18n } from '../../src/renderer/src/i18n'
import { Root } from '../../src/renderer/src/Root'
import { createTestServices, type TestServices } from '../main/ipc/services'

/** What Mantine needs from a browser that jsdom does not provide (Mantine's own Vitest guide). */
export function installDomShims(): void {
  // the whole suite shares two cores: give real handlers (scrypt, SQLCipher) time to answer
  configure({ asyncUtilTimeout: 10_000 })
  window.matchMedia ??= (query: string) =>
    ({ matches: false, media: query, onchange: null, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, dispatchEvent: () => false }) as MediaQueryList
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  window.HTMLElement.prototype.scrollIntoView ??= () => {}
}

/**
 * jsdom lays nothing out, so a virtualised grid sees a 0×0 viewport and renders no rows. Tests that
 * click grid rows give every element a window-sized client box for their duration.
 */
export function useLayoutShim(): void {
  const saved = ['clientHeight', 'clientWidth'].map((k) => [k, Object.getOwnPropertyDescriptor(HTMLElement.prototype, k)] as const)
  beforeEach(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 })
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 })
  })
  afterEach(() => {
    for (const [k, d] of saved) if (d) Object.defineProperty(HTMLElement.prototype, k, d)
  })
}

export function inProcessTransport(t: TestServices): Transport {
  return {
    mode: 'browser',
    // the JSON round trip is what the real transports do to every call
    invoke: async (channel, input) => JSON.parse(JSON.stringify(await t.dispatch(channel, JSON.parse(JSON.stringify(input ?? {}))))),
    on: (channel, listener) =>
      t.services.events.subscribe((c, payload) => {
        if (c === channel) listener(JSON.parse(JSON.stringify(payload)))
      })
  }
}

export function renderApp(t: TestServices, language: 'nl' | 'fr' | 'en' = 'nl') {
  installDomShims()
  const errors: unknown[] = []
  const i18n = createI18n(language)
  const queryClient = createQueryClient((err, meta) => {
    if (!meta?.inlineErrors) errors.push(err)
  })
  const api = createApi(inProcessTransport(t))
  return { ...render(<Root api={api} i18n={i18n} queryClient={queryClient} />), errors, i18n, queryClient }
}

/**
 * Fresh services, storage and route for every test of the file; `setup` runs after them (opening an
 * administration, for one). Returns the current test's services.
 */
export function useTestApp(opts: { hash?: string; setup?: (t: TestServices) => Promise<unknown> } = {}): () => TestServices {
  let t: TestServices | undefined
  beforeEach(async () => {
    t = createTestServices()
    localStorage.clear()
    window.location.hash = opts.hash ?? ''
    await opts.setup?.(t)
  })
  afterEach(() => {
    cleanup()
    t?.dispose()
    window.location.hash = ''
  })
  return () => {
    if (!t) throw new Error('the test services exist only inside a test')
    return t
  }
}
