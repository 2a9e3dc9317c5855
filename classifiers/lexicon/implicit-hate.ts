/**
 * Implicit forum hostility (issue 11, « implicit » round): hate and contempt said without slur or
 * insult words. Stereotype frames attached to a group (« c'est dans leurs gènes », « ils ont le vol
 * dans le sang », « un [group] comptable ? ça explique tout »), refusal of a group in hiring,
 * renting, childcare or service, absence of respect or esteem for a group (negated praise),
 * sexist relegation (« retourne à la vaisselle », « leur place est à la maison »), wishes and
 * cheering of harm told with accident, fire or lynching words, and contempt for a person's
 * existence. Predicates about a group (`hate_pred`, `pos_pred`) count only next to a group name;
 * harm events count only cheered in the same post (signals.ts). The context rules (negation,
 * reporting, quoting, counter-speech, news) apply to all of them.
 */
import { GROUPS } from './identity-hate.js'
import { GROUP_WORDS } from './forum-hostility.js'
import type { LexiconGroup } from './types.js'

const KNOWN: ReadonlySet<string> = new Set([...GROUPS.entries.flatMap(([p]) => p.split('|')), ...GROUP_WORDS.split('|')])

/** The four forms of a nationality adjective: « malgache(s) », « libanais(e)(s) », « égyptien(ne)(s) », « kosovar(e)(s) ». */
function forms(word: string): string[] {
  if (word.endsWith('e')) return [word, `${word}s`]
  if (word.endsWith('ais') || word.endsWith('ois')) return [word, `${word}e`, `${word}es`]
  if (word.endsWith('ien') || word.endsWith('een')) return [word, `${word}s`, `${word}ne`, `${word}nes`]
  return [word, `${word}s`, `${word}e`, `${word}es`]
}

/**
 * Nationalities and origins the earlier lists lack. Not those that name a product, a language or a
 * state at war as often as people (« les frites belges », « l'anglais », « les Russes ont frappé »).
 */
const MORE_NATIONS = [
  'egyptien', 'cap verdien', 'capverdien', 'kosovar', 'malgache', 'libanais', 'serbe', 'bosniaque', 'georgien', 'armenien',
  'ethiopien', 'erythreen', 'somalien', 'soudanais', 'tchadien', 'centrafricain', 'libyen', 'mauritanien', 'nigerien', 'burkinabe',
  'togolais', 'beninois', 'gabonais', 'zairois', 'rwandais', 'burundais', 'angolais', 'guineen', 'ivoirien', 'camerounais',
  'congolais', 'comorien', 'mahorais', 'reunionnais', 'guyanais', 'martiniquais', 'guadeloupeen', 'antillais', 'haitien',
  'colombien', 'venezuelien', 'peruvien', 'bolivien', 'dominicain', 'jamaicain', 'slovaque', 'lituanien', 'moldave', 'ouzbek',
  'tadjik', 'kazakh', 'kirghize', 'azeri', 'daghestanais', 'tchetchene', 'indonesien', 'malaisien', 'birman', 'nepalais',
  'tibetain', 'ouighour', 'pachtoune', 'yemenite', 'saoudien', 'qatari', 'emirati', 'jordanien', 'bangladais', 'sri lankais',
  'subsaharien', 'nord africain', 'sud americain', 'latino americain', 'ultramarin', 'asiate',
].flatMap(forms).filter((w) => !KNOWN.has(w))

/** Every group word a frame may name: the earlier lists plus the new nationalities. */
const ALL_GROUPS = [...new Set([...GROUPS.entries.flatMap(([p]) => p.split('|')), ...GROUP_WORDS.split('|'), ...MORE_NATIONS])]
/** Group words after « un / une »: not « fille », « femme », « meuf » alone (« une femme médecin » is told as often kindly). */
const ONE_OF_GROUP = ALL_GROUPS.filter((w) => !/^(femme|femmes|fille|filles|meuf|meufs|nanas|gonzesses|bonnes femmes)$/.test(w)).join('|')
/** Plural group words after « les / des / ces / aux ». */
const MANY_GROUP = ALL_GROUPS.filter((w) => !/^(fille|meuf|femme)$/.test(w)).join('|')

/** The new nationalities as group names (weight 1: among sport words they are a team). */
export const IMPLICIT_GROUPS: LexiconGroup = {
  kind: 'group',
  entries: [[MORE_NATIONS.join('|'), 1, 'inherent']],
}

/** Faults a stereotype says a group has « in the blood ». */
const FAULTS =
  'vol|voler|la fauche|la rapine|violence|la violence|magouille|la magouille|magouilles|les magouilles|mensonge|le mensonge|fraude|la fraude|arnaque|l arnaque|les arnaques|paresse|la paresse|flemme|la flemme|feignantise|la feignantise|triche|la triche|trafic|le trafic|crime|le crime|delinquance|la delinquance|fourberie|la fourberie|traitrise|la traitrise|salete|la salete|deal|le deal|racket|le racket|brutalite|la brutalite|barbarie|la barbarie|terrorisme|le terrorisme|vice|le vice|escroquerie|l escroquerie|radinerie|la radinerie|avarice|l avarice|combine|la combine|les combines|haine|la haine|viol|le viol|bordel|le bordel|mendicite|la mendicite|assistanat|l assistanat|parasitisme|le parasitisme|hypocrisie|l hypocrisie|soumission|la soumission|fanatisme|le fanatisme|casse|la casse|le pillage|pillage|l embrouille|embrouille'

/** Where a stereotype says a fault sits. */
const INBORN = 'dans le sang|dans les genes|dans leurs genes|dans leur sang|dans l adn|dans leur adn|dans les veines|dans leurs veines|dans la peau|dans leur nature|dans leur culture|dans leurs chromosomes|dans les chromosomes'

