/**
 * Runs the bundled action (dist/index.js) as a process, with the environment a GitHub runner
 * gives it, over workspaces copied from test/fixtures/, and checks what it wrote: the step
 * summary, the outputs, the JSON report, and the workflow commands on stdout.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countPlainly, type PlainCount } from '../scripts/plain-count.ts'
import { runAction, type ActionRun } from '../scripts/run-action.ts'
import { KNOWN_FORMATS_HINT } from '../src/formats/detect.js'
import {
  assistantSummary,
  logText,
  recorderLog,
  toolUse,
  userMessage,
} from './support/recorder-log.js'
import { FIXTURES, REPORT_FILE } from './support/fixtures.js'

const LOGS = '.claude/session_logs'
const temporary: string[] = []

afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })))
})

/** A fresh workspace holding a copy of a fixture set (or nothing). */
async function workspace(set?: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'e2e-workspace-'))
  temporary.push(dir)
  if (set) await cp(path.join(FIXTURES, set), dir, { recursive: true })
  return dir
}

async function run(dir: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'e2e-run-'))
  temporary.push(outDir)
  return runAction({ workspace: dir, inputs, outDir })
}

/** The workflow commands of one kind the action printed (`warning`, `error`), debug lines aside. */
function commands(output: string, kind: 'warning' | 'error'): string[] {
  return output.split('\n').filter((line) => line.startsWith(`::${kind}`))
}

const committedOutput = (set: string): Promise<string> =>
  readFile(path.join(import.meta.dirname, 'outputs', `${set}.md`), 'utf8')

/** Interactions by type and tool calls by tool, counted plainly over a set's readable logs. */
async function plainCount(set: string): Promise<PlainCount & { interactions: number }> {
  const dir = path.join(FIXTURES, set, LOGS)
  const interactions: unknown[] = []
  for (const name of (await readdir(dir)).filter((name) => name.endsWith('.json'))) {
    try {
      const log = JSON.parse((await readFile(path.join(dir, name), 'utf8')).replace(/^\ufeff/, ''))
      if (Array.isArray(log?.interactions) && typeof log.session_id === 'string')
        interactions.push(...log.interactions)
    } catch {
      // Not JSON: the action reports it unreadable and counts nothing in it.
    }
  }
  return { ...countPlainly(interactions), interactions: interactions.length }
}

