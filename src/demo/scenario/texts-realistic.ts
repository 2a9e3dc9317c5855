/**
 * Texts of the realistic day's episodes (bench/waves.ts): defenders in a
 * pile-on, fans on a popular account's viral thread, a televised debate with
 * some real hostility towards politicians, an anti-harassment campaign that
 * names what it fights, and waves aimed at a class or a school named after a
 * person. Written as French teens and adults post, then made messy (typos,
 * SMS spellings, slang) by `messy` — never tuned to what the classifier says.
 * Slots: {h} handle, {name}, {tag}, {cls} a class (« 3eme B »), {school} (« Victor Hugo »).
 */
import type { Pick } from './texts-background.js'

const DEFENDERS = [
  'laissez la tranquille elle vous a rien fait', '@{h} t’inquiète on est avec toi ❤️', 'vous êtes vraiment des lâches à 30 contre une',
  'signalez tous ces comptes svp', '@{h} les écoute pas t’es magnifique', 'c’est du harcèlement ce que vous faites, ça peut aller loin',
  'bande de bouffons lâchez la', 'vous avez quel âge pour faire ça sérieux', '@{h} force à toi, parle en à un adulte', 'arrêtez c’est grave ce que vous faites',
  'elle a 13 ans wsh vous êtes malades', '@{h} bloque les et viens en dm', 'je vais le dire à la CPE demain', 'ça se fait pas du tout, honte à vous',
  '{name} on t’aime ignore les', '@{h} le 3018 c’est gratuit et anonyme', 'pathétique de s’acharner comme ça', 'trop bien ta coupe @{h} 😍',
]
const PILE_ON_MESSY = [
  '@{h} t’es qu’une sale pute', '{name} tout le monde te déteste casse toi du collège', '@{h} mdrr t’as vu ta tête', '@{h} personne veut de toi',
  '{name} la boloss de la 5e', '@{h} t’es trop moche va te cacher', '@{h} jvais te marave demain a la sortie', '{name} t’es une grosse merde',
  '@{h} on a tous tes screens on va les afficher', '@{h} retourne pleurer chez ta mère', '{name} elle se prend pour qui celle la', '@{h} tu pues la merde',
  '@{h} wsh la cassos', '{name} t’es la honte de la classe', '@{h} va te pendre', '@{h} ferme la sale chienne', '@{h} on va te faire regretter d’être née',
  '{name} t’as pas d’amis normal t’es chelou', '@{h} tu fais pitié', '@{h} jte jure demain t’es morte',
]
const FANS = [
  'TROP FORTE 😭😭', 'jpp t’es un monstre', 'tu m’as tuée mdrr', 'meilleure streameuse de france', 'ce moment était incroyable', 'gg la team',
  'la dinguerie ce live', 'je suis morte de rire', 'c’était ouf hier', 'reine 👑', 'les 100k mérités', 't’es trop drôle', 'j’ai hurlé à la fin',
  'on veut la suite !!!', 'je regarde tous tes lives depuis 2 ans ❤️', 't’es folle mdr', 'elle a tout défoncé ce soir', 'le clip de fin jpp',
  'je l’ai regardé 5 fois', 'la meilleure', 'ton rire 😭', 'elle est trop chaude en ranked', 'bravo bravo bravo', 'tu mérites tellement',
  'elle a tué le game', 'ptdr la tête du chat', 'j’en peux plus de rire', 'trop bien 🔥🔥', 'masterclass', 'tu m’as fait pleurer de rire',
]
const DEBATE = [
  'ils se coupent la parole depuis 20 min {tag}', 'le présentateur est débordé {tag}', 'personne répond aux questions {tag}', 'le chiffre sur le chômage est faux {tag}',
  'enfin un vrai débat {tag}', 'j’ai rien compris à sa réponse sur les retraites {tag}', 'fact check svp {tag}', 'le temps de parole est pas équilibré {tag}',
  'il esquive encore {tag}', 'ça parle écologie enfin {tag}', 'elle a marqué des points là {tag}', 'mes parents hurlent devant la télé {tag}',
  'qui a gagné selon vous {tag}', 'le sondage après le débat va être intéressant {tag}', 'trop long ce débat {tag}', 'on apprend rien {tag}',
]
const DEBATE_HOSTILE = [
  'quel menteur ce mec {tag}', 'ferme ta gueule un peu {tag}', 'bande de guignols tous autant qu’ils sont {tag}', 'il est complètement con ou quoi {tag}',
  'démission !! {tag}', 'cette meuf est une honte {tag}', 'quelle bande de clowns {tag}', 'il raconte que de la merde {tag}', 'qu’il dégage {tag}',
]
const CAMPAIGN = [
  'en 5e on me traitait de grosse vache tous les jours. aujourd’hui je vais bien. parlez {tag}', 'on m’a dit de me suicider quand j’avais 12 ans. j’en parle pour que ça s’arrête {tag}',
  '« sale pute », « t’es moche », « personne t’aime » : voilà ce que ma fille a reçu pendant un an {tag}', 'le harcèlement ça tue. 3018, gratuit et anonyme {tag}',
  'si tu vois quelqu’un se faire harceler, ne reste pas spectateur {tag}', 'aujourd’hui journée contre le harcèlement à l’école {tag}',
  'on m’appelait la cassos, la boloss, j’ai changé 2 fois de collège {tag}', 'parlez en à un adulte, à un prof, à la CPE {tag}',
  'les insultes en ligne c’est puni par la loi {tag}', 'tous en bleu demain pour dire stop {tag} 💙', 'mon fils a été frappé et filmé, la vidéo a tourné {tag}',
  'j’ai été harcelée, je suis toujours là, toi aussi tu t’en sortiras {tag}', 'un élève sur dix est victime {tag}', 'signalez, bloquez, parlez {tag}',
]
const CLASS_HOSTILE = [
  'la {cls} c’est que des bouffons {tag}', 'ceux de {cls} vous êtes trop des cassos {tag}', '{tag} tous sur la {cls}', 'la {cls} la pire classe du collège, vous puez {tag}',
  'les meufs de {cls} c toutes des putes {tag}', '{tag} la {cls} ferme vos gueules', 'on va niquer la {cls} à la récré {tag}', 'la {cls} bande de débiles {tag}',
  'personne peut vous saquer la {cls} {tag}', 'jvous attends à la sortie la {cls} {tag}', 'la {cls} c’est des gamins de merde {tag}', 'les {cls} dégagez {tag}',
]
const SCHOOL_HOSTILE = [
  'ceux de {school} c’est tous des cassos {tag}', 'ce collège c’est une poubelle {tag}', '{tag} on va défoncer ceux de {school} mercredi',
  'les filles de {school} c des thons {tag}', 'ceux de {school} vous êtes des fils de pute {tag}', 'ce collège de clochards mdrr {tag}', '{tag} {school} = collège de débiles',
  'on les attend à la sortie ceux de {school} {tag}', 'faites tourner les comptes de ceux de {school} {tag}', 'brûlez ce collège {tag}', '{school} la honte du 93 {tag}',
  'ceux de {school} vous puez la merde {tag}',
]

