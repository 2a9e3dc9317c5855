/**
 * The DSA categories a post can be flagged under, their French labels, and
 * how each maps to a platform's report reasons. Values checked against the
 * lexicons shipped with @atproto/api 0.19.19 (tools.ozone.report.defs).
 */
import { DSA_CATEGORIES } from '../../contract/flags.js'

/** Every DSA category value, in the order shown to users (part of the flag contract). */
export { DSA_CATEGORIES }

/** One DSA category value. */
export type DsaCategory = (typeof DSA_CATEGORIES)[number]

/** A Bluesky `tools.ozone.report.defs#reason…` value. */
export type BlueskyReason = `tools.ozone.report.defs#reason${string}`

interface CategoryInfo {
  /** French label shown to users and written in notices. */
  label: string
  /** Why content of this category is illegal or harmful, in French (for notices). */
  ground: string
  /** Bluesky reason when the target is not known to be a minor. */
  bluesky: BlueskyReason
  /** Bluesky reason when the target is a minor followed by the helpline. */
  blueskyMinor: BlueskyReason
}

const INFO: Record<DsaCategory, CategoryInfo> = {
  harassment: {
    label: 'Harcèlement',
    ground: 'harcèlement moral, y compris en ligne et en meute (art. 222-33-2-2 du code pénal), aggravé lorsque la victime a moins de quinze ans',
    bluesky: 'tools.ozone.report.defs#reasonHarassmentTargeted',
    blueskyMinor: 'tools.ozone.report.defs#reasonChildSafetyHarassment',
  },
  threat: {
    label: 'Menace',
    ground: 'menaces de crime ou de délit contre les personnes (art. 222-17 et 222-18 du code pénal)',
    bluesky: 'tools.ozone.report.defs#reasonViolenceThreats',
    blueskyMinor: 'tools.ozone.report.defs#reasonViolenceThreats',
  },
  sexual_blackmail: {
    label: 'Chantage sexuel / sextorsion',
    ground: 'chantage et extorsion à caractère sexuel (art. 312-10 du code pénal ; art. 227-22-1 et 227-23 lorsque la victime est mineure)',
    bluesky: 'tools.ozone.report.defs#reasonSexualOther',
    blueskyMinor: 'tools.ozone.report.defs#reasonChildSafetyGroom',
  },
  non_consensual_intimate_image: {
    label: 'Image intime non consentie',
    ground: 'diffusion d’images à caractère sexuel sans le consentement de la personne (art. 226-2-1 du code pénal ; art. 227-23 lorsque la personne est mineure)',
    bluesky: 'tools.ozone.report.defs#reasonSexualNCII',
    blueskyMinor: 'tools.ozone.report.defs#reasonChildSafetyCSAM',
  },
  doxxing: {
    label: 'Divulgation de données personnelles',
    ground: 'divulgation d’informations permettant d’identifier ou de localiser une personne pour l’exposer à un risque (art. 223-1-1 du code pénal)',
    bluesky: 'tools.ozone.report.defs#reasonHarassmentDoxxing',
    blueskyMinor: 'tools.ozone.report.defs#reasonChildSafetyPrivacy',
  },
  hate: {
    label: 'Haine',
    ground: 'injure ou provocation à la haine en raison de l’origine, de la religion, du sexe, de l’orientation sexuelle ou du handicap (loi du 29 juillet 1881, art. 24 et 33)',
    bluesky: 'tools.ozone.report.defs#reasonHarassmentHateSpeech',
    blueskyMinor: 'tools.ozone.report.defs#reasonHarassmentHateSpeech',
  },
  self_harm_incitement: {
    label: 'Incitation à l’automutilation ou au suicide',
    ground: 'provocation au suicide (art. 223-13 du code pénal), aggravée lorsque la victime a moins de quinze ans',
    bluesky: 'tools.ozone.report.defs#reasonSelfHarmContent',
    blueskyMinor: 'tools.ozone.report.defs#reasonSelfHarmContent',
  },
}

/** True for a known DSA category value. */
export function isDsaCategory(value: string): value is DsaCategory {
  return (DSA_CATEGORIES as readonly string[]).includes(value)
}

/** The French label of a category (the value itself if unknown). */
export function categoryLabel(category: string): string {
  return isDsaCategory(category) ? INFO[category].label : category
}

/** Why a category of content is illegal or harmful, in French. */
export function categoryGround(category: DsaCategory): string {
  return INFO[category].ground
}

/** The Bluesky report reasonType for a category; child-safety reasons when the target is a minor. */
export function blueskyReason(category: DsaCategory, targetIsMinor: boolean): BlueskyReason {
  return targetIsMinor ? INFO[category].blueskyMinor : INFO[category].bluesky
}

/**
 * The Mastodon report category. `violation` needs the instance's own rule
 * ids (unknown to Vigie, and refused when absent), so reports are `other`
 * with the DSA category spelled out in the comment.
 */
export function mastodonCategory(_category: DsaCategory): 'other' {
  return 'other'
}
