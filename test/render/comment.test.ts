/**
 * The pull-request comment as a reader of the pull request sees it: by default the answer in a few
 * lines (a headline, one narrow table, a footer linking the step summary), the whole report only
 * when asked. Built from hand-made analyses; the compact comment of every format together is
 * committed as test/outputs/pr-comment-mixed-formats.md.
 */
import { describe, expect, it } from 'vitest'
import type { Analysis } from '../../src/analyse.js'
import { COMMENT_LIMIT, renderComment, SESSIONS_IN_COMPACT } from '../../src/render/comment.js'
import { renderReport, type ReportContext } from '../../src/render/report.js'
import { fileUrlAtCommit, runnerContext } from '../../src/runner.js'
import { analysisOf, fileOf, mixedWeek, modelUsage, session, usageOf } from '../support/analysis.js'
import { elements, renderGfm, visibleText } from '../support/gfm.js'

const MARKER = '<!-- claude-session-report:default -->'
const RUN_URL = 'https://github.com/acme/app/actions/runs/42'
const context: ReportContext = {
  title: 'Claude Code sessions',
  patterns: ['.claude/session_logs/session_*.json', '.claude/projects/**/*.jsonl'],
  fileUrl: fileUrlAtCommit(runnerContext({ GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: '0123abc' })),
  fullReportUrl: RUN_URL,
}

/** The comment of a pull request that changed the newest transcript of the mixed week. */
function pullRequestComment(extra: Partial<ReportContext> = {}, layout?: 'compact' | 'full') {
  const all = mixedWeek()
  const changed = analysisOf({ sessions: [all.sessions[0]!] })
  const scoped: ReportContext = {
    ...context,
    scope: {
      label: 'added or changed in this pull request',
      overall: all.totals,
      overallUsage: all.usage,
    },
    ...extra,
  }
  return renderComment(changed, scoped, MARKER, layout)
}

