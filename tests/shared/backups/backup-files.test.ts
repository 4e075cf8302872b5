import { describe, expect, it } from 'vitest'
import { backupBaseName, backupFileName, isBackupFileName, suggestedRestoreName } from '../../../src/shared/domains/backups/backup-files'

describe('backup file names', () => {
  it.each([
    ['jansen.debito-backup', true],
    ['C:\\Users\\an\\Jansen.DEBITO-BACKUP', true],
    ['/Users/an/Downloads/jansen 2026-06-30.debito-backup', true],
    ['.debito-backup', false],
    ['jansen.debito-backup.zip', false],
    ['jansen.debito', false],
    ['--allow-file-access-from-files', false]
  ])('%s is a backup file: %s', (path, expected) => {
    expect(isBackupFileName(path)).toBe(expected)
  })

  it('suggests a file name without characters Windows or macOS refuse', () => {
    expect(backupFileName('Bakkerij Jansen B.V.', '2026-06-30')).toBe('Bakkerij Jansen B.V. 2026-06-30.debito-backup')
    expect(backupFileName('A/B: "C" <D>?', '2026-01-02')).toBe('A-B- -C- -D-- 2026-01-02.debito-backup')
    expect(backupFileName('tab\there', '2026-01-02')).toBe('tab-here 2026-01-02.debito-backup')
  })

  it('suggests the administration name back from a file name it made', () => {
    expect(suggestedRestoreName('C:\\Back-ups\\Bakkerij Jansen B.V. 2026-06-30.debito-backup')).toBe('Bakkerij Jansen B.V.')
    expect(suggestedRestoreName('/tmp/jansen.debito-backup')).toBe('jansen')
    expect(suggestedRestoreName('/tmp/2026-06-30.debito-backup')).toBe('2026-06-30')
    expect(suggestedRestoreName('/tmp/.debito-backup')).toBe('.debito-backup')
    expect(suggestedRestoreName(`/tmp/${'x'.repeat(200)}.debito-backup`)).toHaveLength(120)
    expect(backupBaseName('D:\\a\\b.debito-backup')).toBe('b')
  })
})
