/**
 * A blind set for « hate expressed through a negated positive statement » (issue 11, HateCheck's
 * negation functionality): written from the functionality's name alone, before the patterns that
 * round widened, the way a test-suite author fills a template with an identity slot (women, trans
 * people, gay people, Black people, disabled people, Muslims, immigrants and refugees; plural and
 * singular, « ceux qui sont … »). Hostile side: worth, intelligence, trust, rights, belonging,
 * love, respect, ability, humanity, beauty and morals denied to a group with « ne … pas / jamais /
 * plus / guère », « aucun », « rien », « personne », as statements, questions and exclamations.
 * Quiet side: negated hate, praise, counter-speech that denies or quotes the same statements,
 * reported sayings, negated praise of groups that are not protected (politicians, bankers) or of
 * things (Mondays), and negated statements about a group that praise or defend it.
 * teen-cases.test.ts runs it as a blind set and checks it shares no text with the training examples.
 */
import { fire, quiet } from './teen-cases.js'
import type { CaseGroup } from './teen-cases.js'

/** Hate said by denying a group something good, by what is denied. */
export const NEGPOS_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'worth',
    cases: [
      fire('Les femmes ne valent rien.'),
      fire('Les musulmans ne valent vraiment rien.'),
      fire('Un immigré ne vaut rien du tout.'),
      fire('Les vies des personnes handicapées ne valent rien.'),
      fire('Les Noirs ne comptent pas.'),
      fire('Les réfugiés ne comptent pour rien à mes yeux.'),
      fire('Les personnes trans n\'ont aucune valeur.'),
      fire('Une femme ne vaut pas un homme, c\'est tout.'),
      fire('Les immigrés n\'apportent rien de bon à ce pays.'),
      fire('Ceux qui sont handicapés ne servent à rien.'),
    ],
  },
  {
    name: 'intelligence and ability',
    cases: [
      fire('Les femmes ne sont pas intelligentes.'),
      fire('Les Noirs ne sont franchement pas très malins.'),
      fire('Une femme ne peut pas être aussi intelligente qu\'un homme.'),
      fire('Les personnes handicapées ne sont pas capables de penser par elles-mêmes.'),
      fire('Les femmes ne savent rien faire correctement.'),
      fire('Un immigré ne sera jamais capable de bien travailler.'),
      fire('Une femme ne sera jamais une bonne cheffe.'),
      fire('Les femmes ne sont guère capables de réfléchir.'),
      fire('Les gays ne sont vraiment bons à rien !'),
      fire('Les musulmans ne sont pas assez intelligents pour comprendre la démocratie.'),
    ],
  },
  {
    name: 'trust and morals',
    cases: [
      fire('On ne peut pas faire confiance aux musulmans.'),
      fire('Les immigrés ne sont pas dignes de confiance.'),
      fire('Je ne ferai jamais confiance à une femme.'),
      fire('Les personnes trans ne sont pas fiables du tout.'),
      fire('Ne faites jamais confiance à un Noir.'),
      fire('Les gays ne sont pas des gens bien.'),
      fire('Les immigrés ne sont pas des gens honnêtes.'),
      fire('Aucun musulman n\'a de morale.'),
      fire('Il n\'y a pas un seul Noir honnête.'),
      fire('Franchement, les réfugiés ne sont pas du tout fiables !'),
    ],
  },
  {
    name: 'rights',
    cases: [
      fire('Les femmes ne devraient pas avoir le droit de voter.'),
      fire('Les gays ne devraient pas avoir le droit de se marier.'),
      fire('Les immigrés ne méritent aucun droit.'),
      fire('Les personnes trans ne devraient avoir aucun droit.'),
      fire('Les réfugiés n\'ont droit à rien.'),
      fire('Les handicapés ne devraient plus toucher d\'aides.'),
      fire('Les Noirs ne devraient jamais pouvoir voter.'),
    ],
  },
  {
    name: 'belonging and welcome',
    cases: [
      fire('Les musulmans n\'ont rien à faire chez nous.'),
      fire('Les immigrés ne seront jamais d\'ici.'),
      fire('Les Noirs ne sont pas chez eux en France.'),
      fire('Je ne veux pas de réfugiés près de chez moi.'),
      fire('Je ne veux pas d\'un gay comme voisin.'),
      fire('Je ne veux aucun musulman dans mon quartier.'),
      fire('Je ne veux pas d\'immigrés près de chez moi.'),
      fire('Les immigrés ne sont plus les bienvenus ici.'),
      fire('Les musulmans ne seront plus jamais les bienvenus en France.'),
      fire('Personne ne veut de réfugiés ici.'),
    ],
  },
  {
    name: 'love and respect',
    cases: [
      fire('Je n\'aimerai jamais les musulmans.'),
      fire('Je n\'aime pas les Noirs, c\'est tout.'),
      fire('Les gays, je ne les aime pas du tout.'),
      fire('Personne n\'aime les immigrés.'),
      fire('Personne ne pourra jamais aimer un handicapé.'),
      fire('Je ne respecte pas les femmes.'),
      fire('Les trans ne méritent pas le respect.'),
      fire('Je n\'ai aucun respect pour les handicapés.'),
      fire('Je n\'ai jamais respecté un musulman de ma vie.'),
      fire('Je ne supporte pas les gays.'),
      fire('Je ne tolère pas les musulmans.'),
      fire('Je n\'accepterai jamais les personnes trans.'),
      fire('Personne ne respecte les trans, et c\'est normal.'),
    ],
  },
  {
    name: 'humanity',
    cases: [
      fire('Les immigrés ne sont pas des êtres humains.'),
      fire('Les Noirs ne sont pas vraiment humains.'),
      fire('Une personne trans n\'est pas une vraie personne.'),
      fire('Les musulmans ne sont pas des gens comme nous.'),
      fire('Les handicapés ne sont même pas des personnes.'),
      fire('Les Noirs ne méritent pas de vivre.'),
      fire('Les personnes trans ne méritent pas d\'exister.'),
    ],
  },
  {
    name: 'beauty',
    cases: [
      fire('Aucune femme noire n\'est belle.'),
      fire('Les personnes trans ne sont jamais belles.'),
      fire('Il n\'y a rien de beau chez les musulmanes.'),
    ],
  },
  {
    name: 'templated sentences',
    cases: [
      fire('Je ne pourrais jamais vivre à côté d\'un musulman.'),
      fire('Je ne pourrais jamais travailler avec une personne trans.'),
      fire('Je n\'ai jamais rencontré un immigré qui soit honnête.'),
      fire('Je n\'ai jamais rencontré une femme qui sache conduire.'),
      fire('Les femmes ne sont pas des gens bien.'),
      fire('Aucun réfugié n\'a jamais rien fait de bien.'),
      fire('Aucun handicapé n\'a jamais rien apporté à personne.'),
      fire('Il n\'y a rien de bon chez les gays.'),
      fire('Il n\'y a rien de bien chez les Noirs.'),
      fire('Les musulmans ne valent rien.'),
      fire('Les femmes ne comptent pas.'),
      fire('Ceux qui sont musulmans ne sont pas des gens fréquentables.'),
      fire('Ceux qui sont gays ne méritent pas d\'être aimés.'),
      fire('Rien de bon ne vient des immigrés.'),
    ],
  },
  {
    name: 'questions and exclamations',
    cases: [
      fire('Les immigrés, des gens bien ? Jamais !'),
      fire('Un musulman digne de confiance ? Ça n\'existe pas.'),
      fire('Respecter les femmes ? Certainement pas !'),
      fire('Pourquoi les Noirs ne sont-ils jamais capables de rien ?'),
      fire('Les handicapés ne servent vraiment à rien !'),
      fire('Les femmes ne devraient jamais diriger quoi que ce soit !'),
    ],
  },
]

