// The risk blocks of the Settings page: the score's weights, insurance policies, bureau scores and segments.
import { useTranslation } from 'react-i18next'
import { SettingsCard } from '../settings/SettingsCard'
import { PoliciesEditor } from './PoliciesEditor'
import { ScoreImport } from './ScoreImport'
import { SegmentsEditor } from './SegmentsEditor'
import { WeightsForm } from './WeightsForm'

export function RiskSettings() {
  const { t } = useTranslation()
  return (
    <>
      <SettingsCard title={t('risk.settings.weights')} hint={t('risk.settings.weightsHint')}>
        <WeightsForm />
      </SettingsCard>
      <SettingsCard title={t('risk.settings.policies')} hint={t('risk.settings.policiesHint')}>
        <PoliciesEditor />
      </SettingsCard>
      <SettingsCard title={t('risk.scoreImport.title')} hint={t('risk.scoreImport.about')}>
        <ScoreImport />
      </SettingsCard>
      <SettingsCard title={t('risk.settings.segments')} hint={t('risk.settings.segmentsHint')}>
        <SegmentsEditor />
      </SettingsCard>
    </>
  )
}
