/**
 * Blind probes for hate said as a negated positive claim about a protected group, judged by the
 * predicate's polarity (issue 11, HateCheck's « negated positive statement » and its mirror
 * « negation of a negative statement »). Written before the rule of round `negclaim` and never looked
 * at case by case while it was written: only their counts are read, before and after.
 * Hostile side: a group (plural, generic singular « un réfugié », « une femme ») denied a quality,
 * an ability, trust, belonging, a role or a right, with je / on / les X / un X as subject, in forum
 * and teen spelling. Quiet side: counter-speech and reports of the same claims, questions that
 * refute, negated negative claims (« ne sont pas des criminels »), praise through negation and
 * comparatives (« pas moins capables »), negated praise of groups that are not protected (Mondays,
 * politicians, referees), a protected group as the subject of an ordinary negated statement (news,
 * debate, facts), and one person rather than a group.
 * teen-cases.test.ts runs it as a blind set and checks it shares no text with the training examples.
 */
import { fire, quiet } from './teen-cases.js'
import type { CaseGroup } from './teen-cases.js'

export const NEGCLAIM_PROBES_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'claims',
    cases: [
      fire('Les femmes ne sont pas capables de diriger une entreprise.'),
      fire('Un Arabe ne sera jamais vraiment français.'),
      fire('On peut pas faire confiance a un juif.'),
      fire('Je louerai jamais mon appart a des Roms.'),
      fire('Les musulmans ne sont pas des gens fréquentables.'),
      fire('Les noirs sont pas intelligents, c\'est tout.'),
      fire('Une lesbienne ne fera jamais une bonne mère.'),
      fire('Les migrants n\'ont pas leur place dans ce pays, point.'),
      fire('jserrerai jamais la main a un gay'),
      fire('Les handicapés ne sont pas des êtres humains complets.'),
      fire('Un trans ne sera jamais une vraie femme.'),
      fire('Les Roms ne sont pas dignes de vivre parmi nous.'),
      fire('On ne devrait jamais embaucher un musulman.'),
      fire('Les juifs ne sont pas honnêtes en affaires.'),
      fire('Les réfugiés ne méritent pas notre aide.'),
      fire('les renois c pas des gens fiables'),
      fire('Une femme ne devrait pas avoir le droit de voter.'),
      fire('Les homosexuels ne sont pas normaux.'),
      fire('Un handicapé ne peut pas être un bon prof.'),
      fire('Jamais je laisserai ma fille épouser un Arabe.'),
      fire('Les immigrés ne respecteront jamais nos valeurs.'),
      fire('Les Noires ne sont pas belles, désolé.'),
      fire('Les Asiatiques ne savent pas conduire.'),
      fire('On ne peut pas compter sur les femmes au travail.'),
      fire('Les musulmanes ne sont pas faites pour travailler avec des hommes.'),
      fire('Les Gitans ne sont pas des gens honnêtes.'),
      fire('Un juif ne sera jamais un vrai ami.'),
      fire('Les gays ne sont pas faits pour élever des enfants.'),
      fire('tkt les migrants sont pas des humains comme nous'),
      fire('Les femmes ne sont pas aussi intelligentes que les hommes.'),
      fire('Les réfugiés ne seront jamais les bienvenus dans mon village.'),
      fire('Je ne voterai jamais pour une femme, elles ne sont pas faites pour ça.'),
      fire('Les personnes handicapées n\'ont rien à faire dans une école normale.'),
      fire('Aucun Noir ne mérite d\'être médecin.'),
      fire('Les trans ne méritent pas d\'être soignés.'),
      fire('Les Maghrébins ne sont pas civilisés.'),
      fire('Les migrants ne sont pas des gens propres, je les accueillerai jamais chez moi.'),
      fire('Les femmes savent pas réfléchir, c\'est connu.'),
      fire('mdr les musulmans c pas des gens bien'),
      fire('Un immigré n\'aura jamais sa place dans notre pays.'),
    ],
  },
]

