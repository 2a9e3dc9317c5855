/**
 * Validated configuration with defaults. Bad values fail loudly in `main`,
 * never at import time.
 */
import { readFileSync } from 'node:fs'
import { isIP } from 'node:net'
import { validate as validateCron } from 'node-cron'
import { z } from 'zod'
import type { MailConfig } from '../mail/mailer.js'
import { VAULT_KEY_HOWTO, VaultKey } from '../vault/vault-key.js'
import type { VigieEnv } from './env.js'

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

/** How the database is reached. */
export type DatabaseConfig =
  | {
      driver: 'pglite'
      /** Folder of the data, or null for an in-memory throwaway database. */
      dataDir: string | null
      /** In-memory only: start from this data-folder dump (tests use it to skip initdb, ~5 s). */
      template?: Blob
    }
  | { driver: 'postgres'; url: string }

/** Accounts and identity used to request takedowns; every part is optional. */
export interface TakedownConfig {
  /** Bluesky reporting account (app password), or null: Bluesky reports wait as "requested". */
  bluesky: { service: string; identifier: string; appPassword: string; labelerDid: string | null } | null
  /** Mastodon reporting account, or null: Mastodon reports wait as "requested". */
  mastodon: { instance: string; token: string } | null
  /** Who signs DSA notices (null parts are left for the reader to fill in). */
  notifier: { name: string | null; email: string | null }
  /**
   * `false` (the offline demo): a confirmed flag makes a DSA notice only, no
   * platform report, so no report waits with a « not configured » error.
   */
  platformReports?: boolean
}

export interface Config {
  port: number
  host: string
  database: DatabaseConfig
  logLevel: (typeof LOG_LEVELS)[number]
  /** Posts per INSERT batch. */
  batchSize: number
  /** Longest a post waits in a partly filled batch, in ms. */
  flushMs: number
  /**
   * How long a source or background-job lease lasts without renewal, in ms:
   * when an instance dies, another takes its work over within this time
   * plus a quarter of it (leases are renewed every quarter).
   */
  leaseTtlMs: number
  /**
   * How long one outbox send (webhook, e-mail, platform report) holds its row,
   * in ms: an instance that dies mid-send leaves it to another instance once
   * this has passed. Longer than any send takes.
   */
  outboxLeaseMs: number
  /**
   * Source definitions to seed on start, unparsed (each watcher validates its
   * own config): from VIGIE_SOURCES or the file VIGIE_SOURCES_FILE; null when
   * neither is set (then the default public Jetstream is watched).
   */
  sources: unknown[] | null
  /** Session cookies always carry Secure (otherwise only for requests that came over TLS). */
  secureCookies: boolean
  /** Reverse proxies (addresses, CIDR networks) whose X-Forwarded-For gives the client's address; empty: none. */
  trustProxy: string[]
  /** Check every API answer against contract/ and answer 500 `contract` on a mismatch (development, tests). */
  checkResponses: boolean
  /** Platform report accounts and the DSA notifier. */
  takedown: TakedownConfig
  /** Outgoing mail (SMTP), or null when VIGIE_SMTP_URL is not set. */
  mail: MailConfig | null
  /** Removal checks and escalation of late takedown requests. */
  removal: RemovalConfig
  /** Evidence capture of URLs filed by hand: the Chromium binary, or null (capture off). */
  capture: { chromiumPath: string | null }
  /** Bluesky services Vigie reads from (identity resolution, removal checks). */
  bluesky: {
    /** AppView: DID ↔ handle, posts still served or not. */
    appview: string
    /** PLC directory: DID documents, hence each author's PDS. */
    plc: string
  }
  /** Evidence vault key (AES-256-GCM at rest), or null: uploads are refused until one is set. Never printed. */
  vault: VaultKey | null
  /** What the nightly purge keeps and when it runs. */
  retention: RetentionConfig
}

/** Retention periods and the purge schedule. */
export interface RetentionConfig {
  /** Days a post that matched no watch, wave or flag is kept (counted from when Vigie stored it). */
  postDays: number
  /** Days a closed case without legal hold is kept, with its files (counted from its closing). */
  caseDays: number
  /** node-cron expression of the purge, or null when turned off. */
  schedule: string | null
}

/** Removal checks and escalation. */
export interface RemovalConfig {
  /** node-cron expression of the scheduled check (VIGIE_REMOVAL_CHECK_SCHEDULE). */
  schedule: string
  /** Late requests are POSTed here, signed like watch webhooks; null: dashboard and WebSocket only. */
  webhook: { url: string; secret: string | null } | null
  /** Platform name, or host (`mastodon:piaille.fr`, `example.org`), → DSA notice e-mail address. */
  noticeEmails: Record<string, string>
  /** TESTS / MANUAL CHECKS ONLY: loopback ports removal checks may fetch. Empty in production. */
  loopbackPorts: number[]
}