/** Stereotypes and generalisations: counted next to a group name (signals.ts). */
export const IMPLICIT_STEREOTYPES: LexiconGroup = {
  kind: 'hate_pred',
  entries: [
    // « ils ont le vol dans le sang », « la magouille, c'est dans leurs gènes ».
    [`[ont|a|avez|ont tous|ont toujours eu|ont toujours|portent|gardent] [le|la|l|les]? [${FAULTS}] [${INBORN}]`, 2.2, 'inherent'],
    // « ils l'ont dans le sang », « ils ont ça dans les gènes ».
    [`[ils|elles] [l ont|ont ca|l ont tous|ont tous ca|ont toujours eu ca] [${INBORN}]`, 2.0, 'inherent'],
    [`[${FAULTS}] [c est|c|ca|ca reste|c etait|c est ecrit|est|c est inscrit|est inscrit|c est ancre|est ancre|c est grave] [${INBORN}]`, 2.2, 'inherent'],
    // « c'est dans leurs gènes », « c'est dans leur ADN », « chez eux c'est génétique » (the pronoun reaches back to the group).
    ['[c est|c|ca|c etait|ca reste|c est ecrit|c est inscrit|c est grave] [dans] [leurs|leur] [genes|gene|adn|sang|veines|chromosomes]|[c est|c|ca|c etait] [genetique|hereditaire|ethnique|racial|dans le sang|dans les genes|culturel|atavique] [chez eux|chez elles|chez ces gens|chez ces gens la|chez ce peuple|chez ces peuples]|[chez eux|chez elles|chez ces gens la|chez ces gens] [c est|c|ca] [genetique|hereditaire|ethnique|dans le sang|dans les genes|de naissance|atavique|congenital]', 2.0, 'inherent'],
    ['[tous|toutes] [des voleurs|des menteurs|des tricheurs|des profiteurs|des assistes|des fraudeurs|des delinquants|des dealers|des magouilleurs|des escrocs|des arnaqueurs|des feignants|des parasites|des terroristes|des violeurs|des racailles|des sauvages|des fanatiques]', 2.0, 'inherent'],
    // Reacting to a group's presence as to a danger: « quand je vois un Rom je serre mon sac ».
    ['[je|j|on] [serre|serrons|tiens|tenons|cache|cachons|planque|surveille|surveillons|garde|verrouille|ferme|compte] [mon|ma|mes|notre|nos] [sac|sacoche|portefeuille|porte monnaie|telephone|portable|voiture|porte|affaires|poches|bijoux|velo|scooter|enfants|gosses|couverts]|[je|j|on] [change|changeons] [de] [trottoir|wagon|place|rame|quai|file|caisse|table|banc|quartier]', 1.8, 'inherent'],
    // Lives that « do not count »: « les vies des X ne comptent pas », « leur vie n'a aucune valeur ».
    ['[vie|vies] ~ ~ [ne|n]? [comptent|compte|valent|vaut|importent|importe|pesent|pese] [pas|rien|que dalle|pas grand chose|moins]|[vie|vies] ~ ~ [n ont|n a|ont|a] [pas d|aucune|aucun|pas la moindre|pas de] [importance|valeur|interet|prix|poids]', 2.2, 'inherent'],
    // Nothing worthy in them: « il n'y a rien de respectable chez les X ».
    ['[rien] [de|d] [respectable|admirable|positif|honorable|digne|humain|civilise|estimable|valable|noble|aimable|sympathique|recommandable|frequentable]', 2.0, 'inherent'],
    // Sexist relegation said of a group: « leur place est à la maison », « qu'elles restent à la cuisine ».
    ['[leur|leurs] [place|places|role|seule place|vraie place|job|boulot|travail] [est|c est|serait|devrait etre|reste|sont|c est de rester] [a|au|aux|dans|derriere] [la|le|les]? [maison|cuisine|foyer|fourneaux|menage|vaisselle|repassage|lit|chambre|casseroles|couches|gamins|enfants|biberons|plumeau|balai]|[devraient|doivent|feraient mieux de|devrait|doit|ferait mieux de] [rester|retourner] [a|au|aux|dans|derriere] [la|le|les|leur|leurs]? [cuisine|foyer|fourneaux|menage|vaisselle|repassage|casseroles|biberons|plumeau|balai|serpilliere|evier]|[qu elle|qu elles|elles doivent|elles devraient|elles feraient mieux de|faut qu elles] [reste|restent|rester|retourne|retournent|retourner] [a|au|aux|dans|derriere] [la|le|les|leur|leurs]? [maison|cuisine|foyer|fourneaux|menage|vaisselle|repassage|casseroles|couches|biberons|plumeau|balai|serpilliere|evier]', 2.2, 'inherent'],
    // Skills denied to a group: « elles savent même pas faire un créneau ».
    ['[savent|sait|sauront|saura|savaient|savait] [pas|meme pas|jamais|toujours pas|meme plus|rien] [conduire|faire un creneau|faire un crenau|se garer|faire une manoeuvre|lire une carte|lire un plan|changer une roue|changer une ampoule|planter un clou|faire une addition|compter jusqu a dix|raisonner|reflechir|se servir de leur cerveau|se servir d un tournevis|tenir un volant|faire autre chose que]', 2.0, 'inherent'],
    // Negated esteem said with « mériter »: « les X ne méritent aucune considération ».
    ['[meritent|merite|meriteraient|meriterait] [aucune|aucun] [consideration|estime|pitie|compassion|respect|egard|egards|aide|droit|droits|soin|soins|attention|confiance|indulgence|dignite]|[meritent|merite|meriteraient|meriterait] [pas|jamais|meme pas|absolument pas|vraiment pas] [un gramme de|une once de|le moindre|la moindre|de|d|mon|ma|notre] [respect|consideration|estime|egard|egards|pitie|compassion|confiance|dignite]|[meritent|merite|meriteraient|meriterait] [pas|jamais|meme pas|absolument pas|vraiment pas] [d etre] [respectes|respectees|respecte|respectee|consideres|considerees|estimes|estimees|apprecies|appreciees|ecoutes|ecoutees|defendus|defendues|proteges|protegees|aides|aidees|accueillis|accueillies]', 2.4, 'inherent'],
    // Worth denied: « les X ne sont capables de rien », « ne sont pas faites pour les maths », « ne méritent pas d'avoir un toit ».
    ['capables de rien|capable de rien|capables de rien faire|bons a rien|bonnes a rien|incapables de tout|incapables de rien faire|[sont|seront|etaient|est|sera|serait|seraient] [pas|jamais|vraiment pas|absolument pas|meme pas] [faites|faits|faite|fait|nees|nes|taillees|tailles|programmees|programmes|concues|concus] [pour] [les maths|les mathematiques|diriger|commander|gouverner|la politique|les sciences|la science|conduire|le pouvoir|reflechir|etudier|penser|les etudes|les responsabilites|le commandement|etre chef|etre cheffe|etre chefs|les postes de chef|la tech|l informatique|l ingenierie|le leadership|l armee|la medecine|la chirurgie|le business|les affaires|la finance|piloter|voter|decider|enseigner|la reflexion|la vie en societe|vivre en societe|vivre ici|vivre en france|la democratie|la civilisation]', 2.2, 'inherent'],
    ['[meritent|merite|meriteraient|meriterait] [pas|jamais|meme pas|aucunement|vraiment pas|absolument pas] [d avoir|de recevoir|de toucher|d obtenir|de garder]? [un toit|un logement|des aides|les aides|nos aides|la nationalite|la nationalite francaise|le droit de vote|des droits|nos droits|les memes droits|un travail|un emploi|nos impots|nos allocs|la secu|d etre ici|d etre la|d etre en france|d etre chez nous|de vivre parmi nous|de rester ici|d exister|d etre soignes|d etre soignees|d etre aides|d etre aidees|d etre sauves|d etre secourus|d etre accueillis|d etre accueillies|d etre francais|d etre francaises|d etre nos voisins|notre pays|la france|d avoir des enfants|de se marier|le mariage|d adopter|de respirer|notre aide|notre argent|qu on les aide|qu on les soigne|qu on les respecte|qu on les accueille|qu on les sauve|qu on les ecoute|de voter|d enseigner|d etre profs|d etre elus|leur place|leurs droits|leurs papiers|leurs allocs]', 2.4, 'inherent'],
    // Rights denied: « les X ne devraient jamais pouvoir voter », « … ne devraient plus toucher d'aides », « … n'ont droit à rien ».
    ['[devraient|devrait|doivent|doit] [pas|plus|jamais|plus jamais|meme pas|surtout pas] [avoir le droit de|avoir le droit d|pouvoir|toucher|recevoir|avoir|obtenir]? [voter|d aides|des aides|les aides|les allocs|d allocs|d allocations|des allocations|le rsa|de droits|des droits|se marier|enseigner|diriger|gouverner|etudier|exister|vivre ici|vivre en france|etre ici|etre elus|etre elues|etre soignes|etre soignees|la nationalite|de papiers|des papiers|l asile|conduire|travailler ici]|[ont|a|auront|aura] [droit a rien|droit a rien du tout|droit a aucune aide|droit a aucun soin|droit a aucun respect|droit a que dalle]', 2.2, 'inherent'],
    // Belonging denied: « les X ne seront jamais d'ici », « … ne sont pas chez eux en France », « … ne sont plus les bienvenus ».
    ['[sont|seront|sera|est|serait|seraient|etaient] [pas|jamais|jamais vraiment|pas vraiment|plus] [d ici|de chez nous|chez eux|chez elles|chez lui|chez elle] [ici|en france|en europe|chez nous|dans ce pays|dans notre pays]?|[sont|seront|sera|est|serait|seraient] [plus|plus jamais|jamais plus] [les]? [bienvenus|bienvenues|bienvenu|bienvenue|desires|desirees|acceptes|acceptees]', 2.2, 'inherent'],
    // Nothing good in them, of no use: « il n'y a rien de beau chez les X », « les X ne servent vraiment à rien ».
    ['[rien] [de|d] [beau|bon|bien|intelligent|utile|interessant|attirant|honnete|sain|propre|positif]|[servent|sert|serviront|servira] [vraiment|absolument|strictement|franchement|juste|meme] [a rien]', 2.0, 'inherent'],
    // « ne sont pas des gens avec qui on peut vivre ».
    ['[sont|seront|etaient|seraient|soient|est|sera|serait] [pas|jamais|plus|meme pas] [des|de] [gens|personnes|voisins|collegues|citoyens] [avec qui on peut vivre|avec qui vivre|avec qui on peut discuter|avec qui on peut travailler|sur qui compter|sur qui on peut compter|de parole|fiables|respectables|dignes|dignes de respect|dignes de confiance|serieux|propres|eduques|bien eduques|civilises|integres|integrables|assimilables|comme vous et moi|comme les autres|comme nous]', 2.2, 'inherent'],
  ],
}

