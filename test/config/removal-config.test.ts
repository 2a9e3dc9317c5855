/** Removal checks and escalation settings: defaults, values, and French refusals naming the variable. */
import { describe, expect, it } from 'vitest'
import { ConfigError, envToConfig } from '../../src/config/config.js'
import { readEnv } from '../../src/config/env.js'

describe('removal configuration', () => {
  it('checks every 2 minutes by default, with no webhook, no notice address and no loopback port', () => {
    expect(envToConfig(readEnv({})).removal).toEqual({ schedule: '*/2 * * * *', webhook: null, noticeEmails: {}, loopbackPorts: [] })
  })

  it('reads the schedule, the webhook, the notice addresses and the test ports', () => {
    const cfg = envToConfig(
      readEnv({
        VIGIE_REMOVAL_CHECK_SCHEDULE: '*/5 * * * *',
        VIGIE_ESCALATION_WEBHOOK_URL: 'https://cellule.example/alertes/',
        VIGIE_ESCALATION_WEBHOOK_SECRET: 'un-secret-assez-long',
        VIGIE_PLATFORM_NOTICE_EMAILS: '{"bluesky":"dsa@bluesky.example","mastodon:piaille.fr":"moderation@piaille.example"}',
        VIGIE_TEST_FETCH_LOOPBACK_PORTS: '2583,2584',
      }),
    )
    expect(cfg.removal).toEqual({
      schedule: '*/5 * * * *',
      webhook: { url: 'https://cellule.example/alertes', secret: 'un-secret-assez-long' },
      noticeEmails: { bluesky: 'dsa@bluesky.example', 'mastodon:piaille.fr': 'moderation@piaille.example' },
      loopbackPorts: [2583, 2584],
    })
  })

  it.each([
    [{ VIGIE_REMOVAL_CHECK_SCHEDULE: 'toutes les 2 minutes' }, 'VIGIE_REMOVAL_CHECK_SCHEDULE doit être une expression cron'],
    [{ VIGIE_PLATFORM_NOTICE_EMAILS: '{"bluesky":"pas-une-adresse"}' }, 'VIGIE_PLATFORM_NOTICE_EMAILS : chaque valeur doit être une adresse e-mail'],
    [{ VIGIE_PLATFORM_NOTICE_EMAILS: 'bluesky=x' }, 'VIGIE_PLATFORM_NOTICE_EMAILS doit être un objet JSON'],
    [{ VIGIE_ESCALATION_WEBHOOK_SECRET: 'un-secret-assez-long' }, 'VIGIE_ESCALATION_WEBHOOK_SECRET n’a d’effet qu’avec VIGIE_ESCALATION_WEBHOOK_URL'],
    [{ VIGIE_ESCALATION_WEBHOOK_URL: 'ftp://x' }, 'VIGIE_ESCALATION_WEBHOOK_URL doit être une URL http(s)'],
    [{ VIGIE_TEST_FETCH_LOOPBACK_PORTS: '2583', NODE_ENV: 'production' }, 'refusé avec NODE_ENV=production'],
    [{ VIGIE_TEST_FETCH_LOOPBACK_PORTS: 'tous' }, 'VIGIE_TEST_FETCH_LOOPBACK_PORTS : des numéros de port'],
  ])('refuses %o', (env, message) => {
    expect(() => envToConfig(readEnv(env))).toThrow(ConfigError)
    expect(() => envToConfig(readEnv(env))).toThrow(message)
  })
})
