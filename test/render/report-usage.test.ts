/**
 * The report of transcripts and execution files beside session-recorder logs: tokens and cost by
 * model, sessions with their models, tokens, cost, tool errors and subagents. Built from
 * hand-made analyses, so that the layout is tested apart from reading; the rendered pages are
 * committed under test/outputs/ (regenerate with `npm test -- -u` and review the diff).
 */
import { describe, expect, it } from 'vitest'
import type { Analysis } from '../../src/analyse.js'
import { renderReport, type ReportContext } from '../../src/render/report.js'
import { fileUrlAtCommit, runnerContext } from '../../src/runner.js'
import { analysisOf, mixedWeek, modelUsage, session, tokens, usageOf } from '../support/analysis.js'
import { elements, renderGfm, visibleText } from '../support/gfm.js'

const context: ReportContext = {
  title: 'Claude Code sessions',
  patterns: ['.claude/session_logs/session_*.json', '.claude/projects/**/*.jsonl'],
  fileUrl: fileUrlAtCommit(runnerContext({ GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: '0123abc' })),
}

describe('the report of every format together', () => {
  const markdown = renderReport(mixedWeek(), context)
  const html = renderGfm(markdown)

  it('is test/outputs/mixed-formats.md', async () => {
    await expect(markdown).toMatchFileSnapshot('../outputs/mixed-formats.md')
  })

  it('leads with cost and tokens, then the activity, tool errors and subagents', () => {
    const headline = markdown.split('\n\n')[1]!
    expect(visibleText(renderGfm(headline)).trim()).toBe(
      '$2.38 · 2.4 M tokens · 4 files · 3 sessions on 2 days · 164 interactions · ' +
        '56 tool calls (5 tools, 3 errors) · 1 subagent · 52 min 5 s of session time',
    )
  })

  it('gives tokens and cost by model, with a total and the price table’s date', () => {
    expect(tableHeaders(html)[1]).toEqual([
      'model',
      'responses',
      'input',
      'output',
      'cache writes 5 min',
      'cache writes 1 h',
      'cache reads',
      'cost',
    ])
    expect(tableRows(html, 1)).toEqual([
      ['claude-opus-4-5-20251101', '27', '412', '18,934', '96,310', '12,000', '1,843,222', '$2.09'],
      ['claude-sonnet-4-5-20250929', '12', '36', '4,120', '22,904', '0', '311,562', '$0.24'],
      ['claude-haiku-4-5-20251001', '4', '2,410', '1,873', '18,220', '0', '61,090', '$0.04'],
      ['total', '43', '2,858', '24,927', '137,434', '12,000', '2,215,874', '$2.38'],
    ])
    expect(visibleText(html)).toContain(
      'Each API response counted once. Costs at the list prices of 2026-11-01 (built-in price table); ' +
        "a claude-code-action run's cost is the one Claude Code reported.",
    )
  })

  it('adds an errors column to the tools', () => {
    expect(tableHeaders(html)[2]).toEqual(['tool', 'calls', 'errors', 'share', 'files'])
    expect(tableRows(html, 2)[1]).toEqual(['Bash', '18', '3', '32.1 %', '3'])
  })

  it('gives one row per session on one line each: tokens, cost and tool errors; subagents and failed runs named', () => {
    expect(tableHeaders(html)[3]).toEqual([
      'session',
      'when (UTC)',
      'prompts',
      'tool calls',
      'tokens',
      'cost',
    ])
    expect(tableRows(html, 3)).toEqual([
      [
        'b7e1c2d4 · 1 subagent',
        oneLine('Mar 3, 14:30 · 41 min 28 s'),
        '4',
        oneLine('33 (2 errors)'),
        oneLine('2.1 M'),
        '$2.13',
      ],
      ['f1d69ed6', oneLine('Mar 2, 09:12 · 10 min 37 s'), '2', '12', '—', '—'],
      [
        '0c5d8e21 · ⚠️ ended in error',
        '—',
        '1',
        oneLine('11 (1 error)'),
        oneLine('338.6 k'),
        '$0.24',
      ],
    ])
  })

  it('collapses each session: its facts, models, subagents, tools and problems', () => {
    const blocks = [...html.matchAll(/<details>([\s\S]*?)<\/details>/g)].map((match) => match[1]!)
    expect(blocks).toHaveLength(3)
    const transcript = visibleText(blocks[0]!).replaceAll('\u200b', '')
    expect(transcript).toContain(
      'b7e1c2d4 — Claude Code transcript, 2 models, 1 subagent, 5 tools, 1 problem',
    )
    expect(transcript).toContain(
      'Session b7e1c2d4-5f60-4a8b-9c0d-1e2f3a4b5c6d · Claude Code 2.1.12 · branch fix/rounding · 23 min active · 1 compaction',
    )
    expect(transcript).toContain('Tools: Grep 10 · Read 9 · Bash 8 (2 errors) · Edit 5 · Task 1')
    expect(transcript).toContain('⚠️ agent-a4f2c19e7b3d5a60.jsonl: line 12: not JSON; skipped')
    expect(tableRows(blocks[0]!, 1)).toEqual([
      [
        'a4f2c19e7b3d5a60',
        'Explore',
        'Find every caller of roundCurrency',
        '4',
        '6',
        '83.6 k',
        '$0.04',
      ],
    ])
    expect(visibleText(blocks[1]!)).toContain('09:15 Rounding uses floats.')
    expect(visibleText(blocks[2]!)).toContain('⚠️ the run ended in error')
  })

  it('links every session and subagent file at the commit', () => {
    expect([...html.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1])).toContain(
      'https://github.com/acme/app/blob/0123abc/.claude/projects/-home-dev-invoice-service/b7e1c2d4-5f60-4a8b-9c0d-1e2f3a4b5c6d/subagents/agent-a4f2c19e7b3d5a60.jsonl',
    )
  })
})