/** Praise that, negated with a group as its object, is hateful (« je n'apprécierai jamais les X »). */
export const IMPLICIT_PRAISE: LexiconGroup = {
  kind: 'pos_pred',
  entries: [
    ['apprecie|apprecier|apprecierai|apprecierais|apprecient|admire|admirer|admirerai|admirerais|admirent|estime|estimer|estimerai|estimerais|respecterai jamais|respectes|respectees|considere|considerer|considererai|fan|fans|dignes de respect|digne de respect|dignes d estime|dignes de consideration|dignes d interet|assimilables|integrables', 2.2, 'inherent'],
    // Qualities and roles denied (« les X ne sont franchement pas très malins », « une X ne sera jamais une bonne cheffe »), a
    // person's standing (« n'est pas une vraie personne ») and mattering (« les X ne comptent pas »; signals.ts: not with an object).
    ['malins|malignes|futes|futees|brillants|brillantes|doues|douees|comptent|compteront|comptaient|vraie personne|vraies personnes|vrai etre humain|vrais etres humains|bonne cheffe|bonne chef|bon chef|bons chefs|bonne mere|bonnes meres|bon pere|bons peres|bons parents|bon dirigeant|bonne dirigeante|bons dirigeants|bon conducteur|bonne conductrice|bons conducteurs|bon citoyen|bonne citoyenne|bons citoyens|bonne personne|bonnes personnes|bon collegue|bonne collegue|bons collegues|bon medecin|bonne medecin|bon employe|bonne employee|bons employes|bon francais|bonne francaise|bons patriotes', 2.2, 'inherent'],
  ],
}

/** Praise nouns a post may say it has none of for a group. */
const ESTEEM = 'respect|estime|consideration|sympathie|compassion|empathie|admiration|egard|egards|confiance|affection|tendresse|indulgence|pitie|amour|interet|once de respect'

/** Refusing a group: hiring, renting, childcare, service; refused by name of the group. */
const REFUSE_VERBS =
  'confierai|confierais|confie|confierait|laisserai garder|laisserais garder|ferai garder|ferais garder|prendrai|prendrais|monterai|monterais|acheterai|acheterais|vendrai|vendrais|louerai|louerais|embaucherai|embaucherais|engagerai|engagerais|recruterai|recruterais|accepterai|accepterais|servirai|servirais|ferai travailler|ferais travailler|laisserai entrer|laisserais entrer|laisserai approcher|laisserais approcher|laisserai toucher|laisserais toucher|laisserai|laisserais|choisirai|choisirais|voterai|voterais|soignerai|soignerais|installerai|installerais|loge|logerai|logerais'

/** Refusals, exclusion and esteem denied: identity hate by themselves (the group is in the phrase). */
export const IMPLICIT_REFUSAL: LexiconGroup = {
  kind: 'identity_hate',
  entries: [
    // « je ne confierai jamais mes gosses à une Roumaine », « jamais je laisse un Turc garder mes enfants ».
    [`[${REFUSE_VERBS}] [jamais|pas|plus|plus jamais|jamais de la vie|jamais de ma vie] [mes enfants|mes gosses|mes gamins|mon bebe|mes bebes|mon fils|ma fille|mes petits|ma maison|mon appart|mon appartement|mon logement|ma voiture|mes cles|ma boutique|mon commerce|mon magasin|ma caisse|mes comptes|mon argent|ma sante|ma vie]? [a|aux|chez]? [un|une|des|les|de|d]? ~ [${ONE_OF_GROUP}]`, 2.6, 'inherent'],
    [`[jamais|plus jamais|jamais de la vie|jamais de ma vie|hors de question que|pas question que] [je|j|on] [ne|n]? [laisse|laisserai|laisserais|confie|confierai|confierais|embauche|embaucherai|embaucherais|loue|louerai|louerais|prends|prendrai|prendrais|engage|engagerai|recrute|recruterai|accepte|accepterai|fais entrer|ferai entrer|monte|monterai|vends|vendrai] [mes enfants|mes gosses|mes gamins|mon bebe|mon fils|ma fille|ma maison|mon appart|mon appartement|mon logement|mon studio|ma voiture|mon commerce]? [a|aux|chez]? ~ [${ONE_OF_GROUP}]`, 2.6, 'inherent'],
    // Present-tense policy said in the first person: « je loue pas aux Africains », « on n'embauche pas de Noirs ».
    [`[je|j|on|nous] [ne|n]? [loue|louons|embauche|embauchons|engage|engageons|recrute|recrutons|prends|prenons|accepte|acceptons|sers|servons|veux|voulons|confie|vends|vendons] [pas|plus|jamais|aucun|aucune|rien] [a|aux|de|d|des|les|un|une]? [${ONE_OF_GROUP}]`, 2.4, 'inherent'],
    // A move, a sale or a lease undone if the other is of a group: « si le nouveau locataire est X, je résilie mon bail », « si les acheteurs sont des X je retire la maison ».
    [`[locataire|locataires|voisin|voisins|voisine|voisines|acheteur|acheteurs|acheteuse|acquereur|acquereurs|proprio|proprietaire|proprietaires|colocataire|coloc|nounou|beau fils|gendre|belle fille] [est|sont|etait|etaient|sera|seront|s avere|s averent] [des|un|une]? [${ONE_OF_GROUP}] [je|j|on|nous] [resilie|resilierai|resilie direct|demenage|demenagerai|retire|retirerai|annule|annulerai|vends|vendrai|pars|partirai|me casse|refuse|refuserai|rends|rendrai|casse|romps|romprai]`, 2.4, 'inherent'],
    // A sale or a lease to a group refused with « plutôt … »: « louer à une famille X ? plutôt laisser l'appart vide ».
    [`[a|aux] [une|un|des|les|ces]? [famille|familles|couple|couples|personne|personnes|gens|mec|type|locataire|locataires]? [${ONE_OF_GROUP}] ~? [plutot] [la|le|l|tout|les]? [laisser|bruler|raser|detruire|crever|mourir|abandonner|murer|donner aux chiens|laisser vide|laisser pourrir|demolir|garder vide]`, 2.4, 'inherent'],
    // « à tout le monde sauf aux Africains », « je respecte tout le monde sauf les Afghans ».
    [`[tout le monde|n importe qui|qui veut|qui je veux|tous|toutes|chacun] ~? [sauf|excepte|hormis|a part|mais pas|mais jamais] [les|aux|un|une|des|a un|a une|a des|ces]? [${ONE_OF_GROUP}]`, 2.4, 'inherent'],
    // « pas de Maghrébins en salle », « aucun Noir à l'accueil ».
    [`[pas de|pas d|aucun|aucune|jamais de|zero|hors de question d avoir des|pas question d avoir des|interdit aux|interdits aux|interdite aux] [${MANY_GROUP}] [en salle|a l accueil|en cuisine|a la caisse|dans mon equipe|dans mon service|dans ma boite|dans mon entreprise|dans mon immeuble|dans ma rue|dans mon quartier|dans mon taxi|dans ma voiture|dans ma classe|dans l ecole|dans nos ecoles|dans mon club|dans nos clubs|a mon mariage|dans ma famille|dans mon lit|dans ma piscine|dans mon resto|dans mon restaurant|dans mon bar|dans ma boutique|chez moi|chez nous|a ma table|sous mon toit|ici]`, 2.4, 'inherent'],
    // Esteem denied: « j'ai zéro considération pour les Kosovars », « pas la moindre estime pour les femmes ».
    [`[aucune|aucun|pas la moindre|pas le moindre|la moindre|le moindre|pas une once de|pas un gramme de|pas un brin de|pas une miette de|zero|0|plus aucun|plus aucune|jamais eu de|jamais eu le moindre|jamais eu la moindre|jamais eu une once de|jamais eu un gramme de|jamais eu aucun|jamais eu aucune|pas d|pas de|nulle|aucune forme de] [${ESTEEM}] [pour|envers|a l egard des|a l egard de|vis a vis des|vis a vis de|a l endroit des] [les|ces|des|aux|tous les|toutes les|ce genre de|cette bande de]? [${MANY_GROUP}]`, 2.6, 'inherent'],
    [`[aucun|aucune|pas un|pas une|pas un seul|pas une seule|nul|nulle] [${ONE_OF_GROUP}] [ne|n] [merite|meritera|meriterait|vaut|a droit a|a le droit|devrait avoir le droit|peut pretendre] [d etre respecte|d etre respectee|le respect|notre respect|de vivre|d exister|d etre aime|d etre aimee|de respirer|d etre ecoute|d etre ecoutee|d etre enseignant|d etre enseignante|d enseigner|de voter|la nationalite|d etre francais|d etre francaise|d avoir des enfants|d adopter|de se marier|de travailler ici|de vivre ici|de rester|qu on le respecte|qu on la respecte|la moindre consideration|la moindre pitie|notre confiance|d etre soigne|d etre soignee|notre pitie|d etre pris au serieux|d etre prise au serieux|de diriger|d elever des enfants]`, 2.6, 'inherent'],
    // A group and a job, then the sneer: « un Congolais comptable ? ça explique tout ».
    [`[un|une] [${ONE_OF_GROUP}] [comptable|banquier|banquiere|tresorier|tresoriere|caissier|caissiere|pilote|chauffeur|chauffeuse|medecin|docteur|chirurgien|chirurgienne|avocat|avocate|juge|prof|professeur|professeure|instit|institutrice|ingenieur|ingenieure|patron|patronne|chef|cheffe|directeur|directrice|policier|policiere|flic|maire|ministre|president|presidente|depute|deputee|pharmacien|pharmacienne|infirmier|infirmiere|nounou|vigile|videur|plombier|electricien|informaticien|notaire|gerant|gerante|manager|trader|douanier|livreur|serveur|serveuse|cuisinier|cuisiniere|boulanger|agent immobilier|proprio|proprietaire|voisin|voisine|locataire|gardien|gardienne|concierge|pompier|militaire|soldat|arbitre|entraineur|commissaire|inspecteur|secretaire|vendeur|vendeuse|mecanicien|garagiste|dentiste|veterinaire|architecte|journaliste|chercheur|chercheuse|scientifique|astronaute|capitaine|commandant|bijoutier|horloger|guichetier|guichetiere|agent de securite|chauffeur de bus|chauffeur de taxi|taxi|vtc|baby sitter]? ~ [ca doit etre pour ca|ca explique|ca explique tout|tout s explique|pas etonnant que|pas etonnant qu|tu m etonnes que|tu m etonnes qu|normal que|normal qu|on comprend mieux|je comprends mieux|je comprends pourquoi|ca m etonne pas|ca m etonne plus|ca n etonne personne|etonnant que|comme par hasard|evidemment que|forcement que|forcement ca|c est pour ca que|voila pourquoi|on sait comment ca va finir|on connait la suite|je te laisse imaginer|je vous laisse imaginer|devinez la suite]`, 2.2, 'inherent'],
  ],
}

