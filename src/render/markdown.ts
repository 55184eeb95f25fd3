/**
 * Markdown helpers. Everything that comes from a log goes through `text()` (or `code()`), which
 * makes it render as the same characters in every place the report uses: paragraphs, table cells,
 * list items and the HTML of `<details>`. Callers never need to know which context they are in.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '\\': '&#92;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '~': '&#126;',
  '!': '&#33;',
  $: '&#36;',
}
const SPECIAL = /[&<>"'|\\`*_[\]~!$]/g
/**
 * A zero-width space breaks mentions (`@user`, `@org/team`), references (`#12`) and the autolinks
 * GitHub makes of bare addresses (`https://…`, `www.…`) without showing.
 */
const ZWSP = '&#8203;'
/** Line starts that markdown would read as a heading, quote, list or rule. */
const BLOCK_START = /^([#>+=-]|\d+[.)])/

/** Escapes log text to a single line that renders literally anywhere in the report. */
export function text(value: string): string {
  return value
    .replace(/[\s\u2028\u2029]+/gu, ' ')
    .replace(/[\p{Cc}\u200b]/gu, '')
    .trim()
    .replace(/([@#])(?=[\p{L}\p{N}_-])/gu, '$1\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/(www)\./gi, '$1\u200b.')
    .replace(BLOCK_START, (start) => `\u200b${start}`)
    .replace(SPECIAL, (ch) => ENTITIES[ch]!)
    .replace(/\u200b/g, ZWSP)
}

/** Log text in a monospace span, escaped the same way. */
export function code(value: string): string {
  return `<code>${text(value)}</code>`
}

/** Shortens to at most `max` characters (code points), marking the cut with an ellipsis. */
export function truncate(value: string, max: number): string {
  const chars = [...value]
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`
}

export type Align = 'left' | 'right'

/** A GitHub-flavoured markdown table; cells must already be escaped. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly Align[],
): string {
  const rule = header.map((_, index) => (align?.[index] === 'right' ? '---:' : '---'))
  return [header, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n')
}

/** A collapsed section; `summary` must already be escaped, `body` is markdown. */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

/** A link when there is a URL, plain text otherwise; `label` must already be escaped. */
export function link(label: string, url: string | undefined): string {
  if (url === undefined) return label
  // encodeURIComponent leaves parentheses alone, and an unbalanced one would end the link.
  const destination = url.replace(/[()\s<>]/g, (ch) =>
    ch === '(' ? '%28' : ch === ')' ? '%29' : encodeURIComponent(ch),
  )
  return `[${label}](${destination})`
}
