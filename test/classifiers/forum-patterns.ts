/**
 * Cases for the forum-hostility patterns (classifiers/lexicon/forum-hostility.ts):
 * wishes of harm, negated praise and refusals aimed at a group, contempt for a
 * person without insult words, and the look-alikes that must stay quiet.
 * Written for these tests only: none of them is a training example
 * (test/classifiers/forum-patterns.test.ts checks it).
 */
import type { CaseGroup } from './teen-cases.js'
import { fire, quiet } from './teen-cases.js'

/** Hostility the new patterns must catch, by family. */
export const PATTERN_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'wishes of harm and death',
    cases: [
      fire("j'espère qu'il crève, ce type"),
      fire("qu'ils crèvent tous, ces gens là"),
      fire("bon débarras s'il meurt"),
      fire("dommage qu'elle ne soit pas morte"),
      fire("qu'on les pende tous sur la place publique"),
      fire('vivement qu\'elle meure'),
      fire('je lui souhaite un cancer bien douloureux'),
      fire('s\'il crève demain, personne ne le pleurera'),
      fire('faudrait les fusiller un par un'),
      fire('je danserai sur sa tombe'),
      fire('quelqu\'un devrait lui casser la gueule à ce type'),
      fire("j'espère qu'il se prendra un bus en sortant"),
    ],
  },
  {
    name: 'negated praise and refusal of a group',
    cases: [
      fire('les Maliens ne sont pas des humains'),
      fire('les Turcs ne sont pas les bienvenus ici'),
      fire('les Roumains n\'ont rien à faire en France'),
      fire('les Algériens ne méritent pas la nationalité'),
      fire('je ne louerai jamais à un Algérien'),
      fire("jamais j'embaucherai une musulmane"),
      fire('on ne devrait pas les laisser voter, les immigrés'),
      fire('les Sénégalais ne sont pas de vrais Français'),
      fire("je n'ai aucune estime pour les Tunisiens"),
      fire('Ma porte restera fermée aux Roumains'),
      fire('les Kurdes ne mettront jamais les pieds chez moi'),
    ],
  },
  {
    name: 'contempt for a person without insult words',
    cases: [
      fire("t'es une erreur de la nature"),
      fire('ta vie est un échec'),
      fire('même ta mère a honte de toi'),
      fire('retourne jouer aux billes gamin'),
      fire('tu es une perte de temps'),
      fire("t'as qu'un neurone et il est en grève"),
      fire("ton avis n'intéresse personne"),
      fire('va pleurer ailleurs'),
      fire("t'as pas de vie sérieux"),
      fire('tu fais honte à ta famille'),
      fire('chaque fois que tu ouvres la bouche le niveau chute'),
    ],
  },
]

/** Look-alikes of the new patterns that must stay quiet. */
export const PATTERN_QUIET: readonly CaseGroup[] = [
  {
    name: 'worry, regret and negated wishes',
    cases: [
      quiet("j'espère qu'il ne meure pas, le pauvre"),
      quiet("j'ai peur qu'il meure de froid dehors"),
      quiet('je ne souhaite à personne un cancer pareil'),
      quiet("dommage qu'il soit mort si jeune"),
      quiet("dommage qu'il ait raté son train"),
      quiet("j'espère qu'elle ne souffre pas trop"),
      quiet("j'espère que ça brûle bien le barbecue"),
      quiet("j'espère qu'il se suicide pas, il allait mal"),
      quiet('je lui souhaite un prompt rétablissement'),
      quiet('un accident est vite arrivé, roulez prudemment'),
    ],
  },
  {
    name: 'groups defended, news and sport',
    cases: [
      quiet('les femmes ne sont pas moins capables que les hommes'),
      quiet('les migrants ne sont pas des criminels'),
      quiet('les réfugiés ne sont pas bien accueillis à Calais'),
      quiet('les Algériens ne méritent pas leur place en finale, le match était nul'),
      quiet('les Marocains ne sont pas des voleurs, arrêtez les préjugés'),
      quiet("je ne voterai pas pour ce candidat, mais pas parce qu'il est homo"),
      quiet('je ne laisserai jamais ma fille sortir seule le soir'),
      quiet('je refuse que les migrants dorment dehors'),
      quiet("les migrants n'entreront pas dans l'UE sans visa"),
      quiet('on ne devrait pas les laisser mourir en mer, les migrants'),
      quiet('les sourds ne sont pas moins intelligents'),
    ],
  },
  {
    name: 'everyday talk near the contempt patterns',
    cases: [
      quiet('je retourne jouer à Fortnite'),
      quiet('il retourne jouer en Ligue 1'),
      quiet("j'ai perdu des neurones en révisant mes maths"),
      quiet('ton avis compte beaucoup pour nous'),
      quiet("ta vie n'est pas un échec, courage"),
      quiet("t'as vraiment pas de tête, t'as encore oublié tes clés"),
      quiet('il est ridicule ce prix pour un kebab'),
      quiet('il est lamentable que la mairie ne fasse rien'),
      quiet("souhaiter la mort de quelqu'un, c'est grave"),
      quiet("on m'a écrit « qu'il crève » sous ma photo, j'ai porté plainte"),
    ],
  },
]