/** Thrown when the environment holds a value Vigie cannot use. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

const intIn = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} doit être un nombre` })
    .int(`${name} doit être un entier`)
    .min(min, `${name} doit valoir au moins ${min}`)
    .max(max, `${name} doit valoir au plus ${max}`)

const schema = z.object({
  port: intIn('PORT', 0, 65535).default(8080),
  host: z.string().min(1).default('127.0.0.1'),
  dataDir: z.string().min(1).default('./data'),
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL doit commencer par postgres:// ou postgresql://')
    .optional(),
  logLevel: z.enum(LOG_LEVELS, { error: `VIGIE_LOG_LEVEL doit être l'un de ${LOG_LEVELS.join(', ')}` }).default('info'),
  batchSize: intIn('VIGIE_BATCH_SIZE', 1, 2_000).default(500),
  flushMs: intIn('VIGIE_FLUSH_MS', 1, 60_000).default(5),
  leaseTtl: intIn('VIGIE_LEASE_TTL', 3, 300).default(20),
  outboxLease: intIn('VIGIE_OUTBOX_LEASE', 5, 3_600).default(120),
  sources: z.string().optional(),
  sourcesFile: z.string().optional(),
  secureCookies: z.enum(['0', '1'], { error: 'VIGIE_SECURE_COOKIES doit valoir 0 ou 1' }).default('0'),
  trustProxy: z
    .string()
    .transform((v) => v.split(/[\s,]+/).filter((a) => a !== ''))
    .pipe(z.array(z.string().refine(isAddressOrNetwork, { error: (i) => `VIGIE_TRUST_PROXY : « ${String(i.input)} » n’est ni une adresse IP ni un réseau CIDR (ex. 127.0.0.1, ::1, 10.0.0.0/8)` })))
    .default([]),
  checkResponses: z.enum(['0', '1'], { error: 'VIGIE_CHECK_RESPONSES doit valoir 0 ou 1' }).default('0'),
  blueskyReportService: httpUrl('VIGIE_BLUESKY_REPORT_SERVICE').default('https://bsky.social'),
  blueskyReportIdentifier: z.string().min(1).max(300).optional(),
  blueskyReportAppPassword: z.string().min(1).max(300).optional(),
  blueskyReportLabeler: z
    .string()
    .regex(/^did:[a-z]+:[a-zA-Z0-9._:%-]+$/, 'VIGIE_BLUESKY_REPORT_LABELER doit être un DID (did:plc:…)')
    .optional(),
  mastodonReportInstance: httpUrl('VIGIE_MASTODON_REPORT_INSTANCE').optional(),
  mastodonReportToken: z.string().min(1).max(500).optional(),
  notifierName: z.string().max(200, 'VIGIE_NOTIFIER_NAME doit faire au plus 200 caractères').optional(),
  notifierEmail: z.email({ error: 'VIGIE_NOTIFIER_EMAIL doit être une adresse e-mail' }).optional(),
  smtpUrl: z
    .string()
    .refine((v) => {
      try {
        const u = new URL(v)
        return (u.protocol === 'smtp:' || u.protocol === 'smtps:') && u.hostname !== ''
      } catch {
        return false
      }
    }, 'VIGIE_SMTP_URL doit être une URL smtp:// ou smtps:// (smtp://utilisateur:motdepasse@hôte:587)')
    .optional(),
  mailFrom: z.email({ error: 'VIGIE_MAIL_FROM doit être une adresse e-mail' }).optional(),
  blueskyAppview: httpUrl('VIGIE_BLUESKY_APPVIEW').default('https://public.api.bsky.app'),
  plcUrl: httpUrl('VIGIE_PLC_URL').default('https://plc.directory'),
  // The key's own text never appears in a message.
  vaultKey: z.string().optional(),
  vaultKeyFile: z.string().optional(),
  retentionDays: intIn('VIGIE_RETENTION_DAYS', 1, 36_500).default(30),
  caseRetentionDays: intIn('VIGIE_CASE_RETENTION_DAYS', 1, 36_500).default(365),
  retentionSchedule: z
    .string()
    .refine((v) => v === 'off' || validateCron(v), 'VIGIE_RETENTION_SCHEDULE doit être une expression cron (ex. « 15 3 * * * ») ou « off »')
    .default('15 3 * * *'),
  removalCheckSchedule: z
    .string()
    .refine((v) => validateCron(v), 'VIGIE_REMOVAL_CHECK_SCHEDULE doit être une expression cron (5 ou 6 champs), par exemple */2 * * * *')
    .default('*/2 * * * *'),
  escalationWebhookUrl: httpUrl('VIGIE_ESCALATION_WEBHOOK_URL').optional(),
  escalationWebhookSecret: z.string().min(16, 'VIGIE_ESCALATION_WEBHOOK_SECRET fait au moins 16 caractères').max(500).optional(),
  platformNoticeEmails: z.string().optional(),
  chromiumPath: z
    .string()
    .refine((v) => v === 'off' || v.startsWith('/'), 'VIGIE_CHROMIUM_PATH : chemin absolu du binaire Chromium, ou off')
    .default('/usr/bin/chromium'),
  testFetchLoopbackPorts: z
    .string()
    .regex(/^\d{1,5}(,\d{1,5})*$/, 'VIGIE_TEST_FETCH_LOOPBACK_PORTS : des numéros de port séparés par des virgules')
    .optional(),
  nodeEnv: z.string().optional(),
})