describe('the bundled action on a normal week of logs', () => {
  let dir: string
  let result: ActionRun
  beforeAll(async () => {
    dir = await workspace('team-week')
    result = await run(dir, { 'report-file': REPORT_FILE })
  })

  it('succeeds without warnings', () => {
    expect(result.exitCode).toBe(0)
    expect(commands(result.stdout, 'warning')).toEqual([])
    expect(commands(result.stdout, 'error')).toEqual([])
    expect(result.stdout).toContain(
      'Read 4 of 4 matched files: 3 sessions, 59 interactions, 23 tool calls.',
    )
  })

  it('writes the committed step summary', async () => {
    expect(result.summary).toBe(await committedOutput('team-week'))
  })

  it('sets every output, matching a plain count of the files', async () => {
    const { byType, tools, interactions } = await plainCount('team-week')
    expect(result.outputs).toEqual({
      files: '4',
      sessions: '3',
      interactions: String(interactions),
      'user-messages': String(byType.user_message),
      'tool-calls': String(byType.tool_call),
      'tool-results': String(byType.tool_result),
      'assistant-summaries': String(byType.assistant_summary),
      tools: result.outputs.tools,
      'unreadable-files': '0',
      'report-file': path.join(dir, REPORT_FILE),
      // Session-recorder logs record no tokens, cost or tool errors.
      'tool-errors': '0',
      'input-tokens': '',
      'output-tokens': '',
      'cache-creation-tokens': '',
      'cache-read-tokens': '',
      'cost-usd': '',
      models: '{}',
    })
    expect(JSON.parse(result.outputs.tools!)).toEqual(tools)
    expect(Object.keys(JSON.parse(result.outputs.tools!))).toEqual([
      'Bash',
      'Read',
      'Edit',
      'Grep',
      'Task',
      'TodoWrite',
      'WebFetch',
      'Write',
      'mcp__github__create_pull_request',
    ])
  })

  it('writes the JSON report', async () => {
    const report = JSON.parse(await readFile(path.join(dir, REPORT_FILE), 'utf8'))
    expect(report).toMatchObject({
      schemaVersion: 2,
      title: 'Claude Code sessions',
      commit: '0123456789abcdef0123456789abcdef01234567',
      patterns: ['.claude/session_logs/session_*.json', '.claude/projects/**/*.jsonl'],
      totals: {
        files: 4,
        unreadableFiles: 0,
        sessions: 3,
        interactions: 59,
        byType: { user_message: 7, tool_call: 23, tool_result: 23, assistant_summary: 6, other: 0 },
        toolCalls: 23,
        distinctTools: 9,
        // 39 min 16 s + 45 min 41 s + 1 h 16 min 54 s: the late session once, though in two files.
        sessionTimeSeconds: 2356 + 2741 + 4614,
        activeDays: 4,
        firstActivity: '2026-03-09T10:02:11.000Z',
        lastActivity: '2026-03-12T00:48:02.000Z',
        busiestDay: { day: '2026-03-09', interactions: 23 },
      },
      unreadable: [],
    })
    expect(report.tools[0]).toEqual({ tool: 'Bash', calls: 7, share: 0.3043, files: 3, errors: 0 })
    expect(
      report.files.map((file: Record<string, unknown>) => [
        file.path,
        file.finalized,
        file.durationSeconds,
        file.interactions,
      ]),
    ).toEqual([
      [`${LOGS}/session_2026-03-12.json`, true, 4614, 10],
      [`${LOGS}/session_2026-03-11.json`, false, null, 10],
      [`${LOGS}/session_2026-03-10.json`, true, 2741, 16],
      [`${LOGS}/session_2026-03-09.json`, true, 2356, 23],
    ])
    expect(report.files[3].summaries[1]).toEqual({
      timestamp: '2026-03-09T10:14:05.000Z',
      text: 'Fixed `taxRate()` for customers without a VAT number; new test "no VAT number → standard rate". Tests: 188 passed | 0 failed.',
    })
  })
})

describe('the bundled action on damaged logs', () => {
  let dir: string
  let result: ActionRun
  beforeAll(async () => {
    dir = await workspace('damaged')
    result = await run(dir, { 'report-file': REPORT_FILE })
  })

  it('reports the readable files and passes', async () => {
    expect(result.exitCode).toBe(0)
    expect(result.summary).toBe(await committedOutput('damaged'))
    const { byType, interactions } = await plainCount('damaged')
    expect(result.outputs).toMatchObject({
      files: '3',
      interactions: String(interactions),
      'tool-calls': String(byType.tool_call),
      'unreadable-files': '4',
    })
  })

  it('warns about each bad file, with the line and column of JSON errors', () => {
    const file = (day: string) => `${LOGS}/session_2026-03-${day}.json`
    expect(commands(result.stdout, 'warning')).toEqual([
      `::warning title=Session log not read,file=${file('17')},line=51,col=26::${file('17')} invalid JSON: the file ends inside a string (truncated?)`,
      `::warning title=Session log not read,file=${file('18')},line=3,col=1::${file('18')} invalid JSON: expected a property name in double quotes, found '<'`,
      `::warning title=Session log not read,file=${file('19')}::${file('19')} not a session-recorder log: the top level is an array, not an object; ${KNOWN_FORMATS_HINT}`,
      `::warning title=Session log not read,file=${file('21')}::${file('21')} not a session-recorder log: "session_id" is missing; ${KNOWN_FORMATS_HINT}`,
      `::warning title=Session log partly invalid,file=${file('20')}::${file('20')}: interactions[3] is null, not an object; counted as other; ` +
        'interactions[5] is a tool_call without content.tool; counted under (unknown tool); ' +
        'interactions[6] has no valid ISO 8601 "timestamp"; interactions[9] has no "type"; counted as other',
    ])
  })

  it('lists the bad files in the JSON report', async () => {
    const report = JSON.parse(await readFile(path.join(dir, REPORT_FILE), 'utf8'))
    expect(report.unreadable).toEqual([
      {
        path: `${LOGS}/session_2026-03-17.json`,
        reason: 'invalid JSON: the file ends inside a string (truncated?)',
        line: 51,
        column: 26,
      },
      {
        path: `${LOGS}/session_2026-03-18.json`,
        reason: "invalid JSON: expected a property name in double quotes, found '<'",
        line: 3,
        column: 1,
      },
      {
        path: `${LOGS}/session_2026-03-19.json`,
        reason: `not a session-recorder log: the top level is an array, not an object; ${KNOWN_FORMATS_HINT}`,
        line: null,
        column: null,
      },
      {
        path: `${LOGS}/session_2026-03-21.json`,
        reason: `not a session-recorder log: "session_id" is missing; ${KNOWN_FORMATS_HINT}`,
        line: null,
        column: null,
      },
    ])
    expect(
      report.files.find((file: { path: string }) => file.path.endsWith('20.json')),
    ).toMatchObject({
      finalized: false,
      byType: { user_message: 2, tool_call: 3, tool_result: 2, assistant_summary: 0, other: 3 },
      tools: { '(unknown tool)': 1, Edit: 1, Read: 1 },
    })
  })

  it('fails the step after writing the summary and outputs when fail-on-parse-error is true', async () => {
    const failing = await run(dir, { 'report-file': REPORT_FILE, 'fail-on-parse-error': 'true' })
    expect(failing.exitCode).toBe(1)
    expect(commands(failing.stdout, 'error')).toEqual([
      '::error::4 session log file(s) could not be read (fail-on-parse-error is true); see the warnings above.',
    ])
    expect(failing.summary).toBe(await committedOutput('damaged'))
    expect(failing.outputs).toMatchObject({ files: '3', 'unreadable-files': '4' })
    expect(commands(failing.stdout, 'warning')).toHaveLength(5)
  })

  it('does not fail on fail-on-parse-error when every file is readable', async () => {
    const passing = await run(await workspace('team-week'), { 'fail-on-parse-error': 'true' })
    expect(passing.exitCode).toBe(0)
  })
})

