import { afterEach, describe, expect, it } from 'vitest'
import { ConfigError, envToConfig } from '../../src/config/config.js'
import { readEnv } from '../../src/config/env.js'
import { silentLogger } from '../../src/logger.js'
import { createMailer, MailError } from '../../src/mail/mailer.js'
import { startSmtpServer, type LocalSmtp } from './smtp-server.js'

let smtp: LocalSmtp | undefined
afterEach(async () => {
  await smtp?.close()
  smtp = undefined
})

describe('mail configuration', () => {
  it('is off by default, with the Bluesky services defaulting to the public ones', () => {
    const cfg = envToConfig(readEnv({}))
    expect(cfg.mail).toBeNull()
    expect(cfg.bluesky).toEqual({ appview: 'https://public.api.bsky.app', plc: 'https://plc.directory' })
  })

  it('takes the sender from VIGIE_MAIL_FROM, else the notifier e-mail', () => {
    expect(envToConfig(readEnv({ VIGIE_SMTP_URL: 'smtp://h:25', VIGIE_NOTIFIER_EMAIL: 'cellule@asso.fr' })).mail).toEqual({
      url: 'smtp://h:25',
      from: 'cellule@asso.fr',
    })
    expect(envToConfig(readEnv({ VIGIE_SMTP_URL: 'smtps://u:p@h', VIGIE_MAIL_FROM: 'veille@asso.fr' })).mail?.from).toBe('veille@asso.fr')
  })

  it.each([
    [{ VIGIE_SMTP_URL: 'http://h' }, 'VIGIE_SMTP_URL doit être une URL smtp://'],
    [{ VIGIE_SMTP_URL: 'smtp://h' }, 'VIGIE_SMTP_URL demande une adresse d’expéditeur'],
    [{ VIGIE_MAIL_FROM: 'a@b.fr' }, 'VIGIE_MAIL_FROM n’a d’effet qu’avec VIGIE_SMTP_URL'],
    [{ VIGIE_BLUESKY_APPVIEW: 'ftp://x' }, 'VIGIE_BLUESKY_APPVIEW doit être une URL http(s)'],
    [{ VIGIE_PLC_URL: 'nope' }, 'VIGIE_PLC_URL doit être une URL http(s)'],
  ])('refuses %j with a clear message', (env, message) => {
    expect(() => envToConfig(readEnv(env))).toThrow(ConfigError)
    expect(() => envToConfig(readEnv(env))).toThrow(message)
  })

  it('strips a trailing slash from service URLs', () => {
    expect(envToConfig(readEnv({ VIGIE_BLUESKY_APPVIEW: 'http://127.0.0.1:2584/' })).bluesky.appview).toBe('http://127.0.0.1:2584')
  })
})

describe('mailer', () => {
  it('refuses every send, saying how to configure one, when no server is set', async () => {
    const mailer = createMailer(null, silentLogger)
    expect(mailer.configured).toBe(false)
    const err = await mailer.send({ to: ['a@b.fr'], subject: 's', text: 't' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(MailError)
    expect((err as MailError).message).toContain('VIGIE_SMTP_URL')
    expect((err as MailError).retryable).toBe(false)
  })

  it('delivers a text message with an attachment to a local SMTP server, with authentication', async () => {
    smtp = await startSmtpServer({ auth: { user: 'vigie', pass: 's3cret' } })
    const mailer = createMailer({ url: smtp.url, from: 'cellule@asso.fr' }, silentLogger)
    const receipt = await mailer.send({
      to: ['dsa@plateforme.example'],
      subject: 'Notification DSA\r\nBcc: victim@evil.example',
      text: 'Bonjour,\n<script>alert(1)</script>',
      attachments: [{ filename: 'notice.json', content: '{"a":1}', contentType: 'application/json' }],
    })
    mailer.close()
    expect(receipt.accepted).toEqual(['dsa@plateforme.example'])
    const [mail] = await smtp.waitFor(1)
    expect(mail?.envelopeTo).toEqual(['dsa@plateforme.example'])
    expect(mail?.envelopeFrom).toBe('cellule@asso.fr')
    // A line break in the subject never becomes a header of its own.
    expect(mail?.parsed.subject).toBe('Notification DSA Bcc: victim@evil.example')
    expect(mail?.parsed.bcc).toBeUndefined()
    expect(mail?.parsed.text).toContain('<script>alert(1)</script>')
    expect(mail?.parsed.html).toBe(false)
    expect(mail?.parsed.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([['notice.json', '{"a":1}']])
  })

  it('reports a permanent refusal as not retryable', async () => {
    smtp = await startSmtpServer({ reject: /@nowhere\.example$/ })
    const mailer = createMailer({ url: smtp.url, from: 'cellule@asso.fr' }, silentLogger)
    const err = await mailer.send({ to: ['x@nowhere.example'], subject: 's', text: 't' }).catch((e: unknown) => e)
    mailer.close()
    expect(err).toBeInstanceOf(MailError)
    expect((err as MailError).retryable).toBe(false)
  })

  it('reports an unreachable server as retryable', async () => {
    smtp = await startSmtpServer()
    const url = smtp.url
    await smtp.close()
    smtp = undefined
    const mailer = createMailer({ url, from: 'cellule@asso.fr' }, silentLogger)
    const err = await mailer.send({ to: ['a@b.fr'], subject: 's', text: 't' }).catch((e: unknown) => e)
    mailer.close()
    expect(err).toBeInstanceOf(MailError)
    expect((err as MailError).retryable).toBe(true)
  })
})