/** Sexist relegation and innuendo said to or of a woman. */
export const IMPLICIT_SEXISM: LexiconGroup = {
  kind: 'identity_hate',
  entries: [
    // « retourne à tes casseroles », « qu'elles retournent à la vaisselle », « va faire le ménage ».
    ['[retourne|retournes|retournez|qu elle retourne|qu elles retournent|elles devraient retourner|elle devrait retourner|va|vas|allez|qu elle aille|qu elles aillent|file|filez|reste|restez|qu elle reste|qu elles restent|retourne donc|va donc|retourne plutot|va plutot] [a|au|aux|dans|derriere|devant|faire|repasser|faire la|faire le|faire les] [la|le|les|ta|ton|tes|sa|ses|leur|leurs|votre|vos]? [cuisine|vaisselle|menage|fourneaux|casseroles|repassage|lessive|linge|couches|biberons|plumeau|serpilliere|evier|torchons|chemises|gamelles|poussiere|sandwichs|sandwich]', 2.4, 'inherent'],
    ['[ta|votre|sa] [place|seule place|vraie place] [est|c est|serait|reste] [a|au|aux|dans|derriere] [la|le|les]? [cuisine|vaisselle|fourneaux|menage|casseroles|repassage|foyer|plumeau|serpilliere]', 2.4, 'inherent'],
    // Promotion by sex: « on sait sous quel bureau elle a passé ses entretiens », « promotion canapé ».
    ['sous quel bureau|promotion canape|promo canape|promotion canapee|passee par le canape|passe par le canape|par la case canape|passee par la case canape|[a genoux|beaucoup de temps a genoux|du temps a genoux|passe sous le bureau|passee sous le bureau|passer sous le bureau|sous le bureau] [devant|du|de|sous] [le|son|sa]? [directeur|directrice|patron|chef|dg|boss|manager|prof|jury|producteur|realisateur|recruteur|president|ministre|proviseur|rh|drh|superieur|n+1]|[couche|couchee|coucher] [pour] [avoir|obtenir|decrocher|gagner] [son|sa|le|la|ce|cette] [poste|promotion|promo|place|job|boulot|role|cdi|diplome|augmentation|note]|[a couche|a du coucher|a surement couche|a forcement couche|a couche avec] [avec]? [le|son|sa] [patron|chef|directeur|boss|manager|producteur|prof|jury|president|dg|rh|drh|recruteur] [pour]', 2.2, 'inherent'],
  ],
}

