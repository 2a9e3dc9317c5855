/** How a post filed by URL is told apart: its model version (the classifier never scored it). */

/** The model version of posts filed by URL. */
export const INTAKE_MODEL_VERSION = 'saisie-url'

/** True for a post filed by URL (« saisi par URL »). */
export function isIntakePost(p: { modelVersion: string }): boolean {
  return p.modelVersion === INTAKE_MODEL_VERSION
}
