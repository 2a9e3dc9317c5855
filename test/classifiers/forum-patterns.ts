/**
 * Cases for the forum-hostility patterns (classifiers/lexicon/forum-hostility.ts):
 * wishes of harm, negated praise and refusals aimed at a group, contempt for a
 * person without insult words, and the look-alikes that must stay quiet; and
 * those of classifiers/lexicon/implicit-hate.ts (stereotype frames, refusal and
 * esteem denied to a group, sexist relegation, harm cheered, arson, contempt for
 * a person's existence), with theirs.
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
  {
    name: 'stereotype frames and refusal of a group (implicit round)',
    cases: [
      fire('les Kosovars ont la magouille dans le sang'),
      fire("Les Libanais, l'arnaque c'est dans leurs gènes"),
      fire("Encore un Malgache pris la main dans le sac, chez eux c'est génétique"),
      fire('Un Égyptien banquier ? Ça explique tout'),
      fire('quand je croise des Roms je serre mon sac, réflexe'),
      fire('les vies des Comoriens ne comptent pas pour moi'),
      fire('je ne confierai jamais mes enfants à une nounou maghrébine'),
      fire('jamais je loue mon appart à un Sénégalais'),
      fire("on n'embauche pas de Noirs ici, c'est la règle de la maison"),
      fire('je sers tout le monde sauf les Roms'),
      fire('pas de Gitans dans mon restaurant'),
    ],
  },
  {
    name: 'esteem denied to a group, sexist relegation (implicit round)',
    cases: [
      fire("j'ai zéro respect pour les Tchétchènes"),
      fire("je n'ai pas la moindre considération pour les migrants"),
      fire('les Burkinabés ne méritent aucune considération'),
      fire("aucun musulman ne mérite d'être respecté"),
      fire('je n\'apprécierai jamais les Bangladais, jamais'),
      fire('les Yéménites ne sont pas des gens avec qui on peut vivre'),
      fire('retourne à tes fourneaux et laisse parler les hommes'),
      fire("qu'elles retournent faire la vaisselle au lieu de voter"),
      fire('leur place est à la cuisine, pas au parlement, les bonnes femmes'),
      fire('promotion canapé, tout le monde a compris comment elle a eu son poste'),
    ],
  },
  {
    name: 'harm cheered, arson called for, contempt for a person\'s existence (implicit round)',
    cases: [
      fire('si son avion se crashe un jour, bon débarras, personne ne le regrettera'),
      fire('le jour où il se fera lyncher par la foule, je paierai ma tournée'),
      fire("j'espère que sa baraque va cramer avec lui dedans"),
      fire("qu'un camion lui roule dessus à ce guignol"),
      fire('faudrait foutre le feu à leur mosquée'),
      fire('tes parents auraient dû adopter un chat'),
      fire("t'as la personnalité d'une moule avariée"),
      fire('a quoi tu sers sur terre franchement'),
      fire('tout le serveur attend que tu te casses, personne ne te regrettera'),
    ],
  },
  {
    name: 'child\'s place, air and face denied, harm hoped, skills denied to women (implicit round, second pass)',
    cases: [
      fire("retourne jouer avec tes playmobils, le forum c'est pour les grands"),
      fire("va finir ton petit suisse et laisse les adultes parler"),
      fire("faudrait te faire payer l'oxygène que tu gâches ici"),
      fire("quelle tristesse ta vie, t'as que ce forum pour exister"),
      fire("un visage pareil ça devrait être interdit, cachez moi ça"),
      fire("si son scooter pouvait finir sous un bus, on serait tranquilles"),
      fire("j'espère vraiment qu'il tombera du toit et ne s'en remettra jamais"),
      fire("une femme pompier ? elles savent même pas tenir un volant"),
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
  {
    name: 'look-alikes of the implicit-round patterns: refuted, quoted, reported, worried, not a group',
    cases: [
      quiet("les Kosovars n'ont pas la magouille dans le sang, arrête"),
      quiet("dire que les Libanais ont l'arnaque dans le sang, c'est du racisme"),
      quiet('mon chien a la gourmandise dans le sang'),
      quiet("le foot, les Brésiliens l'ont dans le sang"),
      quiet("un Égyptien banquier ? il vient d'être nommé à la BCE, bravo à lui"),
      quiet("je serre mon sac dans le métro, il y a beaucoup de pickpockets"),
      quiet("je ne confierai jamais mes enfants à quelqu'un que je ne connais pas"),
      quiet("mon proprio refuse de louer aux Sénégalais, j'ai porté plainte"),
      quiet('je sers tout le monde sauf les clients ivres'),
      quiet("je n'apprécie pas les remarques sur les musulmans"),
      quiet("j'ai beaucoup de respect pour les Tchétchènes que j'ai rencontrés"),
      quiet('je ne respecte pas ceux qui crachent sur les migrants'),
      quiet('les Russes ne respectent pas le cessez-le-feu'),
      quiet('je retourne à mes fourneaux, la sauce va attacher'),
      quiet("on m'a dit « retourne à la vaisselle » en réunion, j'ai signalé"),
      quiet("j'espère que son avion ne se crashe pas, il y a de l'orage"),
      quiet("un avion s'est crashé au décollage, aucun survivant"),
      quiet('un homme lynché par la foule à Mayotte, le parquet a ouvert une enquête'),
      quiet("j'espère que personne ne se fera agresser ce soir"),
      quiet("qu'on mette le feu à la piste ce soir, c'est la fête"),
      quiet('tes parents auraient dû te prévenir pour la soirée'),
      quiet("je n'apprécie pas cette femme, elle ment tout le temps"),
    ],
  },
  {
    name: 'look-alikes of the second pass: parents to children, kind words about a life, recovery wished, refuted cliché',
    cases: [
      quiet("retourne jouer avec tes cousins, ils t'attendent dans le jardin"),
      quiet('retourne jouer dehors avec ta sœur, il fait beau'),
      quiet('tu retournes au bled quand ? ramène des dattes stp'),
      quiet("va finir ton goûter mon chéri, on part dans dix minutes"),
      quiet("ta vie doit être bien remplie avec trois enfants et un boulot"),
      quiet("j'espère vraiment qu'il se remettra vite de sa chute"),
      quiet("ma grand-mère ne sait pas conduire, c'est mon grand-père qui l'emmène partout"),
      quiet("dire qu'elles savent pas se garer, c'est un cliché de beauf"),
    ],
  },
]
