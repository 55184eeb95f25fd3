/**
 * Broken logs never stop the run: each case sits next to a good log, the good one is reported in
 * full, and the bad one is named with the reason in a warning annotation, the step summary and the
 * JSON report.
 */
import { describe, expect, test, vi } from 'vitest'
import { KNOWN_FORMATS_HINT } from '../src/formats/detect.js'
import { runInProcess, type Published } from './fake-core.ts'
import {
  json,
  logPath,
  sessionLog,
  summary,
  toolCall,
  userMessage,
  workspaceWith,
} from './log-factory.ts'

vi.mock('@actions/core', () => import('./fake-core.ts'))

const GOOD_DAY = '2026-01-05'
const BAD_DAY = '2026-02-01'
const BAD = logPath(BAD_DAY)

interface ReportFile {
  path: string
  interactions: number
  byType: Record<string, number>
  tools: Record<string, number>
  durationSeconds: number | null
  problems: string[]
}
interface Report {
  totals: { sessionTimeSeconds: number }
  files: ReportFile[]
  unreadable: { path: string; reason: string; line: number | null; column: number | null }[]
}

async function runNextToGoodLog(bad: Record<string, string | Uint8Array>): Promise<Published> {
  const workspace = await workspaceWith({ [logPath(GOOD_DAY)]: json(sessionLog(GOOD_DAY)), ...bad })
  const published = await runInProcess(workspace)
  expect(published.failed).toBeUndefined()
  expectGoodLogInFull(published)
  expectNoNegativeOrNaNDuration(published)
  return published
}

function expectGoodLogInFull(published: Published): void {
  const report = published.report as unknown as Report
  expect(report.files.find((file) => file.path === logPath(GOOD_DAY))).toEqual(
    expect.objectContaining({
      interactions: 6,
      byType: { user_message: 1, tool_call: 2, tool_result: 2, assistant_summary: 1, other: 0 },
      tools: { Bash: 1, Read: 1 },
      durationSeconds: 1800,
      problems: [],
    }),
  )
  expect(published.summary).toContain('session&#95;2026-01-05.json')
  expect(published.summary).toContain('Rounded amounts in minor units.')
}

function expectNoNegativeOrNaNDuration(published: Published): void {
  const report = published.report as unknown as Report
  expect(report.totals.sessionTimeSeconds).toBeGreaterThanOrEqual(0)
  for (const file of report.files)
    expect(file.durationSeconds === null || file.durationSeconds >= 0).toBe(true)
  expect(published.summary).not.toMatch(/NaN|Infinity|-\d+ (s|min|h|d)\b/)
}

/** Where a file's text ends, as 1-based line and column. */
function endOf(text: string): { line: number; column: number } {
  const lines = text.split('\n')
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 }
}

const goodText = json(sessionLog(BAD_DAY))