/** Harm to a person or their things told as an event: counted only when the same post cheers it (signals.ts). */
export const HARM_EVENTS: LexiconGroup = {
  kind: 'harm_event',
  entries: [
    ['[se fera|se fait|se ferait|se fasse|se fassent|se feront|se font|se feraient] [lyncher|tabasser|buter|ecraser|renverser|percuter|planter|poignarder|egorger|agresser|casser la gueule|defoncer|defoncer la gueule|massacrer|fusiller|pendre|bruler|cramer|lapider|trouer|descendre|flinguer|abattre|violer|torturer|tuer|bouffer|devorer|rouler dessus|rouler sur la gueule|exploser|fracasser|demolir|electrocuter]', 2.4, 'inherent'],
    ['[se mange|se mangera|va se manger|vont se manger|va se prendre|vont se prendre|se mangerait|se prend|se prendra|se prendrait|se prenne|se paie|se paye|se paiera|se plante|se plantera|finit|finira|finirait|finisse] [un|une|dans un|dans une|dans le|contre un|contre une|contre le]? [platane|poteau|mur|pylone|camion|bus|train|tram|ravin|fosse|falaise|precipice|arbre|glissiere|semi remorque|balle|rafale|coup de couteau|coup de poignard]', 2.4, 'inherent'],
    ['[se crashe|se crashera|se crasherait|se crashent|s ecrase|s ecrasera|s ecraserait|s ecrasent|explose|explosera|exploserait|prend feu|prendra feu|prendrait feu|prenne feu|part en fumee|partira en fumee|parte en fumee|partent en fumee|flambe|flambera|flamberait|flambent|crame|cramera|cramerait|brule|brulera|brulerait|coule|coulera|coulerait|saute|sautera|sauterait|cramer|bruler|flamber|exploser|sauter|couler|partir en fumee|cramait|brulait|flambait|explosait|sautait|coulait] ~ [avec] [lui|elle|eux|elles|toi|vous|sa famille|leur famille|ses gosses|tout le monde|toute sa famille|toute leur famille|ses enfants|leurs enfants|sa femme|les fideles|ses fideles|leurs fideles|les migrants|les habitants|ses occupants|ses passagers] [dedans|a l interieur|a bord]', 2.6, 'inherent'],
    ['se crashe|se crashera|se crasherait|se crashent|s ecrase au decollage|explose en vol|finit dans le decor|finira dans le decor|finisse dans le decor', 1.6, 'inherent'],
    ['[ne se relevera pas|ne se relevera jamais|ne s en relevera pas|ne s en relevera jamais|ne s en remettra pas|ne s en remettra jamais|ne se reveillera pas|ne rentrera pas chez lui|ne rentrera pas chez elle|ne rentrera jamais chez lui|ne rentrera jamais chez elle|finira en fauteuil|finira paralyse|finira paralysee|finira a l hopital|finira aux urgences|finira en reanimation|finisse a l hopital|finisse en reanimation]', 1.6, 'inherent'],
    ['[pouvait|pouvaient|pourrait|pourraient|puisse|puissent] [finir|terminer|se retrouver|atterrir|tomber] [dans un|dans une|dans le|au fond d un|au fond du|sous un|sous une|sous le] [ravin|fosse|precipice|canal|fleuve|lac|riviere|falaise|train|camion|bus|tram|decombres|beton]|[fasse|fassent|fera|feront|ferait|faire] [taire] ~ ~ [pour de bon|definitivement|a jamais|pour toujours|une bonne fois pour toutes]', 2.2, 'inherent'],
    ['[pendu|pendue|pendus|pendues|lynche|lynchee|lynches|lynchees|egorge|egorgee|crame|cramee|carbonise|carbonisee|carbonises|ecrase|ecrasee|dechiquete|dechiquetee] [a un|a une|au bout d une|au bout d un|sur la|sur le|dans la|dans le|par la|par le|par une|par un] [lampadaire|arbre|corde|pont|place publique|foule|poutre|potence|grue|rue|voiture|camion|train|bus]', 2.6, 'inherent'],
    // Bones broken to someone, said in the future or the conditional (« quelqu'un lui cassera les jambes »; not « le tacle lui a cassé la jambe »).
    ['[lui|leur] [cassera|casserait|casseront|casseraient|petera|peterait|briserait|brisera|fracassera|fracasserait|explosera|exploserait] [les deux|la|les|le]? [jambes|jambe|genoux|genou|bras|dents|nez|cotes|doigts|nuque|crane|gueule|tete|colonne]', 1.6, 'inherent'],
    // A place or a car burning or blown up with its people inside (« … avec lui dedans »).
    ['[brule|brulera|brulerait|crame|cramera|cramerait|flambe|flambera|flamberait|explose|explosera|exploserait] ~? avec [lui|elle|eux|elles] [dedans|a l interieur]', 1.6, 'inherent'],
    ['[le|la|les|l] [retrouve|retrouvera|retrouverait|retrouvent|retrouveront] [pendu|pendue|pendus|mort|morte|morts|creve|crevee|noye|noyee|noyes|dans un fosse|dans le canal|dans la seine|en morceaux|carbonise|carbonisee|egorge|egorgee|les pieds devant]', 2.6, 'inherent'],
  ],
}

/** Harm wished by itself: fire set to where people live or pray (« qu'on foute le feu à leur campement »), people sorted out at birth (« faudrait les trier à la naissance »), a vehicle wished onto someone (« qu'un camion lui roule dessus »). */
export const IMPLICIT_WISHES: LexiconGroup = {
  kind: 'threat',
  entries: [
    ['[qu on|que l on|faudrait|faut|il faut|il faudrait|on devrait|on va|je vais|j vais|jvais|allons|qu ils|qu il|vivement qu on|y a plus qu a|reste plus qu a|suffirait de|suffit de] [foute|foutre|mette|mettre|fout|met|foutra|mettra|bouter|balancer] [le feu] [a|au|aux|chez|dans] [leur|leurs|sa|son|ses|ce|cette|ces|la|le|les|l|tous les|toutes les|tous leurs|toutes leurs]? [campement|campements|camp|camps|mosquee|mosquees|synagogue|synagogues|eglise|eglises|centre|centres|foyer|foyers|maison|maisons|baraque|baraques|caravane|caravanes|squat|squats|permanence|cabane|cabanes|tentes|tente|bidonville|bidonvilles|hlm|local|locaux|siege|appart|appartement|domicile|bagnole|voiture|boutique|epicerie|kebab|resto|restaurant|commerce|ecole coranique|salle de priere|lieu de culte|centre culturel|centre d accueil|centre pour migrants|cite]', 2.6, 'inherent'],
    // People to be sorted out or done away with at birth (« faudrait les trier à la naissance »).
    ['[faudrait|faut|il faudrait|il faut|on devrait|faudra|y a qu a|suffirait de] [les|la|le|l] [trier|eliminer|steriliser|euthanasier|supprimer|noyer|gazer|jeter|abattre] [a la naissance|des la naissance|a la maternite|au berceau|des le berceau|avant la naissance|avant qu ils naissent|avant qu elles naissent]', 2.4, 'inherent'],
    ['[qu un|qu une|que le|que la] [camion|bus|train|tram|voiture|bagnole|chauffard|avion|cancer|balle|meteorite|tuile|parpaing|piano|grue|requin|ours|meute] ~ [lui|leur|te|vous] [roule dessus|rentre dedans|tombe dessus|passe dessus|fonce dessus|arrache la tete|arrache les jambes]', 2.8, 'inherent'],
  ],
}

/** Cheering or hoping for what happens in a harm event of the same post. */
export const CHEERS: LexiconGroup = {
  kind: 'cheer',
  entries: [
    ['je paierai ma tournee|j apporte le champagne|j apporterai le champagne|je ramene le champagne|je ramenerai le champagne|l aura bien cherche|l auront bien cherche|l a bien cherche|l ont bien cherche|l avait bien cherche|avec de la chance|je paie ma tournee|je paye ma tournee|je payerai ma tournee|je paierai la tournee|je paye la tournee|tournee generale|je paye l apero|je paie l apero|je paierai l apero|je payerai l apero|je sabre le champagne|je sabrerai le champagne|je sors le champagne|je sortirai le champagne|j ouvre le champagne|j ouvrirai le champagne|j apporte les chamallows|j apporterai les chamallows|j apporte les marshmallows|j apporte le pop corn|je sors le pop corn|je ferai la fete|je fais la fete|on fera la fete|je danserai|je danse|j applaudirai|j applaudis|j applaudirais|ce sera noel|ce serait noel|noel avant l heure|ce sera la fete|ce serait la fete|jour de fete|meilleure nouvelle de l annee|meilleure nouvelle de la semaine|meilleure nouvelle du siecle|meilleure nouvelle de la journee|la meilleure nouvelle|on sera tranquilles|on serait tranquilles|on sera enfin tranquilles|on serait enfin tranquilles|on sera debarrasses|on serait debarrasses|on en sera debarrasses|bon debarras|je dirais merci|je dirai merci|je dirais pas non|je dirai pas non|je pleurerai pas|je pleurerais pas|personne ne pleurera|personne pleurera|ca me fera plaisir|ca me ferait plaisir|ca me ferait trop plaisir|je rirai bien|je rigolerai bien|je vais bien rire|je serai ravi|je serais ravi|je serai ravie|je serais ravie|je serai aux anges|je serais aux anges|ce sera bien merite|ce serait bien merite|bien merite|il l aura cherche|elle l aura cherche|ils l auront cherche|il l aura pas vole|elle l aura pas vole|on en entendra plus parler|on n en entendra plus parler|on n en entendra plus jamais parler|on en entendra plus jamais parler|vivement|avec un peu de chance|si on a de la chance|si on a du bol|avec un peu de bol|si la chance nous sourit|s il y a une justice|si y a une justice|si il y a une justice|il y a une justice|ce serait justice|ce sera justice|j espere que|j espere qu|j espere sincerement que|j espere sincerement qu|j espere vraiment que|j espere vraiment qu|j espere de tout coeur que|j espere de tout coeur qu|j espere fort que|j espere fort qu|j espere bien que|j espere bien qu|pourvu que|pourvu qu|je prie pour que|je prie pour qu|je souhaite que|je souhaite qu|on peut rever|on peut toujours rever|je reve du jour ou|j attends le jour ou|j attends juste que|j attends que|hate du jour ou|hate que', 2.4, 'inherent'],
  ],
}