describe('the bundled action on files it cannot read', () => {
  let dir: string
  beforeAll(async () => {
    dir = await workspace('team-week')
    const logs = path.join(dir, LOGS)
    const outside = await workspace()
    await writeFile(
      path.join(outside, 'session_2026-03-14.json'),
      logText(recorderLog({ session_id: 'outside' })),
    )
    await mkdir(path.join(dir, 'archive'))
    await writeFile(
      path.join(dir, 'archive', 'march.json'),
      logText(recorderLog({ session_id: 'archived' })),
    )
    await symlink(
      path.join(outside, 'session_2026-03-14.json'),
      path.join(logs, 'session_2026-03-14.json'),
    )
    await symlink(
      path.join(dir, 'archive', 'march.json'),
      path.join(logs, 'session_2026-03-15.json'),
    )
    await writeFile(
      path.join(logs, 'session_2026-03-16.json'),
      Buffer.from(`\ufeff${logText(recorderLog())}`, 'utf16le'),
    )
    await mkdir(path.join(logs, 'session_2026-03-17.json'))
  })

  const reasons = (result: ActionRun): Record<string, string> =>
    Object.fromEntries(
      commands(result.stdout, 'warning').map((line) => {
        const match = /file=([^,:]+).*?::\S+ (.*)$/.exec(line)!
        return [match[1]!.slice(LOGS.length + 1), match[2]!]
      }),
    )

  it('refuses symbolic links unless told to follow them, and says why for each file', async () => {
    const result = await run(dir)
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ files: '4', 'unreadable-files': '4' })
    expect(reasons(result)).toEqual({
      'session_2026-03-14.json':
        'is a symbolic link, not read (set follow-symbolic-links: true to read links)',
      'session_2026-03-15.json':
        'is a symbolic link, not read (set follow-symbolic-links: true to read links)',
      'session_2026-03-16.json': 'is not UTF-8 text',
      'session_2026-03-17.json': 'is a directory, not a file',
    })
  })

  it('follows links that stay inside the workspace when told to', async () => {
    const result = await run(dir, { 'follow-symbolic-links': 'true' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ files: '5', sessions: '4', 'unreadable-files': '3' })
    expect(reasons(result)['session_2026-03-14.json']).toBe(
      'resolves to a path outside the workspace, not read',
    )
  })

  it('refuses a pattern that reaches outside the workspace', async () => {
    const result = await run(dir, { path: '../*/session_*.json' })
    expect(result.exitCode).toBe(1)
    expect(commands(result.stdout, 'error')).toEqual([
      `::error::The path pattern "../*/session_*.json" points outside the workspace (${dir}); only files inside the workspace are read.`,
    ])
    expect(result.summary).toBe('')
  })

  it('caps the warnings at ten, the last one counting the rest', async () => {
    const many = await workspace()
    await mkdir(path.join(many, LOGS), { recursive: true })
    for (let day = 1; day <= 14; day++)
      await writeFile(
        path.join(many, LOGS, `session_2026-04-${String(day).padStart(2, '0')}.json`),
        '{"session_id": "s", "interactions": [',
      )
    const result = await run(many)
    const warnings = commands(result.stdout, 'warning')
    expect(warnings).toHaveLength(10)
    expect(warnings.at(-1)).toBe(
      '::warning title=More session log warnings::5 more session logs were unreadable or partly invalid; the step summary lists every one.',
    )
    expect(result.outputs['unreadable-files']).toBe('14')
    expect(result.summary.match(/^> - <code>/gm)).toHaveLength(14)
  })
})

