/**
 * The only reader of `process.env`. Everything else receives a `Config`
 * built from this by `envToConfig`.
 */

/** Raw environment values Vigie understands, unparsed. */
export interface VigieEnv {
  port?: string
  host?: string
  dataDir?: string
  databaseUrl?: string
  logLevel?: string
  batchSize?: string
  flushMs?: string
  /** JSON array of source definitions. */
  sources?: string
  /** Path of a JSON file holding the source definitions. */
  sourcesFile?: string
  /** "1": session cookies are always Secure (TLS terminated in front of Vigie). */
  secureCookies?: string
  /** Addresses or CIDR networks of the reverse proxies whose X-Forwarded-For is believed. */
  trustProxy?: string
  /** "1": every API answer is checked against contract/ (development and tests). */
  checkResponses?: string
  /** Takedown: Bluesky service (PDS) the reporting account lives on. */
  blueskyReportService?: string
  /** Takedown: handle or DID of the Bluesky account that files reports. */
  blueskyReportIdentifier?: string
  /** Takedown: app password of that account. */
  blueskyReportAppPassword?: string
  /** Takedown: DID of the moderation service (labeler) reports are proxied to; default: the PDS's own. */
  blueskyReportLabeler?: string
  /** Takedown: Mastodon instance of the reporting account. */
  mastodonReportInstance?: string
  /** Takedown: access token (scope write:reports read:search) of that account. */
  mastodonReportToken?: string
  /** DSA notices: name of the notifier (the organisation). */
  notifierName?: string
  /** DSA notices: e-mail of the notifier. */
  notifierEmail?: string
  /** Outgoing mail: `smtp://user:pass@host:587` or `smtps://…`. */
  smtpUrl?: string
  /** Outgoing mail: the From address (default: the notifier's e-mail). */
  mailFrom?: string
  /** Bluesky AppView used to resolve DIDs and handles and to check posts (default https://public.api.bsky.app). */
  blueskyAppview?: string
  /** PLC directory that serves DID documents (default https://plc.directory). */
  plcUrl?: string
  /** Evidence vault: the AES-256 key, base64 (`openssl rand -base64 32`) or 64 hex digits. */
  vaultKey?: string
  /** Evidence vault: path of a file holding that key (exclusive with vaultKey). */
  vaultKeyFile?: string
  /** Days before a post that matched no watch, wave or flag is purged (default 30). */
  retentionDays?: string
  /** Days before a closed case without legal hold is erased with its files (default 365). */
  caseRetentionDays?: string
  /** node-cron expression of the nightly purge, or "off". */
  retentionSchedule?: string
  /** Cron expression of the removal check (default every 2 minutes). */
  removalCheckSchedule?: string
  /** Webhook alerted when a takedown request is late, and its HMAC secret. */
  escalationWebhookUrl?: string
  escalationWebhookSecret?: string
  /** JSON object platform (or host) → DSA notice e-mail address. */
  platformNoticeEmails?: string
  /** Evidence capture: the Chromium binary (default /usr/bin/chromium), or "off". */
  chromiumPath?: string
  /** TESTS / MANUAL CHECKS ONLY: loopback ports the removal checks may fetch (refused with NODE_ENV=production). */
  testFetchLoopbackPorts?: string
  /** Seconds a source or background-job lease lasts without renewal (several instances on one PostgreSQL). */
  leaseTtl?: string
  /** Seconds one outbox send holds its row before another instance may take it over. */
  outboxLease?: string
  nodeEnv?: string
}

/** Reads Vigie's variables from an environment (default `process.env`). */
export function readEnv(env: NodeJS.ProcessEnv = process.env): VigieEnv {
  return {
    port: env.PORT,
    host: env.VIGIE_HOST,
    dataDir: env.VIGIE_DATA_DIR,
    databaseUrl: env.DATABASE_URL,
    logLevel: env.VIGIE_LOG_LEVEL,
    batchSize: env.VIGIE_BATCH_SIZE,
    flushMs: env.VIGIE_FLUSH_MS,
    sources: env.VIGIE_SOURCES,
    sourcesFile: env.VIGIE_SOURCES_FILE,
    secureCookies: env.VIGIE_SECURE_COOKIES,
    trustProxy: env.VIGIE_TRUST_PROXY,
    checkResponses: env.VIGIE_CHECK_RESPONSES,
    blueskyReportService: env.VIGIE_BLUESKY_REPORT_SERVICE,
    blueskyReportIdentifier: env.VIGIE_BLUESKY_REPORT_IDENTIFIER,
    blueskyReportAppPassword: env.VIGIE_BLUESKY_REPORT_APP_PASSWORD,
    blueskyReportLabeler: env.VIGIE_BLUESKY_REPORT_LABELER,
    mastodonReportInstance: env.VIGIE_MASTODON_REPORT_INSTANCE,
    mastodonReportToken: env.VIGIE_MASTODON_REPORT_TOKEN,
    notifierName: env.VIGIE_NOTIFIER_NAME,
    notifierEmail: env.VIGIE_NOTIFIER_EMAIL,
    smtpUrl: env.VIGIE_SMTP_URL,
    mailFrom: env.VIGIE_MAIL_FROM,
    blueskyAppview: env.VIGIE_BLUESKY_APPVIEW,
    plcUrl: env.VIGIE_PLC_URL,
    vaultKey: env.VIGIE_VAULT_KEY,
    vaultKeyFile: env.VIGIE_VAULT_KEY_FILE,
    retentionDays: env.VIGIE_RETENTION_DAYS,
    caseRetentionDays: env.VIGIE_CASE_RETENTION_DAYS,
    retentionSchedule: env.VIGIE_RETENTION_SCHEDULE,
    removalCheckSchedule: env.VIGIE_REMOVAL_CHECK_SCHEDULE,
    escalationWebhookUrl: env.VIGIE_ESCALATION_WEBHOOK_URL,
    escalationWebhookSecret: env.VIGIE_ESCALATION_WEBHOOK_SECRET,
    platformNoticeEmails: env.VIGIE_PLATFORM_NOTICE_EMAILS,
    chromiumPath: env.VIGIE_CHROMIUM_PATH,
    testFetchLoopbackPorts: env.VIGIE_TEST_FETCH_LOOPBACK_PORTS,
    leaseTtl: env.VIGIE_LEASE_TTL,
    outboxLease: env.VIGIE_OUTBOX_LEASE,
    nodeEnv: env.NODE_ENV,
  }
}
