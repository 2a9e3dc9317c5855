/**
 * The nightly purge (node-cron): posts nothing holds on to after
 * VIGIE_RETENTION_DAYS, closed cases not under legal hold (with their files)
 * after VIGIE_CASE_RETENTION_DAYS, uploads cut short, and outbox rows sent
 * or given up more than VIGIE_RETENTION_DAYS ago. Reports in the log
 * and the audit log. `runOnce()` runs it now (tests, and a scheduler that
 * runs it once per cluster).
 */
import { and, eq, inArray, lt } from 'drizzle-orm'
import { schedule, type ScheduledTask } from 'node-cron'
import { appendAudit } from '../audit/audit-log.js'
import { eraseCase } from '../cases/case-erase.js'
import type { RetentionConfig } from '../config/config.js'
import type { Database } from '../db/client.js'
import { cases, outbox } from '../db/schema/index.js'
import type { Logger } from '../logger.js'
import { cronLogger } from '../sources/cron-logger.js'
import type { BlobStore } from '../vault/blob-store.js'
import { purgeOrphanIdentities, purgeUnreferencedPosts } from './post-purge.js'

const DAY_MS = 24 * 60 * 60 * 1000

/** What one run did. */
export interface RetentionReport {
  startedAt: string
  postCutoff: string
  caseCutoff: string
  postsPurged: number
  /** Account identities (DID → handle) no longer needed by any stored post. */
  identitiesPurged: number
  casesPurged: number
  filesPurged: number
  /** Cases past their period but under legal hold (kept). */
  casesHeld: number
  unsealedSwept: number
  /** Outbox rows sent or given up before the post cutoff. */
  outboxPurged: number
  durationMs: number
}

/** What the job needs. */
export interface RetentionDeps {
  db: Database
  vault: BlobStore
  log: Logger
  config: RetentionConfig
  now?: () => Date
}

/** The purge job: start()/stop() its schedule, runOnce() to run it now. */
export class RetentionJob {
  private task: ScheduledTask | null = null
  private current: Promise<RetentionReport> | null = null

  constructor(private readonly deps: RetentionDeps) {}

  /** Schedules the nightly run (nothing when VIGIE_RETENTION_SCHEDULE is "off"). */
  start(): void {
    if (this.task || this.deps.config.schedule === null) return
    this.task = schedule(this.deps.config.schedule, () => this.tick(), {
      name: 'retention',
      noOverlap: true,
      logger: cronLogger(this.deps.log),
    })
  }

  /** Unschedules and waits for a run in progress. */
  async stop(): Promise<void> {
    const task = this.task
    this.task = null
    if (task) await task.destroy()
    await this.current?.catch(() => undefined)
  }

  /** Runs the purge now; a run already in progress is joined. */
  runOnce(): Promise<RetentionReport> {
    this.current ??= this.run().finally(() => {
      this.current = null
    })
    return this.current
  }

  private async tick(): Promise<void> {
    await this.runOnce().catch((err: unknown) => this.deps.log.error({ err }, 'retention: run failed'))
  }

  private async run(): Promise<RetentionReport> {
    const { db, log, config } = this.deps
    const started = Date.now()
    const now = (this.deps.now ?? (() => new Date()))()
    const postCutoff = new Date(now.getTime() - config.postDays * DAY_MS)
    const caseCutoff = new Date(now.getTime() - config.caseDays * DAY_MS)

    const postsPurged = await purgeUnreferencedPosts(db, postCutoff, log)
    const identitiesPurged = await purgeOrphanIdentities(db, postCutoff)

    const due = await db
      .select({ id: cases.id, legalHold: cases.legalHold })
      .from(cases)
      .where(and(eq(cases.status, 'closed'), lt(cases.closedAt, caseCutoff)))
    let casesPurged = 0
    let filesPurged = 0
    for (const c of due.filter((x) => !x.legalHold)) {
      try {
        const erased = await eraseCase(db, c.id, { closedBefore: caseCutoff })
        casesPurged++
        filesPurged += erased.files
        await appendAudit(db, { actor: 'system', action: 'case.purge', subject: `case:${c.id}`, details: { reason: 'retention', files: erased.files, sha256: erased.sha256 } })
      } catch (err) {
        // Put under hold or reopened meanwhile: kept.
        log.warn({ err, caseId: c.id }, 'retention: case kept')
      }
    }
    const unsealedSwept = await this.deps.vault.sweepUnsealed(new Date(now.getTime() - DAY_MS))
    const outboxPurged = (
      await db
        .delete(outbox)
        .where(and(inArray(outbox.state, ['sent', 'failed']), lt(outbox.doneAt, postCutoff)))
        .returning({ id: outbox.id })
    ).length

    const report: RetentionReport = {
      startedAt: now.toISOString(),
      postCutoff: postCutoff.toISOString(),
      caseCutoff: caseCutoff.toISOString(),
      postsPurged,
      identitiesPurged,
      casesPurged,
      filesPurged,
      casesHeld: due.filter((x) => x.legalHold).length,
      unsealedSwept,
      outboxPurged,
      durationMs: Date.now() - started,
    }
    log.info(report, 'retention: purge done')
    await appendAudit(db, { actor: 'system', action: 'retention.run', details: { ...report } })
    return report
  }
}
