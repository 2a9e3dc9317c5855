/** Turns what an HTTP or XRPC call threw into a `ReportError` with a French message. */
import { WatcherError, WatcherFetchError } from '../../../watchers/errors.js'
import { unwrapXrpcError } from '../../../watchers/xrpc-errors.js'
import { ReportError } from './types.js'

/** A French `ReportError` for a failure while talking to `platform` during `step`. */
export function reportFailure(platform: string, step: string, err: unknown): ReportError {
  if (err instanceof ReportError) return err
  const e = unwrapXrpcError(err)
  if (e instanceof WatcherFetchError) {
    const status = e.status
    switch (e.code) {
      case 'Auth':
        return new ReportError(`${platform} a refusé les identifiants (${step}, HTTP ${status ?? '?'})`, false, { cause: e })
      case 'RateLimited':
        return new ReportError(`${platform} limite le débit (${step}, HTTP 429) : nouvel essai plus tard`, true, { cause: e })
      case 'Timeout':
      case 'Network':
        return new ReportError(`${platform} injoignable (${step}) : ${e.code === 'Timeout' ? 'délai dépassé' : 'erreur réseau'}`, true, { cause: e })
      default:
        return new ReportError(`${platform} a répondu HTTP ${status ?? '?'} (${step})`, e.retryable, { cause: e })
    }
  }
  if (e instanceof WatcherError) {
    return new ReportError(`réponse illisible de ${platform} (${step})`, e.retryable, { cause: e })
  }
  return new ReportError(`échec inattendu avec ${platform} (${step}) : ${e.message}`, true, { cause: e })
}
