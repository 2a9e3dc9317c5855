/** The scoring seam between the pipeline and the classifier. */
import { classify } from '../../classifiers/index.js'
import type { Scorer } from './pipeline.js'

/** Scores a post with the shipped classifier. */
export const scorePost: Scorer = (post) => classify(post.text, post.langs)