function fill(t: string, slots: Readonly<Record<string, string>>): string {
  return t.replace(/\{(\w+)\}/g, (m, k: string) => slots[k] ?? m)
}

const SMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/c’est /g, 'c '], [/c'est /g, 'c '], [/t’es /g, 't '], [/qu’/g, 'k'], [/quoi/g, 'koi'], [/je suis /g, 'jsuis '], [/pourquoi/g, 'pk'],
  [/beaucoup/g, 'bcp'], [/vraiment/g, 'vrmt'], [/t’inquiète/g, 'tkt'], [/je sais pas/g, 'jsp'], [/ils sont/g, 'ils sont'], [/parce que/g, 'pcq'],
  [/s’il te plaît/g, 'stp'], [/aujourd’hui/g, 'ajd'], [/quelqu’un/g, 'qqn'], [/toujours/g, 'tjr'],
]
const TAILS = ['', '', '', ' mdr', ' ptdr', ' 😭', ' 💀', ' frr', ' wsh', ' 😂', ' !!!', ' ...', ' jpp']

/** Typos, SMS spellings, lost accents and apostrophes, shouting: how the texts look on a phone. Hashtags and mentions are kept. */
export function messy(text: string, random: () => number): string {
  let out = text
  if (random() < 0.6) for (const [from, to] of SMS) out = out.replace(from, to)
  if (random() < 0.4) out = out.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  if (random() < 0.3) out = out.replace(/[’']/g, random() < 0.5 ? '' : ' ')
  out = out
    .split(' ')
    .map((w) => {
      if (w.startsWith('#') || w.startsWith('@') || w.length < 5) return w
      const r = random()
      const i = 1 + Math.floor(random() * (w.length - 2))
      if (r < 0.06) return w.slice(0, i) + w.slice(i + 1) // a letter dropped
      if (r < 0.1) return w.slice(0, i) + w[i] + w.slice(i) // a letter doubled
      if (r < 0.13) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) // two letters swapped
      return w
    })
    .join(' ')
  if (random() < 0.08) out = out.toUpperCase().replace(/#\S+|@\S+/g, (m) => m.toLowerCase())
  return `${out}${TAILS[Math.floor(random() * TAILS.length)]}`
}

/** A defender's reply in a pile-on. */
export function defenderText(pick: Pick, handle: string, name: string): string {
  return fill(pick(DEFENDERS), { h: handle, name })
}

/** An attack in a pile-on, in the realistic day's wording. */
export function attackText(pick: Pick, handle: string, name: string): string {
  return fill(pick(PILE_ON_MESSY), { h: handle, name })
}

/** A fan's reply on a popular account's thread. */
export function fanText(pick: Pick): string {
  return pick(FANS)
}

/** A post of a televised debate's tag; `hostile` picks the share of real insults at politicians. */
export function debateText(pick: Pick, tag: string, hostile: boolean): string {
  return fill(pick(hostile ? DEBATE_HOSTILE : DEBATE), { tag })
}

/** A post of an anti-harassment campaign: testimonies quote the insults it fights. */
export function campaignText(pick: Pick, tag: string): string {
  return fill(pick(CAMPAIGN), { tag })
}

/** A hostile post aimed at a class or at a school named after a person. */
export function groupPlaceText(pick: Pick, tag: string, style: 'class' | 'school', group: string): string {
  return fill(pick(style === 'class' ? CLASS_HOSTILE : SCHOOL_HOSTILE), { tag, cls: group, school: group })
}
