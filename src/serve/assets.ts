/**
 * The files the page loads, served from memory under fixed names: Chart.js's UMD build (copied
 * next to the bundle by ncc, read from node_modules when run from source), and the page's own
 * script and stylesheet. No request path ever names a file on disk.
 */
import { readFileSync } from 'node:fs'
import { PAGE_SCRIPT, PAGE_STYLE } from './page.js'

export interface Asset {
  readonly type: 'js' | 'css'
  readonly body: string
}

function chartJs(): string {
  const source = readFileSync(
    new URL('../../node_modules/chart.js/dist/chart.umd.min.js', import.meta.url),
    'utf8',
  )
  // Its source map is not shipped: the browser's request for it would only meet a 404.
  return source.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n')
}

/** The assets by their path on the server. Chart.js is read when first asked for. */
export function loadAssets(): ReadonlyMap<string, Asset> {
  return new Map<string, Asset>([
    ['/assets/chart.umd.min.js', { type: 'js', body: chartJs() }],
    ['/assets/page.js', { type: 'js', body: PAGE_SCRIPT }],
    ['/assets/page.css', { type: 'css', body: PAGE_STYLE }],
  ])
}
