/**
 * A local SMTP server for tests (smtp-server, from nodemailer's authors):
 * accepts every message and keeps it parsed (mailparser), so a test reads
 * what a platform's notice desk or a referent would receive.
 */
import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** One message as the server received it. */
export interface ReceivedMail {
  /** RCPT TO addresses of the SMTP envelope. */
  envelopeTo: string[]
  envelopeFrom: string
  parsed: ParsedMail
  raw: Buffer
}

export interface LocalSmtp {
  /** `smtp://127.0.0.1:PORT` (plain, no auth unless `auth` was asked). */
  url: string
  received: ReceivedMail[]
  /** Resolves when `count` messages have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>
  close(): Promise<void>
}

/**
 * Starts a server on a free port. `reject` answers RCPT TO for matching
 * addresses with `550 5.1.1 mailbox unavailable`; `auth` requires those credentials.
 */
export async function startSmtpServer(opts: { reject?: RegExp; auth?: { user: string; pass: string } } = {}): Promise<LocalSmtp> {
  const received: ReceivedMail[] = []
  const waiters: Array<() => void> = []
  const server = new SMTPServer({
    secure: false,
    disabledCommands: opts.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !opts.auth,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, cb) {
      if (opts.auth && auth.username === opts.auth.user && auth.password === opts.auth.pass) cb(null, { user: auth.username })
      else cb(new Error('535 identifiants refusés'))
    },
    onRcptTo(address, _session, cb) {
      if (opts.reject?.test(address.address)) {
        const err = Object.assign(new Error('mailbox unavailable'), { responseCode: 550 })
        cb(err)
        return
      }
      cb()
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks)
        simpleParser(raw)
          .then((parsed) => {
            received.push({
              envelopeTo: session.envelope.rcptTo.map((r) => r.address),
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              parsed,
              raw,
            })
            for (const w of waiters.splice(0)) w()
            cb()
          })
          .catch((err: Error) => cb(err))
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  const auth = opts.auth ? `${encodeURIComponent(opts.auth.user)}:${encodeURIComponent(opts.auth.pass)}@` : ''
  return {
    url: `smtp://${auth}127.0.0.1:${port}`,
    received,
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs
      while (received.length < count) {
        const left = deadline - Date.now()
        if (left <= 0) throw new Error(`expected ${count} messages, got ${received.length}`)
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, left)
          waiters.push(() => {
            clearTimeout(t)
            resolve()
          })
        })
      }
      return received
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
