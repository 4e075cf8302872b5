import type { updatesNl } from './messages-nl'

export const updatesEn: typeof updatesNl = {
  cardTitle: 'Updates',
  cardHint: "Debito looks for a new version only when you ask, on your organisation's update server.",
  current: 'You are using Debito {{version}}.',
  enabled: 'Allow updates',
  enabledHint: 'Off: Debito never looks for updates, for instance because your IT department takes care of them.',
  feedUrl: 'Update server address',
  feedUrlHint: 'An https address, for example https://updates.yourfirm.nl/debito/',
  invalidUrl: 'Use an https address without a user name or password in it.',
  checkOnStart: 'Look for updates at every start',
  checkOnStartHint: 'Debito then contacts this address when it starts. Nothing is downloaded or installed unless you ask.',
  save: 'Save settings',
  saved: 'The update settings have been saved.',
  check: 'Check for updates now',
  checking: 'Checking…',
  upToDate: 'You have the latest version (checked at {{time}}).',
  available: 'Debito {{version}} is available.',
  download: 'Download',
  downloading: 'Downloading Debito {{version}} ({{percent}}%).',
  downloadJob: 'Downloading the update',
  ready: 'Debito {{version}} has been downloaded and is ready to install.',
  install: 'Restart and install',
  installNote: 'Debito closes, installs the new version and starts again. Before the new version first starts, Debito copies every administration.',
  desktopOnly: 'Updates belong to the desktop app; in browser mode there is nothing to update.',
  problems: {
    unreachable: 'The update server cannot be reached. Check the address and the internet connection.',
    'no-update-info': 'There are no update files (latest.yml) at this address. Check the address.',
    untrusted: 'The update is not trusted (its signature or checksum is wrong) and will not be installed.',
    'not-installed': 'Updates work in an installed Debito only, not in a development build.',
    failed: 'Looking for or downloading the update failed.'
  },
  badge: 'Update {{version}}'
}