describe('a file that cannot be read is named with the reason, and the rest is reported', () => {
  const cases: [string, string | Uint8Array, string, { line: number; column: number } | null][] = [
    ['an empty file', '', 'invalid JSON: the file holds no JSON value (empty?)', endOf('')],
    [
      'whitespace only',
      ' \n\t\n  ',
      'invalid JSON: the file holds no JSON value (empty?)',
      endOf(' \n\t\n  '),
    ],
    [
      'a file truncated mid-object (a crashed hook)',
      goodText.slice(0, goodText.indexOf('"arguments"')),
      'invalid JSON: the file ends inside an object (truncated?)',
      endOf(goodText.slice(0, goodText.indexOf('"arguments"'))),
    ],
    [
      'a file truncated inside a string',
      goodText.slice(0, goodText.indexOf('rounding')),
      'invalid JSON: the file ends inside a string (truncated?)',
      endOf(goodText.slice(0, goodText.indexOf('"Fix the'))),
    ],
    [
      'a stray character after the value',
      `${goodText}}`,
      "invalid JSON: unexpected '}' after the end of the JSON value",
      endOf(goodText),
    ],
    [
      'text that is not UTF-8',
      Buffer.concat([
        Buffer.from('{"session_id": "'),
        Buffer.from([0xc3, 0x28, 0xff]),
        Buffer.from('"}'),
      ]),
      'is not UTF-8 text',
      null,
    ],
    [
      'a top-level array',
      '[{"session_id": "x"}]',
      `not a session-recorder log: the top level is an array, not an object; ${KNOWN_FORMATS_HINT}`,
      null,
    ],
    [
      'a top-level string',
      '"session"',
      `not a session-recorder log: the top level is a string, not an object; ${KNOWN_FORMATS_HINT}`,
      null,
    ],
    [
      'a top-level number',
      '42',
      `not a session-recorder log: the top level is a number, not an object; ${KNOWN_FORMATS_HINT}`,
      null,
    ],
    [
      'a log without interactions',
      json(sessionLog(BAD_DAY, { interactions: undefined })),
      `not a session-recorder log: "interactions" is missing; ${KNOWN_FORMATS_HINT}`,
      null,
    ],
    [
      'interactions: null',
      json(sessionLog(BAD_DAY, { interactions: null })),
      `not a session-recorder log: "interactions" is null, expected an array; ${KNOWN_FORMATS_HINT}`,
      null,
    ],
    [
      'interactions: an object',
      json(sessionLog(BAD_DAY, { interactions: { 0: {} } })),
      `not a session-recorder log: "interactions" is an object, expected an array; ${KNOWN_FORMATS_HINT}`,
      null,
    ],
    [
      'interactions: a string',
      json(sessionLog(BAD_DAY, { interactions: '[]' })),
      `not a session-recorder log: "interactions" is a string, expected an array; ${KNOWN_FORMATS_HINT}`,
      null,
    ],
  ]

  test.each(cases)('%s', async (_, content, reason, position) => {
    const published = await runNextToGoodLog({ [BAD]: content })

    expect(published.outputs).toMatchObject({
      files: '1',
      'unreadable-files': '1',
      interactions: '6',
    })
    expect(published.warnings).toEqual([
      {
        message: `${BAD} ${reason}`,
        properties: {
          title: 'Session log not read',
          file: BAD,
          ...(position && { startLine: position.line, startColumn: position.column }),
        },
      },
    ])
    expect((published.report as unknown as Report).unreadable).toEqual([
      { path: BAD, reason, line: position?.line ?? null, column: position?.column ?? null },
    ])
    expect(published.summary).toContain('1 file could not be read')
    expect(published.summary).toContain(
      '<code>.claude/session&#95;logs/session&#95;2026-02-01.json</code>',
    )
    if (position)
      expect(published.summary).toContain(`(line ${position.line}, column ${position.column})`)
  })

  test('a UTF-8 byte-order mark is read, not rejected', async () => {
    const published = await runNextToGoodLog({ [BAD]: `\uFEFF${goodText}` })
    expect(published.outputs).toMatchObject({ files: '2', 'unreadable-files': '0' })
    expect(published.warnings).toEqual([])
  })

  test('a directory named like a log', async () => {
    const published = await runNextToGoodLog({ [`${BAD}/notes.txt`]: 'not a log' })
    expect(published.warnings).toEqual([
      {
        message: `${BAD} is a directory, not a file`,
        properties: { title: 'Session log not read', file: BAD },
      },
    ])
    expect(published.outputs).toMatchObject({ files: '1', 'unreadable-files': '1' })
  })

  test('backup copies (.backup.*, .invalid.*) and the lock files beside the logs are not matched', async () => {
    const published = await runNextToGoodLog({
      [logPath(BAD_DAY, '.backup.1769904000')]: '{"broken": ',
      [logPath(BAD_DAY, '.invalid.1769904000')]: 'not json',
      '.claude/session_logs/.session.lock': '',
      '.claude/session_logs/.current_session_id': 'abc',
    })
    expect(published.outputs).toMatchObject({ files: '1', 'unreadable-files': '0' })
    expect(published.warnings).toEqual([])
  })
})

