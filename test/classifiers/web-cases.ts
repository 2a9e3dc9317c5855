/**
 * Cases for the web-comment patterns (classifiers/lexicon/web-talk.ts): abuse in the written,
 * sometimes translated register of comment threads and talk pages, and the look-alikes that must
 * stay quiet (heated but civil disputes, profanity aimed at no one, news, quoted and negated abuse).
 * Written for these tests only: none of them is a training example (checked with every own case
 * in teen-cases.test.ts).
 */
import type { CaseGroup } from './teen-cases.js'
import { fire, quiet } from './teen-cases.js'

/** Web-comment abuse that must fire, by family. */
export const WEB_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'insults said as a predicate or with « putain de »',
    cases: [
      fire('Ce contributeur est un enfoiré de première'),
      fire('Franchement, vous êtes tous des abrutis dans cette équipe'),
      fire("L'auteur de ce billet est une vraie raclure"),
      fire("Tu n'es qu'un putain d'imbécile"),
      fire('Encore une correction de ce putain de crétin'),
      fire('Ferme ta putain de bouche, on ne t\'a rien demandé'),
      fire('Un raté comme toi ne mérite pas de parler ici'),
      fire('Bande de connards, rendez-moi mon compte'),
      fire('Tu es une nuisance pour tout le forum'),
      fire("Cet admin est une vraie ordure, il a encore verrouillé le sujet"),
    ],
  },
  {
    name: 'directed profanity',
    cases: [
      fire('Ta politique de modération, tu peux te la mettre où je pense'),
      fire('Vas te faire foutre toi et ton avertissement'),
      fire('Va te foutre ailleurs avec tes leçons'),
      fire('Mets-toi ton règlement dans le cul'),
    ],
  },
  {
    name: 'written threats and death wishes',
    cases: [
      fire('Meurs donc, personne ne te regrettera'),
      fire("J'espère que tu crèveras seul dans ton coin"),
      fire('Pourquoi tu ne crèves pas, tout simplement ?'),
      fire('Je vais te traquer jusqu\'à ce que tu quittes ce site'),
      fire('Les gens comme elle mériteraient d\'être pendus'),
      fire('Pourris en enfer avec tes amis modérateurs'),
      fire('Je connais ton pseudo, je vais découvrir où tu vis'),
    ],
  },
  {
    name: 'crude sexual taunts and slurs with « putain de »',
    cases: [
      fire('Va sucer des bites au lieu de supprimer mes messages'),
      fire('Lèche mes couilles, petit admin'),
      fire('Dégage de cette page, putain de Polonais'),
      fire('Encore un putain de gitan qui vient donner des leçons'),
    ],
  },
]

/** Look-alikes that must stay quiet. */
export const WEB_QUIET: readonly CaseGroup[] = [
  {
    name: 'heated but civil, profanity aimed at no one, news, quoted and negated abuse',
    cases: [
      quiet('Votre modification est mal sourcée, je la retire en attendant une référence'),
      quiet('Je conteste fermement cette suppression, le sujet est notable'),
      quiet('Putain de bouchons, je vais encore arriver en retard'),
      quiet('Cette mise à jour est une catastrophe, tout a planté'),
      quiet('Il a été condamné pour avoir menacé de mort son ancien associé'),
      quiet('Les soldats ont été fusillés en 1917 pour désertion, rappelle l\'historien'),
      quiet('Il ne faut jamais écrire « va te faire foutre » à un autre contributeur'),
      quiet("Ce n'est pas un abruti, il débute simplement"),
      quiet('Mon oncle est un passionné de trains miniatures'),
      quiet('mon chat est agressif, il faut le faire castrer'),
      quiet("le vieux chêne est malade, il faut l'abattre avant l'hiver"),
      quiet('ces frelons, faut les exterminer avant qu\'ils piquent les petits'),
      quiet('les nuisibles doivent être exterminés selon le syndic'),
      quiet('le Joker est un vrai psychopathe, meilleur méchant de la saga'),
      quiet("le fruit du chêne est un gland, on l'apprend en CE1"),
      quiet("je t'emmerde encore avec mes questions, désolé"),
      quiet('ta fin est proche, plus que deux chapitres du roman'),
      quiet("putain de chinois, je comprends rien à cette langue, vivement l'exam"),
      quiet("putain d'anglais, j'ai encore raté le contrôle"),
      quiet('Le film parle d\'un tueur qui traque ses victimes dans la neige'),
      quiet('Quel idiot je suis, j\'ai oublié mon mot de passe'),
      quiet('Les Polonais ont remporté le match hier soir'),
    ],
  },
]
