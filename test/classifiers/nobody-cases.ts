/**
 * Own cases for « personne » across an object pronoun (issue 11, round eleven, branch nobody):
 * written before negation.ts learnt to read « personne ne t'écoute », « personne ne te frappera »
 * and never tuned on afterwards. What is said to nobody depends on the negated verb: care,
 * affection or worth nobody gives the hearer is hostile (« personne ne t'aime », « personne ne te
 * respecte »); harm nobody will do is reassurance (« personne ne te frappera »). The quiet side also
 * holds the look-alikes of care: a comparison (« personne ne t'aime autant que moi »), a condition
 * (« si personne ne t'écoute, viens me parler ») and one's own feeling (« personne ne m'aime »).
 * teen-cases.test.ts runs it as a blind set (the firing side reported, the quiet side required).
 */
import { fire, quiet } from './teen-cases.js'
import type { CaseGroup } from './teen-cases.js'

export const NOBODY_CASES_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'care, affection or worth nobody gives the hearer',
    cases: [
      fire('personne ne t\'aime, t\'as compris ?'),
      fire('personne ne te respecte dans cette classe'),
      fire('personne ne t\'apprécie ici, casse-toi'),
      fire('personne ne te kiffe au collège'),
      fire('personne ne te regretterait si tu partais'),
      fire('personne ne te supportera jamais'),
      fire('personne ne t\'estime ici'),
      fire('personne ne t\'écoute de toute façon'),
      fire('personne te respecte gros'),
      fire('personne ne te calculera jamais'),
      fire('personne ne t\'invite jamais, demande toi pourquoi'),
      fire('personne ne t\'accepte dans le groupe'),
      fire('personne ne te pleurera'),
      fire('mdr personne ne t\'aime même pas ta mère'),
      fire('personne ne t\'aimera jamais avec ta tête de cake'),
    ],
  },
]

export const NOBODY_CASES_QUIET: readonly CaseGroup[] = [
  {
    name: 'harm nobody will do',
    cases: [
      quiet('personne ne te frappera, t\'inquiète'),
      quiet('t\'inquiète personne ne te touchera'),
      quiet('personne ne te fera de mal ici'),
      quiet('personne ne t\'agressera, je suis là'),
      quiet('personne ne va te juger ici'),
      quiet('personne ne t\'insultera plus, on a parlé au prof'),
      quiet('personne ne te harcèlera dans ce groupe'),
      quiet('personne ne se moquera de toi, promis'),
      quiet('personne ne te tapera à la récré, je te protège'),
      quiet('personne ne te volera ton tel dans le casier'),
    ],
  },
  {
    name: 'look-alikes of care denied',
    cases: [
      quiet('personne ne t\'aime autant que moi'),
      quiet('personne ne te comprend mieux que ta sœur'),
      quiet('personne ne te respecte plus que moi frérot'),
      quiet('si personne ne t\'écoute, viens me parler'),
      quiet('j\'ai l\'impression que personne ne m\'aime'),
    ],
  },
]

export const NOBODY_CASES_KNOWN_LOUD: readonly string[] = []
