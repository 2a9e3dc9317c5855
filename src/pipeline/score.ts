/** The scoring seam between the pipeline and the classifier. */
import { unscoredVerdict } from '../../classifiers/verdict.js'
import type { Scorer } from './pipeline.js'

/** Scores a post with the shipped classifier. */
export const scorePost: Scorer = (post) => unscoredVerdict(post.langs[0] ?? 'und')
