/**
 * Judgements denied by their frame (classifiers/signals.ts, context.ts, lexicon/cues.ts):
 * a group that is the object of a negated hateful verb is not judged by a later one; a predicate
 * refuted by « ce n'est pas parce que … » is reported like any refutation.
 */
import { describe, expect, it } from 'vitest'
import { tokensOf } from '../../classifiers/analyse.js'
import { isReported } from '../../classifiers/context.js'
import { LEXICON } from '../../classifiers/lexicon/index.js'
import { findHits } from '../../classifiers/match/match.js'
import { collectSignals } from '../../classifiers/signals.js'

function hateOf(text: string): number {
  const tokens = tokensOf(text)
  return collectSignals(tokens, findHits(tokens, LEXICON), [], []).signals.filter((s) => s.category === 'identity_hate').length
}

/** Whether the first hateful predicate of the text is reported (report and refutation cues). */
function predicateReported(text: string): boolean {
  const tokens = tokensOf(text)
  const hits = findHits(tokens, LEXICON)
  const cues = new Set<number>()
  for (const h of hits) if (h.phrase.kind === 'report') for (let k = h.first; k <= h.last; k++) cues.add(k)
  const pred = hits.find((h) => h.phrase.kind === 'hate_pred')
  if (pred === undefined) throw new Error(`no hateful predicate in « ${text} »`)
  return isReported(tokens, pred, cues)
}

describe('a group already the object of a negated hateful verb', () => {
  it('is not judged by a later hateful verb', () => {
    expect(hateOf('je ne hais pas les juifs, je les hais')).toBe(0)
    expect(hateOf('je ne hais pas les Arabes, je hais les racistes')).toBe(0)
  })

  it('is judged when no negated verb takes it as object', () => {
    expect(hateOf('je hais les Arabes')).toBe(1)
    expect(hateOf('les juifs, je les hais')).toBe(1)
  })
})

describe('« ce n\'est pas parce que … » refutes what follows', () => {
  it('reports the predicate it refutes, like « ce n\'est pas vrai que … »', () => {
    expect(predicateReported("ce n'est pas parce qu'ils sont musulmans qu'ils sont des terroristes")).toBe(true)
    expect(predicateReported("c'est pas parce qu'ils sont noirs qu'ils sont des voleurs")).toBe(true)
    expect(predicateReported('les musulmans sont des terroristes')).toBe(false)
    // « parce que » alone gives a cause, it refutes nothing
    expect(predicateReported("je les évite parce que les musulmans sont des terroristes")).toBe(false)
  })

  it('leaves the refuted predicate without a signal and the said one with', () => {
    expect(hateOf("ce n'est pas parce qu'ils sont musulmans qu'ils sont des terroristes")).toBe(0)
    expect(hateOf('les musulmans sont des terroristes')).toBe(1)
  })
})
