/** `vigie classify` — placeholder until the classifier lands. */
export async function classifyCommand(
  _input: NodeJS.ReadableStream,
  _output: NodeJS.WritableStream,
): Promise<{ lines: number; errors: number }> {
  throw new Error('vigie classify: classifier not available yet')
}
