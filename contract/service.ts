/** The service itself: health, Prometheus metrics, this API's OpenAPI document. */
import { z } from 'zod'
import { endpoint, other } from './endpoint.js'

export const Health = z.strictObject({
  /** `degraded` when the database does not answer (with status 503). */
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.strictObject({ driver: z.enum(['pglite', 'postgres']), reachable: z.boolean() }),
})
export type Health = z.infer<typeof Health>

export const health = endpoint({
  tag: 'service',
  method: 'get',
  path: '/healthz',
  summary: 'Santé : version, base de données joignable',
  responses: { 200: Health, 503: Health },
})

export const metrics = endpoint({
  tag: 'service',
  method: 'get',
  path: '/metrics',
  summary: 'Métriques Prometheus',
  description:
    'Publications reçues, rejetées, doublons, latence réception → publication, clients WebSocket. Répond à tout pair local (un Prometheus sur la machine) ; sinon aux admins connectés. Derrière un proxy déclaré dans VIGIE_TRUST_PROXY, c’est l’adresse du client qui compte.',
  responses: { 200: other('text/plain', 'Format texte Prometheus 0.0.4.', z.string()) },
})

export const openApi = endpoint({
  tag: 'service',
  method: 'get',
  path: '/api/openapi.json',
  summary: 'Ce document : toutes les routes, en OpenAPI 3.1',
  responses: { 200: z.record(z.string(), z.unknown()) },
})
