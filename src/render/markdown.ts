/**
 * Markdown helpers. Everything that comes from a log goes through `text()` (or `code()`), which
 * makes it render as the same characters in every place the report uses: paragraphs, table cells,
 * list items and the HTML of `<details>`. Callers never need to know which context they are in.
 */
import { INVISIBLE } from '../invisible.js'

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
 * A zero-width space (written as an entity, so it survives every context) breaks what GitHub would
 * turn into a link or a notification: mentions (`@user`, `@org/team`), references (`#12`, `GH-12`),
 * commit SHAs, and the URLs, `www.` names and e-mail addresses that autolinking picks up.
 */
const ZWSP = '&#8203;'
/** Line starts that markdown would read as a heading, quote, list or rule. */
const BLOCK_START = /^([#>+=-]|\d+[.)])/
/** GitHub links 7 to 40 hex digits to a commit; shorter runs are not links. */
const HEX_RUN = /[0-9a-f]{7,}/gi

/** Escapes log text to a single line that renders literally anywhere in the report. */
export function text(value: string): string {
  return escape(value, true)
}

/**
 * Log text in a monospace span, escaped the same way, except that hex runs stay whole: GitHub
 * links no commit inside code, and ids (session ids) stay easy to copy.
 */
export function code(value: string): string {
  return `<code>${escape(value, false)}</code>`
}

function escape(value: string, breakHexRuns: boolean): string {
  const line = value
    .replace(/[\s\u2028\u2029]+/gu, ' ')
    .replace(INVISIBLE, '')
    .trim()
    .replace(/@/g, '@\u200b')
    .replace(/#(?=[\p{L}\p{N}_-])/gu, '#\u200b')
    .replace(/(GH)-(?=\d)/gi, '$1\u200b-')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/(www)\./gi, '$1\u200b.')
    .replace(BLOCK_START, (start) => `\u200b${start}`)
  return (
    breakHexRuns ? line.replace(HEX_RUN, (run) => run.replace(/.{6}(?=.)/g, '$&\u200b')) : line
  )
    .replace(SPECIAL, (ch) => ENTITIES[ch]!)
    .replace(/\u200b/g, ZWSP)
}

export type Align = 'left' | 'right'

/** A GitHub-flavoured markdown table; cells must already be escaped. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly Align[],
): string {
  const rule = header.map((_, index) => (align?.[index] === 'right' ? '---:' : '---'))
  return [header, rule, ...rows].map(tableRow).join('\n')
}

/** One row of a table; cells must already be escaped. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`
}

/** A collapsed section; `summary` must already be escaped, `body` is markdown. */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

/** A link when there is a URL, plain text otherwise; `label` must already be escaped. */
export function link(label: string, url: string | undefined): string {
  return url === undefined ? label : `[${label}](${url.replace(/[()\s<>]/g, percentEncode)})`
}

/** `encodeURIComponent` leaves parentheses alone, and an unbalanced one would end the link. */
function percentEncode(char: string): string {
  return char === '(' ? '%28' : char === ')' ? '%29' : encodeURIComponent(char)
}
