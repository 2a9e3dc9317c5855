/**
 * One French name for each thing Vigie shows: screens, roles, statuses,
 * takedown channels, audit actions. The dashboard takes its words from here;
 * README's « Glossaire » lists the same names, and test/vocabulary.test.ts
 * checks that README, the dashboard and the server's messages use them and
 * none of the `REJECTED` synonyms. Pure data: no DOM, no I/O.
 */
import type { Role } from '../../contract/auth.js'
import type { TakedownStatus } from '../../contract/takedowns.js'

/** A screen: its menu label and its page title. */
export interface ScreenName {
  nav: string
  title: string
}

/** The screens, by route. */
export const SCREENS = {
  live: { nav: 'En direct', title: 'En direct' },
  search: { nav: 'Recherche', title: 'Recherche' },
  review: { nav: 'Relecture', title: 'File de relecture' },
  takedowns: { nav: 'Retraits', title: 'Demandes de retrait' },
  report: { nav: 'Rapport', title: 'Rapport de signaleur de confiance' },
  watches: { nav: 'Veilles', title: 'Veilles' },
  cases: { nav: 'Dossiers', title: 'Dossiers' },
  intake: { nav: 'Signaler une URL', title: 'Signaler une URL' },
  audit: { nav: 'Journal', title: 'Journal d’audit' },
  users: { nav: 'Comptes', title: 'Comptes' },
  referents: { nav: 'Référents', title: 'Référents harcèlement des académies' },
  platforms: { nav: 'Plateformes', title: 'Plateformes' },
} as const satisfies Record<string, ScreenName>

/** Role names, as shown (the API and the CLI's --role take the English values). */
export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  admin: 'administrateur',
  analyst: 'analyste',
  reviewer: 'relecteur',
  counsellor: 'conseiller',
}

/** Takedown request statuses. */
export const TAKEDOWN_STATUS_NAMES: Readonly<Record<TakedownStatus, string>> = {
  requested: 'demandé',
  acknowledged: 'pris en compte',
  removed: 'retiré',
  refused: 'refusé',
}

/** Flag (signalement) statuses. */
export const FLAG_STATUS_NAMES: Readonly<Record<string, string>> = {
  pending: 'à relire',
  claimed: 'en relecture',
  confirmed: 'confirmé',
  rejected: 'rejeté',
}

/** Takedown channels. */
export const CHANNEL_NAMES: Readonly<Record<string, string>> = {
  'bluesky-report': 'signalement Bluesky',
  'mastodon-report': 'signalement Mastodon',
  'dsa-notice': 'notification DSA (art. 16)',
}

/** Other nouns, each with the one word used for it. */
export const TERMS = {
  notice: 'notification DSA',
  email: 'e-mail',
  flag: 'signalement',
  watch: 'veille',
  case: 'dossier',
  counsellor: 'conseiller',
  account: 'compte',
} as const

/** Audit log actions (the codes stay in the log, its CSV and the API), in French. */
export const AUDIT_ACTION_NAMES: Readonly<Record<string, string>> = {
  'user.setup': 'première installation',
  'user.login': 'connexion',
  'user.login_failed': 'connexion refusée (mot de passe)',
  'user.login_refused': 'connexion bloquée (trop d’essais)',
  'user.logout': 'déconnexion',
  'user.create': 'compte créé',
  'user.update': 'compte modifié',
  'source.create': 'source ajoutée',
  'source.update': 'source modifiée',
  'source.delete': 'source supprimée',
  'watch.create': 'veille créée',
  'watch.update': 'veille modifiée',
  'alert.referent_alert': 'référent alerté (alerte)',
  'flag.create': 'signalement créé',
  'flag.claim': 'relecture prise en charge',
  'flag.release': 'relecture rendue',
  'flag.confirm': 'signalement confirmé',
  'flag.reject': 'signalement rejeté',
  'takedown.request': 'demande de retrait',
  'takedown.send': 'envoi du signalement',
  'takedown.sent': 'notification DSA envoyée (formulaire)',
  'takedown.status': 'état de la demande changé',
  'takedown.check': 'vérification du retrait',
  'takedown.author_deleted': 'supprimé par l’auteur',
  'takedown.reappeared': 'contenu revenu en ligne',
  'takedown.overdue': 'demande en retard',
  'outbox.failed': 'envoi abandonné (webhook, e-mail ou signalement)',
  'takedown.escalate': 'relance',
  'case.create': 'dossier ouvert',
  'case.update': 'dossier modifié',
  'case.share': 'dossier partagé',
  'case.unshare': 'partage retiré',
  'case.link': 'lien ajouté au dossier',
  'case.unlink': 'lien retiré du dossier',
  'case.file.upload': 'fichier déposé',
  'case.file.read': 'fichier consulté',
  'case.export': 'dossier exporté',
  'case.referent_alert': 'référent alerté (dossier)',
  'case.erase': 'dossier effacé',
  'case.purge': 'dossier purgé (conservation)',
  'intake.create': 'URL signalée',
  'intake.capture': 'capture demandée',
  'capture.create': 'capture faite',
  'capture.attach': 'capture jointe',
  'capture.read': 'capture consultée',
  'platform.save': 'plateforme enregistrée',
  'platform.reset': 'plateforme remise par défaut',
  'referent.create': 'référent ajouté',
  'referent.update': 'référent modifié',
  'referent.delete': 'référent supprimé',
  'retention.run': 'purge de conservation',
}

/**
 * Words not to use, with the one to use instead. Each pattern matches the
 * rejected word as a French name (a menu label, a status, a role), not an
 * English word in README's prose.
 */
export const REJECTED: ReadonlyArray<{ pattern: RegExp; use: string }> = [
  { pattern: /'Audit'|« Audit »|\*\*Audit\*\*/, use: SCREENS.audit.nav },
  { pattern: /[Uu]tilisateurs?\b(?!:)/, use: TERMS.account },
  { pattern: /[ÉéEe]coutant/, use: TERMS.counsellor },
  { pattern: /« reçu »|'reçu'|→ reçu →|reçu par la plateforme|reçue par la plateforme/, use: TAKEDOWN_STATUS_NAMES.acknowledged },
  { pattern: /\b[Aa]vis DSA|l’avis\b|l'avis\b|[Aa]vis envoyé/, use: TERMS.notice },
  { pattern: /courriel/, use: TERMS.email },
]
