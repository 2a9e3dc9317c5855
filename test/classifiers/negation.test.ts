import { describe, expect, it } from 'vitest'
import { tokensOf } from '../../classifiers/analyse.js'
import { modalityOf } from '../../classifiers/negation.js'
import type { Modality, Span } from '../../classifiers/negation.js'
import type { Token } from '../../classifiers/text/token.js'

/**
 * The span of `words` in the tokens of `text`, the way the lexicon matcher would give it:
 * each « ~ » is a gap, a word the pattern skips and does not spell.
 */
function spanIn(tokens: readonly Token[], words: string): Span {
  const want = words.split(' ')
  for (let first = 0; first + want.length <= tokens.length; first++) {
    if (want.every((w, i) => w === '~' || tokens[first + i]?.text === w)) {
      return { first, last: first + want.length - 1, phrase: { vocab: new Set(want.filter((w) => w !== '~')) } }
    }
  }
  throw new Error(`« ${words} » is not in ${JSON.stringify(tokens.map((t) => t.text))}`)
}

/** How the span `words` is said in `text`. */
function said(text: string, words: string, verbal = false): Modality {
  const tokens = tokensOf(text)
  return modalityOf(tokens, spanIn(tokens, words), verbal)
}

describe('modalityOf: negation', () => {
  it('leaves a span said as it stands', () => {
    expect(said('t es une pute', 'pute')).toEqual({ negation: null, nobody: null, worry: false })
    expect(said("j'espère qu'il crève", 'qu il creve', true)).toEqual({ negation: null, nobody: null, worry: false })
  })

  it('takes a negator shortly before, in the same clause', () => {
    expect(said("ce n'est pas une pute", 'pute').negation).toBe('before')
    expect(said("t'es jamais un lâche", 'lache').negation).toBe('before')
    expect(said('pas du tout. T es une pute', 'pute').negation).toBeNull()
    expect(said('non mais sérieux franchement t es une pute', 'pute').negation).toBeNull()
  })

  it('reaches back only as far as the window its caller gives', () => {
    const tokens = tokensOf('vous êtes pas pathétiques')
    const span = spanIn(tokens, 'pathetiques')
    expect(modalityOf(tokens, span).negation).toBe('before')
    expect(modalityOf(tokens, span, false, 1).negation).toBe('before')
    const far = tokensOf('pas vous êtes pathétiques')
    expect(modalityOf(far, spanIn(far, 'pathetiques')).negation).toBe('before')
    expect(modalityOf(far, spanIn(far, 'pathetiques'), false, 2).negation).toBeNull()
  })

  it('does not take « ne … que » (only) nor « pas moins » for a negation', () => {
    expect(said("t'es qu'une pute", 'pute').negation).toBeNull()
    expect(said("t'es pas qu'une pute", 'pute').negation).toBeNull()
    expect(said('il ne frappe que les faibles', 'frappe').negation).toBeNull()
    expect(said('il ne frappe pas moins fort', 'frappe').negation).toBeNull()
  })

  it('closes « ne … » with « rien » too, but only in the same clause', () => {
    expect(said('les X ne valent vraiment rien', 'valent').negation).toBe('ne')
    expect(said('ils ne comptent pour rien', 'comptent').negation).toBe('ne')
    expect(said('je ne veux pas de X ici, point', 'veux pas de x ici').negation).toBeNull()
  })

  it('keeps « pas que » before a clause a negation (« ne méritent pas qu\'on les respecte »)', () => {
    expect(said("ils ne méritent pas qu'on les respecte", 'respecte').negation).toBe('before')
  })

  it('closes « ne … pas » around the span or through a « ne » inside it', () => {
    expect(said('il ne frappe pas', 'frappe').negation).toBe('ne')
    expect(said('il ne la frappera jamais', 'frappera').negation).toBe('ne')
    expect(said("je n'ai frappé personne", 'frappe').negation).toBe('ne')
    expect(said("j'espère qu'il ne meure pas", 'qu il ~ meure').negation).toBe('ne')
    expect(said("j'espère qu'il ne meure", 'qu il ~ meure').negation).toBeNull()
  })

  it('takes a negator its pattern skipped over, not one it spells', () => {
    expect(said('je vais pas te tuer', 'je vais ~ te tuer').negation).toBe('inner')
    expect(said('tu vaux pas un clou', 'tu vaux pas un clou').negation).toBeNull()
  })

  it('does not let an earlier clause negate a span that starts with its own subject', () => {
    expect(said('je dis pas ça mais je vais te tuer', 'je vais te tuer').negation).toBeNull()
    expect(said('je dis pas ça mais va te tuer', 'va te tuer').negation).toBe('before')
  })

  it('reads a clause governed by a negated verb of opinion as negated, up to its end', () => {
    expect(said('je ne pense pas que les noirs soient stupides', 'stupides').negation).toBe('opinion')
    expect(said("je crois pas que t'es con", 'con').negation).toBe('opinion')
    expect(said("je trouve pas qu'elle est moche", 'moche').negation).toBe('opinion')
    // The scope ends at the clause: the insult after the comma is said.
    expect(said("je crois pas que t'aies compris, connard", 'connard').negation).toBeNull()
    // An opinion said, not denied, negates nothing.
    expect(said('je pense que les noirs sont stupides', 'stupides').negation).toBeNull()
    expect(said("je pense pas. t'es con", 'con').negation).toBeNull()
  })

  it('reads « tout sauf » as a negation', () => {
    expect(said("t'es tout sauf un lâche", 'lache').negation).toBe('tout-sauf')
  })

  it('takes a bare « pas » or « jamais » right after a wish or an order, not after a noun', () => {
    expect(said("j'espère qu'il crève pas", 'qu il creve', true).negation).toBe('spoken')
    expect(said('crève jamais stp', 'creve', true).negation).toBe('spoken')
    expect(said("j'espère qu'il crève pas", 'qu il creve').negation).toBeNull()
    expect(said('t es une pute pas une princesse', 'pute').negation).toBeNull()
    expect(said("j'espère qu'il crève pas que lui", 'qu il creve', true).negation).toBeNull()
  })
})

