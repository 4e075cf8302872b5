import { describe, expect, it } from 'vitest'
import { classifyUpdateError, normaliseFeedUrl } from '../../../src/shared/domains/updates/updates'

describe('update server addresses', () => {
  it.each([
    ['https://updates.kantoor.nl/debito', 'https://updates.kantoor.nl/debito/'],
    ['  https://updates.kantoor.nl/debito/  ', 'https://updates.kantoor.nl/debito/'],
    ['https://10.0.0.5:8443/', 'https://10.0.0.5:8443/'],
    ['http://localhost:8080/updates', 'http://localhost:8080/updates/'],
    ['http://127.0.0.1:5000', 'http://127.0.0.1:5000/'],
    ['http://[::1]/x', 'http://[::1]/x/'],
    ['http://updates.kantoor.nl/', null],
    ['http://192.168.1.10/', null],
    ['ftp://updates.kantoor.nl/', null],
    ['file:///C:/updates/', null],
    ['https://jan:geheim@updates.kantoor.nl/', null],
    ['https://updates.kantoor.nl/?token=x', null],
    ['https://updates.kantoor.nl/#x', null],
    ['updates.kantoor.nl', null],
    ['', null]
  ])('%s → %s', (input, expected) => {
    expect(normaliseFeedUrl(input)).toBe(expected)
  })
})

describe('what a failed update means', () => {
  it.each([
    ['not-installed', 'Updates work in an installed Debito only', 'not-installed'],
    ['ERR_UPDATER_INVALID_SIGNATURE', 'New version 0.2.0 is not signed by the application owner', 'untrusted'],
    ['ERR_CHECKSUM_MISMATCH', 'sha512 checksum mismatch, expected x, got y', 'untrusted'],
    ['ERR_UPDATER_CHANNEL_FILE_NOT_FOUND', 'Cannot find channel "latest.yml" update info: HttpError: 404', 'no-update-info'],
    [undefined, 'HttpError: 404 Not Found', 'no-update-info'],
    [undefined, 'net::ERR_NAME_NOT_RESOLVED', 'unreachable'],
    [undefined, 'net::ERR_INTERNET_DISCONNECTED', 'unreachable'],
    ['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9', 'unreachable'],
    [undefined, 'net::ERR_CERT_AUTHORITY_INVALID', 'unreachable'],
    [undefined, 'Something else entirely', 'failed']
  ] as const)('%s %s → %s', (code, message, problem) => {
    expect(classifyUpdateError(code, message)).toBe(problem)
  })
})
