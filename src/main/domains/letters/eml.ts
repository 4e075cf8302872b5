// An e-mail message file (RFC 5322 with MIME) that the user's own mail client opens as a draft to send:
// a text body in the customer's language and the letter's PDF attached. No SMTP: Debito sends nothing.
import { randomBytes } from 'node:crypto'

export type EmlInput = {
  from: { name: string; address: string | null }
  to: { name: string; address: string }
  subject: string
  text: string
  attachment: { fileName: string; bytes: Uint8Array }
  date: Date
}

/** RFC 2047 encoded-word for headers that are not plain ASCII. */
function headerText(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`
}

function mailbox(name: string, address: string): string {
  const quoted = /^[\w .-]*$/.test(name) ? name : headerText(name)
  return `${quoted.includes(' ') && !quoted.startsWith('=?') ? `"${quoted}"` : quoted} <${address}>`
}

/** Base64 in lines of 76 characters, as MIME requires. */
function base64Lines(bytes: Uint8Array): string {
  return (Buffer.from(bytes).toString('base64').match(/.{1,76}/g) ?? []).join('\r\n')
}

/** RFC 2231 parameter for a file name that may hold accents. */
function fileNameParam(name: string): string {
  return /^[\x20-\x7e]*$/.test(name) ? `filename="${name.replace(/"/g, '')}"` : `filename*=UTF-8''${encodeURIComponent(name)}`
}

export function buildEml(m: EmlInput): Uint8Array {
  const boundary = `debito-${randomBytes(12).toString('hex')}`
  const lines = [
    `Date: ${m.date.toUTCString().replace('GMT', '+0000')}`,
    ...(m.from.address ? [`From: ${mailbox(m.from.name, m.from.address)}`] : []),
    `To: ${mailbox(m.to.name, m.to.address)}`,
    `Subject: ${headerText(m.subject)}`,
    // Outlook and Thunderbird open a message with this header as a draft, ready to be sent
    'X-Unsent: 1',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(new TextEncoder().encode(m.text.replace(/\r?\n/g, '\r\n'))),
    `--${boundary}`,
    `Content-Type: application/pdf; name="${m.attachment.fileName.replace(/[^\x20-\x7e]/g, '_')}"`,
    'Content-Transfer-Encoding: base64',
    `Content-Disposition: attachment; ${fileNameParam(m.attachment.fileName)}`,
    '',
    base64Lines(m.attachment.bytes),
    `--${boundary}--`,
    ''
  ]
  return new TextEncoder().encode(lines.join('\r\n'))
}