/** Contempt for a person's existence and worth, without insult words. */
export const IMPLICIT_CONTEMPT: LexiconGroup = {
  kind: 'insult',
  entries: [
    // « tes parents auraient dû s'arrêter au premier enfant », « ta mère aurait dû adopter un chat ».
    ['[tes|ta|ton|vos|votre|tes propres|ta propre|ton propre] [parents|mere|pere|daronne|daron|darons|vieux|geniteurs] [auraient du|aurait du|auraient mieux fait de|aurait mieux fait de|auraient pu|aurait pu|auraient bien fait de|aurait bien fait de] [s arreter|s abstenir|rester steriles|rester sterile|utiliser une capote|mettre une capote|mettre un preservatif|prendre la pilule|adopter|avoir un chien|avoir un chat|prendre un chien|prendre un chat|se retenir|faire ceinture|rester puceau|rester vierge|te laisser a la maternite|t abandonner|te noyer|te jeter|s en tenir la|s en tenir a|se faire ligaturer|se faire vasectomiser|se contenter|arreter avant|regarder la tele ce soir la|dormir ce soir la|avaler]', 2.6, 'inherent'],
    ['[tes|ta|ton|vos|votre] [parents|mere|pere|daronne|daron|darons|famille] [ont|a|doivent|doit|ont du|a du] [pleurer|regretter|avoir honte|pleure|regrette] ~ [le jour de ta naissance|a ta naissance|en te voyant naitre|quand t es ne|quand t es nee|quand tu es ne|quand tu es nee|de t avoir fait|de t avoir eu|de t avoir eue|de t avoir mis au monde|de t avoir fait naitre|ta naissance]', 2.4, 'inherent'],
    // Unwanted: « tout le monde se lasse de toi », « t'es de trop », « va brasser du vent ailleurs ».
    ['[tout le monde|toute la section|tout le groupe|tout le forum|toute l equipe|tout le fil|toute la classe|personne ici] ~? [se lasse de toi|s est lasse de toi|en a assez de toi|en a soupe de toi|attend que tu te casses|attend que tu degages|attend que tu fermes ta boite|attend que tu te barres|attendent que tu te barres|attendent que tu te casses|attendent que tu degages|t a assez vu|t a assez lu|t a assez entendu|se passerait bien de toi|se passerait de toi|se fiche de ce que tu penses|se fout de ce que tu penses]|[va|vas|allez|retourne|retournez] [brasser du vent|brasser de l air|faire ton numero|faire ton show|faire ton cirque|poster tes conneries|deverser ta bile|faire ta loi] [ailleurs|plus loin|chez toi|sur un autre forum|sur un autre fil]', 2.0, 'inherent'],
    // « t'es de trop », « tu es en trop ici ».
    ['t es de trop|tu es de trop|t es en trop|tu es en trop|t etais de trop|tu etais de trop|vous etes de trop|t es clairement de trop|t es vraiment de trop', 2.0, 'inherent'],
    // Loneliness explained by one's looks or posts: « je comprends pourquoi t'es célibataire », « ça explique pourquoi personne veut sortir avec toi ».
    ['[comprends|comprend|comprenons|comprenez|explique|s explique] [mieux|enfin|maintenant|tout de suite|direct]? [pourquoi] [t es|tu es|tu restes|t restes|tu finis|personne|aucune fille|aucune meuf|aucun mec|aucun gars] [toujours]? [celibataire|seul|seule|puceau|puceau|pucelle|sans copine|sans copain|sans amis|veut sortir avec toi|ne veut sortir avec toi|veut de toi|ne veut de toi|te calcule|ne te calcule|t aime|ne t aime]', 2.2, 'inherent'],
    // Sent back to a child's app: « reste sur TikTok, c'est plus ton niveau ».
    ['[reste|restes|retourne|retournes|va|vas|repars|retourne jouer] [sur|a|jouer a|jouer sur] [tiktok|snap|snapchat|insta|instagram|roblox|fortnite|minecraft|youtube kids|candy crush|pokemon go|tes filtres] ~? [c est plus ton niveau|c est plus de ton niveau|c est plus a ton niveau|c est ton niveau|c est de ton niveau|c est a ton niveau|t es a ta place|c est ta place]', 2.0, 'inherent'],
    // Posts said to lower everyone's intelligence: « on perd des points de QI à te lire ».
    ['[perd|perds|perdons|perdez|perdre|coute|coutent|fait perdre|fais perdre|font perdre|enleve|enleves] [des|deux|trois|dix|vingt|quelques|plusieurs|au moins|un]? [points de qi|point de qi|points d intelligence|neurones|de qi|le qi]|[qi collectif|qi moyen du forum|qi moyen du groupe|qi moyen de la conversation]', 2.0, 'inherent'],
    // Sent back to a child's toys and snacks: « retourne jouer avec tes figurines », « va finir ton goûter ».
    ['[retourne|retournes|retournez|va|vas|allez|va donc|retourne donc] [jouer avec tes|jouer avec ta|jouer avec ton|jouer avec les] [figurines|playmobils|playmobil|legos|lego|pokemons|cartes pokemon|petites voitures|poupees|barbies|barbie|jouets|peluches|peluche|doudou|dinosaures|petits soldats|billes|cubes|hochet]|[va|vas|allez|va donc|retourne|retourne donc|retournez] [finir|manger|boire|prendre|terminer] [ton|ta|tes|votre] [gouter|compote|biberon|tetine|petit suisse|danette|chocolat chaud|lait|bouillie|petit pot|petits pots|kinder|croquettes]', 2.0, 'inherent'],
    // Not worth the air: « on devrait te facturer l'oxygène ».
    ['[on devrait|faudrait|il faudrait|faut|on va|je vais|qu on|ils devraient] [te|vous|lui|leur] [facturer|faire payer|taxer|retirer|couper|rationner|compter|supprimer] [l oxygene|ton oxygene|son oxygene|l air que tu respires|l air qu il respire|l air qu elle respire|l air|ta part d oxygene|ton droit de respirer]|[tu|vous|il|elle] [gaspilles|gaspillez|gaspille|voles|volez|vole|consommes|pompes] [de l oxygene|l oxygene|notre oxygene|de l air|l air des autres|l oxygene des autres]', 2.2, 'inherent'],
    // Pity for a life: « quelle tristesse ta vie », « ta vie doit être bien triste ».
    ['[quelle tristesse|quelle misere|quel neant|quel vide|quelle vie de merde|quelle vie pathetique|quelle vie triste] [ta|ta petite|votre] [vie|existence]|[quelle vie triste|quelle triste vie|quelle vie de merde|quelle vie pathetique|quelle vie minable|quelle vie de loser] [t as|tu as|t a|tu dois avoir|vous avez]|[ta|votre] [vie|existence|petite vie] [doit etre|est|a l air] [bien|tellement|si|vraiment|tres]? [triste|vide|pathetique|miserable|minable|morne|sinistre|pitoyable|vide de sens]', 2.2, 'inherent'],
    // A face to hide: « une tronche pareille, ça devrait être interdit ».
    ['[une tronche|une gueule|une tete|une face|un physique|un visage|un corps|une dentition] [pareil|pareille|pareils|comme ca|comme la sienne|comme la tienne|comme la votre|de ce genre] ~? [devrait etre interdit|devrait etre interdite|ca devrait etre interdit|ca devrait etre interdite|devrait etre illegal|devrait etre illegale|interdit d antenne|interdite d antenne|faudrait l interdire|faut la cacher|faut le cacher|faudrait la cacher|faudrait le cacher|cachez moi ca|cache moi ca|ca se cache|ca se montre pas|on la cache|on le cache|c est un crime|devrait etre puni]', 2.2, 'inherent'],
    // « t'existes pour quoi ? », « à quoi tu sers sur terre ».
    ['t existes pour quoi|tu existes pour quoi|pourquoi t existes|pourquoi tu existes|pourquoi t existes encore|pourquoi tu existes encore|a quoi tu sers|a quoi vous servez|a quoi tu sers sur terre|a quoi sert ton existence|ton existence sert a rien|ton existence ne sert a rien|ton existence est inutile|ton existence est une insulte|ta naissance etait une erreur|ta naissance est une erreur|ta naissance a ete une erreur|ta naissance etait un accident|t aurais pas du naitre|tu aurais pas du naitre|tu n aurais pas du naitre|t aurais jamais du naitre|tu aurais jamais du naitre|tu n aurais jamais du naitre|t es un accident|t es ne par erreur|t es nee par erreur|la cigogne s est trompee|la sage femme aurait du|la sage femme t a fait tomber|on aurait du te laisser a la maternite|on aurait du t oublier a la maternite', 2.4, 'inherent'],
    // « t'as le charisme d'une serpillère », « la conversation d'une boîte aux lettres ».
    ['[t as|tu as|vous avez|t a|t avez|il a|elle a|ta|ton|votre|sa|son|ce mec a|cette meuf a] ~? [le charisme|la personnalite|la conversation|l intelligence|le sex appeal|l humour|le sens de l humour|le charme|l elegance|la grace|la presence|le cerveau|la vivacite|l energie|la culture|le vocabulaire|la profondeur|la finesse|la sensibilite|l expressivite|la repartie|le magnetisme|l aura|la conversation|le dynamisme|l eloquence|l esprit|la beaute|le sourire|le regard|le qi|le niveau] [d une|d un|de|du|d] [serpilliere|huitre|moule|poulpe|limace|endive|courgette|navet|poireau|chou|patate|pomme de terre|brique|parpaing|caillou|pierre|planche|planche a repasser|meuble|table|chaise|lampadaire|poteau|boite aux lettres|boite de conserve|plante verte|cactus|radiateur|frigo|porte|porte de prison|serviette|chaussette|chaussette sale|paillasson|torchon|eponge|balai|pot de fleurs|pot de yaourt|yaourt|yaourt perime|tabouret|moquette|lavabo|cuvette|poubelle|sac plastique|sac poubelle|carton|bulot|bigorneau|mollusque|amibe|bacterie|microbe|cafard|poisson mort|poisson rouge|pigeon|dinde|mouton|veau|cadavre|zombie|brique de lait|biscotte|pain rassis|tranche de jambon|flan|tofu|huitre morte|mur|mur de beton|papier peint|bigoudi|rond point|parking|pneu creve|ticket de metro|notice ikea|annuaire|fax|minitel|tapis de sol|serpillere|camembert|fromage blanc|pate a crepe|bonnet de bain|cintre|ampoule grillee|pile usee|calculette|grille pain]', 2.2, 'inherent'],
  ],
}

