/**
 * @atproto/api agents for polled Bluesky watchers, one per (service,
 * identifier), kept between fetches so that `createSession` (rate limited to
 * a few hundred a day) runs once and the library refreshes the tokens.
 */
import { Agent, CredentialSession } from '@atproto/api'
import type { HttpClient } from './http.js'
import { unwrapXrpcError } from './xrpc-errors.js'

/** How to reach and authenticate to a Bluesky service. */
export interface BlueskyLogin {
  service: string
  /** Handle, DID or e-mail; absent for unauthenticated calls. */
  identifier?: string | undefined
  /** An app password (Settings → App passwords), never the account password. */
  appPassword?: string | undefined
}

interface Entry {
  session: CredentialSession | null
  agent: Agent
  password: string | undefined
  loggedIn: boolean
}

/** A pool of agents keyed by service and identifier. */
export class BlueskyAgents {
  private readonly entries = new Map<string, Entry>()

  /** An agent for `login`, logged in when credentials are given; `http` carries caps and timeouts. */
  async get(login: BlueskyLogin, http: HttpClient): Promise<Agent> {
    const key = `${login.service}\u0000${login.identifier ?? ''}`
    let entry = this.entries.get(key)
    if (entry && entry.password !== login.appPassword) {
      this.entries.delete(key)
      entry = undefined
    }
    const fetch = http.fetchAdapter()
    if (!entry) {
      if (login.identifier && login.appPassword) {
        const session = new CredentialSession(new URL(login.service), fetch)
        entry = { session, agent: new Agent(session), password: login.appPassword, loggedIn: false }
      } else {
        entry = { session: null, agent: new Agent({ service: login.service, fetch }), password: undefined, loggedIn: true }
      }
      this.entries.set(key, entry)
    }
    if (entry.session) {
      entry.session.setFetch(fetch)
      if (!entry.loggedIn || !entry.session.hasSession) {
        try {
          await entry.session.login({ identifier: login.identifier ?? '', password: login.appPassword ?? '' })
          entry.loggedIn = true
        } catch (err) {
          this.entries.delete(key)
          throw unwrapXrpcError(err)
        }
      }
    }
    return entry.agent
  }

  /** Forgets the agent for `login` (after an auth failure). */
  drop(login: BlueskyLogin): void {
    this.entries.delete(`${login.service}\u0000${login.identifier ?? ''}`)
  }
}