/** An IPv4 or IPv6 address, or a network `address/prefix`. */
function isAddressOrNetwork(value: string): boolean {
  const [address = '', prefix, ...rest] = value.split('/')
  const family = isIP(address)
  if (family === 0 || rest.length > 0) return false
  if (prefix === undefined) return true
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128)
}

function httpUrl(name: string) {
  return z
    .string()
    .refine((v) => {
      try {
        const u = new URL(v)
        return u.protocol === 'https:' || u.protocol === 'http:'
      } catch {
        return false
      }
    }, `${name} doit être une URL http(s)`)
    .transform((v) => v.replace(/\/+$/, ''))
}

type ParsedEnv = z.output<typeof schema>

function readTakedown(v: ParsedEnv): TakedownConfig {
  const pair = (a: string | undefined, b: string | undefined, names: string) => {
    if ((a === undefined) !== (b === undefined)) throw new ConfigError(`${names} vont ensemble : donnez les deux ou aucun`)
    return a !== undefined && b !== undefined
  }
  const bluesky = pair(v.blueskyReportIdentifier, v.blueskyReportAppPassword, 'VIGIE_BLUESKY_REPORT_IDENTIFIER et VIGIE_BLUESKY_REPORT_APP_PASSWORD')
  const mastodon = pair(v.mastodonReportInstance, v.mastodonReportToken, 'VIGIE_MASTODON_REPORT_INSTANCE et VIGIE_MASTODON_REPORT_TOKEN')
  return {
    bluesky: bluesky
      ? {
          service: v.blueskyReportService,
          identifier: v.blueskyReportIdentifier ?? '',
          appPassword: v.blueskyReportAppPassword ?? '',
          labelerDid: v.blueskyReportLabeler ?? null,
        }
      : null,
    mastodon: mastodon ? { instance: v.mastodonReportInstance ?? '', token: v.mastodonReportToken ?? '' } : null,
    notifier: { name: v.notifierName ?? null, email: v.notifierEmail ?? null },
  }
}

function readMail(v: ParsedEnv): MailConfig | null {
  if (v.smtpUrl === undefined) {
    if (v.mailFrom !== undefined) throw new ConfigError('VIGIE_MAIL_FROM n’a d’effet qu’avec VIGIE_SMTP_URL')
    return null
  }
  const from = v.mailFrom ?? v.notifierEmail
  if (from === undefined) throw new ConfigError('VIGIE_SMTP_URL demande une adresse d’expéditeur : VIGIE_MAIL_FROM ou VIGIE_NOTIFIER_EMAIL')
  return { url: v.smtpUrl, from }
}

function readVault(v: ParsedEnv): VaultKey | null {
  if (v.vaultKey !== undefined && v.vaultKeyFile !== undefined) {
    throw new ConfigError('VIGIE_VAULT_KEY et VIGIE_VAULT_KEY_FILE sont exclusifs : choisissez-en un')
  }
  if (v.vaultKey !== undefined) {
    const key = VaultKey.parse(v.vaultKey)
    if (!key) throw new ConfigError(`VIGIE_VAULT_KEY doit être une clé de 32 octets en base64 (ou 64 chiffres hexadécimaux) : ${VAULT_KEY_HOWTO}`)
    return key
  }
  if (v.vaultKeyFile !== undefined) {
    let text: string
    try {
      text = readFileSync(v.vaultKeyFile, 'utf8')
    } catch (err) {
      throw new ConfigError(`VIGIE_VAULT_KEY_FILE illisible (${v.vaultKeyFile}) : ${(err as NodeJS.ErrnoException).code ?? ''}`)
    }
    const key = VaultKey.parse(text)
    if (!key) throw new ConfigError(`VIGIE_VAULT_KEY_FILE (${v.vaultKeyFile}) doit contenir une clé de 32 octets en base64 : ${VAULT_KEY_HOWTO}`)
    return key
  }
  return null
}

