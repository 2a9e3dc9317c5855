/**
 * The matcher's candidate index (match/compile.ts, match/exact.ts): a token tries the phrases filed
 * under its forms, filtered by the form of the word after it and by the anchors present in the post.
 * A small lexicon of its own (not registered: forms are looked up by word) pins the edge cases.
 */
import { describe, expect, it } from 'vitest'
import { tokensOf } from '../../classifiers/analyse.js'
import { compileLexicon } from '../../classifiers/match/compile.js'
import { exactHits } from '../../classifiers/match/exact.js'

const LEX = compileLexicon([
  {
    kind: 'insult',
    entries: [
      ['tu es [nul|nulle]', 1],
      ['pas [bete|idiot]', 1],
      ['[pass ton|pass ta] chemin', 1],
      ['vire @ du groupe', 1],
      ['elle [est|reste] ~ moche', 1],
      ['on va [te|vous] [frapper|taper]', 1],
      ['on [les|vous] [hait|deteste]', 1],
    ],
  },
  { kind: 'threat', entries: [['je vais te [tuer|buter]', 2]] },
])

/** The matched spans of a text, as "kind:tokens". */
function hits(text: string): string[] {
  const tokens = tokensOf(text)
  return exactHits(tokens, LEX).map((h) => `${h.phrase.kind}:${tokens.slice(h.first, h.last + 1).map((t) => t.text).join(' ')}`)
}

describe('matcher index', () => {
  it('files phrases by their second word and finds it by the next token\'s text, leet or letter-cut form', () => {
    expect(hits('tu es nul')).toEqual(['insult:tu es nul'])
    expect(hits('tu 3s nulle')).toEqual(['insult:tu es nulle'])
    expect(hits('tu ess nul')).toEqual(['insult:tu ess nul'])
    expect(hits('tu sais nul')).toEqual([])
  })

  it('files a phrase whose second slot is a mention under mentions', () => {
    expect(hits('vire @kevin du groupe')).toEqual(['insult:vire kevin du groupe'])
    expect(hits('vire kevin du groupe')).toEqual([])
  })

  it('keeps a phrase filed under its first word and under that word\'s letter-cut form', () => {
    // "pas" is its own letter-cut form: its letter-cut lookup adds the phrases of "pass" (whose
    // sequences a token matches by letter-cut form), not those of "pas" again.
    expect(hits('pas bete du tout')).toEqual(['insult:pas bete'])
    expect(hits('pas ton chemin')).toEqual(['insult:pas ton chemin'])
    expect(hits('pass ta chemin')).toEqual(['insult:pass ta chemin'])
    expect(hits('paas ton chemin')).toEqual(['insult:paas ton chemin'])
  })

  it('finds a phrase whose anchor word appears twice, or before its first word', () => {
    expect(hits('moche elle est vraiment moche')).toEqual(['insult:elle est vraiment moche'])
    expect(hits('elle est moche moche')).toEqual(['insult:elle est moche'])
    expect(hits('elle est belle')).toEqual([])
  })

  it('tries phrases that start with the same common word independently', () => {
    expect(hits('on va te taper')).toEqual(['insult:on va te taper'])
    expect(hits('on vous deteste')).toEqual(['insult:on vous deteste'])
    expect(hits('on va vous voir')).toEqual([])
    expect(hits('je vais te tuer')).toEqual(['threat:je vais te tuer'])
  })

  it('sizes its per-phrase taken marks at compile time, over every phrase id, and keeps them per lexicon', () => {
    const ids: number[] = []
    for (const list of LEX.byFirst.values()) for (const p of list) ids.push(p.id)
    expect(LEX.scratch.taken.length).toBeGreaterThan(Math.max(...ids))
    const other = compileLexicon([{ kind: 'insult', entries: [['t es [nul|nulle]', 1], ['t es [moche|bete]', 1]] }])
    for (const list of other.byFirst.values()) for (const p of list) expect(p.id).toBeLessThan(other.scratch.taken.length)
    // Matching with one lexicon then the other, and back: a phrase reached by two forms of one token is tried once.
    const tokens = tokensOf('t es nulle')
    expect(exactHits(tokens, other).map((h) => h.phrase.id)).toHaveLength(1)
    expect(hits('tu es nulle')).toEqual(['insult:tu es nulle'])
    expect(exactHits(tokens, other).map((h) => h.phrase.id)).toHaveLength(1)
  })

  it('anchors a phrase on the word of a sequence a post must hold, not its common first word', () => {
    const lex = compileLexicon([{ kind: 'hate_pred', entries: [['ils [sont|seront] [pas|jamais] [d ici|de chez nous]', 1]] }])
    const found = (text: string): string[] => {
      const tokens = tokensOf(text)
      return exactHits(tokens, lex).map((h) => tokens.slice(h.first, h.last + 1).map((t) => t.text).join(' '))
    }
    // The anchor is the slot needing the fewest words with no common one: « ici » or « chez » (not « d », « de »).
    const anchored = [...lex.anchors].filter(([, ids]) => ids.length > 0).map(([w]) => w).sort()
    expect(anchored).toEqual(['chez', 'ici'])
    expect(found('ils sont pas d ici')).toEqual(['ils sont pas d ici'])
    expect(found('ils seront jamais de chez nous')).toEqual(['ils seront jamais de chez nous'])
    expect(found('ils sont pas d accord de venir')).toEqual([])
  })
})
