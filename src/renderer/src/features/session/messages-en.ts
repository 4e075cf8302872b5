// The idle lock's texts in English.
import type { sessionNl } from './messages-nl'

export const sessionEn: typeof sessionNl = {
  title: 'Lock automatically',
  hint: 'After this time without a key press or click the administration is locked; the passphrase is needed again. Applies in the browser and in the desktop app.',
  minutes: 'Lock after (minutes)',
  save: 'Save lock time',
  never: '0 = never lock automatically',
  saved_one: 'The administration locks after {{count}} minute without activity.',
  saved_other: 'The administration locks after {{count}} minutes without activity.',
  savedNever: 'The administration no longer locks automatically.',
  lockedTitle: 'Administration locked',
  locked_one: '{{name}} was locked after {{count}} minute without activity. Unlock it to go on.',
  locked_other: '{{name}} was locked after {{count}} minutes without activity. Unlock it to go on.'
}
