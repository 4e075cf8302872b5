// External links leave the app only as https: pages or mailto: addresses (ARCHITECTURE C13).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isAllowedExternalUrl } from '../../../src/main/ipc/handlers/app.handlers'
import { createTestServices, type TestServices } from './services'

describe('isAllowedExternalUrl', () => {
  it.each([
    ['https://www.kvk.nl/zoeken/', true],
    ['mailto:debiteuren@example.nl', true],
    ['http://www.kvk.nl/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['app://debito/index.html', false],
    ['https://user:pw@example.nl/', false],
    ['https://localhost/', false],
    ['mailto:a@b@c', false],
    ['smb://server/share', false],
    ['not a url', false]
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed)
  })
})

describe('app:open-external', () => {
  let t: TestServices
  const opened: string[] = []
  beforeEach(() => {
    t = createTestServices()
    t.services.platform.openExternal = async (url) => void opened.push(url)
  })
  afterEach(() => t.dispose())

  it('opens an allowed link through the platform and refuses the rest with the field named', async () => {
    expect(await t.dispatch('app:open-external', { url: 'mailto:info@example.be' })).toEqual({ ok: true, value: null })
    expect(await t.dispatch('app:open-external', { url: 'file:///C:/Windows/system32/calc.exe' })).toMatchObject({ ok: false, error: { kind: 'forbidden', field: 'url' } })
    expect(opened).toEqual(['mailto:info@example.be'])
  })
})
