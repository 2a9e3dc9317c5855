/**
 * Context rules that tell abuse said from abuse told about (classifiers/context.ts, signals.ts):
 * a report word must govern the hit (« il m'a dit que t'étais … », not « je te dis que t'es … »,
 * « t'as un message, va te faire foutre » or « ton message est une merde »), and « arrête » is a
 * defender's word only when the post does not itself attack the one it is said to; what a verb of proof
 * introduces (« ton post me prouve que … ») is the speaker's own; a cue inside an abuse phrase or an
 * « arrêté » of an arrest is no cue; an insult closing a post judges whoever the post is about; laughter
 * (« mdr ») does not soften an insult at a third party.
 */
import { describe, expect, it } from 'vitest'
import { scoreParts, tokensOf } from '../../classifiers/analyse.js'
import { isOwnSaying, isReported } from '../../classifiers/context.js'
import { LEXICON } from '../../classifiers/lexicon/index.js'
import { findHits } from '../../classifiers/match/match.js'
import type { Hit } from '../../classifiers/match/match.js'
import { collectSignals } from '../../classifiers/signals.js'
import type { Cues, Signal } from '../../classifiers/signals.js'
import type { Token } from '../../classifiers/text/token.js'

function signalsOf(text: string): { signals: Signal[]; cues: Cues } {
  const tokens = tokensOf(text)
  return collectSignals(tokens, findHits(tokens, LEXICON), [], [])
}

/** Whether the first abuse hit (not a cue) of the text is governed by a report word. */
function reported(text: string): boolean {
  const tokens: Token[] = tokensOf(text)
  const hits = findHits(tokens, LEXICON)
  const cues = new Set<number>()
  for (const h of hits) if (h.phrase.kind === 'report' && !isOwnSaying(tokens, h.first, h.last)) for (let k = h.first; k <= h.last; k++) cues.add(k)
  const abuse: Hit | undefined = hits.find((h) => ['insult', 'threat', 'sexual', 'identity_hate'].includes(h.phrase.kind))
  if (abuse === undefined) throw new Error(`no abuse hit in « ${text} »`)
  return isReported(tokens, abuse, cues)
}

describe('context: a report word must govern the abuse', () => {
  it('keeps abuse reported after a verb of saying someone else said', () => {
    expect(reported("il m'a dit que t'étais un connard")).toBe(true)
    expect(reported('elle m a traitée de grosse, de connasse')).toBe(true)
    expect(reported('je dis pas que t es un connard')).toBe(true)
    expect(reported('quand je dis connard je parle pas de toi')).toBe(true)
  })

  it('reads the speaker saying it now as said', () => {
    expect(reported("je te dis que t'es un connard")).toBe(false)
    expect(reported('je vais te le dire simplement : va te faire foutre')).toBe(false)
    expect(reported('je veux dire que tu es un connard')).toBe(false)
  })

  it('lets a report noun govern only the words it introduces', () => {
    expect(reported('je reçois des messages genre sale pute')).toBe(true)
    expect(reported('le message est simple : va te faire foutre')).toBe(true)
    expect(reported("t'as un message sur ton changement, va te faire foutre")).toBe(false)
    expect(reported('tu as effacé mon commentaire, espèce de connard')).toBe(false)
    expect(reported('ton message est une merde, connard')).toBe(false)
  })
})

describe('signals: « arrête » is a defender only when said to attackers', () => {
  it('counts an order to stop as counter-speech when the post attacks no one', () => {
    expect(signalsOf('arrêtez, elle vous a rien fait').cues.counter).toBeGreaterThanOrEqual(1)
    expect(signalsOf('arrête de frapper ton frère').cues.counter).toBeGreaterThanOrEqual(1)
  })

  it('does not count it when the post threatens or insults the one it orders', () => {
    expect(signalsOf('arrête de remettre mes modifications sinon je te tue').cues.counter).toBe(0)
    expect(signalsOf('espèce de connard, arrête de supprimer mes trucs').cues.counter).toBe(0)
    expect(signalsOf("arrête d'éditer ma page avant que je te bute").cues.counter).toBe(0)
  })

  it("aims an insult said as what to stop being at the addressee (« arrête d'être un connard »)", () => {
    const { signals, cues } = signalsOf("arrête d'être un connard")
    expect(cues.counter).toBe(0)
    expect(signals.some((s) => s.category === 'insult' && s.direct && s.weight >= 1)).toBe(true)
    // said of oneself it is no order
    expect(signalsOf("j'arrête d'être un connard").signals.some((s) => s.direct)).toBe(false)
  })
})

