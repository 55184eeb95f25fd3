/**
 * Renders markdown the way GitHub does (cmark-gfm with GitHub's extensions, raw HTML let through)
 * and reads the result back: its tag structure, and the text a reader sees.
 */
import { spawnSync } from 'node:child_process'

const EXTENSIONS = ['table', 'autolink', 'strikethrough', 'tasklist', 'footnotes']

/** GitHub-flavoured markdown to HTML. Throws (so a test fails, never skips) when cmark-gfm is missing. */
export function gfm(markdown: string): string {
  const result = spawnSync(
    'cmark-gfm',
    [...EXTENSIONS.flatMap((name) => ['-e', name]), '--unsafe'],
    { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  if (result.error)
    throw new Error(
      `cmark-gfm could not run (${result.error.message}): install it with 'apt-get install -y cmark-gfm' (.ci/run does).`,
    )
  if (result.status !== 0) throw new Error(`cmark-gfm failed: ${result.stderr}`)
  return result.stdout
}

/** The sequence of elements, opening and closing, without attributes or text: `<p>`, `</p>`, … */
export function skeleton(html: string): string[] {
  return [...html.matchAll(/<(\/?[a-z][a-z0-9]*)\b/gi)].map((match) => match[1]!.toLowerCase())
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** What a reader sees: the text without tags, entities decoded (zero-width spaces kept). */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (entity, decimal, hex, name) => {
      if (decimal) return String.fromCodePoint(Number(decimal))
      if (hex) return String.fromCodePoint(parseInt(hex, 16))
      return NAMED[name.toLowerCase()] ?? entity
    })
}
