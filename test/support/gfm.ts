/**
 * GitHub's own markdown renderer, cmark-gfm, with the extensions GitHub turns on. Tests that check
 * how the report renders need it: `apt-get install cmark-gfm` (Debian, Ubuntu) or
 * `brew install cmark-gfm`; `.ci/run` installs it.
 */
import { spawnSync } from 'node:child_process'

/** Renders GitHub-flavoured markdown to HTML, raw HTML passed through as GitHub passes it. */
export function renderGfm(markdown: string): string {
  const result = spawnSync(
    'cmark-gfm',
    ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough'],
    { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  if (result.error)
    throw new Error(
      `cmark-gfm, GitHub's markdown renderer, could not be run (${result.error.message}). ` +
        'Install it: apt-get install cmark-gfm (Debian, Ubuntu) or brew install cmark-gfm.',
    )
  if (result.status !== 0) throw new Error(`cmark-gfm failed: ${result.stderr}`)
  return result.stdout
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
}

/** The text a reader sees in an HTML fragment: tags dropped, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (entity, dec, hex, name) => {
      if (dec) return String.fromCodePoint(Number(dec))
      if (hex) return String.fromCodePoint(parseInt(hex, 16))
      return NAMED[name] ?? entity
    })
}

/** The names of the HTML elements in a fragment, in order (`p`, `table`, `a`, …). */
export function elements(html: string): string[] {
  return [...html.matchAll(/<([a-z][a-z0-9]*)\b/gi)].map((match) => match[1]!.toLowerCase())
}