describe('the bundled action when no file matches', () => {
  let dir: string
  beforeAll(async () => {
    dir = await workspace('empty')
  })

  it('warns, and still writes a summary saying so, with if-no-files-found: warn (the default)', async () => {
    const result = await run(dir, { 'report-file': REPORT_FILE })
    expect(result.exitCode).toBe(0)
    expect(commands(result.stdout, 'warning')).toEqual([
      `::warning::No files were found with the default path: ".claude/session_logs/session_*.json", ".claude/projects/**/*.jsonl". Set the 'path' input to where the session logs are.`,
    ])
    expect(result.summary).toBe(await committedOutput('empty'))
    expect(result.outputs).toMatchObject({
      files: '0',
      interactions: '0',
      tools: '{}',
      'unreadable-files': '0',
    })
  })

  it('fails with if-no-files-found: error, writing nothing', async () => {
    const result = await run(dir, { 'if-no-files-found': 'error' })
    expect(result.exitCode).toBe(1)
    expect(commands(result.stdout, 'error')).toEqual([
      `::error::No files were found with the default path: ".claude/session_logs/session_*.json", ".claude/projects/**/*.jsonl". Set the 'path' input to where the session logs are.`,
    ])
    expect(result.summary).toBe('')
    expect(result.outputs).toEqual({})
  })

  it('names the patterns given in path, not as the default', async () => {
    const result = await run(dir, { path: 'logs/*.json\n!logs/old/*.json' })
    expect(result.exitCode).toBe(0)
    expect(commands(result.stdout, 'warning')).toEqual([
      `::warning::No files were found with the path given in the 'path' input: "logs/*.json", "!logs/old/*.json".`,
    ])
  })

  it('stays quiet with if-no-files-found: ignore, writing no summary but the outputs', async () => {
    const result = await run(dir, { 'if-no-files-found': 'ignore' })
    expect(result.exitCode).toBe(0)
    expect(commands(result.stdout, 'warning')).toEqual([])
    expect(result.summary).toBe('')
    expect(result.outputs).toMatchObject({ files: '0', 'unreadable-files': '0' })
  })

  it('counts only a bad file as nothing read, not as nothing found', async () => {
    const bad = await workspace()
    await mkdir(path.join(bad, LOGS), { recursive: true })
    await writeFile(path.join(bad, LOGS, 'session_2026-03-02.json'), '')
    const result = await run(bad, { 'if-no-files-found': 'error' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ files: '0', 'unreadable-files': '1' })
  })
})

