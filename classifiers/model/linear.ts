/**
 * The trained linear model: int8 weights decoded once at import, scored as a
 * dot product over hashed features scaled by 1/sqrt(count).
 */
import { WEIGHTS } from './weights.js'

/** The shipped weights, decoded (what features.ts's sumFeatures takes). */
export const MODEL_WEIGHTS: Int8Array = decode(WEIGHTS.weights)
const weights = MODEL_WEIGHTS

function decode(base64: string): Int8Array {
  const bytes = Buffer.from(base64, 'base64')
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length)
}

/** Logit of the n-gram model for the first `count` hashed feature indices (a FeatureBuffer's contents). */
export function modelLogit(indices: Int32Array, count: number): number {
  if (count === 0 || weights.length === 0) return WEIGHTS.bias
  let sum = 0
  for (let k = 0; k < count; k++) sum += weights[indices[k] ?? 0] ?? 0
  return WEIGHTS.bias + (sum * WEIGHTS.scale) / Math.sqrt(count)
}

/** Logit of the n-gram model from a weight sum over `count` features (features.ts's sumFeatures). */
export function modelLogitOfSum(sum: number, count: number): number {
  if (count === 0 || weights.length === 0) return WEIGHTS.bias
  return WEIGHTS.bias + (sum * WEIGHTS.scale) / Math.sqrt(count)
}

/** A part `sum` of the weight sum over `count` features, in logit units (its share of modelLogitOfSum, bias aside). */
export function logitShare(sum: number, count: number): number {
  if (count === 0 || weights.length === 0) return 0
  return (sum * WEIGHTS.scale) / Math.sqrt(count)
}

/** Identifier of the shipped weights (hash written by the training script). */
export const WEIGHTS_ID: string = WEIGHTS.id

/**
 * How the final logit mixes the model with the lexicon, calibrated by the training script on
 * held-out data: a positive model logit weighs `model` (after context damping), a negative one
 * `negative`, the lexicon score `lexicon`, and a post with evidence gains `evidence`.
 */
export interface Mix {
  bias: number
  model: number
  negative: number
  lexicon: number
  evidence: number
}

/** The shipped mix. */
export const MIX: Readonly<Mix> = WEIGHTS.mix
