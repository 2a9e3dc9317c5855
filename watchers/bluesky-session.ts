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
  /** The login in progress, shared by every caller waiting on it (one createSession at a time per account). */
  login: Promise<void> | null
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
        entry = { session, agent: new Agent(session), password: login.appPassword, loggedIn: false, login: null }
      } else {
        entry = { session: null, agent: new Agent({ service: login.service, fetch }), password: undefined, loggedIn: true, login: null }
      }
      this.entries.set(key, entry)
    }
    if (entry.session) {
      const current = entry
      const session = entry.session
      session.setFetch(fetch)
      // Two callers logging in at once make @atproto/api refuse the second (« Concurrent login detected »)
      // and clear the session of the first: every caller waits on the same login instead.
      if (!current.login && (!current.loggedIn || !session.hasSession)) {
        current.login = session
          .login({ identifier: login.identifier ?? '', password: login.appPassword ?? '' })
          .then(() => {
            current.loggedIn = true
          })
          .catch((err: unknown) => {
            if (this.entries.get(key) === current) this.entries.delete(key)
            throw unwrapXrpcError(err)
          })
          .finally(() => {
            current.login = null
          })
      }
      if (current.login) await current.login
    }
    return entry.agent
  }

  /** Forgets the agent for `login` (after an auth failure). */
  drop(login: BlueskyLogin): void {
    this.entries.delete(`${login.service}\u0000${login.identifier ?? ''}`)
  }
}