describe('context: abuse at the reader after a break is not told by the reader or the speaker', () => {
  it('reads it as said after « ne me dis pas … » or « tu m’as bien entendu »', () => {
    expect(reported('ne me dis pas de rester calme, espèce de connard')).toBe(false)
    expect(reported("tu m'as bien entendu. sale bâtard")).toBe(false)
  })

  it('keeps it told when someone else said it', () => {
    expect(reported("elle m'a dit, t'es qu'une pute")).toBe(true)
    expect(reported("j'avais entendu dire que t'étais une pute")).toBe(true)
  })
})

describe('context: only a vocative is said to the reader after a report verb of ours', () => {
  it('keeps « ne dis pas ça, tu … » as it was (« tu fais de la peine à Emilie » is no insult)', () => {
    expect(reported('ne dis pas ça, tu fais de la peine à Emilie')).toBe(true)
  })
})

describe('context: what follows a verb of proof is the speaker’s conclusion', () => {
  it('reads « ton post me prouve que … » as said, not told', () => {
    expect(reported('chaque commentaire me prouve que t es un vrai connard')).toBe(false)
    expect(reported('tes tweets montrent que t es une pauvre conne')).toBe(false)
  })

  it('keeps it told when a report verb of its clause governs the proof', () => {
    expect(reported("il m'a dit que ça prouve que t'es un connard")).toBe(true)
  })
})

describe('signals: cue words that are the abuse’s own or an arrest', () => {
  it('does not count a cue inside a longer abuse phrase (« s’arrêter » in « tes parents auraient dû s’arrêter »)', () => {
    const { signals, cues } = signalsOf("tes parents auraient dû s'arrêter avant toi")
    expect(cues.counter + cues.news).toBe(0)
    expect(signals.some((s) => s.category === 'insult' && s.weight >= 2)).toBe(true)
  })

  it('does not count support nobody gives (« personne ne t’écoute ») as counter-speech', () => {
    expect(signalsOf("personne ne t'écoute ici").cues.counter).toBe(0)
    expect(signalsOf('personne te soutient').cues.counter).toBe(0)
    expect(signalsOf("si tu veux en parler je t'écoute").cues.counter).toBeGreaterThanOrEqual(1)
  })

  it('reads « arrêté » written with its final é as an arrest, not an order to stop', () => {
    const text = 'trois voleurs arrêtés hier soir'
    const tokens = tokensOf(text)
    expect(collectSignals(tokens, findHits(tokens, LEXICON), [], [], undefined, text).cues.counter).toBe(0)
    expect(signalsOf('arrête, elle vous a rien fait').cues.counter).toBeGreaterThanOrEqual(1)
    const plain = 'arrete de l embeter'
    const plainTokens = tokensOf(plain)
    expect(collectSignals(plainTokens, findHits(plainTokens, LEXICON), [], [], undefined, plain).cues.counter).toBeGreaterThanOrEqual(1)
  })
})

describe('context: an insult closing a post judges whoever the post is about', () => {
  const aimed = (text: string): Signal | undefined => signalsOf(text).signals.find((s) => s.category === 'insult')
  it('aims a closing « quel … » at the person the post tells of', () => {
    expect(aimed('le mec rate tous ses tirs et il vient donner des conseils, quel abruti')?.unaimed).toBeUndefined()
  })

  it('leaves it unaimed when the speaker speaks of themself or of nothing', () => {
    expect(aimed("j'ai encore oublié mon code de carte, quel abruti")?.unaimed).toBe(true)
    expect(aimed('il pleut depuis ce matin et le bus a du retard, quel abruti')?.unaimed).toBe(true)
  })
})

describe('combine: laughter softens an insult to the reader, not one at a third party', () => {
  const lex = (text: string): number => scoreParts(text).lex
  it('keeps the weight of an insult at someone the post tells of (« ptdr la meuf elle est trop débile »)', () => {
    expect(lex('ptdr la meuf elle est trop débile')).toBeCloseTo(lex('la meuf elle est trop débile'), 5)
  })

  it('still halves a friend’s « mdr t’es trop débile toi »', () => {
    expect(lex('mdr t es trop débile toi')).toBeLessThan(0.6 * lex('t es trop débile toi'))
  })
})
