/**
 * Texts of the episodes: hostile French teen posts for a group-targeting wave
 * and for a pile-on on a named student, counter-speech, a supportive
 * counter-campaign, news coverage and benign viral bursts.
 * Slots: {tag} hashtag, {grp} "les 2010", {one} "sale 2010", {name}, {h} handle.
 */
import type { Pick } from './texts-background.js'

const LEAD = ['', '', '', 'wsh ', 'mdrr ', 'ptdr ', 'frr ', 'sérieux ', 'bon ', 'franchement ', 'jpp ', 'oe ']
const HOSTILE_EMOJI = ['', '', ' 🤡', ' 💀', ' 🤮', ' 😂😂', ' 🖕', ' 🔪', ' 😈', ' 🐷', ' 🤣']

const GROUP_HOSTILE = [
  '{grp} vous êtes trop des bouffons {tag}', '{tag} tous sur {grp}, c des sales gosses', '{grp} allez vous pendre sérieux {tag}',
  'vs {grp} vs etes moches et cons {tag}', 'si t né dans {grp} suicide toi {tag}', 'on va défoncer {grp} à la sortie du collège {tag}',
  '{grp} c des grosses merdes, personne vous aime {tag}', '{tag} partagez un max, faut que {grp} dégagent de tiktok', 'regardez cette grosse vache, encore une {one2} {tag}',
  'les meufs de {grp2} c toutes des putes {tag}', 'crève {one} {tag}', 'ferme ta gueule {one} t qu’un déchet {tag}', 'va te jeter d’un pont {one} {tag}',
  '{grp} sont des attardés wsh {tag}', 'on harcèle {grp} jusqu’à ce qu’ils quittent insta {tag}', 'ta gueule {one} personne veut de toi {tag}',
  't grosse t moche t’as pas d’amis, normal t une {one2} {tag}', 'jvais te retrouver à ton bahut et te niquer ta race {one} {tag}', 'nique {grp} {tag}',
  'bande de cassos, {grp} retournez jouer aux legos {tag}', '{grp} = des déchets, tous sur eux {tag}', 'mets toi en pls et crève {one} {tag}',
  '{one} t’es grosse t’es laide va te cacher {tag}', 'on va vous faire la misère {grp} {tag}', 'personne vous supporte {grp} disparaissez {tag}',
  'tue toi {one} sérieux ça rendra service {tag}', 'envoyez moi les comptes de {grp} on va les afficher {tag}', 'les {grp3} c des fils de pute {tag}',
  '{one} tu pues, t’es qu’une merde {tag}', 'faut tous les frapper {grp} {tag}',
]
const COUNTER_SPEECH = [
  'le hashtag {tag} c’est vraiment dégueulasse, soutien à ceux qui sont visés ❤️', 'signalez {tag} svp, c’est du harcèlement', 'stop {tag} !! appelez le 3018 si vous êtes visés',
  'ceux qui postent {tag} vous avez quel âge sérieux', 'je comprends pas pourquoi {tag} est en tendance, c’est honteux', '{tag} : ne partagez pas, signalez',
]
const PILE_ON = [
  '@{h} t’es vraiment une grosse pute {name}', '{name} tout le monde te déteste au collège, casse toi', '@{h} personne t aime, va te tailler les veines',
  'tous sur {name} 😂😂 elle est trop moche', '@{h} on sait où t’habites, fais gaffe à toi demain', '{name} la cassos de la 4e B, grosse baleine',
  '@{h} suicide toi stp rend service à tout le monde', 'mdrr regardez la tête de {name} 🤮 @{h}', '@{h} t’as cru t’étais belle? t’es un thon',
  '{name} sale chienne tu vas le regretter', '@{h} crève', '@{h} t’es qu’une salope {name}', 'allez tous sur @{h} elle mérite', '{name} ferme ta gueule sale grosse',
  '@{h} on va te défoncer à la récré', '{name} t’es la honte du collège, disparais', '@{h} ta mère aurait dû avorter', '@{h} grosse vache va',
  '{name} personne veut de toi, tue toi', '@{h} sale pute on t’attend devant le bahut',
]
const SUPPORT = [
  'bienvenue aux {grp} sur les réseaux, soyez bienveillants ❤️ {tag}', 'force à tous les {grp} qui se font harceler, vous êtes pas seuls {tag}',
  '{tag} on est là pour vous 💪', 'les {grp} on vous aime, ignorez les haters {tag}', '{tag} parlez-en à un adulte ou au 3018, c’est gratuit',
  'soutien total 💙 {tag}', '{tag} la bienveillance > la haine', 'on inonde les réseaux de messages gentils {tag} 🌈', 'je suis une {grp2} et merci pour ce soutien 🥹 {tag}',
  '{tag} protégeons les plus jeunes', 'partagez {tag} pour noyer la haine ❤️',
]
const NEWS = [
  'Cyberharcèlement : le hashtag {tag} inquiète les parents', '« {tag} » : une vague de harcèlement vise les collégiens nés en {year}',
  'Harcèlement en ligne : que faire si votre enfant est visé ? Appelez le 3018', 'Le ministère de l’Éducation réagit à la tendance {tag}',
  'Cyberharcèlement : l’association e-Enfance appelle à signaler les comptes', 'Réseaux sociaux : pourquoi le hashtag {tag} est en tendance',
  'Harcèlement : la plateforme a supprimé des centaines de publications {tag}', 'Témoignage : « ma fille reçoit des messages {tag} depuis ce matin »',
]
const NEWS_SHARE = ['à lire 👉 ', 'les parents lisez ça : ', 'important : ', '', 'vu dans la presse : ']
const BENIGN: Readonly<Record<string, readonly string[]>> = {
  antigaspi: [
    'recette {tag} avec du pain rassis 🍞', 'mes astuces {tag} pour la cantine', 'trop bien l’appli {tag}, panier à 3€', 'défi {tag} de la semaine au collège',
    'on a fait une soupe {tag} avec les restes', '{tag} : les bananes trop mûres en cake 🍌', 'la cantine passe en mode {tag}, enfin', 'je me mets au {tag} 💚',
  ],
  sport: [
    'QUELLE FINALE 😱 {tag}', 'ce but de fou {tag} 🔥', 'l’arbitre il a rien vu {tag}', 'Mbappé t’es un monstre {tag}', 'je crie dans mon salon {tag}',
    '2-1 jpp {tag} ⚽', 'on est champions !!! {tag}', 'le gardien est incroyable ce soir {tag}', 'penalty ou pas ?? {tag}', 'trop de stress {tag} 😭',
  ],
  music: [
    'l’album est sorti !!! {tag}', 'la piste 3 est une dinguerie {tag}', 'j’ai déjà tout écouté 2 fois {tag} 🎧', 'le feat de fin jpp {tag}',
    'meilleur album de l’année {tag} 🔥', 'qui a eu des places pour la tournée ? {tag}',
  ],
}

