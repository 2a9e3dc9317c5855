/**
 * Context cues: words that steer the context rules (reporting, counter-speech,
 * prevention, news, friendly banter). They never make a post harassment.
 */
import type { LexiconGroup } from './types.js'

/** Reporting or quoting verbs: abuse that follows is told about, not said. */
export const REPORT: LexiconGroup = {
  kind: 'report',
  entries: [
    ['traiter|traite|traitee|traites|traitees|traitent|traitait|traitais|traitaient|traitez|traitant|insulter|insulte|insultee|insultent|insultait|appeler|appellent|appelait|appelaient|surnommer|surnomme|surnommee|surnomment|qualifier|qualifie|qualifiee|dire|dit|dis|disent|disait|disaient|dites|ecrire|ecrit|ecrivent|ecrivait|repeter|repete|repetent|entendre|entendu|lu|lire|recu|recoit|recois|recevoir|messages|message|commentaires|commentaire|mots|termes|expression|expressions|propos|phrase|phrases|mot|insultes|slogan|slogans|tweet|tweets|posts|post|affirmer|affirme|pretendre|pretend|pretendent|crient|criait|crie|hurlait|bruits de|bruit de|cris de|imitent|imite|imiter|imitation|dise|disions|disant|j entends|quand j entends|on entend|tu entends|j entends encore|on entend encore|entends dire|entend dire|pensait|pensaient|croyait|croyaient|on lit|quand je lis|ce qu on lit', 1, 'inherent'],
    // Refutation: a stereotype named to deny it (« ce n'est pas vrai que … », « le cliché du … », « ceux qui pensent que … se trompent »,
    // « ce n'est pas parce qu'ils sont X que … »).
    ['pas parce que|pas parce qu|pas vrai que|pas vrai qu|faux de dire que|faux de dire qu|c est faux que|il est faux que|l idee que|l idee qu|le mythe selon lequel|le mythe du|le mythe de la|le cliche selon lequel|le cliche du|le cliche de la|le cliche des|le prejuge selon lequel|le prejuge du|le prejuge des|le stereotype du|le stereotype de la|le stereotype des|l idee selon laquelle|contrairement a ce que|qui peut croire|qui peut encore croire|comment peut on croire|comment peut on encore croire|comment on peut croire|arretez de croire|arrete de croire|faut arreter de croire|qui croit encore|arreter de penser que|arreter de penser qu|arretez de penser que|arretez de penser qu|arrete de penser que|arrete de penser qu|ceux qui pensent que|ceux qui pensent qu|ceux qui croient que|ceux qui croient qu|celles qui pensent que|celles qui croient que', 1, 'inherent'],
  ],
}

/** Counter-speech and prevention. */
export const COUNTER: LexiconGroup = {
  kind: 'counter',
  entries: [
    ['c est pas une insulte|c est pas un gros mot|n est pas une insulte|comme insulte|comme une insulte|en insulte|3018|e enfance|eenfance|119|net ecoute|harcelement|harcelements|cyberharcelement|cyber harcelement|harceleur|harceleurs|harceleuse|victimes|signalez|signaler|signale|signalement|denoncer|denonce|denoncez|porter plainte|portez plainte|plainte|parlez en|parle en|parles en|n hesitez pas|n hesite pas|ecoute|soutien|courage|tu n es pas seul|tu n es pas seule|t es pas seul|t es pas seule|vous n etes pas seuls', 1, 'inherent'],
    // A claim answered by the facts: « … ? toutes les études disent le contraire » (the facts as subject: « ceux qui disent le contraire » are no refutation).
    ['[etudes|etude|chiffres|statistiques|stats|faits|donnees|enquetes|recherches|scientifiques|experts|sondages|rapports|assureurs|comptes|insee|historiens|chercheurs|medecins|psychiatres] ~? [disent|prouvent|montrent|demontrent|indiquent|ont montre|ont prouve|ont demontre|disent tous|montrent toutes|prouvent toutes|dit|prouve|montre|demontre] [le contraire|l inverse|tout le contraire|exactement le contraire|exactement l inverse]', 1, 'inherent'],
    ['arretez|arrete|arreter|stop|stop au|non au|non a la|halte|ca suffit|inacceptable|intolerable|pas acceptable|pas ok|pas normal|c est grave|c est pas drole|pas drole|honteux|honteuse|scandaleux|scandaleuse|revoltant|choquant|degoutant de|lutter|lutte|combattre|combat contre|sensibiliser|sensibilisation|prevention|campagne|bienveillance|solidarite|soutenir|soutenons', 1, 'inherent'],
    // weak cues: count fully only next to quoted or reported words (attackers use them too)
    ['respect|tolerance|egalite|defendre|raciste|racistes|racisme|homophobe|homophobes|homophobie|transphobe|transphobie|sexiste|sexistes|sexisme|misogyne|misogynie|antisemite|antisemitisme|islamophobe|islamophobie|grossophobie|grossophobe|validisme|haine|discrimination|discriminations|discriminatoire|intolerance|propos haineux|discours de haine|preuve de|ignorance|betise humaine|pas d excuse|aucune excuse|n a pas sa place|n ont pas leur place|ne tolere pas|tolerer|condamne|condamner|condamnons', 0.5, 'inherent'],
    // Defenders and bystanders who step in.
    ['laissez la tranquille|laissez le tranquille|laisse la tranquille|laisse le tranquille|laissez les tranquilles|lachez la|lachez le|lache la|lache le|lachez lui les baskets|lache lui les baskets|fichez lui la paix|foutez lui la paix|foutez la paix|elle vous a rien fait|il vous a rien fait|elle t a rien fait|il t a rien fait|elle a rien fait|il a rien fait|arretez de l embeter|arretez de l insulter|arretez de la harceler|arretez de le harceler|arretez de vous moquer|arrete de te moquer|c est pas marrant|c est pas cool|vous etes pas bien|ca va pas la tete|je suis avec toi|on est avec toi|on est la pour toi|je suis la pour toi|force a toi|prends soin de toi|defendez la|defendez le|les ecoute pas|ne les ecoute pas|t occupe pas d eux|bloque les|signale les|signale le|signale la|signalez les|parle a un adulte|parle en a un adulte|parle a la cpe|va voir la cpe|dis le a un prof|je vais le dire a la cpe|on va le dire au prof|bande de laches|vous etes des laches|vous vous acharnez|s acharner|acharnement|tous contre une|tous contre un', 1, 'inherent'],
  ],
}

