/**
 * Teen-talk cases of issue 11, by category: what 11–15-year-olds actually write
 * when they attack someone, and the must-not-fire posts that look like it.
 * Written for these tests only: none of them is a training example
 * (test/classifiers/teen-cases.test.ts checks it).
 */
import type { Case } from './cases.js'

/** One category of cases: its name (as reported), and the cases. */
export interface CaseGroup {
  name: string
  cases: readonly Case[]
}

const fire = (text: string): Case => ({ text, fires: true })
const quiet = (text: string): Case => ({ text, fires: false })

/** Harassment that must fire, by kind. */
export const TEEN_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'threats without insult words',
    cases: [
      fire('viens en vrai on verra si tu parles autant'),
      fire('on se voit a la sortie toi tu vas comprendre'),
      fire('tu vas le payer tkt'),
      fire('tu vas me le payer ce que t as dit'),
      fire('fais gaffe a toi demain'),
      fire('on sait où t habites'),
      fire('jsais ou tu habites hein'),
      fire('t es mort demain à la récré'),
      fire('tes mort lundi'),
      fire('t as intérêt à pas venir demain'),
      fire('on t attend derrière le gymnase à 17h'),
      fire('tu rentreras pas chez toi ce soir'),
      fire('mon grand frère va te régler ton compte'),
      fire('dis le en face si t es un homme'),
      fire('tu vas voir ce qui va t arriver'),
      fire('je vais te faire vivre un enfer'),
      fire('jvais te marave'),
      fire('si tu balances au prof t es morte'),
    ],
  },
  {
    name: 'xenophobic, racist, antisemitic, islamophobic',
    cases: [
      fire('retourne au bled personne veut de toi'),
      fire('rentre dans ton pays sale clandestin'),
      fire('t es meme pas francaise toi'),
      fire('va cueillir le coton'),
      fire('direction le four toi'),
      fire('hitler t a raté'),
      fire('t as une bombe dans ton sac ou quoi'),
      fire('enlève ta serpillière de ta tête'),
      fire('sale renoi'),
      fire('ching chong mdr tu vois rien'),
      fire('t es un terroriste toi'),
      fire('retourne dans ta jungle'),
      fire('sale feuj va compter tes sous'),
      fire('bamboula va'),
    ],
  },
  {
    name: 'animal names and emoji aimed at someone',
    cases: [
      fire('t es qu une truie'),
      fire('espèce de rat'),
      fire('regardez la guenon'),
      fire('@jade 🐷🐷🐷'),
      fire('@noah 🐀🐀'),
      fire('@ines.b 🐒🐒'),
      fire('Kenza 🐷🐷'),
      fire('t es une grosse vache'),
      fire('sale porc'),
      fire('t es un cafard'),
      fire('bande de moutons'),
      fire('Lucas la limace'),
    ],
  },
  {
    name: 'sexual taunts and « ta mère »',
    cases: [
      fire('ta mere la pute'),
      fire('ta mère elle suce'),
      fire('ta mère fait le trottoir'),
      fire('jai baisé ta mere'),
      fire('je vais niquer ta soeur'),
      fire('ta soeur elle suce tout le bahut'),
      fire('nik ta mer'),
      fire('ta daronne la tchoin'),
      fire('elle a sucé la moitié du collège'),
      fire('t as même pas de seins'),
      fire('t as une petite bite'),
      fire('montre ton cul'),
      fire('tu suces pour combien'),
    ],
  },
  {
    name: 'SMS, phonetic and street spelling',
    cases: [
      fire('tes tro moche'),
      fire('t 1 boloss'),
      fire('ta cru t ki toi'),
      fire('jte deteste sale bouffon'),
      fire('personne tkiffe'),
      fire('sa se voit ke tes nul'),
      fire('tes kune victime'),
      fire('koi ta 1 pb ftg'),
      fire('wesh la grosse'),
      fire('sale sheitan'),
      fire('t un hmar'),
      fire('tes relou casse toi'),
      fire('tes une slp'),
      fire('ntm fdp'),
    ],
  },
  {
    name: 'group chat, victim named by first name',
    cases: [
      fire('Léa elle pue'),
      fire('inès la grosse vache'),
      fire('Mathis le boloss il a encore pleuré'),
      fire('on parle plus à Chloé'),
      fire('personne lui parle demain'),
      fire('virez Emma du groupe'),
      fire('Yanis c est un pd'),
      fire('Manon la baleine'),
      fire('Clara la tchoin'),
      fire('Théo on t attend à la sortie'),
      fire('Jade personne la regrettera'),
      fire('faites comme si Sarah existait pas'),
    ],
  },
]