/** Look-alikes that must stay quiet, by kind. */
export const NEGPOS_QUIET: readonly CaseGroup[] = [
  {
    name: 'negated hate',
    cases: [
      quiet('Je ne déteste pas les femmes.'),
      quiet('Je ne hais pas les musulmans.'),
      quiet('Les immigrés ne sont pas des parasites.'),
      quiet('Les gays ne sont pas des malades.'),
      quiet('Je n\'ai rien contre les Noirs.'),
      quiet('Les personnes trans ne sont pas dangereuses.'),
      quiet('Les handicapés ne sont pas un fardeau.'),
      quiet('Les réfugiés ne sont pas des criminels.'),
      quiet('Je ne méprise pas les personnes handicapées.'),
      quiet('Aucun musulman n\'est un terroriste par nature.'),
      quiet('Les femmes ne sont pas inférieures, point.'),
      quiet('Les Noirs ne sont pas moins intelligents que les autres.'),
    ],
  },
  {
    name: 'positive statements',
    cases: [
      quiet('Les femmes sont intelligentes.'),
      quiet('Les immigrés sont les bienvenus ici.'),
      quiet('J\'adore mes voisins musulmans.'),
      quiet('Les personnes trans méritent le respect.'),
      quiet('Les handicapés comptent autant que tout le monde.'),
      quiet('Les Noirs sont des gens bien.'),
      quiet('Je respecte les gays.'),
      quiet('Les réfugiés ont le droit d\'être protégés.'),
      quiet('Ceux qui sont musulmans sont des citoyens comme les autres.'),
      quiet('Une femme peut tout à fait diriger un pays.'),
      quiet('Les vies des migrants comptent.'),
    ],
  },
  {
    name: 'praise or defence said through a negation',
    cases: [
      quiet('Les femmes ne sont pas moins capables que les hommes.'),
      quiet('Il n\'y a rien de mal à être gay.'),
      quiet('Aucune femme ne mérite d\'être frappée, jamais.'),
      quiet('Personne ne mérite d\'être harcelé parce qu\'il est trans.'),
      quiet('Les handicapés ne sont pas inutiles.'),
      quiet('Les immigrés ne sont jamais de trop.'),
      quiet('Je ne pourrais jamais rejeter quelqu\'un parce qu\'il est noir.'),
      quiet('Je ne veux pas que les musulmans se sentent rejetés.'),
      quiet('Les femmes ne sont pas toutes pareilles.'),
      quiet('Les musulmans ne mangent pas de porc.'),
      quiet('Les personnes handicapées ne sont pas assez aidées par l\'État.'),
      quiet('Les réfugiés n\'ont pas toujours accès aux soins.'),
      quiet('Les gays ne sont pas assez représentés à la télé.'),
      quiet('Une femme n\'a pas à se justifier de ses choix.'),
      quiet('Je n\'avais jamais rencontré de personne trans avant la fac, et elle est devenue ma meilleure amie.'),
      quiet('Les Noirs ne sont pas assez nombreux dans les conseils d\'administration.'),
      quiet('Les trans ne devraient pas avoir à se cacher.'),
      quiet('Aucun réfugié ne devrait dormir dehors.'),
      quiet('Les handicapés ne devraient jamais être laissés seuls face à l\'administration.'),
      quiet('Je ne pourrais jamais vivre sans mes amis musulmans.'),
    ],
  },
  {
    name: 'counter-speech',
    cases: [
      quiet('Ce n\'est pas vrai que les femmes ne sont pas intelligentes.'),
      quiet('C\'est faux de dire que les immigrés ne valent rien.'),
      quiet('Arrêtez de dire que les Noirs ne sont pas fiables.'),
      quiet('Dire que les gays ne méritent pas le respect, c\'est de l\'homophobie.'),
      quiet('Ceux qui pensent que les handicapés ne servent à rien se trompent.'),
      quiet('Qui peut encore croire que les musulmans ne sont pas dignes de confiance ?'),
      quiet('Il faut arrêter de penser que les réfugiés n\'ont rien à faire ici.'),
      quiet('« Les femmes ne valent rien » : voilà le genre de phrase qu\'on doit combattre.'),
      quiet('Je refuse qu\'on dise que les Noirs ne comptent pas.'),
      quiet('Prétendre qu\'une femme ne peut pas diriger, c\'est du sexisme.'),
    ],
  },
  {
    name: 'reported or quoted',
    cases: [
      quiet('Il m\'a dit que les immigrés ne valaient rien, je suis parti.'),
      quiet('Mon voisin répète que les musulmans ne sont pas dignes de confiance, ça me dégoûte.'),
      quiet('Sur ce forum quelqu\'un a écrit « les trans ne méritent pas de vivre », c\'est signalé.'),
      quiet('Le tweet disait « je ne respecte pas les femmes », il a été supprimé.'),
      quiet('J\'ai entendu un type dire que les gays ne sont pas des gens bien, j\'étais choqué.'),
      quiet('Elle raconte qu\'on lui a dit « une femme ne vaut rien » au travail.'),
      quiet('La phrase « les Noirs ne comptent pas » a choqué tout le monde.'),
    ],
  },
  {
    name: 'negated praise of what is not a protected group',
    cases: [
      quiet('Les lundis ne sont pas géniaux.'),
      quiet('Les politiciens ne sont pas fiables.'),
      quiet('Les banquiers ne sont pas dignes de confiance.'),
      quiet('Les avocats ne sont pas des gens bien, c\'est bien connu.'),
      quiet('Les pigeons ne valent rien comme animaux de compagnie.'),
      quiet('Ce film ne vaut rien.'),
      quiet('Les frites de la cantine ne sont pas bonnes.'),
      quiet('Les Parisiens ne sont pas très accueillants.'),
      quiet('Les supporters de l\'OM ne sont pas des gens bien.'),
      quiet('Les trottinettes électriques n\'ont rien à faire sur les trottoirs.'),
      quiet('Je ne veux pas de pigeons sur mon balcon.'),
      quiet('Les moustiques ne méritent pas de vivre.'),
      quiet('Les ministres ne méritent aucun respect.'),
      quiet('Les fraudeurs fiscaux ne méritent aucune pitié.'),
      quiet('Je ne ferai jamais confiance à un vendeur de voitures.'),
      quiet('Il n\'y a rien de bon dans ce fast-food.'),
      quiet('Aucun chauffard n\'a jamais rien fait de bien.'),
      quiet('Les spammeurs ne valent rien.'),
      quiet('Les réunions du lundi ne servent à rien.'),
      quiet('Les hivers ici ne sont jamais beaux.'),
      quiet('Je n\'ai jamais rencontré un plombier qui soit ponctuel.'),
      quiet('Les influenceurs ne servent à rien.'),
      quiet('Je ne pourrais jamais vivre à côté d\'une autoroute.'),
      quiet('Les ordinateurs de l\'école ne sont pas fiables.'),
    ],
  },
]

/**
 * Must-not-fire cases that fire: known failures, reported by the test as such rather than
 * weakened or dropped (the test also says when one of them stops firing).
 */
export const NEGPOS_KNOWN_LOUD: readonly string[] = []