/** Qualities whose denial to a whole group is hateful (« aucun X n'est fiable », « je ne pense pas que les X soient intelligents »). */
const WORTH =
  'capable|capables|intelligent|intelligente|intelligents|intelligentes|fiable|fiables|honnete|honnetes|competent|competente|competents|competentes|digne de confiance|dignes de confiance|digne|dignes|respectable|respectables|normal|normale|normaux|normales|humain|humaine|humains|humaines|civilise|civilisee|civilises|civilisees|eduque|eduquee|eduques|eduquees|sincere|sinceres|loyal|loyale|loyaux|loyales|travailleur|travailleuse|travailleurs|travailleuses|a la hauteur|au niveau|bienvenu|bienvenue|bienvenus|bienvenues|integrable|integrables|assimilable|assimilables|egal|egale|egaux|egales|l egal|l egale|les egaux|les egales|de vrais francais|des vrais francais|de vraies femmes|des vraies femmes|une vraie femme|un vrai francais|une vraie francaise|un vrai homme|de vrais hommes|beau|belle|beaux|belles|joli|jolie|jolis|jolies|attirant|attirante|attirants|attirantes|gentil|gentille|gentils|gentilles|bon|bonne|bons|bonnes|utile|utiles|moral|morale|moraux|morales'

/** Words that open a quantified denial (« aucun X n'est … », « pas un seul X n'a … »). */
const ANY_ONE = 'aucun|aucune|pas un|pas une|pas un seul|pas une seule|jamais un|jamais une|nul|nulle'

/** Where a group is not wanted (« je ne veux pas d'un X comme voisin / près de chez moi »): not « dans ma vie », a love life. */
const UNWANTED_NEAR =
  'comme voisin|comme voisins|comme voisine|comme voisines|comme collegue|comme collegues|comme prof|comme profs|comme medecin|comme patron|comme patronne|comme chef|comme gendre|comme belle fille|comme ami|comme amis|comme amie|pres de chez moi|pres de chez nous|a cote de chez moi|a cote de chez nous|pres de moi|pres de mes enfants|dans mon quartier|dans notre quartier|dans ma rue|dans mon immeuble|dans ma ville|dans mon village|dans mon pays|dans notre pays|dans ma boite|dans mon equipe|dans ma famille|dans notre ecole|dans mon ecole|chez moi|chez nous|ici|en france|autour de moi|dans le coin|dans mon entourage'

/** Women and men as a trans person is said not to be (« une femme trans n'est pas une femme »). */
const TRANS_WOMEN = '[femme|femmes|meuf|meufs|fille|filles] [trans|transgenre|transgenres]'
const TRANS_MEN = '[homme|hommes|mec|mecs|garcon|garcons] [trans|transgenre|transgenres]'

/**
 * Praise denied to a whole group, the group spelled in the phrase (issue 11, « negated praise »
 * round): a quantified group (« aucun X n'est capable », « pas un seul X n'est fiable »), a doubt
 * (« je ne pense pas que les X soient intelligents »), a praise refused outright (« respecter les X ?
 * jamais de la vie », « je refuse de considérer les X comme … », « les X, je ne les respecterai
 * jamais »), a renting refusal with its object (« je ne loue pas mon appart à des X »), and a
 * trans person's gender denied. The context rules (negation, reporting, quoting, counter-speech)
 * apply as to any hit.
 */
