/** Dates as counsellors read them in a case file: French, Paris time. Pure. */

const PARIS = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'medium', timeZone: 'Europe/Paris' })

/** « 6 décembre 2026 à 21:45:03 », in Paris time. */
export function parisDateTime(d: Date): string {
  return PARIS.format(d)
}
