/** The scenario episodes now live beside the generator in src/demo/scenario/; re-exported for bench scripts and tests. */
export * from '../../src/demo/scenario/episodes.js'