/** News-style wording: reports about harassment, not harassment. */
export const NEWS: LexiconGroup = {
  kind: 'news',
  entries: [
    ['selon|d apres|enquete|enqueteurs|proces|tribunal|condamne|condamnee|condamnes|mis en examen|mise en examen|garde a vue|interpelle|interpellee|parquet|gendarmerie|gendarmes|policiers|police|ministre|ministere|gouvernement|loi|deputes|etude|rapport|chiffres|sondage|afp|journal|article|temoignage|temoigne|temoignent|college de|lycee de|adolescente|adolescent|adolescents|collegienne|collegien|collegiens|lyceenne|lyceen|lyceens|eleve de|eleves|mineure|mineur|mineurs|jeune fille|jeune fille de|ans|age de|agee de|s est suicide|s est suicidee|suicide d|mort de|deces|drame|hommage|marche blanche|obseques|famille de|parents de|victime de|a ete|ont ete|aurait ete|auraient ete|auraient|aurait|reseaux sociaux', 1, 'inherent'],
  ],
}

/** Friendly banter and affection. */
export const BANTER: LexiconGroup = {
  kind: 'banter',
  entries: [
    ['mdr|mdrr|ptdr|ptdrr|lol|lool|xd|jpp|jtm|jtmm|je t aime|je t adore|jtadore|jt adore|ma belle|ma bichette|ma reuf|ma soeur|mon frere|frero|frerot|mon reuf|bro|poto|ma poto|mon pote|ma pote|mon coeur|mon bebe|mon chat|ma cherie|mon cheri|ma vie|bisous|bisou|gros bisous|love|love u|cheh mdr|je rigole|jrigole|jdeconne|je deconne|c est pour rire|pour rire|trop drole|bg|belle gosse|beau gosse|haha|hahaha|ahah|ahahah|hihi|xptdr|tkt|t inquiete', 1, 'inherent'],
    // The possessive of affection: « t'es un boloss mais t'es mon boloss ❤️ ».
    ['t es mon|t es ma|mon boloss|ma boloss|mon bouffon|ma bouffonne|mon idiot|mon idiote|ma folle|mon fou|mon con|mon gars|ma meilleure|mon meilleur|je t aime quand meme|on t aime|ca va etre cool|ca va etre trop bien|ca va etre ouf|ca va etre le feu|on va trop s amuser|trop hate', 1, 'inherent'],
    // Everyday plans: « on se voit à la sortie pour aller au mcdo ? »
    ['pour aller au|pour aller a la|pour aller manger|pour rentrer ensemble|pour reviser|au mcdo|au kebab|au cine|au parc|au city stade|pour le bus|pour le foot', 1, 'inherent'],
  ],
}
