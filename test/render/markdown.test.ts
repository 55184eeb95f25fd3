import { describe, expect, it } from 'vitest'
import { code, details, link, table, text } from '../../src/render/markdown.js'
import { truncate } from '../../src/truncate.js'
import { elements, renderGfm, visibleText } from '../support/gfm.js'

/** What a reader should see: the text on one line, without control characters. */
function shown(value: string): string {
  return value
    .replace(/[\s\u2028\u2029]+/gu, ' ')
    .replace(/\p{Cc}/gu, '')
    .trim()
}

const ZWSP = '\u200b'

/** Log text that markdown, HTML or GitHub would otherwise turn into something else. */
const HOSTILE = [
  'a | b | c',
  '<script>alert(1)</script>',
  '</details><details open><summary>pwned',
  '</summary>',
  '<img src=x onerror=alert(1)>',
  '<!-- hidden -->',
  'run `rm -rf /` now',
  '```',
  '[click](https://evil.example)',
  '![pixel](https://evil.example/p.png)',
  '[x]: https://evil.example',
  'ping @octocat and @acme/security-team',
  'fixes #123 and acme/app#7',
  '# Heading',
  '## also a heading',
  '> quoted',
  '- item',
  '+ item',
  '* item',
  '1. item',
  '12) item',
  '---',
  '===',
  '    indented code',
  '**bold** _em_ *em* ~~gone~~ ~tilde~',
  'math $x^2$ and $$y$$',
  'see https://evil.example/a_b and www.evil.example and dev@example.com',
  '<https://evil.example>',
  'a\\|b \\` \\*',
  'trailing backslash\\',
  '&amp; &copy; &#64; &#x41;',
  'line one\nline two\r\n\tindented',
  'nul\u0000bell\u0007del\u007f',
  'line\u2028separator\u2029paragraph',
  'zero\u200bwidth',
  'テストを直して 🙏 — ünïcödé',
  'quotes " and \' and back\\slash',
]

