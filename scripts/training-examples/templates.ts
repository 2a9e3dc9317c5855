/**
 * Templated French examples: targets × insults, threats, pile-on calls, and
 * their benign twins (negated, reported, counter-speech, banter). Deterministic
 * for a given random generator.
 */
import type { Example } from '../train/examples.js'

const NAMES = ['@lea', '@mathis_08', '@ines.b', '@kylian', '@manon_lbt', '@theo', '@jade2010', '@noah', '@chloe_off', '@yanis']
const AIMS = ["t'es", 'tu es', "t'es qu'une", "t'es vraiment un", 'espèce de', 'sale', "toi t'es", 'vous êtes des', 'ta gueule', 'ferme la']
const INSULTS = [
  'connasse', 'pute', 'salope', 'bouffon', 'cassos', 'débile', 'attardée', 'fdp', 'connard', 'abrutie', 'grosse vache', 'bolosse',
  'merde', 'chienne', 'pétasse', 'batard', 'enculé', 'mongol', 'gogol', 'victime', 'clocharde', 'traînée', 'sous-merde', 'déchet',
  'grosse truie', 'baleine', 'moche', 'thon', 'cas social', 'tocard', 'pd', 'tapette', 'gouine', 'teubé', 'imbécile', 'crétine',
]
const HARM = ['tuer', 'buter', 'défoncer', 'planter', 'massacrer', 'frapper', 'égorger', 'retrouver', 'casser la gueule', 'tabasser']
const GROUPS = ['femmes', 'noirs', 'arabes', 'juifs', 'musulmans', 'gays', 'trans', 'lesbiennes', 'handicapés', 'migrants', 'roms', 'asiatiques']
const DEHUM = ['des rats', 'des animaux', 'des parasites', 'des déchets', 'une maladie', 'inférieurs', 'des sous-hommes', 'de la vermine', 'des cafards', 'dégoûtants']
const THINGS = ['lundis', 'maths', 'épinards', 'devoirs', 'contrôles', 'réveils', 'embouteillages', 'moustiques', 'spoilers', 'cours de sport', 'bugs', 'pubs']
const BANTER = ['mdr', 'ptdr', 'je t aime ❤️', 'jtm', '😂😂', 'lol', 'je rigole', 'ma belle ❤️', 'frérot 😂']
const NEUTRAL = [
  'on se voit à la récré', 'tu as fini le DM de maths ?', 'grave hâte pour samedi', 'le bus est en retard encore', 'qui vient au foot ?',
  'trop bien ce film', 'je suis crevée ce soir', 'on mange où ?', 'j ai eu 15 en histoire', 'la cantine c était bon aujourd hui',
  'tu passes chez moi après ?', 'le prof est absent demain', 'regarde mon nouveau tiktok', 'joyeux anniversaire ma belle',
  'on révise ensemble ?', 'je kiffe ta nouvelle coupe', 'vous avez vu le match ?', 'c était trop drôle en sport',
]

function pick<T>(rand: () => number, list: readonly T[]): T {
  const v = list[Math.floor(rand() * list.length)]
  if (v === undefined) throw new Error('empty list')
  return v
}

/** Generates `n` positive and about as many negative examples. */
export function templatedExamples(rand: () => number, n: number): Example[] {
  const out: Example[] = []
  const pos = (text: string): void => { out.push({ text, label: 1 }) }
  const neg = (text: string): void => { out.push({ text, label: 0 }) }
  for (let i = 0; i < n; i++) {
    const name = pick(rand, NAMES)
    const insult = pick(rand, INSULTS)
    const harm = pick(rand, HARM)
    const group = pick(rand, GROUPS)
    switch (i % 12) {
      case 0: pos(`${name} ${pick(rand, AIMS)} ${insult}`); neg(`${name} ${pick(rand, NEUTRAL)}`); break
      case 1: pos(`${pick(rand, AIMS)} ${insult} ${pick(rand, ['', 'va', 'dégage', 'sérieux', 'personne t aime'])}`.trim()); neg(`ce n'est pas une ${insult}`); break
      case 2: pos(`je vais te ${harm} ${pick(rand, ['', 'demain', 'à la sortie', 'lundi', name])}`.trim()); neg(`je vais pas te ${harm} t inquiète`); break
      case 3: pos(`${pick(rand, ['les', 'tous les', 'ces'])} ${group} sont ${pick(rand, DEHUM)}`); neg(`les ${group} ne sont pas ${pick(rand, DEHUM)}`); break
      case 4:
        pos(`${pick(rand, ['je déteste les', 'je hais les', 'mort aux', 'il faut tuer les', 'dehors les'])} ${group}`)
        neg(`${pick(rand, ['j adore les', 'je respecte les', 'je défends les', 'soutien aux'])} ${group}`)
        neg(`${pick(rand, ['je déteste les', 'je hais les', 'j ai horreur des', 'marre des'])} ${pick(rand, THINGS)}`)
        break
      case 5: pos(`${pick(rand, ['tous sur', 'allez tous sur', 'go spam', 'insultez', 'harcelez'])} ${name}`); neg(`arrêtez de la traiter de ${insult}, c'est du harcèlement`); break
      case 6: pos(`${pick(rand, ['balancez son', 'envoyez son', 'partagez son'])} ${pick(rand, ['snap', 'insta', 'num', 'adresse'])} ${pick(rand, ['', 'on va rigoler', 'qu elle comprenne'])}`.trim()); neg(`il m'a traitée de ${insult} devant toute la classe`); break
      case 7: pos(`${pick(rand, ['suicide toi', 'va crever', 'va te pendre', 'personne te regrettera', 'tue toi', 'crève'])} ${pick(rand, ['', name, insult])}`.trim()); neg(`si on te dit ${pick(rand, ['va crever', 'suicide toi'])}, appelle le 3018, tu n es pas seul`); break
      case 8: pos(`${pick(rand, ['envoie tes nudes', 'montre tes seins', 'je vais balancer tes nudes', 'je poste ta vidéo'])} ${pick(rand, ['', 'sinon tout le monde va voir', name])}`.trim()); neg(`${pick(rand, ['Cyberharcèlement :', 'Harcèlement scolaire :'])} une collégienne traitée de ${insult} sur les réseaux sociaux, une enquête ouverte`); break
      case 9: pos(`${name} ${pick(rand, ['🔪', '🐷🐷', '🤮', '🖕', '🐳', '💀🔪'])} ${insult}`); neg(`${pick(rand, AIMS.slice(0, 2))} ${pick(rand, ['bête', 'con', 'débile', 'nulle'])} ${pick(rand, BANTER)}`); break
      case 10: pos(`${pick(rand, ['personne ne t aime', 't as pas d amis', 'on veut plus de toi', 'virez la du groupe', 't es la honte de la classe'])} ${pick(rand, ['', name, insult])}`.trim()); neg(`${pick(rand, ['putain', 'merde', 'ptn', 'bordel'])} ${pick(rand, NEUTRAL)}`); break
      default: pos(`${insult} ${pick(rand, ['ferme ta gueule', 'tg', 'ntm', 'fdp', 'va chier'])}`); neg(`dire ${insult} à quelqu un c est du harcèlement, ${pick(rand, ['stop', 'signalez', 'parlez en'])}`); break
    }
  }
  return out
}