const NoticeEmails = z.record(
  z.string().min(1).max(200),
  z.email({ error: 'VIGIE_PLATFORM_NOTICE_EMAILS : chaque valeur doit être une adresse e-mail' }),
)

function readRemoval(v: ParsedEnv): RemovalConfig {
  let noticeEmails: Record<string, string> = {}
  if (v.platformNoticeEmails !== undefined) {
    let raw: unknown
    try {
      raw = JSON.parse(v.platformNoticeEmails)
    } catch {
      throw new ConfigError('VIGIE_PLATFORM_NOTICE_EMAILS doit être un objet JSON {"plateforme": "adresse@…"}')
    }
    const parsed = NoticeEmails.safeParse(raw)
    if (!parsed.success) throw new ConfigError(parsed.error.issues[0]?.message ?? 'VIGIE_PLATFORM_NOTICE_EMAILS invalide')
    noticeEmails = parsed.data
  }
  if (v.escalationWebhookSecret !== undefined && v.escalationWebhookUrl === undefined) {
    throw new ConfigError('VIGIE_ESCALATION_WEBHOOK_SECRET n’a d’effet qu’avec VIGIE_ESCALATION_WEBHOOK_URL')
  }
  const loopbackPorts = v.testFetchLoopbackPorts === undefined ? [] : v.testFetchLoopbackPorts.split(',').map(Number)
  if (loopbackPorts.length > 0 && v.nodeEnv === 'production') {
    throw new ConfigError('VIGIE_TEST_FETCH_LOOPBACK_PORTS est réservé aux essais : refusé avec NODE_ENV=production')
  }
  if (loopbackPorts.some((p) => p < 1 || p > 65535)) throw new ConfigError('VIGIE_TEST_FETCH_LOOPBACK_PORTS : ports entre 1 et 65535')
  return {
    schedule: v.removalCheckSchedule,
    webhook: v.escalationWebhookUrl === undefined ? null : { url: v.escalationWebhookUrl, secret: v.escalationWebhookSecret ?? null },
    noticeEmails,
    loopbackPorts,
  }
}

function parseSources(text: string, origin: string): unknown[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    throw new ConfigError(`${origin} n'est pas du JSON valide : ${(err as Error).message}`)
  }
  if (!Array.isArray(value)) throw new ConfigError(`${origin} doit être un tableau JSON de sources`)
  return value
}

function readSources(v: { sources?: string; sourcesFile?: string }): unknown[] | null {
  if (v.sources !== undefined && v.sourcesFile !== undefined) {
    throw new ConfigError('VIGIE_SOURCES et VIGIE_SOURCES_FILE sont exclusifs : choisissez-en un')
  }
  if (v.sources !== undefined) return parseSources(v.sources, 'VIGIE_SOURCES')
  if (v.sourcesFile !== undefined) {
    let text: string
    try {
      text = readFileSync(v.sourcesFile, 'utf8')
    } catch (err) {
      throw new ConfigError(`VIGIE_SOURCES_FILE illisible (${v.sourcesFile}) : ${(err as NodeJS.ErrnoException).code ?? ''}`)
    }
    return parseSources(text, `VIGIE_SOURCES_FILE (${v.sourcesFile})`)
  }
  return null
}

/** Validates raw env values and applies defaults; throws `ConfigError`. */
export function envToConfig(env: VigieEnv, overrides: Partial<Config> = {}): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''))
  const parsed = schema.safeParse(present)
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => i.message).join('; '))
  }
  const v = parsed.data
  const database: DatabaseConfig = v.databaseUrl
    ? { driver: 'postgres', url: v.databaseUrl }
    : { driver: 'pglite', dataDir: v.dataDir }
  return {
    port: v.port,
    host: v.host,
    database,
    logLevel: v.logLevel,
    batchSize: v.batchSize,
    flushMs: v.flushMs,
    leaseTtlMs: v.leaseTtl * 1000,
    outboxLeaseMs: v.outboxLease * 1000,
    sources: readSources(v),
    secureCookies: v.secureCookies === '1',
    trustProxy: v.trustProxy,
    checkResponses: v.checkResponses === '1',
    takedown: readTakedown(v),
    mail: readMail(v),
    bluesky: { appview: v.blueskyAppview, plc: v.plcUrl },
    vault: readVault(v),
    retention: {
      postDays: v.retentionDays,
      caseDays: v.caseRetentionDays,
      schedule: v.retentionSchedule === 'off' ? null : v.retentionSchedule,
    },
    removal: readRemoval(v),
    capture: { chromiumPath: v.chromiumPath === 'off' ? null : v.chromiumPath },
    ...overrides,
  }
}