export const IMPLICIT_NEGATED_PRAISE: LexiconGroup = {
  kind: 'identity_hate',
  entries: [
    [`[${ANY_ONE}] [${ALL_GROUPS.join('|')}] [${ALL_GROUPS.join('|')}]? [ne|n] [est|sera|serait|etait|sont|seront|a jamais ete|peut etre|pourra etre|pourra jamais etre|sait etre] [vraiment|assez|jamais|reellement|totalement|franchement|vraiment assez|suffisamment|aussi|pleinement]? [${WORTH}]`, 2.4, 'inherent'],
    // « aucun X n'a jamais rien fait de bien », « aucun X n'a de morale ».
    [`[${ANY_ONE}] [${ALL_GROUPS.join('|')}] [${ALL_GROUPS.join('|')}]? [ne|n] [a|ont|aura|avait|auront] [jamais]? [rien] [fait|apporte|cree|construit|produit|donne|accompli|reussi] [de bien|de bon|d utile|de beau|de grand|de positif|a personne|a la societe|au monde|a ce pays|a la france|a l humanite|a notre pays]`, 2.4, 'inherent'],
    [`[${ANY_ONE}] [${ALL_GROUPS.join('|')}] [${ALL_GROUPS.join('|')}]? [ne|n] [a|aura|avait|possede] [jamais]? [de|d|aucune|aucun|le moindre|la moindre|pas de]? [morale|valeurs|principes|honneur|dignite|scrupules|conscience|sens moral|coeur|ame|cerveau|talent|merite|humanite|education|valeur]`, 2.4, 'inherent'],
    // « je n'ai jamais rencontré un X qui soit honnête / une X qui sache conduire ».
    [`[ai|a|avons|avez|avais] [jamais|encore jamais|jamais de ma vie|jamais encore] [rencontre|vu|connu|croise] [un|une|de|d|un seul|une seule] [${ALL_GROUPS.join('|')}] [qui] [soit|soient|sache|sachent|ait|aient|fasse|etait|est|sont|savait|sait] [vraiment|reellement|bien|un peu]? [${WORTH}|conduire|reflechir|lire|compter|se tenir|se comporter|travailler|bosser|se garer]`, 2.4, 'inherent'],
    // « je ne pourrais jamais vivre à côté d'un X / travailler avec une personne X ».
    [`[pourrais|pourrai|pourrions|pourrait|peux|pourra] [jamais|pas|plus|plus jamais|jamais de la vie] [vivre|habiter|travailler|dormir|manger|bosser|cohabiter] [a cote|avec|pres|chez|aupres]? [d|de|des|du|un|une|les|la|le]? [un|une]? [personne|personnes]? [${ALL_GROUPS.join('|')}]`, 2.4, 'inherent'],
    // « je ne veux pas d'un X comme voisin », « personne ne veut de X ici ».
    [`[veux|voulons|voudrais|veut|veulent|voudrait] [pas|plus|aucun|aucune|jamais] [de|d|des]? [un|une]? [personne|personnes]? [${ALL_GROUPS.join('|')}] [${UNWANTED_NEAR}]|[personne ne veut|personne veut|on ne veut|on veut pas|on veut plus] [de|d|des]? [${ALL_GROUPS.join('|')}]`, 2.4, 'inherent'],
    // Praise asked and laughed off: « les X, des gens bien ? jamais ! », « un X digne de confiance ? ça n'existe pas ».
    [`[les|des] [${MANY_GROUP}] [des gens bien|des gens honnetes|des gens fiables|des gens de confiance|des gens normaux|des etres humains|des humains|dignes de confiance|intelligents|intelligentes|honnetes|fiables] [jamais|jamais de la vie|certainement pas|surement pas|laisse moi rire|tu rigoles|vous rigolez|n importe quoi|ca n existe pas|ca existe pas|non merci|la bonne blague|et puis quoi encore]|[un|une] [${ALL_GROUPS.join('|')}] [${WORTH}] [ca n existe pas|ca existe pas|ca n existe meme pas|ca existe meme pas|j en ai jamais vu|j en ai jamais croise|j en ai jamais rencontre|introuvable|ca se trouve pas|mission impossible|la bonne blague|laisse moi rire]`, 2.4, 'inherent'],
    [`[pense|crois|trouve|dirais|imagine|vois] [pas|jamais|vraiment pas|absolument pas] [que|qu] [les|des|ces|un|une]? [${MANY_GROUP}] [soient|sont|puissent etre|seront|seraient|soit|est|puisse etre] [vraiment|aussi|assez|jamais|reellement|suffisamment|autant]? [${WORTH}]`, 2.4, 'inherent'],
    [`[respecter|accepter|tolerer|aimer|apprecier|estimer|considerer|integrer|accueillir|embaucher|soigner|loger|faire confiance a|faire confiance aux|faire confiance a un|faire confiance a une|faire confiance a des] [les|des|un|une|ces|aux]? [${MANY_GROUP}] [jamais|jamais de la vie|jamais de ma vie|plutot crever|plutot mourir|meme pas en reve|hors de question|certainement pas|surement pas|et puis quoi encore|non merci|tu reves|vous revez|faut pas rever|laisse moi rire|plus jamais|pas question|ca va pas|n importe quoi|lol non|mdr non|ptdr non|non jamais|sans moi|tres peu pour moi|pas pour moi|pas chez moi]`, 2.4, 'inherent'],
    // Refusing to respect, accept or tolerate a group says it outright; refusing to see or treat it « as » something needs a praise
    // after (« … comme des égaux »), not a blame (« je refuse de considérer les réfugiés comme des criminels » defends them).
    [`[refuse|refuserai|refuserai toujours|refuse toujours|refuse categoriquement] [de|d] [respecter|accepter|tolerer] [les|des|ces|un|une]? [${MANY_GROUP}]`, 2.4, 'inherent'],
    [`[refuse|refuserai|refuserai toujours|refuse toujours|refuse categoriquement] [de|d] [considerer|voir|traiter|appeler] [les|des|ces|un|une]? [${MANY_GROUP}] [comme]? [des|mes|nos|un|une]? [egaux|egales|egal|egale|humains|etres humains|personnes|femmes|hommes|vraies femmes|vrais hommes|francais|citoyens|semblables|freres|soeurs|collegues|voisins]`, 2.4, 'inherent'],
    [`[${MANY_GROUP}] [je|j|on|moi je|perso je] [ne|n]? [les|leur] [respecterai|respecterais|respecte|respectera|accepterai|accepterais|accepte|tolererai|tolere|supporterai|supporte|ferai confiance|fais confiance|ferai jamais confiance|aimerai|aime|apprecierai|apprecie|estime|considere|considererai] [jamais|pas|plus|plus jamais|aucunement|jamais de la vie]`, 2.4, 'inherent'],
    [`[je|j|on|nous|moi je] [ne|n]? [loue|louons|louerai|vends|vendons|vendrai|laisse|laisserai|confie|confierai|ouvre|ouvrirai] [pas|plus|jamais] [mon appart|mon appartement|mon logement|ma maison|mon studio|ma chambre|mes chambres|mes apparts|mon local|ma voiture|mes enfants|mes gosses|mon gite|ma porte|mon bien|mes biens] [a|aux|chez] [des|les|un|une|de|d]? [${ONE_OF_GROUP}]`, 2.4, 'inherent'],
    [`${TRANS_WOMEN} [n est|ne sont|ne sera|ne seront|c est|ce sont|est|sont|sera|seront|restera|resteront] [pas|jamais|toujours pas|pas vraiment|jamais vraiment|jamais de|pas de|pas des|jamais des] [une|des|de|vraies|vraie]? [vraie|vraies|veritable|veritables]? [femme|femmes|fille|filles|meuf|meufs]`, 2.4, 'inherent'],
    [`${TRANS_MEN} [n est|ne sont|ne sera|ne seront|c est|ce sont|est|sont|sera|seront|restera|resteront] [pas|jamais|toujours pas|pas vraiment|jamais vraiment|jamais de|pas de|pas des|jamais des] [un|des|de|vrais|vrai]? [vrai|vrais|veritable|veritables]? [homme|hommes|garcon|garcons|mec|mecs]`, 2.4, 'inherent'],
    [`${TRANS_WOMEN} [reste|restent|restera|resteront|est|sont|sera|seront|c est|ce sont] [toujours|en vrai|en realite|au fond|quand meme|juste|seulement|que|qu]? [un|des|de]? [homme|hommes|mec|mecs|gars|bonhomme|travesti|travestis] [deguise|deguises|en robe|en jupe|maquille|maquilles]?`, 2.4, 'inherent'],
    [`${TRANS_MEN} [reste|restent|restera|resteront|est|sont|sera|seront|c est|ce sont] [toujours|en vrai|en realite|au fond|quand meme|juste|seulement|que|qu]? [une|des|de]? [femme|femmes|fille|filles|meuf|meufs|nana|nanas]`, 2.4, 'inherent'],
  ],
}
