/**
 * Everyday French teen posts (school, games, music, sport, series), friendly
 * banter, swearing aimed at no one, and some English, as slot templates.
 * `{friend}` becomes a mention of another background account.
 */

/** Picks one element with a [0, 1) random source. */
export type Pick = <T>(xs: readonly T[]) => T

const OPENERS = ['', '', '', 'Bon ', 'Franchement ', 'Sérieux ', 'Wsh ', 'Mdr ', 'Ptdr ', 'Jpp ', 'Ce matin ', 'Hier soir ', 'Bref ', 'Grave ', 'Frérot ', 'Ok ', 'Oklm ', 'Bah ']
const CLOSERS = ['', '', '', ' mdr', ' mdrr', ' ptdr', ' 😭', ' 😂', ' 🥲', ' 🔥', ' ❤️', ' 🙏', ' lol', ' jpp', ' !!', ' ...', ' 😴', ' 🤣🤣', ' 💀', ' (help)']

const SCHOOL = [
  "le contrôle de maths était trop dur", "qqn a fait l'exo 4 de physique ?", "j'ai eu 17 en anglais", "le prof d'histoire nous a encore donné 3 pages",
  "la cantine c'était des frites aujourd'hui", "je révise le brevet blanc", "demain c'est sport en première heure", "on a eu une heure de perm",
  "j'ai oublié mon sac de sport", "le bus est encore en retard", "j'ai pas fini mon exposé de svt", "conseil de classe jeudi jsuis stressé",
  "qui a les notes de français ?", "la prof de maths est absente on a trop de chance", "j'ai grave dormi en cours de techno", "le voyage en espagne est validé",
  "parcoursup me stresse de ouf", "on a un dm pour lundi", "le cdi est fermé aujourd'hui", "la récré était trop courte",
]
const GAMES = [
  "quelqu'un pour une game de fortnite ce soir ?", "j'ai enfin fini zelda", "top 1 sur warzone avec les potes", "le nouveau skin est trop beau",
  "minecraft avec mon petit frère c'est la guerre", "j'ai perdu toute ma série sur clash royale", "qui joue à valorant ?", "rocket league jusqu'à 2h du mat",
  "ma switch a plus de batterie", "le nouveau fifa est pas ouf", "j'ai débloqué le dernier perso", "on monte en ranked ce soir",
]
const MUSIC = [
  "le nouveau son de Jul tourne en boucle", "Aya Nakamura en concert jpp", "qui va au festival cet été ?", "j'écoute que du Ninho en ce moment",
  "ma playlist du matin est trop bien", "le clip de Tiakola est incroyable", "j'apprends la guitare depuis 2 mois", "j'ai eu des places pour Angèle",
  "spotify wrapped bientôt jpp", "ce refrain est dans ma tête depuis hier",
]
const SPORT = [
  "le match de ce soir va être fou", "on a gagné 3-1 au foot", "entraînement de hand annulé", "le PSG a encore gagné", "j'ai couru 5 km ce matin",
  "championnat de basket samedi", "la piscine à 7h c'est violent", "allez l'OM", "qui regarde le tournoi ce soir ?", "mon club a perdu en finale",
]
const SERIES = [
  "vous avez vu le dernier épisode ?", "la saison 2 sort vendredi", "j'ai binge toute la série en un week-end", "pas de spoil svp j'ai pas fini",
  "le film au ciné était trop bien", "qui vient au ciné samedi ?", "cet anime est une dinguerie", "Netflix a annulé ma série préférée",
]
const LIFE = [
  "trop hâte des vacances", "il pleut encore", "j'ai faim", "ma mère veut pas que je sorte", "anniversaire de ma soeur ce week-end", "journée trop longue",
  "il fait trop froid ce matin", "j'ai adopté un chat", "mon tel est cassé", "soirée pizza avec les potes", "je sors plus de mon lit", "dimanche = flemme",
]
const BANTER = [
  "@{friend} t'es trop con mdr je t'aime", "@{friend} t'es bête ou quoi 😂 bref je t'adore", "@{friend} espèce d'idiot tu m'as tué", "@{friend} t'es le pire mdrr",
  "@{friend} ta gueule t'es trop drôle 😭", "@{friend} t'es un boloss mais t'es mon boloss ❤️", "@{friend} t'es nul à fortnite frère", "@{friend} on se voit demain ?",
  "@{friend} joyeux anniv ma reine 🎂", "@{friend} merci pour hier c'était trop bien", "@{friend} t'as les devoirs ?", "@{friend} trop bien ta photo",
]
const SWEARING = [
  "putain j'ai raté mon bus", "merde j'ai oublié mes clés", "putain de réveil", "fait chier il pleut", "bordel ce contrôle", "putain ce wifi de merde",
  "j'ai encore perdu putain", "la flemme de ouf, fait chier", "merde mon tel est à 1%", "putain de lundi",
]
const ENGLISH = [
  "can't wait for the weekend", "this song is fire", "anyone watching the game tonight?", "just finished my homework finally", "good morning everyone",
  "I love this show so much", "best concert ever", "so tired today",
]
const TAGS = ['brevet', 'bac', 'foot', 'musique', 'cine', 'vacances', 'lycee', 'gaming', 'fortnite', 'jul', 'psg', 'om', 'netflix', 'anime', 'manga', 'parcoursup', 'rentree']

const TOPICS: readonly (readonly string[])[] = [SCHOOL, SCHOOL, GAMES, MUSIC, SPORT, SERIES, LIFE, LIFE]

const EN: readonly string[] = ['en']
const FR: readonly string[] = ['fr']
const NONE: readonly string[] = []

/** One background text and its declared language (shared arrays: do not mutate). */
export function backgroundText(pick: Pick, random: () => number, friend: string): { text: string; langs: readonly string[] } {
  const r = random()
  if (r < 0.05) return { text: `${pick(ENGLISH)}${pick(['', ' lol', ' 🔥', ' 😭'])}`, langs: EN }
  if (r < 0.12) return { text: `${pick(BANTER).replace('{friend}', friend)}${pick(CLOSERS)}`, langs: FR }
  if (r < 0.16) return { text: `${pick(SWEARING)}${pick(CLOSERS)}`, langs: FR }
  const body = pick(pick(TOPICS))
  const mention = random() < 0.08 ? ` @${friend}` : ''
  const tag = random() < 0.15 ? ` #${pick(TAGS)}` : ''
  const opener = pick(OPENERS)
  const text = opener.length > 0 ? `${opener}${body}` : body[0]!.toUpperCase() + body.slice(1)
  return { text: `${text}${pick(CLOSERS)}${mention}${tag}`, langs: random() < 0.9 ? FR : NONE }
}