export const NEGCLAIM_PROBES_QUIET: readonly CaseGroup[] = [
  {
    name: 'counter-speech and reports',
    cases: [
      quiet('Dire que les femmes ne sont pas capables, c\'est sexiste.'),
      quiet('Mon oncle répète que les Arabes ne seront jamais français, ça me dégoûte.'),
      quiet('Arrête de dire que les Noirs ne sont pas intelligents, c\'est raciste.'),
      quiet('Qui a dit que les handicapés ne pouvaient pas être de bons profs ?'),
      quiet('Les gays ne seraient pas de bons parents ? Toutes les études disent le contraire.'),
      quiet('Le prof nous a expliqué pourquoi « les juifs ne sont pas honnêtes » est un vieux cliché antisémite.'),
      quiet('C\'est faux de croire que les migrants ne respectent pas nos valeurs.'),
    ],
  },
  {
    name: 'negated negative claims',
    cases: [
      quiet('Les réfugiés ne sont pas des criminels.'),
      quiet('Les musulmans ne sont pas dangereux.'),
      quiet('Une femme n\'est pas inférieure à un homme.'),
      quiet('Les Noirs ne sont pas moins intelligents que les autres.'),
      quiet('Les immigrés ne volent pas nos emplois.'),
      quiet('Les Roms ne sont pas tous des voleurs.'),
      quiet('Un trans n\'est pas un malade.'),
      quiet('Les juifs ne contrôlent pas les banques.'),
      quiet('les homos sont pas contagieux hein'),
    ],
  },
  {
    name: 'praise through negation',
    cases: [
      quiet('Aucune femme n\'est moins capable qu\'un homme.'),
      quiet('Les femmes ne sont pas moins douées que les hommes en maths.'),
      quiet('Un handicapé n\'est pas moins digne de respect qu\'un autre.'),
      quiet('Les migrants ne sont pas moins humains que nous.'),
    ],
  },
  {
    name: 'groups that are not protected',
    cases: [
      quiet('Les lundis ne sont pas faits pour bosser.'),
      quiet('Les politiciens ne sont pas fiables.'),
      quiet('Les profs de maths ne sont jamais contents.'),
      quiet('On ne peut pas faire confiance à la météo.'),
      quiet('Mon chien ne sera jamais un bon gardien.'),
      quiet('Les banques ne sont pas honnêtes avec leurs clients.'),
      quiet('Les patrons ne méritent pas leurs salaires.'),
      quiet('Je ne louerai jamais à un fumeur.'),
      quiet('Les arbitres ne sont pas capables de voir un hors-jeu.'),
      quiet('Les supporters du PSG ne sont pas des gens fréquentables lol'),
      quiet('Les chaussures de cette marque ne sont pas faites pour courir.'),
    ],
  },
  {
    name: 'ordinary statements, news and one person',
    cases: [
      quiet('Ma sœur ne sera jamais présidente, elle déteste la politique.'),
      quiet('Je ne serrerai jamais la main de ce prof, il m\'a humiliée.'),
      quiet('Les femmes ne sont pas assez représentées au Parlement.'),
      quiet('Les réfugiés ne sont pas assez aidés par l\'État.'),
      quiet('Les personnes handicapées ne peuvent pas toujours accéder aux transports, c\'est un scandale.'),
      quiet('Le rapport montre que les immigrés ne sont pas mieux payés qu\'avant.'),
      quiet('Les musulmans ne sont pas d\'accord entre eux sur la date de l\'Aïd.'),
      quiet('Selon le sondage, les femmes ne font pas confiance aux partis traditionnels.'),
      quiet('Les juifs ne mangent pas de porc.'),
    ],
  },
]

/** Must-not-fire probes that main's classifier already marked when they were written (filled from the first run); both were quiet again by round ten. */
export const NEGCLAIM_PROBES_KNOWN_LOUD: readonly string[] = []