describe('a readable log with defects is counted, and each defect is reported', () => {
  const at = (time: string) => `${BAD_DAY}T${time}Z`
  const base = sessionLog(BAD_DAY)
  const withExtra = (...extra: unknown[]) => ({
    ...base,
    interactions: [...base.interactions, ...extra],
  })
  /** A log whose last tool call has `arguments` nested `depth` levels deep (JSON.stringify would overflow). */
  const deeplyNested = (depth: number) =>
    json(withExtra(toolCall(at('09:05:00'), 'Edit', 'NESTED'))).replace(
      '"NESTED"',
      `${'{"level":'.repeat(depth)}{"leaf":true}${'}'.repeat(depth)}`,
    )

  const cases: [string, unknown, string[], Partial<ReportFile>][] = [
    [
      'an interaction that is null',
      withExtra(null),
      ['interactions[6] is null, not an object; counted as other'],
      { interactions: 7, byType: expect.objectContaining({ other: 1 }) },
    ],
    [
      'an interaction that is a number',
      withExtra(42),
      ['interactions[6] is a number, not an object; counted as other'],
      { byType: expect.objectContaining({ other: 1 }) },
    ],
    [
      'an interaction without a type',
      withExtra({ interaction_id: 'x-1', timestamp: at('09:05:00'), content: 'hello' }),
      ['interactions[6] has no "type"; counted as other'],
      { byType: expect.objectContaining({ other: 1 }) },
    ],
    [
      'a tool_call whose content is a string',
      withExtra({ type: 'tool_call', timestamp: at('09:05:00'), content: 'Read' }),
      [
        'interactions[6] is a tool_call whose content is a string, not an object; counted under (unknown tool)',
      ],
      { tools: { '(unknown tool)': 1, Bash: 1, Read: 1 } },
    ],
    [
      'a tool_call without a tool',
      withExtra({ type: 'tool_call', timestamp: at('09:05:00'), content: { arguments: {} } }),
      ['interactions[6] is a tool_call without content.tool; counted under (unknown tool)'],
      { tools: { '(unknown tool)': 1, Bash: 1, Read: 1 } },
    ],
    [
      'a tool_call whose tool name is not a string',
      withExtra({ type: 'tool_call', timestamp: at('09:05:00'), content: { tool: ['Read'] } }),
      [
        'interactions[6] is a tool_call whose content.tool is an array, not a string; counted under (unknown tool)',
      ],
      { tools: { '(unknown tool)': 1, Bash: 1, Read: 1 } },
    ],
    [
      'an assistant_summary whose summary is a number',
      withExtra({ type: 'assistant_summary', timestamp: at('09:05:00'), content: { summary: 3 } }),
      ['interactions[6] is an assistant_summary whose content.summary is a number, not a string'],
      { byType: expect.objectContaining({ assistant_summary: 2 }) },
    ],
    [
      'timestamps that do not parse',
      withExtra(userMessage('yesterday'), userMessage('2026-02-30T10:00:00Z'), {
        ...userMessage(at('09:06:00')),
        timestamp: 1769936760,
      }),
      [
        'interactions[6] has no valid ISO 8601 "timestamp"',
        'interactions[7] has no valid ISO 8601 "timestamp"',
        'interactions[8] has no valid ISO 8601 "timestamp"',
      ],
      { interactions: 9, durationSeconds: 1800 },
    ],
    [
      'timestamps that go backwards',
      withExtra(toolCall(at('08:00:00'), 'Grep'), summary(at('09:10:00'), 'Done.')),
      ['interactions[6] has a timestamp earlier than interactions[5] (time goes backwards)'],
      { interactions: 8 },
    ],
    [
      'an end before the start',
      { ...base, start_timestamp: at('10:00:00'), end_timestamp: at('09:00:00') },
      ['end_timestamp is before start_timestamp; no duration is shown'],
      { durationSeconds: null },
    ],
    [
      'a start that does not parse',
      { ...base, start_timestamp: 'Monday morning' },
      ['start_timestamp is not an ISO 8601 date-time'],
      { durationSeconds: null },
    ],
    [
      'repeated interaction ids',
      withExtra(
        { ...userMessage(at('09:07:00')), interaction_id: base.interactions[1]!.interaction_id },
        { ...userMessage(at('09:08:00')), interaction_id: base.interactions[1]!.interaction_id },
      ),
      [
        `interactions[6] repeats the interaction_id "${base.interactions[1]!.interaction_id}" of interactions[1]`,
        `interactions[7] repeats the interaction_id "${base.interactions[1]!.interaction_id}" of interactions[1]`,
      ],
      { interactions: 8 },
    ],
  ]

  test.each(cases)('%s', async (_, log, problems, expected) => {
    const published = await runNextToGoodLog({ [BAD]: json(log) })

    expect(published.outputs).toMatchObject({ files: '2', 'unreadable-files': '0' })
    const file = (published.report as unknown as Report).files.find((entry) => entry.path === BAD)
    expect(file).toEqual(expect.objectContaining({ ...expected, problems }))
    expect(published.warnings).toEqual([
      {
        message: `${BAD}: ${problems.join('; ')}`,
        properties: { title: 'Session log partly invalid', file: BAD },
      },
    ])
    expect(published.summary).toContain(
      `${problems.length === 1 ? '1 problem' : `${problems.length} problems`}`,
    )
  })

  test('unknown interaction types are counted as other, and are no defect', async () => {
    const published = await runNextToGoodLog({
      [BAD]: json(withExtra({ type: 'thinking', timestamp: at('09:05:00'), content: {} })),
    })
    const file = (published.report as unknown as Report).files.find((entry) => entry.path === BAD)
    expect(file).toEqual(
      expect.objectContaining({
        interactions: 7,
        problems: [],
        byType: expect.objectContaining({ other: 1 }),
      }),
    )
    expect(published.warnings).toEqual([])
  })

  test('10,000 levels of nested arguments are read without overflowing the stack', async () => {
    const published = await runNextToGoodLog({
      [BAD]: deeplyNested(10_000),
    })
    const file = (published.report as unknown as Report).files.find((entry) => entry.path === BAD)
    expect(file).toEqual(
      expect.objectContaining({
        interactions: 7,
        tools: { Bash: 1, Edit: 1, Read: 1 },
        problems: [],
      }),
    )
  })

  test('10,000 levels of nesting in a truncated file are located without overflowing the stack', async () => {
    const text = deeplyNested(10_000)
    const cut = text.slice(0, text.indexOf('"leaf"'))
    const published = await runNextToGoodLog({ [BAD]: cut })
    expect((published.report as unknown as Report).unreadable).toEqual([
      {
        path: BAD,
        reason: 'invalid JSON: the file ends inside an object (truncated?)',
        ...(({ line, column }) => ({ line, column }))(endOf(cut)),
      },
    ])
  })
})

describe('warnings are capped', () => {
  test('at ten per step: nine files, then one warning that counts the rest', async () => {
    const bad = Object.fromEntries(
      Array.from({ length: 25 }, (_, index) => [
        logPath(`2026-02-${String(index + 1).padStart(2, '0')}`),
        '{',
      ]),
    )
    const published = await runNextToGoodLog(bad)
    expect(published.warnings).toHaveLength(10)
    expect(published.warnings.slice(0, 9).map((warning) => warning.properties.file)).toEqual(
      Object.keys(bad).slice(0, 9),
    )
    expect(published.warnings[9]).toEqual({
      message:
        '16 more session logs were unreadable or partly invalid; the step summary lists every one.',
      properties: { title: 'More session log warnings' },
    })
    // The summary names all 25.
    for (const file of Object.keys(bad))
      expect(published.summary).toContain(`${file.replaceAll('_', '&#95;')}</code>`)
  })
})