describe('text()', () => {
  it.each(HOSTILE)('renders %j as the same text in a paragraph', (value) => {
    const html = renderGfm(text(value))
    expect(elements(html)).toEqual(['p'])
    expect(visibleText(html).replaceAll(ZWSP, '').trim()).toBe(shown(value).replaceAll(ZWSP, ''))
  })

  it.each(HOSTILE)('renders %j as the same text in a table cell, a list item and code', (value) => {
    const escaped = text(value)
    const html = renderGfm(
      [
        table(['log text', 'next'], [[escaped, 'end']]),
        '',
        `- ${escaped}`,
        '',
        `Tool ${code(value)} here`,
      ].join('\n'),
    )
    expect(elements(html)).toEqual([
      'table',
      'thead',
      'tr',
      'th',
      'th',
      'tbody',
      'tr',
      'td',
      'td',
      'ul',
      'li',
      'p',
      'code',
    ])
    const cells = [...html.matchAll(/<td>(.*?)<\/td>/g)].map((match) => match[1]!)
    expect(cells.map((cell) => visibleText(cell).replaceAll(ZWSP, ''))).toEqual([
      shown(value).replaceAll(ZWSP, ''),
      'end',
    ])
    const item = /<li>(.*?)<\/li>/s.exec(html)![1]!
    expect(visibleText(item).replaceAll(ZWSP, '')).toBe(shown(value).replaceAll(ZWSP, ''))
    const inCode = /<code>(.*?)<\/code>/s.exec(html)![1]!
    expect(visibleText(inCode).replaceAll(ZWSP, '')).toBe(shown(value).replaceAll(ZWSP, ''))
  })

  it.each(HOSTILE)('renders %j as the same text in a <details> summary and body', (value) => {
    const html = renderGfm(`${details(text(value), `- ${text(value)}`)}\n\nafter`)
    expect(elements(html)).toEqual(['details', 'summary', 'ul', 'li', 'p'])
    expect(html.match(/<\/details>/g)).toHaveLength(1)
    const summary = /<summary>(.*?)<\/summary>/s.exec(html)![1]!
    expect(visibleText(summary).replaceAll(ZWSP, '')).toBe(shown(value).replaceAll(ZWSP, ''))
    expect(html.trimEnd().endsWith('<p>after</p>')).toBe(true)
  })

  it('keeps mentions and references from resolving, with an invisible break', () => {
    const html = renderGfm(text('@octocat @acme/security-team #123 acme/app#7 dev@example.com'))
    expect(html).not.toMatch(/[@#][\p{L}\p{N}]/u)
    expect(visibleText(html)).toContain(`@${ZWSP}octocat`)
    expect(visibleText(html)).toContain(`@${ZWSP}acme/security-team`)
    expect(visibleText(html)).toContain(`#${ZWSP}123`)
  })

  it('makes no link of a bare address', () => {
    for (const address of [
      'https://evil.example',
      'http://x.io/a',
      'www.evil.example',
      'WWW.Evil.Example',
      'ftp://files.example',
    ])
      expect(elements(renderGfm(`see ${text(address)} now`))).toEqual(['p'])
  })

  it('puts everything on one line', () => {
    expect(text('a\nb\r\nc\td  e')).toBe('a b c d e')
    expect(text('  \n ')).toBe('')
  })

  it('spells pipes, angle brackets, backticks and brackets as entities', () => {
    expect(text('a|b')).toBe('a&#124;b')
    expect(text('<b>')).toBe('&lt;b&gt;')
    expect(text('`x`')).toBe('&#96;x&#96;')
    expect(text('[x](y)')).toBe('&#91;x&#93;(y)')
    expect(text('![i](u)')).toBe('&#33;&#91;i&#93;(u)')
    expect(text('@user')).toBe('@&#8203;user')
    expect(text('# title')).toBe('&#8203;# title')
  })
})

describe('truncate()', () => {
  it('leaves short text alone', () => {
    expect(truncate('Read', 4)).toBe('Read')
  })

  it('cuts long text to the limit, ending in an ellipsis', () => {
    expect(truncate('abcdefgh', 5)).toBe('abcd…')
  })

  it('counts code points, never splitting an emoji', () => {
    expect(truncate('🙏🙏🙏🙏', 3)).toBe('🙏🙏…')
  })
})

describe('table(), details(), link()', () => {
  it('builds a table GitHub renders with the given alignment', () => {
    const html = renderGfm(
      table(
        ['tool', 'calls'],
        [
          ['Read', '3'],
          ['Bash', '12'],
        ],
        ['left', 'right'],
      ),
    )
    expect(html).toContain('<th>tool</th>')
    expect(html).toContain('<th align="right">calls</th>')
    expect(html).toContain('<td align="right">12</td>')
    expect(html.match(/<tr>/g)).toHaveLength(3)
  })

  it('links when there is a URL, escaping what would end the link', () => {
    expect(link('a', undefined)).toBe('a')
    for (const [url, href] of [
      ['https://github.com/o/r/blob/s/a b.json', 'https://github.com/o/r/blob/s/a%20b.json'],
      [
        'https://github.com/o/r/blob/s/dir (1)/a.json',
        'https://github.com/o/r/blob/s/dir%20%281%29/a.json',
      ],
      ['https://github.com/o/r/blob/s/a).json', 'https://github.com/o/r/blob/s/a%29.json'],
      ['https://github.com/o/r/blob/s/<a>.json', 'https://github.com/o/r/blob/s/%3Ca%3E.json'],
    ])
      expect(renderGfm(link('file', url))).toBe(`<p><a href="${href}">file</a></p>\n`)
  })

  it('collapses a body under a summary', () => {
    const html = renderGfm(details('2 summaries', '- one\n- two'))
    expect(elements(html)).toEqual(['details', 'summary', 'ul', 'li', 'li'])
  })
})
