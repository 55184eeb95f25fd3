/**
 * The step summary never exceeds 1 MiB (bytes) and a comment never exceeds 65,536 characters,
 * whatever the input: detail is dropped in steps, and a closing line says what was left out.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { analyse, type Analysis } from '../src/analyse.ts'
import type { FileOutcome, SessionDigest } from '../src/model.ts'
import { COMMENT_LIMIT } from '../src/render/comment.ts'
import { renderReport, STEP_SUMMARY_LIMIT, type SizeLimit } from '../src/render/report.ts'
import { runAction } from '../scripts/run-action.ts'
import { json, logPath, sessionLog, summary, toolCall, workspaceWith } from './log-factory.ts'

const MiB = 1024 * 1024

interface Shape {
  files: number
  toolsPerFile?: number
  /** Tool names: by default shared by all files (`Tool 3`); `distinct` makes every file's its own. */
  distinctTools?: boolean
  summariesPerFile?: number
  summaryText?: (file: number, index: number) => string
  toolName?: (index: number) => string
  unreadable?: number
}

function digest(file: number, shape: Shape): SessionDigest {
  const day = new Date(Date.UTC(2020, 0, 1) + file * 3_600_000).toISOString()
  const toolName = shape.toolName ?? ((index: number) => `Tool ${index}`)
  const tools = new Map<string, number>()
  for (let index = 0; index < (shape.toolsPerFile ?? 5); index++)
    tools.set(toolName(shape.distinctTools ? file * 1000 + index : index), index + 1)
  return {
    format: 'session-recorder',
    transcript: null,
    sessionId: `${String(file).padStart(8, '0')}-1111-4222-8333-444455556666`,
    start: day,
    end: new Date(Date.parse(day) + 1_800_000).toISOString(),
    projectPath: null,
    kinds: { user_message: 3, tool_call: 15, tool_result: 15, assistant_summary: 2, other: 0 },
    tools,
    summaries: Array.from({ length: shape.summariesPerFile ?? 2 }, (_, index) => ({
      timestamp: day,
      text:
        shape.summaryText?.(file, index) ?? `Session ${file}: fixed the parser and ran the tests.`,
    })),
    interactionsByDay: new Map([[day.slice(0, 10), 35]]),
    firstActivity: day,
    lastActivity: day,
    problems: file % 10 === 0 ? ['interactions[3] has no valid ISO 8601 "timestamp"'] : [],
  }
}

function analysisOf(shape: Shape): Analysis {
  const outcomes: FileOutcome[] = Array.from({ length: shape.files }, (_, file) => ({
    ok: true,
    path: `.claude/session_logs/session_${String(file).padStart(5, '0')}.json`,
    bytes: 20_000,
    digest: digest(file, shape),
  }))
  for (let index = 0; index < (shape.unreadable ?? 0); index++)
    outcomes.push({
      ok: false,
      path: `.claude/session_logs/broken_${String(index).padStart(5, '0')}.json`,
      reason: 'invalid JSON: the file ends inside an object (truncated?)',
      position: { line: 100, column: 3 },
    })
  return analyse(outcomes)
}

const context = {
  title: 'Claude Code sessions',
  patterns: ['.claude/session_logs/session_*.json'],
  reportFile: 'report.json',
}

/** Renders within `limit` and checks what every rendering must be, whatever it left out. */
function renderWithin(analysis: Analysis, limit: SizeLimit, extra: Partial<typeof context> = {}) {
  const fileUrl = vi.fn((file: string) => `https://github.com/acme/repo/blob/0123/${file}`)
  const markdown = renderReport(analysis, { ...context, ...extra, fileUrl }, limit)
  expect(limit.measure(markdown)).toBeLessThanOrEqual(limit.max)
  // Whatever was cut, the markdown is whole: every details block and code fence is closed.
  expect(markdown.split('<details>').length).toBe(markdown.split('</details>').length)
  expect(markdown.split('\n```').length % 2).toBe(1)
  expect(markdown.endsWith('\n')).toBe(true)
  // Each file row is rendered once at most, not once per attempt at fitting.
  expect(fileUrl.mock.calls.length).toBeLessThanOrEqual(analysis.files.length)
  return markdown
}

const leftOut = (markdown: string) =>
  /_Left out to stay within GitHub's size limit: (.*)_\n/.exec(markdown)?.[1]