function tables(html: string): { headers: string[]; rows: string[][] }[] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((match) => ({
    headers: [...match[1]!.matchAll(/<th(?:\s[^>]*)?>([\s\S]*?)<\/th>/g)].map((cell) =>
      visibleText(cell[1]!),
    ),
    rows: [...match[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
      .slice(1)
      .map((row) =>
        [...row[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => visibleText(cell[1]!)),
      ),
  }))
}

describe('the compact comment (the default)', () => {
  const body = pullRequestComment()
  const html = renderGfm(body)

  it('is test/outputs/pr-comment-mixed-formats.md', async () => {
    await expect(body).toMatchFileSnapshot('../outputs/pr-comment-mixed-formats.md')
  })

  it('answers in one sentence: sessions, prompts, tool calls, time, cost by model and tokens', () => {
    const [marker, heading, headline] = body.split('\n\n').flatMap((part) => part.split('\n'))
    expect(marker).toBe(MARKER)
    expect(heading).toBe('### 🤖 Claude Code sessions added or changed in this pull request')
    expect(visibleText(renderGfm(headline!)).trim()).toBe(
      '1 session · 4 prompts · 33 tool calls (2 errors) · 41 min 28 s · ' +
        '$2.13 (opus-4-5 $2.09, haiku-4-5 $0.04) · 2.1 M tokens',
    )
  })

  it('has one table of at most five columns, no collapsed detail, and no repeat of the summary', () => {
    const [only, ...more] = tables(html)
    expect(more).toEqual([])
    expect(only!.headers).toEqual(['session', 'when (UTC)', 'prompts', 'tool calls', 'cost'])
    expect(only!.rows).toEqual([
      [
        'b7e1c2d4',
        'Mar 3, 14:30 · 41 min 28 s'.replaceAll(' ', '\u00a0'),
        '4',
        '33 (2 errors)'.replaceAll(' ', '\u00a0'),
        '$2.13',
      ],
    ])
    expect(elements(html)).not.toContain('details')
    expect(body).not.toContain('### Tools')
    expect(body).not.toContain('Cost and tokens')
  })

  it('sums up all logs in its footer and links the full report in the step summary', () => {
    const footer = body.trimEnd().split('\n').at(-1)!
    expect(visibleText(renderGfm(footer)).trim()).toBe(
      'All session logs: 3 sessions · $2.38 · 2.4 M tokens · full report in the step summary · prices of 2026-11-01',
    )
    expect(footer).toContain(`](${RUN_URL})`)
  })

  it('is a small part of the full layout, which is the step summary’s report', () => {
    const full = pullRequestComment({}, 'full')
    expect(full).toContain('### Sessions')
    expect(full).toContain('<details>')
    expect(body.length * 3).toBeLessThan(full.length)
  })
})

describe('the compact comment of session-recorder logs', () => {
  const recorder = (day: number) =>
    session({
      sessionId: `f1d69ed6-17f5-4837-9708-20fe119a72${String(day).padStart(2, '0')}`,
      format: 'session-recorder',
      paths: [`.claude/session_logs/session_2026-03-${String(day).padStart(2, '0')}.json`],
      firstActivity: `2026-03-${String(day).padStart(2, '0')}T09:12:04.000Z`,
      lastActivity: null,
      durationMs: null,
      prompts: 2,
      toolCalls: 5,
      tools: [{ tool: 'Read', calls: 5, errors: 0 }],
      usage: null,
    })

  it('names each log by its file, shows interactions where cost would be, and no tokens', () => {
    const analysis = analysisOf({ sessions: [recorder(4)] })
    const body = renderComment(analysis, context, MARKER)
    const [only] = tables(renderGfm(body))
    expect(only!.headers).toEqual([
      'session',
      'when (UTC)',
      'prompts',
      'tool calls',
      'interactions',
    ])
    expect(only!.rows).toEqual([
      [
        'session_2026-03-04.json',
        'Mar 4, 09:12 · not finalized'.replaceAll(' ', '\u00a0'),
        '2',
        '5',
        '12',
      ],
    ])
    expect(body).not.toContain('token')
    expect(body).toContain('**1 session** · 2 prompts · 5 tool calls · 12 interactions')
  })

  it(`shows the ${SESSIONS_IN_COMPACT} newest sessions and counts the others`, () => {
    const analysis = analysisOf({
      sessions: Array.from({ length: 25 }, (_, index) => recorder(25 - index)),
    })
    const [only] = tables(renderGfm(renderComment(analysis, context, MARKER)))
    expect(only!.rows).toHaveLength(SESSIONS_IN_COMPACT + 1)
    expect(only!.rows[0]![0]).toBe('session_2026-03-25.json')
    expect(only!.rows.at(-1)![0]).toBe('+15 older sessions')
  })
})

describe('a pull request that changes no session log', () => {
  it('is said in one line, in either layout', () => {
    const all = mixedWeek()
    const scoped: ReportContext = {
      ...context,
      scope: { label: 'added or changed in this pull request', overall: all.totals },
    }
    for (const layout of ['compact', 'full'] as const) {
      const body = renderComment(analysisOf({}), scoped, MARKER, layout)
      expect(body).toBe(
        `${MARKER}\n🤖 **Claude Code sessions:** no session log was added or changed in this pull request.\n`,
      )
    }
  })
})

describe('the cost warning', () => {
  it('opens the comment and the summary when the logs cost more than the threshold', () => {
    const warning =
      '⚠️ **Over the cost warning:** the session logs cost **&#36;2.38**, more than the &#36;2.00 set in <code>cost-warning-usd</code>.'
    for (const layout of ['compact', 'full'] as const)
      expect(pullRequestComment({ costWarningUsd: 2 }, layout).split('\n\n')[1]).toBe(warning)
    const summary = renderReport(mixedWeek(), { ...context, costWarningUsd: 2 })
    expect(summary.split('\n\n')[1]).toBe(warning)
  })

  it('is not there at or under the threshold, nor without usage', () => {
    expect(pullRequestComment({ costWarningUsd: 2.38 })).not.toContain('cost warning')
    expect(pullRequestComment({ costWarningUsd: 100 })).not.toContain('cost warning')
    const recorderOnly: Analysis = { ...mixedWeek(), usage: null }
    expect(renderReport(recorderOnly, { ...context, costWarningUsd: 0 })).not.toContain(
      'cost warning',
    )
  })
})

describe('whatever the logs', () => {
  it('stays within GitHub’s limit, and log text stays text', () => {
    const hostile = `</table><img src=x> @octocat #1 | \`x\` ${'w'.repeat(5000)}`
    const sessions = Array.from({ length: 5000 }, (_, index) =>
      session({
        sessionId: `${hostile}${index}`,
        format: index % 2 === 0 ? 'session-recorder' : 'claude-code',
        paths: [`${'deep/'.repeat(400)}${hostile}${index}.json`],
        usage: usageOf([modelUsage(hostile, { costUsd: index % 3 === 0 ? null : 1 })]),
      }),
    )
    const analysis = analysisOf({
      sessions,
      files: sessions.map((one) => fileOf(one)),
      unreadable: sessions.map((one) => ({ path: one.paths[0]!, reason: hostile })),
    })
    const body = renderComment(analysis, { ...context, title: hostile.slice(0, 200) }, MARKER)
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT.max)
    // The rows whose links would not fit are counted instead.
    expect(tables(renderGfm(body))[0]!.rows.at(-1)![0]).toMatch(/^\+4,99\d older sessions$/)
    const html = renderGfm(body)
    expect(elements(html)).not.toContain('img')
    expect(tables(html)).toHaveLength(1)
    expect(new Set(tables(html)[0]!.rows.map((row) => row.length))).toEqual(new Set([5]))
    expect(visibleText(html)).not.toMatch(/[@#][\p{L}\p{N}]/u)
  })
})