describe('models without a price', () => {
  const analysis = analysisOf({
    sessions: [
      session({
        usage: usageOf([
          modelUsage('claude-sonnet-4-5', { tokens: tokens({ input: 1_000 }), costUsd: 0.003 }),
          modelUsage('acme-internal-1', {
            tokens: tokens({ input: 5_000, output: 200 }),
            costUsd: null,
          }),
        ]),
      }),
    ],
  })
  const markdown = renderReport(analysis, context)

  it('are named as unpriced, with their tokens, and never counted as $0', () => {
    const html = renderGfm(markdown)
    expect(tableRows(html, 1)).toEqual([
      ['claude-sonnet-4-5', '1', '1,000', '0', '0', '0', '< $0.01'],
      ['acme-internal-1', '1', '5,000', '200', '0', '0', 'unpriced'],
      ['total', '2', '6,000', '200', '0', '0', '< $0.01'],
    ])
    expect(visibleText(html)).toContain(
      '⚠️ No price for acme-internal-1: its tokens are counted, its cost is not in the total.',
    )
    expect(visibleText(renderGfm(markdown.split('\n\n')[1]!))).toMatch(
      /^< \$0\.01 \+ 1 unpriced model · 6\.2 k tokens · /,
    )
    expect(tableRows(html, 2)[0]!.at(-1)).toBe('< $0.01 + 1 unpriced')
  })
})

describe('a run of session-recorder logs only', () => {
  it('shows no token section, no errors column, and one row per file', () => {
    const recorderOnly: Analysis = { ...mixedWeek(), usage: null, sessions: [] }
    const files = recorderOnly.files.map((file) => ({
      ...file,
      format: 'session-recorder' as const,
    }))
    const markdown = renderReport({ ...recorderOnly, files }, context)
    expect(markdown).not.toContain('Cost and tokens')
    expect(markdown).not.toContain('tokens')
    expect(markdown).not.toContain('errors')
    expect(markdown).toContain('| file | when (UTC) |')
    expect(markdown).toContain('| assistant summaries |')
  })
})

