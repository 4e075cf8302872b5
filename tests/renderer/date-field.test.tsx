// @vitest-environment jsdom
// The app's one date input: typed the way the UI language writes dates, handed on as ISO, shown back in
// that language's format; an emptied optional date is cleared, a required one keeps its day.
import { MantineProvider } from '@mantine/core'
import { fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup } from '@testing-library/react'
import { DateField } from '../../src/renderer/src/components/DateField'
import { createI18n } from '../../src/renderer/src/i18n'
import { theme } from '../../src/renderer/src/theme'
import { installDomShims } from './render-app'

afterEach(cleanup)

function Harness({ initial, clearable, seen, min }: { initial: string | null; clearable: boolean; seen: (string | null)[]; min?: string }) {
  const [value, setValue] = useState(initial)
  const set = (v: string | null) => {
    seen.push(v)
    setValue(v)
  }
  return <DateField label="Datum" value={value} onChange={set} {...(clearable ? { onClear: () => set(null) } : {})} {...(min ? { min } : {})} />
}

function renderField(language: 'nl' | 'fr' | 'en', initial: string | null, clearable = true, min?: string) {
  installDomShims()
  const seen: (string | null)[] = []
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <MantineProvider theme={theme}>
        <Harness initial={initial} clearable={clearable} seen={seen} {...(min ? { min } : {})} />
      </MantineProvider>
    </I18nextProvider>
  )
  return { seen, input: screen.getByLabelText('Datum') as HTMLInputElement }
}

describe('DateField', () => {
  it.each([
    ['nl', '31-12-2026', '31-12-2026', 'dd-mm-jjjj'],
    ['fr', '31/12/2026', '31/12/2026', 'jj/mm/aaaa'],
    ['en', '31/12/2026', '31/12/2026', 'dd/mm/yyyy']
  ] as const)('%s: shows the day as the language writes it and hands on what is typed as ISO', async (language, shown, typed, placeholder) => {
    const { seen, input } = renderField(language, '2026-12-31')
    expect(input.value).toBe(shown)
    const user = userEvent.setup()
    await user.clear(input)
    expect(input.placeholder).toBe(placeholder)
    await user.type(input, typed.replace('31', '1').replace('12', '3'))
    fireEvent.blur(input)
    expect(seen.at(-1)).toBe('2026-03-01')
  })

  it('clears an optional date that is emptied, and keeps the day of a required one', async () => {
    const user = userEvent.setup()
    const optional = renderField('nl', '2026-05-04')
    await user.clear(optional.input)
    fireEvent.blur(optional.input)
    expect(optional.seen).toEqual([null])
    cleanup()
    const required = renderField('nl', '2026-05-04', false)
    await user.clear(required.input)
    fireEvent.blur(required.input)
    expect(required.seen).toEqual([])
  })

  it.each([
    ['nl', '31-02-2026', '"31-02-2026" is geen datum (dd-mm-jjjj) en is niet overgenomen'],
    ['fr', '12/2026', '« 12/2026 » n’est pas une date (jj/mm/aaaa) et n’a pas été reprise'],
    ['en', 'tomorrow', '"tomorrow" is not a date (dd/mm/yyyy) and was not taken']
  ] as const)('%s: says which text was not taken as a date, keeps the last day, and drops the message once a day is typed', async (language, typed, message) => {
    const user = userEvent.setup()
    const { seen, input } = renderField(language, '2026-05-04')
    await user.clear(input)
    await user.type(input, typed)
    fireEvent.blur(input)
    expect(screen.getByText(message)).toBeTruthy()
    expect(seen.filter((v) => v !== null)).toEqual([])
    await user.clear(input)
    await user.type(input, language === 'nl' ? '05-06-2026' : '05/06/2026')
    fireEvent.blur(input)
    expect(seen.at(-1)).toBe('2026-06-05')
    expect(screen.queryByText(message)).toBeNull()
  })

  it('names a day before the first allowed one, and a required date left empty', async () => {
    const user = userEvent.setup()
    const early = renderField('nl', '2026-05-04', true, '2026-05-01')
    await user.clear(early.input)
    await user.type(early.input, '30-04-2026')
    fireEvent.blur(early.input)
    expect(screen.getByText('30-04-2026 valt buiten de toegestane periode en is niet overgenomen')).toBeTruthy()
    cleanup()
    const required = renderField('en', '2026-05-04', false)
    await user.clear(required.input)
    fireEvent.blur(required.input)
    expect(screen.getByText('Enter a date (dd/mm/yyyy); the previous one is back')).toBeTruthy()
  })
})
