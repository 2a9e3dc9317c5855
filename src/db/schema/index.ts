/** The whole database schema, one file per domain. */
export * from './posts.js'
export * from './sources.js'
export * from './users.js'
export * from './audit.js'
export * from './waves.js'
export * from './watches.js'
export * from './trends.js'
export * from './sessions.js'