describe('the bundled action with bad inputs', () => {
  let dir: string
  beforeAll(async () => {
    dir = await workspace('team-week')
  })

  it.each([
    [
      { 'if-no-files-found': 'sometimes' },
      `input 'if-no-files-found' is "sometimes": expected one of warn, error, ignore`,
    ],
    [{ 'job-summary': 'yes' }, `input 'job-summary' is "yes": expected true or false`],
    [
      { path: '!**' },
      `input 'path' is "!**": expected at least one glob pattern that is not an exclusion`,
    ],
    [
      { 'report-file': '../report.json' },
      `input 'report-file' is "../report.json": expected a path inside the workspace, with no '..' that leaves it`,
    ],
  ])(
    'fails on %j with a message naming the input, the value and what is accepted',
    async (inputs, message) => {
      const result = await run(dir, inputs)
      expect(result.exitCode).toBe(1)
      expect(commands(result.stdout, 'error')).toEqual([`::error::Invalid input: ${message}`])
      expect(result.summary).toBe('')
      expect(result.outputs).toEqual({})
    },
  )
})

describe('the bundled action with a report-file it cannot or should not write', () => {
  it('warns when a folder is at the path, and still writes the summary and outputs', async () => {
    const dir = await workspace('team-week')
    await mkdir(path.join(dir, REPORT_FILE))
    const result = await run(dir, { 'report-file': REPORT_FILE })
    expect(result.exitCode).toBe(0)
    expect(commands(result.stdout, 'warning')).toEqual([
      `::warning title=JSON report not written::The JSON report was not written to "${REPORT_FILE}" (input 'report-file'): a folder is at that path.`,
    ])
    expect(result.summary).toContain('**4 files**')
    expect(result.summary).not.toContain('JSON report:')
    expect(result.outputs).toMatchObject({ files: '4', 'report-file': '' })
  })

  it('prints a value holding line breaks on one line, so it cannot become a workflow command', async () => {
    const dir = await workspace('team-week')
    const result = await run(dir, { 'report-file': 'r.json\n::error::injected\r::error::too' })
    expect(result.exitCode).toBe(0)
    expect(result.stdout.split(/\r\n|\r|\n/).filter((line) => line.startsWith('::'))).toEqual([])
    expect(result.stdout).toContain(
      `Wrote the JSON report to ${JSON.stringify(path.join(dir, 'r.json\n::error::injected\r::error::too'))}.`,
    )
  })
})

describe('the bundled action with job-summary: false', () => {
  it('writes no summary, but the outputs and the JSON report', async () => {
    const dir = await workspace('team-week')
    const result = await run(dir, { 'job-summary': 'false', 'report-file': 'out/report.json' })
    expect(result.exitCode).toBe(0)
    expect(result.summary).toBe('')
    expect(result.outputs).toMatchObject({
      files: '4',
      'report-file': path.join(dir, 'out', 'report.json'),
    })
    expect(
      JSON.parse(await readFile(path.join(dir, 'out', 'report.json'), 'utf8')).totals.files,
    ).toBe(4)
  })
})

describe('the bundled action on more than a step summary can hold', () => {
  it('leaves detail out, says so, and points to the JSON report rather than to itself', async () => {
    const dir = await workspace()
    await mkdir(path.join(dir, LOGS), { recursive: true })
    const long =
      'Reworked the importer so that every row is validated before any is written; '.repeat(6)
    for (let i = 0; i < 300; i++) {
      const day = new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)
      const at = `${day}T10:00:00Z`
      const interactions = [userMessage('Go on', { timestamp: at }), ...toolUse('Edit', at)]
      for (let k = 0; k < 8; k++)
        interactions.push(assistantSummary(`${k}: ${long}`, { timestamp: at }))
      await writeFile(
        path.join(dir, LOGS, `session_${day}.json`),
        logText(
          recorderLog({
            session_id: `session-${i}`,
            start_timestamp: `${day}T09:58:00Z`,
            end_timestamp: `${day}T11:00:00Z`,
            interactions,
          }),
        ),
      )
    }
    const result = await run(dir, { 'report-file': REPORT_FILE })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.files).toBe('300')
    expect(Buffer.byteLength(result.summary)).toBeLessThanOrEqual(1024 * 1024)
    expect(result.summary).toMatch(
      /_Left out to stay within GitHub's size limit: the details of \d+ files\. The JSON report has everything\._/,
    )
    expect(result.summary).not.toContain("run's step summary")
  })
})
