/** A training example written for Vigie: label 1 = harassment. */
export interface Example {
  text: string
  label: 0 | 1
}
