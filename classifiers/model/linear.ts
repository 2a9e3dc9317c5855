/**
 * The trained linear model: int8 weights decoded once at import, scored as a
 * dot product over hashed features scaled by 1/sqrt(count).
 */
import { WEIGHTS } from './weights.js'

const weights: Int8Array = decode(WEIGHTS.weights)

function decode(base64: string): Int8Array {
  const bytes = Buffer.from(base64, 'base64')
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length)
}

/** Logit of the n-gram model for hashed feature indices. */
export function modelLogit(indices: readonly number[]): number {
  if (indices.length === 0 || weights.length === 0) return WEIGHTS.bias
  let sum = 0
  for (const i of indices) sum += weights[i] ?? 0
  return WEIGHTS.bias + (sum * WEIGHTS.scale) / Math.sqrt(indices.length)
}

/** Identifier of the shipped weights (hash written by the training script). */
export const WEIGHTS_ID: string = WEIGHTS.id

/** How the combiner mixes the model logit with the lexicon score (fitted by the training script). */
export const MIX: Readonly<{ model: number; lexicon: number; bias: number }> = WEIGHTS.mix
