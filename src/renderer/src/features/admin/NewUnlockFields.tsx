// How a new or restored administration will be locked: the device key (the default where the desktop app
// can use one) or a passphrase typed twice. The passphrase pair also serves a backup's own passphrase.
import { Alert, PasswordInput, SegmentedControl } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppInfo } from '../../api/session'

const MIN_PASSPHRASE = 8

/** A new passphrase and its repetition. */
export function usePassphrasePair() {
  const [passphrase, setPassphrase] = useState('')
  const [confirm, setConfirm] = useState('')
  const tooShort = passphrase.length < MIN_PASSPHRASE
  const mismatch = passphrase !== confirm
  return { passphrase, setPassphrase, confirm, setConfirm, tooShort, mismatch, valid: !tooShort && !mismatch }
}

export type PassphrasePairState = ReturnType<typeof usePassphrasePair>

/** `touched`: the user tried to submit, so problems may show. */
export function PassphrasePair({ pair, touched, label, confirmLabel }: { pair: PassphrasePairState; touched: boolean; label: string; confirmLabel: string }) {
  const { t } = useTranslation()
  return (
    <>
      <PasswordInput
        label={label}
        value={pair.passphrase}
        onChange={(e) => pair.setPassphrase(e.currentTarget.value)}
        error={touched && pair.tooShort ? t('admin.tooShort') : null}
        autoComplete="new-password"
      />
      <PasswordInput
        label={confirmLabel}
        value={pair.confirm}
        onChange={(e) => pair.setConfirm(e.currentTarget.value)}
        error={touched && !pair.tooShort && pair.mismatch ? t('admin.mismatch') : null}
        autoComplete="new-password"
      />
    </>
  )
}

type Mode = 'passphrase' | 'device'

export function useNewUnlock() {
  const deviceKey = useAppInfo().data?.deviceKey ?? false
  const [chosenMode, setMode] = useState<Mode | null>(null)
  const mode = chosenMode ?? (deviceKey ? 'device' : 'passphrase')
  const pair = usePassphrasePair()
  return {
    deviceKey,
    mode,
    setMode,
    pair,
    valid: mode === 'device' || pair.valid,
    unlock: mode === 'device' ? ({ mode: 'device' } as const) : ({ mode: 'passphrase', passphrase: pair.passphrase } as const)
  }
}

export type NewUnlock = ReturnType<typeof useNewUnlock>

export function NewUnlockFields({ state, touched }: { state: NewUnlock; touched: boolean }) {
  const { t } = useTranslation()
  return (
    <>
      <SegmentedControl
        aria-label={t('admin.keyMode')}
        value={state.mode}
        onChange={(v) => state.setMode(v as Mode)}
        data={[
          { value: 'passphrase', label: t('admin.keyPassphrase') },
          { value: 'device', label: t('admin.keyDevice'), disabled: !state.deviceKey }
        ]}
      />
      {state.mode === 'passphrase' && (
        <>
          <PassphrasePair pair={state.pair} touched={touched} label={t('admin.newPassphrase')} confirmLabel={t('admin.confirmPassphrase')} />
          <Alert color="yellow" variant="light" p="xs">
            {t('admin.passphraseWarning')}
          </Alert>
        </>
      )}
    </>
  )
}
