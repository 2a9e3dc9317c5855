/**
 * Blind probes for round ten's own-case misses (issue 11, « owncases2 »): new cases in the spirit of
 * the own cases still missed, written before any rule of that round and never looked at case by case
 * while the rules were written: only their counts are read, before and after. Groups follow the
 * causes the misses were sorted into: context cues misread inside or around the abuse (a cue word that
 * is part of the hostile phrase, a past participle « arrêté » read as an order to stop, a report noun
 * that is the speaker's proof, « ton message me prouve que … »); « mdr » laughing at someone rather
 * than with them; an insult closing a post about a person (« …, quel boulet »); mock surprise at a
 * group (« on aura tout vu »); contempt through imagery; wishes of harm without « mort »; group
 * contempt stated as an opinion. Quiet: the look-alikes of each — a friend's « mdr t'es con », a
 * report quoting abuse, news of an arrest, sarcasm about a thing, not a person, a wish that a thing be
 * mended, care for a group.
 * teen-cases.test.ts runs it as a blind set and checks it shares no text with the training examples.
 */
import { fire, quiet } from './teen-cases.js'
import type { CaseGroup } from './teen-cases.js'

export const OWNCASES2_PROBES_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'abuse around misread cues',
    cases: [
      fire('Ton dernier post me prouve que t\'es vraiment une grosse conne.'),
      fire('Chaque vidéo que tu postes me confirme que ta mère aurait dû te laisser à la maternité.'),
      fire('Deux Roumains arrêtés pour vol à la tire dans le métro, quelle surprise.'),
      fire('Encore un Tunisien arrêté pour trafic, c\'est dans leur sang.'),
      fire('Tes parents auraient mieux fait de s\'arrêter à ta sœur, franchement.'),
    ],
  },
  {
    name: 'laughing at someone',
    cases: [
      fire('mdr t\'es tellement moche que même ton miroir fait une dépression'),
      fire('t\'es éclaté au sol mdr personne veut de toi dans le groupe'),
      fire('Les Gitans c\'est tous des voleurs mdr'),
      fire('mdrr regardez sa tête de cheval, une vraie cassos'),
    ],
  },
  {
    name: 'an insult closing a post about someone',
    cases: [
      fire('Il sait même pas écrire son prénom et il veut être délégué, quel boulet.'),
      fire('Kevin a encore raté le penalty et il accuse le gardien, quel abruti celui-là.'),
      fire('La meuf se filme en train de pleurer pour des likes, quelle pauvre fille.'),
    ],
  },
  {
    name: 'mock surprise at a group',
    cases: [
      fire('Un Arabe qui se lève avant midi ? On aura tout vu.'),
      fire('Une femme qui sait faire un créneau, on aura tout vu.'),
      fire('Un Rom qui paye son ticket de bus, ça étonne qui ? Personne, ça n\'arrive jamais.'),
    ],
  },
  {
    name: 'contempt through imagery',
    cases: [
      fire('Ta tête on dirait un pneu crevé, épargne-nous tes selfies.'),
      fire('Avec ton QI de bulot tu viens nous faire la leçon ? Retourne jouer.'),
      fire('Cette meuf c\'est un paillasson, tout le lycée lui est passé dessus.'),
      fire('T\'as le charisme d\'une serpillière mouillée, personne t\'écoute ici.'),
    ],
  },
  {
    name: 'harm wished without « mort »',
    cases: [
      fire('Si quelqu\'un pouvait crever les pneus de ce prof pendant qu\'il roule sur l\'autoroute, je paierais.'),
      fire('J\'espère qu\'un jour quelqu\'un lui cassera les deux jambes, à ce mec.'),
      fire('Que sa maison brûle avec lui dedans, c\'est tout ce que je souhaite.'),
    ],
  },
  {
    name: 'group contempt as an opinion',
    cases: [
      fire('Une femme chef de chantier, ça finit toujours en pleurs dans le bureau.'),
      fire('Les trisomiques en entreprise c\'est de la charité déguisée, ils servent à rien.'),
      fire('Depuis que les Maliens sont arrivés dans l\'immeuble, c\'est devenu un taudis.'),
    ],
  },
]

export const OWNCASES2_PROBES_QUIET: readonly CaseGroup[] = [
  {
    name: 'reports, news and orders to stop',
    cases: [
      quiet('Son message disait que mes parents auraient dû s\'arrêter avant moi, je l\'ai signalé à la prof.'),
      quiet('Elle a reçu des commentaires genre t\'es une grosse conne, on a prévenu le CPE.'),
      quiet('Un homme arrêté pour cambriolage à Lyon, la police cherche des témoins.'),
      quiet('Arrête de dire que les Roms volent, c\'est juste raciste.'),
      quiet('Ton message me prouve que t\'as vraiment bossé le sujet, bravo.'),
      quiet('Mes parents auraient dû s\'arrêter à la station-service, on est en panne.'),
    ],
  },
  {
    name: 'banter among friends',
    cases: [
      quiet('mdr t\'es con j\'te jure 😂'),
      quiet('t\'es trop bête mdr je t\'adore'),
      quiet('mdrr jsuis éclaté au sol ce matin, j\'ai dormi 3h'),
      quiet('mdr t\'es nul à Mario Kart, revanche ce soir'),
      quiet('ptdr t\'es grave toi, viens on va manger'),
    ],
  },
  {
    name: 'a closing exclamation about a thing',
    cases: [
      quiet('Mon ordi a encore planté en plein devoir, quel boulet ce truc.'),
      quiet('Il pleut depuis trois jours et le match est annulé, quel temps pourri.'),
      quiet('Le bus est parti deux minutes en avance, quelle galère.'),
    ],
  },
  {
    name: 'sarcasm about a thing, not a person',
    cases: [
      quiet('Un train à l\'heure ? On aura tout vu.'),
      quiet('Une victoire de l\'OM à domicile, on aura tout vu mdr'),
      quiet('Une imprimante qui marche du premier coup, ça étonne qui ?'),
      quiet('Ce téléphone a la batterie d\'un grille-pain, quelle arnaque.'),
      quiet('Mon canapé ressemble à un paillasson depuis que le chat l\'a adopté.'),
    ],
  },
  {
    name: 'wishes for things, care for groups',
    cases: [
      quiet('Si quelqu\'un pouvait réparer la clim du bureau avant l\'été, je paierais un café.'),
      quiet('J\'espère qu\'un jour quelqu\'un lui offrira une vraie chance, à ce gamin.'),
      quiet('Les personnes trisomiques en entreprise, ça marche bien quand l\'équipe est formée.'),
      quiet('Depuis que les Maliens sont arrivés dans l\'immeuble, il y a une fête des voisins chaque été.'),
      quiet('Une femme chef de chantier, c\'est encore rare, et pourtant elles sont très compétentes.'),
      quiet('Les Roms ont été persécutés pendant la Seconde Guerre mondiale.'),
    ],
  },
]

/** Must-not-fire probes that still fire (a known failure is dropped from this list once it is quiet). */
export const OWNCASES2_PROBES_KNOWN_LOUD: readonly string[] = []
