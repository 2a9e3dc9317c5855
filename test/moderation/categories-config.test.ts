/** Category → report reason mappings exist in the shipped lexicons; takedown settings are read from the environment. */
import { schemas } from '@atproto/api'
import { describe, expect, it } from 'vitest'
import { ConfigError, envToConfig } from '../../src/config/config.js'
import { readEnv } from '../../src/config/env.js'
import { blueskyReason, categoryLabel, DSA_CATEGORIES } from '../../src/moderation/categories.js'
import { canMove } from '../../src/moderation/takedown-status.js'
import { KNOWN_REASONS } from '../watchers/fakes/bluesky-report-server.js'

describe('DSA categories', () => {
  it('map every category to a Bluesky reason defined in tools.ozone.report.defs', () => {
    const defs = schemas.find((s) => s.id === 'tools.ozone.report.defs')
    expect(defs).toBeDefined()
    for (const c of DSA_CATEGORIES) {
      for (const minor of [false, true]) {
        const reason = blueskyReason(c, minor)
        expect(KNOWN_REASONS.has(reason), reason).toBe(true)
        expect(reason.startsWith('tools.ozone.report.defs#')).toBe(true)
      }
    }
    expect(blueskyReason('harassment', false)).toBe('tools.ozone.report.defs#reasonHarassmentTargeted')
    expect(blueskyReason('harassment', true)).toBe('tools.ozone.report.defs#reasonChildSafetyHarassment')
    expect(blueskyReason('doxxing', true)).toBe('tools.ozone.report.defs#reasonChildSafetyPrivacy')
    expect(categoryLabel('sexual_blackmail')).toBe('Chantage sexuel / sextorsion')
  })

  it('allow only requested → acknowledged → removed | refused (and requested → removed | refused)', () => {
    expect(canMove('requested', 'acknowledged')).toBe(true)
    expect(canMove('requested', 'removed')).toBe(true)
    expect(canMove('requested', 'refused')).toBe(true)
    expect(canMove('acknowledged', 'removed')).toBe(true)
    expect(canMove('acknowledged', 'refused')).toBe(true)
    expect(canMove('acknowledged', 'acknowledged')).toBe(false)
    expect(canMove('removed', 'refused')).toBe(false)
    expect(canMove('refused', 'acknowledged')).toBe(false)
  })
})

describe('takedown configuration', () => {
  it('is empty by default: no platform account, no notifier', () => {
    expect(envToConfig(readEnv({})).takedown).toEqual({ bluesky: null, mastodon: null, notifier: { name: null, email: null } })
  })

  it('reads the reporting accounts and the notifier', () => {
    const cfg = envToConfig(
      readEnv({
        VIGIE_BLUESKY_REPORT_IDENTIFIER: 'signalements.asso.fr',
        VIGIE_BLUESKY_REPORT_APP_PASSWORD: 'aaaa-bbbb-cccc-dddd',
        VIGIE_BLUESKY_REPORT_LABELER: 'did:plc:ar7c4by46qjdydhdevvrndac',
        VIGIE_MASTODON_REPORT_INSTANCE: 'https://piaille.fr/',
        VIGIE_MASTODON_REPORT_TOKEN: 'tok',
        VIGIE_NOTIFIER_NAME: 'Association',
        VIGIE_NOTIFIER_EMAIL: 'dsa@asso.fr',
      }),
    )
    expect(cfg.takedown).toEqual({
      bluesky: { service: 'https://bsky.social', identifier: 'signalements.asso.fr', appPassword: 'aaaa-bbbb-cccc-dddd', labelerDid: 'did:plc:ar7c4by46qjdydhdevvrndac' },
      mastodon: { instance: 'https://piaille.fr', token: 'tok' },
      notifier: { name: 'Association', email: 'dsa@asso.fr' },
    })
  })

  it.each([
    [{ VIGIE_BLUESKY_REPORT_IDENTIFIER: 'x' }, 'VIGIE_BLUESKY_REPORT_IDENTIFIER et VIGIE_BLUESKY_REPORT_APP_PASSWORD vont ensemble'],
    [{ VIGIE_MASTODON_REPORT_TOKEN: 'x' }, 'VIGIE_MASTODON_REPORT_INSTANCE et VIGIE_MASTODON_REPORT_TOKEN vont ensemble'],
    [{ VIGIE_MASTODON_REPORT_INSTANCE: 'ftp://x', VIGIE_MASTODON_REPORT_TOKEN: 'x' }, 'VIGIE_MASTODON_REPORT_INSTANCE doit être une URL http(s)'],
    [{ VIGIE_NOTIFIER_EMAIL: 'pas-un-mail' }, 'VIGIE_NOTIFIER_EMAIL doit être une adresse e-mail'],
    [{ VIGIE_BLUESKY_REPORT_LABELER: 'bsky' }, 'VIGIE_BLUESKY_REPORT_LABELER doit être un DID'],
  ])('refuses %j with a clear message', (env, message) => {
    expect(() => envToConfig(readEnv(env))).toThrow(ConfigError)
    expect(() => envToConfig(readEnv(env))).toThrow(message)
  })
})