describe.each([
  ['the step summary', STEP_SUMMARY_LIMIT, 1024 * 1024],
  ['a comment', COMMENT_LIMIT, 65_536],
])('%s', (_, limit, hardMax) => {
  test('the limit is below what GitHub refuses', () => {
    expect(limit.max).toBeLessThanOrEqual(hardMax)
  })

  test('10,000 files: the newest rows first, and a note of what was left out', () => {
    const analysis = analysisOf({ files: 10_000 })
    const markdown = renderWithin(analysis, limit)
    expect(markdown).toContain('**10,000 files**')
    expect(markdown).toContain('session&#95;09999.json')
    expect(markdown).not.toContain('session&#95;00000.json')
    expect(leftOut(markdown)).toMatch(
      /^the details of [\d,]+ files, the rows of the [\d,]+ oldest files\. The JSON report has everything\.$/,
    )
  })

  test('10,000 files of multi-byte text', () => {
    const analysis = analysisOf({
      files: 10_000,
      toolName: (index) => `工具🔧${'é'.repeat(20)}${index}`,
      summaryText: (file) => `会话 ${file}：修复了解析器 🚀 ${'ü'.repeat(200)}`,
    })
    const markdown = renderWithin(analysis, limit)
    expect(markdown).toContain('工具🔧')
    expect(leftOut(markdown)).toBeDefined()
  })

  test('thousands of tools, with long names', () => {
    const analysis = analysisOf({
      files: 40,
      toolsPerFile: 300,
      distinctTools: true,
      toolName: (index) => `mcp__server_${index}__${'x'.repeat(300)}`,
    })
    expect(analysis.tools).toHaveLength(12_000)
    const markdown = renderWithin(analysis, limit)
    expect(leftOut(markdown)).toMatch(/[\d,]+ less used tools/)
    // Every file still has its row: beyond the first 50, tools give way first.
    expect(markdown.match(/^\| \[session/gm)).toHaveLength(40)
  })

  test('huge and numerous summaries', () => {
    const analysis = analysisOf({
      files: 50,
      summariesPerFile: 500,
      summaryText: (file, index) => `${file}/${index} ${'long summary text '.repeat(1000)}`,
    })
    const markdown = renderWithin(analysis, limit)
    expect(markdown).toContain('… and 480 later summaries')
  })

  test('10,000 unreadable files: the first are named, the rest counted', () => {
    const analysis = analysisOf({ files: 3, unreadable: 10_000 })
    const markdown = renderWithin(analysis, limit)
    expect(markdown).toContain('10,000 files could not be read')
    expect(markdown).toContain('broken&#95;00000.json')
    expect(leftOut(markdown)).toMatch(/[\d,]+ more unreadable files \(each has a warning\)/)
  })

  test('thousands of path patterns and a long title', () => {
    const patterns = Array.from(
      { length: 5000 },
      (_, index) => `logs/${index}/${'deep/'.repeat(100)}*.json`,
    )
    const markdown = renderWithin(analysisOf({ files: 100 }), limit, {
      patterns,
      title: '标题'.repeat(100),
    })
    expect(markdown).toContain('4,990 more patterns')
  })
})

test('a small report is left whole', () => {
  const analysis = analysisOf({ files: 3, unreadable: 1 })
  const markdown = renderWithin(analysis, COMMENT_LIMIT)
  expect(leftOut(markdown)).toBeUndefined()
  expect(markdown.match(/<details>/g)).toHaveLength(3)
})

test('even an absurdly small limit is kept', () => {
  const tiny: SizeLimit = { max: 200, measure: (markdown) => Buffer.byteLength(markdown) }
  const markdown = renderReport(analysisOf({ files: 10 }), context, tiny)
  expect(tiny.measure(markdown)).toBeLessThanOrEqual(200)
  expect(markdown).toContain("cut to stay within GitHub's size limit")
})

test('the bundled action writes a step summary under 1 MiB for 10,000 log files', async () => {
  const files: Record<string, string> = {}
  for (let index = 0; index < 10_000; index++) {
    const day = new Date(Date.UTC(2000, 0, 1) + index * 86_400_000).toISOString().slice(0, 10)
    files[logPath(day)] = json(
      sessionLog(day, {
        interactions: [
          toolCall(`${day}T09:01:00Z`, `工具_${index % 40}`),
          summary(`${day}T09:02:00Z`, `第 ${index} 次会话 ${'—'.repeat(100)}`),
        ],
      }),
    )
  }
  const workspace = await workspaceWith(files)
  const run = await runAction({ workspace, inputs: { 'report-file': 'report.json' } })
  expect(run.exitCode).toBe(0)
  expect(run.outputs.files).toBe('10000')
  expect(Buffer.byteLength(await readFile(run.summaryFile))).toBeLessThanOrEqual(MiB)
  expect(run.summary).toContain("Left out to stay within GitHub's size limit")
  const report = JSON.parse(await readFile(path.join(workspace, 'report.json'), 'utf8'))
  expect(report.files).toHaveLength(10_000)
})
