/** Profanity aimed at no one ("putain j'ai raté mon bus"): a weak signal, never a category. */
import type { LexiconGroup } from './types.js'

/** Profanity lexicon. */
export const PROFANITY: LexiconGroup = {
  kind: 'profanity',
  entries: [
    ['putain|ptn|ptin|putin|pitain|merde|merdique|bordel|chier|fait chier|fais chier|ca me fait chier|fuck|fck|wtf|foutre|foutu|foutue|nique|niquer|niquez|nik|niker|bite|couilles|cul|chiotte|chiottes|connerie|conneries|putains|saloperie|saloperies|enfoire|enfoires|enfoiree|branleur|branleuse|bouffon|crevard|gueule|gueuler|degueulasse|dégueu|chiant|chiante', 0.9, 'inherent'],
  ],
}
