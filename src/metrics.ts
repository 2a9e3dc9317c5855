/** Prometheus metrics (prom-client), one registry per context so tests stay apart. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

/** The metrics Vigie exposes at /metrics. */
export interface Metrics {
  registry: Registry
  postsIngested: Counter
  postsRejected: Counter<'reason'>
  postsDuplicates: Counter
  ingestPublishLatency: Histogram
  wsClients: Gauge
  wsEvents: Counter<'type'>
  wsFrames: Counter
  wsReplayed: Counter
  wsResyncs: Counter<'reason'>
  wsDropped: Counter<'reason'>
}

/** Creates a fresh registry with Vigie's metrics. */
export function createMetrics({ defaults = false } = {}): Metrics {
  const registry = new Registry()
  if (defaults) collectDefaultMetrics({ register: registry, prefix: 'vigie_' })
  return {
    registry,
    postsIngested: new Counter({
      name: 'vigie_posts_ingested_total',
      help: 'Posts stored for the first time',
      registers: [registry],
    }),
    postsRejected: new Counter({
      name: 'vigie_posts_rejected_total',
      help: 'Posts rejected (invalid input or refused by the database)',
      labelNames: ['reason'],
      registers: [registry],
    }),
    postsDuplicates: new Counter({
      name: 'vigie_posts_duplicates_total',
      help: 'Posts already stored (same platform and id)',
      registers: [registry],
    }),
    ingestPublishLatency: new Histogram({
      name: 'vigie_ingest_publish_latency_seconds',
      help: 'Time from a post entering the pipeline to its publication on the hub',
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    wsClients: new Gauge({
      name: 'vigie_ws_clients',
      help: 'Connected WebSocket clients',
      registers: [registry],
    }),
    wsEvents: new Counter({
      name: 'vigie_ws_events_total',
      help: 'Events journaled for dashboards (each serialised once)',
      labelNames: ['type'],
      registers: [registry],
    }),
    wsFrames: new Counter({
      name: 'vigie_ws_frames_sent_total',
      help: 'Live event frames sent to WebSocket clients',
      registers: [registry],
    }),
    wsReplayed: new Counter({
      name: 'vigie_ws_replayed_total',
      help: 'Journaled events replayed to resuming clients (before per-user filtering)',
      registers: [registry],
    }),
    wsResyncs: new Counter({
      name: 'vigie_ws_resyncs_total',
      help: 'Resumes that could not be served (client told to reload)',
      labelNames: ['reason'],
      registers: [registry],
    }),
    wsDropped: new Counter({
      name: 'vigie_ws_dropped_total',
      help: 'WebSocket clients closed by the server',
      labelNames: ['reason'],
      registers: [registry],
    }),
  }
}