/** Posts that must not fire, by kind. */
export const TEEN_QUIET: readonly CaseGroup[] = [
  {
    name: 'counter-speech and defenders',
    cases: [
      quiet('laissez-la tranquille'),
      quiet('laissez le tranquille il vous a rien fait'),
      quiet('lachez la un peu c est pas drôle'),
      quiet('arrêtez de vous moquer de Léa c est du harcèlement'),
      quiet('vous êtes des lâches à dix contre une'),
      quiet('on est avec toi Inès ❤️'),
      quiet('dire retourne dans ton pays c est raciste'),
      quiet('traiter quelqu un de singe c est du racisme, signalez'),
      quiet('les blagues sur le four c est de l antisémitisme'),
      quiet('signale le compte et parle en à la cpe'),
    ],
  },
  {
    name: 'negation',
    cases: [
      quiet('t es pas moche du tout'),
      quiet('je vais pas te frapper t inquiète'),
      quiet('elle est pas grosse arrêtez'),
      quiet('personne a dit que t étais nulle'),
      quiet('c est pas une pute c est ma pote'),
    ],
  },
  {
    name: 'news',
    cases: [
      quiet('Harcèlement : une collégienne traitée de « truie » pendant des mois, trois élèves exclus'),
      quiet('Menaces de mort sur Snapchat : un lycéen de 15 ans en garde à vue'),
      quiet('Insultes antisémites devant un collège : le rectorat porte plainte'),
      quiet('Cyberharcèlement : le 3018 a traité 30 000 signalements cette année'),
    ],
  },
  {
    name: 'quoted or reported abuse',
    cases: [
      quiet('il m a écrit « t es mort lundi » j ai peur'),
      quiet('ils l appellent la truie depuis la 6e'),
      quiet('on m a dit retourne dans ton pays ce matin'),
      quiet('elle se fait traiter de pute dans le bus tous les jours'),
      quiet('ils font des bruits de singe quand il passe, c est horrible'),
    ],
  },
  {
    name: 'friendly banter',
    cases: [
      quiet('t es trop bête mdr jtm'),
      quiet('je vais te tuer si tu spoil la fin 😂'),
      quiet('ptdr je t ai détruit à fifa'),
      quiet('t es un clown mdr viens on joue'),
      quiet('ma puce ❤️ t es la meilleure'),
      quiet('tu vas me le payer t as mangé mes chips 😂'),
    ],
  },
  {
    name: 'football and praise',
    cases: [
      quiet('t es un monstre frérot quel but'),
      quiet('Mbappé c est un monstre'),
      quiet('il les a massacrés 4-0'),
      quiet('quelle frappe il a fusillé le gardien'),
      quiet('on les a détruits ce soir'),
      quiet('ce joueur est une bête'),
    ],
  },
  {
    name: 'ordinary posts',
    cases: [
      quiet('faut qu on parle'),
      quiet('ça sera plus rapide'),
      quiet('c est quoi la bonne cause ?'),
      quiet('tu fais koi ce soir'),
      quiet('jsuis dans le bus jarrive'),
      quiet('on se voit a la sortie pour aller au mcdo ?'),
      quiet('je rentre au bled cet été'),
      quiet('mets le gratin au four'),
      quiet('ta mère a appelé la mienne'),
      quiet('tu vas le payer combien ton tel'),
      quiet('fais gaffe il pleut'),
      quiet('mon chat est un vrai cochon'),
      quiet('Léa tu viens samedi ?'),
      quiet('Mathis t as les devoirs de maths ?'),
      quiet('ramadan moubarak à toute la famille'),
      quiet('ça pue dans le bus ptdr'),
      quiet('c est quand le contrôle'),
      quiet('jsp on verra demain'),
    ],
  },
]
