import { describe, expect, it } from 'vitest'
import type { ToolUsage } from '../../src/analyse.js'
import { chartLabel, PIE_SLICES, pieChart } from '../../src/render/chart.js'
import { renderGfm } from '../support/gfm.js'

/** Tools with the given calls, most called first, as the analysis orders them. */
function usages(calls: Record<string, number>): ToolUsage[] {
  const total = Object.values(calls).reduce((sum, n) => sum + n, 0)
  return Object.entries(calls).map(([tool, n]) => ({
    tool,
    calls: n,
    share: n / total,
    files: 1,
    errors: 0,
  }))
}

describe('pieChart()', () => {
  it('draws one slice per tool when there are few', () => {
    expect(pieChart(usages({ Read: 10, Glob: 3 }))).toBe(
      ['```mermaid', 'pie showData title Tool calls', '  "Read" : 10', '  "Glob" : 3', '```'].join(
        '\n',
      ),
    )
  })

  it(`shows ${PIE_SLICES + 1} tools as they are, rather than one of them as "other"`, () => {
    const chart = pieChart(usages({ A: 7, B: 6, C: 5, D: 4, E: 3, F: 2, G: 1 }))
    expect(chart).toContain('"G" : 1')
    expect(chart).not.toContain('other')
  })

  it(`keeps the top ${PIE_SLICES} tools and sums the rest as "other"`, () => {
    const chart = pieChart(
      usages({
        Bash: 74,
        Read: 52,
        Edit: 31,
        Grep: 14,
        Write: 9,
        Glob: 5,
        Task: 4,
        WebFetch: 2,
        LS: 1,
      }),
    )
    expect(chart.split('\n').slice(2, -1)).toEqual([
      '  "Bash" : 74',
      '  "Read" : 52',
      '  "Edit" : 31',
      '  "Grep" : 14',
      '  "Write" : 9',
      '  "Glob" : 5',
      '  "other (3 tools)" : 7',
    ])
  })

  it('keeps hostile tool names inside their quotes and the chart inside its fence', () => {
    const chart = pieChart(
      usages({ 'a"b': 3, '```\n# x': 2, mcp__github__create_issue: 2, '": 99\n  "fake': 1 }),
    )
    const lines = chart.split('\n')
    expect(lines).toHaveLength(2 + 4 + 1)
    for (const line of lines.slice(2, -1)) expect(line).toMatch(/^ {2}"[^"]*" : \d+$/)
    const html = renderGfm(chart)
    expect(html.match(/<pre/g)).toHaveLength(1)
    expect(html).toMatch(/^<pre><code class="language-mermaid">[\s\S]*<\/code><\/pre>\n$/)
  })
})

describe('chartLabel()', () => {
  it.each([
    ['Read', 'Read'],
    ['mcp__github__get_pull_request', 'mcp__github__get_pull_request'],
    ['Écrire-fichier 2.0 (beta)/x+y', 'Écrire-fichier 2.0 (beta)/x+y'],
    ['a"b', 'a_b'],
    ['`x`', '_x_'],
    ['a\nb;c:d', 'a_b_c_d'],
    ['<b>#1</b>', '_b__1_/b_'],
    ['%%{init}%%', '___init___'],
    ['   ', '_'],
    ['', '_'],
    ['x'.repeat(50), `${'x'.repeat(39)}…`],
    [`  ${'y'.repeat(38)}" tail`, `${'y'.repeat(38)}_…`],
  ])('%j → %j', (tool, label) => {
    expect(chartLabel(tool)).toBe(label)
  })

  it('shows the start of a name megabytes long', () => {
    expect(chartLabel(`${'z'.repeat(8_000_000)}"`)).toBe(`${'z'.repeat(39)}…`)
  })
})