// Templates write apostrophes as ’ (as phones do); most posts get the ASCII one.
function fill(t: string, slots: Readonly<Record<string, string>>): string {
  const text = t.replace(/\{(\w+)\}/g, (m, k: string) => slots[k] ?? m)
  return text.length % 5 === 0 ? text : text.replace(/’/g, "'")
}

/** How a wave names its targeted group, from the group word ("2010", "roux"). */
export function groupSlots(group: string): Record<string, string> {
  const year = /^\d{4}$/.test(group)
  return {
    grp: `les ${group}`, grp2: year ? group : `${group}s`, grp3: group, one: `sale ${group}`, one2: year ? group : `${group}sse`, year: year ? group : '2010',
  }
}

/** A hostile post of a group-targeting hashtag wave. */
export function hostileGroupText(pick: Pick, tag: string, group: string): string {
  return `${pick(LEAD)}${fill(pick(GROUP_HOSTILE), { ...groupSlots(group), tag })}${pick(HOSTILE_EMOJI)}`
}

/** Counter-speech quoting the wave’s tag (not hostile). */
export function counterSpeechText(pick: Pick, tag: string): string {
  return fill(pick(COUNTER_SPEECH), { tag })
}

/** A hostile reply or mention in a pile-on on one named student. */
export function pileOnText(pick: Pick, handle: string, name: string): string {
  return `${pick(LEAD)}${fill(pick(PILE_ON), { h: handle, name })}${pick(HOSTILE_EMOJI)}`
}

/** A supportive post of a counter-campaign. */
export function supportText(pick: Pick, tag: string, group: string): string {
  return fill(pick(SUPPORT), { ...groupSlots(group), tag })
}

/** A neutral news headline (or a share of one) about the wave. */
export function newsText(pick: Pick, tag: string, group: string, media: boolean): string {
  const headline = fill(pick(NEWS), { ...groupSlots(group), tag })
  return media ? headline : `${pick(NEWS_SHARE)}${headline}`
}

/** A post of a benign viral burst on `theme`. */
export function benignText(pick: Pick, theme: string, tag: string): string {
  return fill(pick(BENIGN[theme] ?? BENIGN['music']!), { tag })
}