describe('modalityOf: nobody (« personne »)', () => {
  it('finds « personne » as the subject just before the span or before its « ne »', () => {
    expect(said('personne va te frapper', 'va te frapper')).toEqual({ negation: null, nobody: 'subject', worry: false })
    expect(said('personne ne va te frapper', 'va te frapper')).toEqual({ negation: null, nobody: 'subject', worry: false })
    expect(said("j'espère que personne ne se fera agresser", 'se fera agresser').nobody).toBe('subject')
  })

  it('does not reach « personne » two words before without « ne » between, nor across a clause break', () => {
    expect(said('personne ici va te frapper', 'va te frapper').nobody).toBeNull()
    expect(said('on se voit en vrai ou personne, je vais te niquer', 'je vais te niquer').nobody).toBeNull()
    expect(said('personne. Ne va pas te plaindre', 'va pas te plaindre').nobody).toBeNull()
  })

  it('does not take the noun « personne » (someone) for nobody', () => {
    expect(said('cette personne va te frapper', 'va te frapper').nobody).toBeNull()
    expect(said('une seule personne va te frapper', 'va te frapper').nobody).toBeNull()
    expect(said('on se voit en personne je vais te niquer', 'je vais te niquer').nobody).toBeNull()
    expect(said('je souhaite à cette personne un cancer', 'souhaite ~ ~ ~ un cancer').nobody).toBeNull()
    expect(said('aucune personne ne va te frapper', 'va te frapper').nobody).toBe('subject')
  })

  it('reaches « personne » across the object pronouns and a modal before the span', () => {
    expect(said("personne ne t'écoute", 'ecoute').nobody).toBe('subject')
    expect(said('personne te soutient', 'soutient').nobody).toBe('subject')
    expect(said('personne ne te le dira', 'dira').nobody).toBe('subject')
    expect(said("personne ne va t'aimer", 'aimer').nobody).toBe('subject')
    expect(said('personne ne peut te frapper', 'frapper').nobody).toBe('subject')
    // Three pronouns is past the reach; a clause break or a noun « personne » stops it.
    expect(said('personne ne te le lui dira', 'dira').nobody).toBeNull()
    expect(said("personne. T'écoute", 'ecoute').nobody).toBeNull()
    expect(said("cette personne t'écoute", 'ecoute').nobody).toBeNull()
    expect(said("personne ici t'écoute", 'ecoute').nobody).toBeNull()
  })

  it('reads « nul ne » as nobody, and « nul » alone as the adjective', () => {
    expect(said('nul ne hait les juifs', 'hait').nobody).toBe('subject')
    expect(said('nulle ne va te frapper', 'va te frapper').nobody).toBe('subject')
    expect(said('t es nul va te frapper', 'va te frapper').nobody).toBeNull()
  })

  it('finds « personne » among the words the pattern skipped, not one it spells', () => {
    expect(said('je ne souhaite à personne un cancer', 'souhaite ~ ~ un cancer').nobody).toBe('inner')
    expect(said("personne ne t'aime", 'personne ne t aime').nobody).toBeNull()
    expect(said('je lui souhaite vraiment un cancer', 'souhaite ~ un cancer').nobody).toBeNull()
  })

  it('tells nobody and a negation apart: both can hold', () => {
    expect(said('personne ne te frappera jamais', 'te frappera')).toEqual({ negation: 'ne', nobody: 'subject', worry: false })
  })
})

describe('modalityOf: a wish or a worry', () => {
  it('takes « qu\'il … » after a word of fear for a worry', () => {
    expect(said("j'ai peur qu'il crève de froid", 'qu il creve', true).worry).toBe(true)
    expect(said("faut l'emmener chez le véto avant qu'il crève", 'qu il creve', true).worry).toBe(true)
    expect(said("je veux pas qu'il crève", 'qu il creve', true).worry).toBe(true)
  })

  it('leaves a plain wish a wish, and a span that is no wish alone', () => {
    expect(said("j'espère qu'il crève", 'qu il creve', true).worry).toBe(false)
    expect(said("j'ai peur, il faut qu'on se parle et qu'il crève", 'qu il creve', true).worry).toBe(false)
    expect(said("j'ai peur qu'il crève de froid", 'qu il creve').worry).toBe(false)
  })
})