describe('hostile text in the new places', () => {
  it('stays text: model names, versions, branches, agent types and tasks', () => {
    const hostile = '</details><img src=x> @octocat #1 | `x` $a$ https://evil.example'
    const analysis = analysisOf({
      sessions: [
        session({
          versions: [hostile],
          branches: [hostile],
          agents: [
            {
              agentId: hostile,
              type: hostile,
              description: hostile,
              path: 'a.jsonl',
              responses: 1,
              toolCalls: 0,
              usage: usageOf([modelUsage(hostile, { costUsd: null })]),
            },
          ],
          usage: usageOf([modelUsage(hostile, { costUsd: null })]),
          tools: [{ tool: hostile, calls: 1, errors: 1 }],
          toolCalls: 1,
          toolErrors: 1,
        }),
      ],
    })
    const html = renderGfm(renderReport(analysis, context))
    expect(elements(html)).not.toContain('img')
    expect(elements(html).filter((name) => name === 'details')).toHaveLength(1)
    expect(html.match(/<\/details>/g)).toHaveLength(1)
    expect(visibleText(html)).not.toMatch(/[@#][\p{L}\p{N}]/u)
    expect(html).not.toMatch(/href="https:\/\/evil/)
    for (const index of [1, 2, 3])
      expect(new Set(tableRows(html, index).map((row) => row.length)).size).toBe(1)
  })
})

function tableHeaders(html: string): string[][] {
  return [...html.matchAll(/<thead>\s*<tr>([\s\S]*?)<\/tr>/g)].map((match) =>
    [...match[1]!.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((cell) => visibleText(cell[1]!)),
  )
}

/** The cells (as the reader sees them) of the body rows of the n-th table in an HTML page. */
function tableRows(html: string, index: number): string[][] {
  const body = [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)][index]?.[1] ?? ''
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => visibleText(cell[1]!)),
  )
}

describe('many sessions within a size limit', () => {
  it('drops session details, then the oldest sessions’ rows, and says so', () => {
    const sessions = Array.from({ length: 300 }, (_, i) =>
      session({
        sessionId: `${String(300 - i).padStart(8, '0')}-aaaa-4bbb-8ccc-dddddddddddd`,
        paths: [`.claude/projects/p/${i}.jsonl`],
        tools: [{ tool: 'Bash', calls: 3, errors: 1 }],
        toolCalls: 3,
        toolErrors: 1,
        usage: usageOf([
          modelUsage('claude-opus-4-5', {
            tokens: tokens({ input: 10, output: 900 }),
            costUsd: 0.02,
          }),
        ]),
      }),
    )
    const markdown = renderReport(analysisOf({ sessions }), context, {
      max: 20_000,
      measure: (text) => text.length,
    })
    expect(markdown.length).toBeLessThanOrEqual(20_000)
    expect(markdown).toMatch(
      /_Left out to stay within GitHub's size limit: the details of [\d,]+ sessions, the rows of the [\d,]+ oldest sessions\._/,
    )
    expect(markdown).toContain('[<code>00000300</code>]')
  })
})

describe('a session-recorder session beside transcripts', () => {
  it('is not finalized while its log has no end', () => {
    const analysis = analysisOf({
      sessions: [
        session(),
        session({
          sessionId: 'f1d69ed6',
          format: 'session-recorder',
          durationMs: null,
          usage: null,
        }),
      ],
    })
    const rows = tableRows(renderGfm(renderReport(analysis, context)), 1)
    expect(rows.map((row) => row[1])).toEqual([
      oneLine('Mar 2, 09:00 · 40 min'),
      oneLine('Mar 2, 09:00 · not finalized'),
    ])
  })
})

describe('transcripts without a response', () => {
  it('show no cost section and no $0.00 headline', () => {
    const markdown = renderReport(
      analysisOf({ sessions: [session({ prompts: 1, usage: usageOf([]) })] }),
      context,
    )
    expect(markdown).not.toContain('Cost and tokens')
    expect(markdown.split('\n\n')[1]).toMatch(/^\*\*1 file\*\* · \*\*1 session\*\*/)
    expect(markdown).toContain('| session | when (UTC) |')
  })
})

describe('subagents started without a file of their own', () => {
  it('are counted in the session’s row', () => {
    const markdown = renderReport(
      analysisOf({ sessions: [session({ subagents: 2, agents: [] })] }),
      context,
    )
    expect(markdown).toContain('</code>](https://github.com/acme/app/blob/0123abc/')
    expect(markdown).toMatch(/\) · 2 subagents \|/)
    expect(markdown).toMatch(/ · 2 subagents ·/)
  })
})

/** A table cell's text as it renders: its spaces non-breaking, so that it never wraps. */
function oneLine(cell: string): string {
  return cell.replaceAll(' ', '\u00a0')
}
