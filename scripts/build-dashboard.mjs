#!/usr/bin/env node
/**
 * Builds the dashboard: bundles dashboard/src/main.ts (and the CSS it
 * imports, uPlot's included) with esbuild into dashboard/dist/assets/ under
 * content-hashed names, then writes dashboard/dist/index.html pointing at
 * them. Usage: node scripts/build-dashboard.mjs [--dev] (no minification).
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const src = join(root, 'dashboard')
const out = join(src, 'dist')
const dev = process.argv.includes('--dev')

rmSync(out, { recursive: true, force: true })
mkdirSync(join(out, 'assets'), { recursive: true })

const result = await build({
  entryPoints: { app: join(src, 'src', 'main.ts') },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
  outdir: join(out, 'assets'),
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  minify: !dev,
  sourcemap: dev ? 'linked' : false,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  charset: 'utf8',
})

let js = ''
let css = ''
for (const file of Object.keys(result.metafile.outputs)) {
  const name = basename(file)
  if (/^app-[A-Z0-9]+\.js$/i.test(name)) js = name
  if (/^app-[A-Z0-9]+\.css$/i.test(name)) css = name
}
if (!js || !css) throw new Error(`build-dashboard: bundle names not found in ${Object.keys(result.metafile.outputs).join(', ')}`)

const html = readFileSync(join(src, 'index.html'), 'utf8')
if (!html.includes('%APP_JS%') || !html.includes('%APP_CSS%')) throw new Error('build-dashboard: index.html lacks %APP_JS% / %APP_CSS%')
writeFileSync(join(out, 'index.html'), html.replaceAll('%APP_JS%', `/assets/${js}`).replaceAll('%APP_CSS%', `/assets/${css}`))
copyFileSync(join(src, 'favicon.svg'), join(out, 'favicon.svg'))

const size = (f) => readFileSync(join(out, 'assets', f)).length
console.error(`dashboard: ${relative(root, out)}/assets/${js} (${Math.round(size(js) / 1024)} Kio), ${css} (${Math.round(size(css) / 1024)} Kio)`)
