import { describe, expect, it } from 'vitest'
import { analyse, type Analysis } from '../../src/analyse.js'
import type { FileOutcome } from '../../src/model.js'
import {
  renderReport,
  STEP_SUMMARY_LIMIT,
  type ReportContext,
  type SizeLimit,
} from '../../src/render/report.js'
import { fileUrlAtCommit, runnerContext } from '../../src/runner.js'
import { elements, renderGfm, visibleText } from '../support/gfm.js'
import { kinds, readFile, unreadableFile } from '../support/outcomes.js'

const context: ReportContext = {
  title: 'Claude Code sessions',
  patterns: ['.claude/session_logs/session_*.json'],
  fileUrl: fileUrlAtCommit(runnerContext({ GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: '0123abc' })),
}

const LOGS = '.claude/session_logs'

/** Three days of work: two readable sessions (one unfinished), one truncated file. */
function week(): Analysis {
  return analyse([
    readFile(`${LOGS}/session_2026-03-02.json`, {
      sessionId: 'f1d69ed6-17f5-4837-9708-20fe119a72d1',
      start: '2026-03-02T09:12:04.000Z',
      end: '2026-03-02T09:22:41.000Z',
      firstActivity: '2026-03-02T09:12:04.000Z',
      lastActivity: '2026-03-02T09:22:41.000Z',
      kinds: kinds({ user_message: 2, tool_call: 12, tool_result: 12, assistant_summary: 2 }),
      toolCalls: { Read: 5, Bash: 4, Edit: 3 },
      summaries: [
        { timestamp: '2026-03-02T09:15:40.000Z', text: 'Rounding uses floats.' },
        { timestamp: null, text: 'Amounts are integer minor units now.' },
      ],
    }),
    readFile(`${LOGS}/session_2026-03-03.json`, {
      sessionId: '39194242-a2ed-4bbd-9464-ecc280b0c08b',
      start: '2026-03-03T14:30:00.000Z',
      end: null,
      firstActivity: '2026-03-03T14:30:00.000Z',
      lastActivity: '2026-03-03T15:02:00.000Z',
      kinds: kinds({ user_message: 1, tool_call: 5, tool_result: 5, other: 1 }),
      toolCalls: { Bash: 2, Grep: 1, Read: 1, WebFetch: 1 },
      problems: ['interactions[3] is null, not an object; counted as other'],
    }),
    unreadableFile(
      `${LOGS}/session_2026-03-04.json`,
      'invalid JSON: the file ends inside a string (truncated?)',
      {
        line: 212,
        column: 19,
      },
    ),
  ])
}

describe('renderReport', () => {
  const markdown = renderReport(week(), context)
  const html = renderGfm(markdown)

  it('puts the answer first: title, headline, totals, activity', () => {
    const [title, headline, totals, activity] = markdown.split('\n\n')
    expect(title).toBe('## 🤖 Claude Code sessions')
    expect(headline).toBe(
      '**2 files** · **2 sessions** on 2 days · **40 interactions** · **17 tool calls** (5 tools) · ' +
        '10 min 37 s of session time · ⚠️ 1 file unreadable',
    )
    expect(totals).toBe(
      [
        '|  | user messages | tool calls | tool results | assistant summaries | other | total |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| **interactions** | 3 | 17 | 17 | 2 | 1 | **40** |',
      ].join('\n'),
    )
    expect(activity).toBe(
      'Activity 2026-03-02 09:12 → 2026-03-03 15:02 UTC; busiest day 2026-03-02 (28 interactions).',
    )
  })

  it('renders as GitHub shows it: sections, tables, one collapsed block per file', () => {
    expect(
      elements(html).filter(
        (name) => !['tr', 'td', 'th', 'thead', 'tbody', 'code', 'strong', 'li', 'a'].includes(name),
      ),
    ).toEqual([
      'h2',
      'p',
      'table',
      'p',
      'h3',
      'table',
      'h3',
      'table',
      'details',
      'summary',
      'p',
      'p',
      'ul',
      'details',
      'summary',
      'p',
      'ul',
      'p',
      'blockquote',
      'p',
      'ul',
      'p',
      'sub',
    ])
    const headers = [...html.matchAll(/<thead>\s*<tr>([\s\S]*?)<\/tr>/g)].map((match) =>
      [...match[1]!.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((cell) => visibleText(cell[1]!)),
    )
    expect(headers).toEqual([
      ['', 'user messages', 'tool calls', 'tool results', 'assistant summaries', 'other', 'total'],
      ['tool', 'calls', 'share', 'files'],
      ['file', 'when (UTC)', 'interactions', 'tool calls', 'top tools'],
    ])
  })

  it('lists tools most called first, with share and files', () => {
    const rows = tableRows(html, 1)
    expect(rows).toEqual([
      ['Bash', '6', '35.3 %', '2'],
      ['Read', '6', '35.3 %', '2'],
      ['Edit', '3', '17.6 %', '1'],
      ['Grep', '1', '5.9 %', '1'],
      ['WebFetch', '1', '5.9 %', '1'],
    ])
    // The tools are said once: in this table, not again in a chart.
    expect(markdown).not.toContain('```')
  })

  it('lists files newest first, linked to the file at the commit', () => {
    expect(tableRows(html, 2)).toEqual([
      [
        'session_2026-03-03.json',
        oneLine('Mar 3, 14:30 · not finalized'),
        '12',
        '5',
        'Bash 2, Grep 1, Read 1 +1',
      ],
      [
        'session_2026-03-02.json',
        oneLine('Mar 2, 09:12 · 10 min 37 s'),
        '28',
        '12',
        'Read 5, Bash 4, Edit 3',
      ],
    ])
    expect([...html.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1])).toEqual([
      `https://github.com/acme/app/blob/0123abc/${LOGS}/session_2026-03-03.json`,
      `https://github.com/acme/app/blob/0123abc/${LOGS}/session_2026-03-02.json`,
    ])
  })

  it('collapses each file’s summaries, tools and problems', () => {
    const blocks = [...html.matchAll(/<details>([\s\S]*?)<\/details>/g)].map((match) =>
      visibleText(match[1]!),
    )
    expect(blocks[0]).toContain(
      'session_2026-03-03.json — 0 assistant summaries, 4 tools, 1 problem',
    )
    expect(blocks[0]).toContain('⚠️ interactions[3] is null, not an object; counted as other')
    expect(blocks[1]).toContain('session_2026-03-02.json — 2 assistant summaries, 3 tools')
    expect(blocks[1]).toContain('09:15 Rounding uses floats.')
    expect(blocks[1]).toContain('Amounts are integer minor units now.')
    expect(blocks[1]).toContain('Tools: Read 5 · Bash 4 · Edit 3')
    expect(blocks[1]).toContain('Session f1d69ed6-17f5-4837-9708-20fe119a72d1 · 4.0 KiB')
  })

  it('names each unreadable file with its reason, line and column', () => {
    const quote = /<blockquote>([\s\S]*?)<\/blockquote>/.exec(html)![1]!
    expect(visibleText(quote).replace(/\s+/g, ' ').trim()).toBe(
      `⚠️ 1 file could not be read: ${LOGS}/session_2026-03-04.json: invalid JSON: the file ends inside a string (truncated?) (line 212, column 19)`,
    )
  })

  it('ends with what was matched and where the JSON report is', () => {
    const withFile = renderReport(week(), { ...context, reportFile: 'out/sessions.json' })
    expect(withFile.trimEnd().split('\n').at(-1)).toBe(
      '<sub>3 files matched <code>.claude/session&#95;logs/session&#95;&#42;.json</code> · JSON report: <code>out/sessions.json</code></sub>',
    )
  })

  it('shows plain file names when there is nowhere to link to', () => {
    const plain = renderGfm(renderReport(week(), { title: 'x', patterns: ['*.json'] }))
    expect(elements(plain)).not.toContain('a')
  })

  it('says so when nothing matched', () => {
    const empty = renderReport(analyse([]), context)
    expect(empty).toBe(
      '## 🤖 Claude Code sessions\n\nNo session logs matched.\n\n' +
        '<sub>0 files matched <code>.claude/session&#95;logs/session&#95;&#42;.json</code></sub>\n',
    )
  })

  it('reports only unreadable files when none could be read', () => {
    const bad = renderReport(
      analyse([unreadableFile('a.json'), unreadableFile('b.json', 'is not UTF-8 text')]),
      context,
    )
    const rendered = renderGfm(bad)
    expect(elements(rendered)).not.toContain('table')
    expect(bad).not.toContain('0 files')
    expect(visibleText(rendered)).toContain(
      'No session log could be read: the 2 files that matched are listed below with the reasons.',
    )
    expect(visibleText(rendered)).toContain('2 files could not be read')
  })

  it('keeps log text from breaking the report', () => {
    const hostile = analyse([
      readFile(`${LOGS}/session_<b>|x|.json`, {
        sessionId: '`|@admin',
        toolCalls: {
          '</details><script>x</script>': 2,
          'a|b': 1,
          '@acme/owners': 1,
          '[x](https://evil.example)': 1,
        },
        summaries: [
          {
            timestamp: null,
            text: '</details>\n\n# Hijack\n\n![p](https://evil.example/p.png) @octocat #1 www.evil.example',
          },
        ],
        problems: ['</summary>|'],
      }),
    ])
    const rendered = renderGfm(
      renderReport(hostile, { ...context, title: '<img src=x> @everyone' }),
    )
    expect(elements(rendered)).not.toContain('script')
    expect(elements(rendered)).not.toContain('img')
    expect(elements(rendered)).not.toContain('h1')
    expect(elements(rendered).filter((name) => name === 'details')).toHaveLength(1)
    expect(rendered.match(/<\/details>/g)).toHaveLength(1)
    expect(elements(rendered).filter((name) => name === 'a')).toHaveLength(1)
    expect(visibleText(rendered)).not.toMatch(/[@#][\p{L}\p{N}]/u)
    expect(tableRows(rendered, 1).map((row) => row.length)).toEqual([4, 4, 4, 4])
    expect(tableRows(rendered, 2).map((row) => row.length)).toEqual([5])
    expect(tableRows(rendered, 2)[0]![0]).toBe('session_<b>|x|.json')
    expect(tableRows(rendered, 1).map((row) => row[0]!.replaceAll('\u200b', ''))).toEqual([
      '</details><script>x</script>',
      '@acme/owners',
      '[x](https://evil.example)',
      'a|b',
    ])
  })
})

describe('renderReport within a size limit', () => {
  /** Many files, each with long assistant summaries: far larger than any limit below. */
  function busyMonth(files: number, summariesPerFile = 5): Analysis {
    const outcomes: FileOutcome[] = []
    for (let i = 0; i < files; i++) {
      const day = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString()
      outcomes.push(
        readFile(`${LOGS}/session_${String(i).padStart(5, '0')}.json`, {
          sessionId: `${String(i).padStart(8, '0')}-aaaa-4bbb-8ccc-dddddddddddd`,
          start: day,
          end: new Date(Date.parse(day) + 600_000).toISOString(),
          toolCalls: { Read: 3, Bash: 2, [`mcp__tool_${i % 300}`]: 1 },
          summaries: Array.from({ length: summariesPerFile }, (_, k) => ({
            timestamp: day,
            text: `Step ${k}: ${'changed the parser and its tests; '.repeat(20)}`,
          })),
        }),
      )
    }
    return analyse(outcomes)
  }
  const chars = (max: number): SizeLimit => ({ max, measure: (markdown) => markdown.length })

  it('renders everything when it fits', () => {
    const markdown = renderReport(busyMonth(3), context, chars(1_000_000))
    expect(markdown).not.toContain('Left out')
    expect(markdown.match(/<details>/g)).toHaveLength(3)
  })

  it('lets detail in while it fits: rows before details, the newest first, within every limit', () => {
    const analysis = busyMonth(40)
    const full = renderReport(analysis, context, chars(10_000_000)).length
    let previous = full
    let sawRowsLeftOut = false
    for (let max = full - 1; max > 2_000; max = Math.floor(max * 0.9)) {
      const markdown = renderReport(analysis, context, chars(max))
      expect(markdown.length).toBeLessThanOrEqual(max)
      expect(markdown.length).toBeLessThanOrEqual(previous)
      previous = markdown.length
      expect(
        markdown.startsWith('## 🤖 Claude Code sessions\n\n**40 files** · **40 sessions**'),
      ).toBe(true)
      const note = /_Left out to stay within GitHub's size limit: (.*?)\._/.exec(markdown)
      expect(note).not.toBeNull()
      const hiddenDetails = Number(/the details of (\d+) files?/.exec(note![1]!)?.[1] ?? 0)
      const hiddenRows = Number(/the rows of the (\d+) oldest files?/.exec(note![1]!)?.[1] ?? 0)
      // A file's details never show without its row, and what is shown matches what is said.
      expect(hiddenDetails).toBeGreaterThanOrEqual(hiddenRows)
      expect(markdown.match(/<details>/g)?.length ?? 0).toBe(40 - hiddenDetails)
      if (hiddenRows > 0) sawRowsLeftOut = true
    }
    expect(sawRowsLeftOut).toBe(true)
  })

  it('keeps the newest files when it drops the oldest', () => {
    const analysis = busyMonth(40)
    const markdown = renderReport(analysis, context, chars(12_000))
    const rows = tableRows(renderGfm(markdown), 2)
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.map((row) => row[0])).toEqual(
      analysis.files.slice(0, rows.length).map((file) => file.path.split('/').at(-1)),
    )
  })

  it('says where everything can be found', () => {
    const analysis = busyMonth(40)
    expect(
      renderReport(analysis, { ...context, reportFile: 'out/report.json' }, chars(20_000)),
    ).toContain('. The JSON report has everything._')
    expect(
      renderReport(
        analysis,
        { ...context, fullReportUrl: 'https://github.com/acme/app/actions/runs/1' },
        chars(20_000),
      ),
    ).toContain(
      "The full report is in the [run's step summary](https://github.com/acme/app/actions/runs/1)._",
    )
  })

  it('names the first unreadable files and counts the rest; cuts only what cannot fit at all', () => {
    const analysis = analyse(
      Array.from({ length: 2_000 }, (_, i) => unreadableFile(`${LOGS}/broken_${i}.json`)),
    )
    for (const max of [50_000, 5_000]) {
      const markdown = renderReport(analysis, context, chars(max))
      expect(markdown.length).toBeLessThanOrEqual(max)
      expect(markdown).toMatch(/more unreadable files \(each has a warning\)/)
    }
    const tiny = renderReport(analysis, context, chars(60))
    expect(tiny.length).toBeLessThanOrEqual(60)
    expect(tiny).toContain("Report cut to stay within GitHub's size limit.")
  })

  it(`keeps a huge analysis within GitHub's 1 MiB step summary limit`, () => {
    const analysis = busyMonth(10_000, 1)
    const markdown = renderReport(analysis, context)
    const size = Buffer.byteLength(markdown, 'utf8')
    expect(size).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT.max)
    expect(STEP_SUMMARY_LIMIT.max).toBeLessThan(1024 * 1024)
    // A large part of the limit is used: detail is dropped only as far as needed.
    expect(size).toBeGreaterThan(STEP_SUMMARY_LIMIT.max / 2)
    const note =
      /_Left out to stay within GitHub's size limit: the details of 10,000 files, the rows of the ([\d,]+) oldest files(?:, ([\d,]+) less used tools)?\._/.exec(
        markdown,
      )
    expect(note).not.toBeNull()
    const hidden = Number(note![1]!.replaceAll(',', ''))
    const rendered = renderGfm(markdown)
    const rows = tableRows(rendered, 2)
    expect(rows.length + hidden).toBe(10_000)
    expect(rows[0]![0]).toBe(analysis.files[0]!.path.split('/').at(-1))
    const hiddenTools = Number(note![2]?.replaceAll(',', '') ?? 0)
    expect(tableRows(rendered, 1)).toHaveLength(analysis.tools.length - hiddenTools)
  })

  it('measures in bytes, so multi-byte text is not under-counted', () => {
    const analysis = busyMonth(10)
    const wide = analyse(
      analysis.files.map((file, i) =>
        readFile(file.path, {
          sessionId: file.sessionId,
          start: file.start,
          summaries: [{ timestamp: null, text: '日本語'.repeat(150) + i }],
        }),
      ),
    )
    const bytes: SizeLimit = { max: 12_000, measure: STEP_SUMMARY_LIMIT.measure }
    const markdown = renderReport(wide, context, bytes)
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(12_000)
    expect(markdown).toContain('Left out')
  })
})

/** The cells (as the reader sees them) of the body rows of the n-th table in an HTML page. */
function tableRows(html: string, index: number): string[][] {
  const body = [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)][index]?.[1] ?? ''
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => visibleText(cell[1]!)),
  )
}

/** A table cell's text as it renders: its spaces non-breaking, so that it never wraps. */
function oneLine(cell: string): string {
  return cell.replaceAll(' ', '\u00a0')
}
