/**
 * The `sqlite-file` input, through the action's own `run()`, read back with the `sqlite3`
 * command-line tool (Debian's `sqlite3` package): the guide's tables filled from the logs,
 * nothing changed by a re-run, a grown log updated, hostile text stored as it is, and a database
 * that cannot be updated a warning naming it.
 */
import { execFileSync } from 'node:child_process'
import {
  appendFile,
  cp,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  realpath,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { MIGRATIONS } from '../src/publish/sqlite-schema.js'
import { createRedactor } from '../src/redact.js'
import { runInProcess } from './fake-core.ts'
import { FIXTURES } from './support/fixtures.js'
import { logText, recorderLog, toolUse, userMessage } from './support/recorder-log.js'
import { assistant, jsonl, prompt, text, toolResult, toolUseBlock } from './support/transcript.js'

vi.mock('@actions/core', () => import('./fake-core.ts'))

const EXAMPLES = path.join(import.meta.dirname, '..', 'examples')
const DB = 'history/sessions.db'
const redact = createRedactor()
const temporary: string[] = []
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))))

async function newWorkspace(source?: string): Promise<string> {
  const dir = await realpath(await mkdtemp(path.join(tmpdir(), 'sqlite-')))
  temporary.push(dir)
  if (source) await cp(source, dir, { recursive: true })
  return dir
}

/** Rows of a query, as the sqlite3 command-line tool reads them from the file. */
function query(workspace: string, sql: string): Record<string, unknown>[] {
  const out = execFileSync('sqlite3', ['-json', path.join(workspace, DB), sql], {
    encoding: 'utf8',
  })
  return out.trim() === '' ? [] : (JSON.parse(out) as Record<string, unknown>[])
}

function counts(workspace: string): Record<string, unknown> {
  return query(
    workspace,
    `SELECT (SELECT count(*) FROM sessions) AS sessions,
            (SELECT count(*) FROM interactions) AS interactions,
            (SELECT count(*) FROM session_models) AS session_models,
            (SELECT count(DISTINCT session_id || '|' || interaction_id) FROM interactions) AS distinct_interactions,
            (SELECT sum(interaction_count) FROM sessions) AS counted`,
  )[0]!
}

function dump(workspace: string): string {
  return execFileSync('sqlite3', [path.join(workspace, DB), '.dump'], { encoding: 'utf8' })
}

const run = (workspace: string, inputs: Record<string, string> = {}) =>
  runInProcess(workspace, { 'sqlite-file': DB, ...inputs })

describe('sqlite-file', () => {
  it.each([
    ['test/fixtures/team-week', path.join(FIXTURES, 'team-week')],
    ['examples/', EXAMPLES],
  ])('holds the sessions and interactions of %s; a re-run changes nothing', async (_, source) => {
    const workspace = await newWorkspace(source)
    const first = await run(workspace)
    expect(first.failed).toBeUndefined()
    expect(first.warnings).toEqual([])
    const interactions = Number(first.outputs.interactions)
    const sessions = Number(first.outputs.sessions)
    const after = counts(workspace)
    expect(after).toMatchObject({
      sessions,
      interactions,
      distinct_interactions: interactions,
      counted: interactions,
    })
    const byType = Object.fromEntries(
      query(workspace, 'SELECT type, count(*) AS n FROM interactions GROUP BY type').map((row) => [
        row.type,
        row.n,
      ]),
    )
    expect(byType.user_message ?? 0).toBe(Number(first.outputs['user-messages']))
    expect(byType.tool_call ?? 0).toBe(Number(first.outputs['tool-calls']))
    expect(query(workspace, 'PRAGMA user_version')).toEqual([{ user_version: MIGRATIONS.length }])
    expect(first.infos).toContain(
      `Updated the SQLite database ${JSON.stringify(path.join(workspace, DB))}: ${sessions} sessions added, 0 updated; ` +
        `${interactions} interactions added, 0 updated, 0 removed.`,
    )

    const before = dump(workspace)
    for (let again = 0; again < 2; again++) {
      const next = await run(workspace)
      expect(next.warnings).toEqual([])
      expect(next.infos.find((line) => line.startsWith('Updated the SQLite'))).toMatch(
        /: 0 sessions added, 0 updated; 0 interactions added, 0 updated, 0 removed\.$/,
      )
    }
    expect(counts(workspace)).toEqual(after)
    // Not a value changed, not even a time of update.
    expect(dump(workspace)).toBe(before)
  })

  it('keeps tokens and cost by model for transcripts', async () => {
    const workspace = await newWorkspace(EXAMPLES)
    const published = await run(workspace)
    const models = query(
      workspace,
      'SELECT sum(input_tokens) AS input, sum(output_tokens) AS output, sum(cache_read_tokens) AS cache_read FROM session_models',
    )[0]!
    expect(models).toEqual({
      input: Number(published.outputs['input-tokens']),
      output: Number(published.outputs['output-tokens']),
      cache_read: Number(published.outputs['cache-read-tokens']),
    })
    const cost = query(workspace, 'SELECT sum(cost_usd) AS cost FROM sessions')[0]!.cost as number
    expect(Number(cost.toFixed(4))).toBe(Number(published.outputs['cost-usd']))
    const response = query(
      workspace,
      "SELECT model, input_tokens, content FROM interactions WHERE type = 'assistant_summary' AND content IS NOT NULL LIMIT 1",
    )[0]!
    expect(response.model).toMatch(/^claude-/)
    expect(typeof response.input_tokens).toBe('number')
  })

  it('updates a session whose logs grew', async () => {
    const workspace = await newWorkspace()
    const logs = path.join(workspace, '.claude/session_logs')
    const projects = path.join(workspace, '.claude/projects/-home-dev-app')
    await mkdir(logs, { recursive: true })
    await mkdir(projects, { recursive: true })
    const log = recorderLog({ end_timestamp: null, interactions: [userMessage('Start')] })
    await writeFile(path.join(logs, 'session_2026-03-02.json'), logText(log))
    const transcript = path.join(projects, 'a1b2c3d4-0000-4000-8000-000000000009.jsonl')
    await writeFile(
      transcript,
      jsonl([prompt('Run it'), assistant('msg_1', [toolUseBlock('toolu_1', 'Bash')])]),
    )
    await run(workspace)
    const before = query(
      workspace,
      'SELECT session_id, end_timestamp, interaction_count FROM sessions ORDER BY session_id',
    )
    expect(before.map((row) => row.interaction_count)).toEqual([3, 1])
    expect(before[1]!.end_timestamp).toBeNull()

    log.interactions.push(...toolUse('Read', '2026-03-02T09:20:00Z'))
    log.end_timestamp = '2026-03-02T09:30:00Z'
    await writeFile(path.join(logs, 'session_2026-03-02.json'), logText(log))
    await appendFile(
      transcript,
      jsonl([
        toolResult('toolu_1', 'done'),
        assistant('msg_2', [text('All done.')], { timestamp: '2026-03-02T09:40:00.000Z' }),
      ]),
    )
    const grown = await run(workspace)
    expect(grown.warnings).toEqual([])
    expect(grown.infos.find((line) => line.startsWith('Updated the SQLite'))).toMatch(
      /: 0 sessions added, 2 updated; 4 interactions added, 0 updated, 0 removed\.$/,
    )
    const after = query(
      workspace,
      'SELECT session_id, end_timestamp, interaction_count FROM sessions ORDER BY session_id',
    )
    expect(after.map((row) => row.interaction_count)).toEqual([5, 3])
    expect(after[0]!.end_timestamp).toBe('2026-03-02T09:40:00.000Z')
    expect(after[1]!.end_timestamp).toBe('2026-03-02T09:30:00.000Z')
    expect(counts(workspace)).toMatchObject({ sessions: 2, interactions: 8 })

    // Rewritten shorter: the rows past its new end go.
    log.interactions = log.interactions.slice(0, 1)
    await writeFile(path.join(logs, 'session_2026-03-02.json'), logText(log))
    const shorter = await run(workspace)
    expect(shorter.infos.find((line) => line.startsWith('Updated the SQLite'))).toMatch(
      /: 0 sessions added, 1 updated; 0 interactions added, 0 updated, 2 removed\.$/,
    )
    expect(counts(workspace)).toMatchObject({ sessions: 2, interactions: 6, counted: 6 })
  })

  it('stores hostile text as it is, through parameters', async () => {
    const workspace = await newWorkspace()
    const logs = path.join(workspace, '.claude/session_logs')
    await mkdir(logs, { recursive: true })
    const hostile = [
      `It's a "quote"`,
      'back\\slash \\n and \\\\',
      'new\nline\r\nand\ttab',
      'ünïcödé 中文 עברית',
      'emoji 🚀👩‍💻 and more',
      `'); DROP TABLE sessions;--`,
      `"; DELETE FROM interactions; --`,
    ]
    const sessionId = `s'); DROP TABLE interactions;-- "x"`
    const log = recorderLog({
      session_id: sessionId,
      project_path: `/home/o'brien/"app"`,
      interactions: hostile.map((line) => userMessage(line)),
    })
    await writeFile(path.join(logs, 'session_2026-03-02.json'), logText(log))
    const published = await run(workspace)
    expect(published.warnings).toEqual([])
    expect(query(workspace, 'SELECT session_id, project_path FROM sessions')).toEqual([
      { session_id: sessionId, project_path: `/home/o'brien/"app"` },
    ])
    expect(
      query(workspace, 'SELECT session_id, content FROM interactions ORDER BY position'),
    ).toEqual(
      // Redacted as everything published: the zero-width joiner of 👩‍💻 is taken out.
      hostile.map((line) => ({ session_id: sessionId, content: `${redact(line)}\n` })),
    )
    expect(redact(hostile[4]!)).toBe('emoji 🚀👩💻 and more')
    expect(
      query(workspace, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
    ).toEqual([
      { name: 'interactions' },
      { name: 'session_models' },
      { name: 'sessions' },
      { name: 'sqlite_sequence' },
    ])
  })
})

describe('a database that cannot be updated is a warning naming it', () => {
  const warningsOf = async (workspace: string) =>
    (await run(workspace)).warnings.map((warning) => warning.message)

  it('when another process holds it locked', async () => {
    const workspace = await newWorkspace(path.join(FIXTURES, 'team-week'))
    await run(workspace)
    const before = dump(workspace)
    const other = new DatabaseSync(path.join(workspace, DB))
    other.exec('BEGIN EXCLUSIVE')
    try {
      const started = Date.now()
      expect(await warningsOf(workspace)).toEqual([
        `The SQLite database "${DB}" (input 'sqlite-file') was not updated: database is locked.`,
      ])
      expect(Date.now() - started).toBeGreaterThanOrEqual(4000)
    } finally {
      other.exec('ROLLBACK')
      other.close()
    }
    expect(dump(workspace)).toBe(before)
  }, 20_000)

  it('when the file is not a database, which is left as it is', async () => {
    const workspace = await newWorkspace(path.join(FIXTURES, 'team-week'))
    await mkdir(path.join(workspace, 'history'))
    await writeFile(path.join(workspace, DB), 'not a database, just text\n'.repeat(100))
    expect(await warningsOf(workspace)).toEqual([
      `The SQLite database "${DB}" (input 'sqlite-file') was not updated: file is not a database.`,
    ])
    expect(await readFile(path.join(workspace, DB), 'utf8')).toBe(
      'not a database, just text\n'.repeat(100),
    )
  })

  it('and a failure of the step with fail-on-database-error, after the report', async () => {
    const workspace = await newWorkspace(path.join(FIXTURES, 'team-week'))
    await mkdir(path.join(workspace, 'history'))
    await writeFile(path.join(workspace, DB), 'not a database, just text\n')
    const published = await run(workspace, { 'fail-on-database-error': 'true' })
    expect(published.failed).toBe(
      `The SQLite database "${DB}" (input 'sqlite-file') was not updated: file is not a database (fail-on-database-error is true).`,
    )
    expect(published.outputs.sessions).toBe('3')
  })

  it("when it holds tables of the guide's own script", async () => {
    const workspace = await newWorkspace(path.join(FIXTURES, 'team-week'))
    await mkdir(path.join(workspace, 'history'))
    execFileSync('sqlite3', [
      path.join(workspace, DB),
      'CREATE TABLE sessions (id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT NOT NULL);',
    ])
    expect(await warningsOf(workspace)).toEqual([
      `The SQLite database "${DB}" (input 'sqlite-file') was not updated: it holds tables the action did not make (sessions, schema version 0); name a new file.`,
    ])
  })

  it('when a newer version of the action made it', async () => {
    const workspace = await newWorkspace(path.join(FIXTURES, 'team-week'))
    await mkdir(path.join(workspace, 'history'))
    execFileSync('sqlite3', [path.join(workspace, DB), 'PRAGMA user_version = 99;'])
    expect(await warningsOf(workspace)).toEqual([
      `The SQLite database "${DB}" (input 'sqlite-file') was not updated: it was made by a newer version of the action (schema version 99; this one knows up to ${MIGRATIONS.length}).`,
    ])
  })

  it('when a link at its path leads elsewhere, which is never followed', async () => {
    const workspace = await newWorkspace(path.join(FIXTURES, 'team-week'))
    const outside = await newWorkspace()
    await mkdir(path.join(workspace, 'history'))
    await symlink(path.join(outside, 'victim.db'), path.join(workspace, DB))
    expect(await warningsOf(workspace)).toEqual([
      `The SQLite database "${DB}" (input 'sqlite-file') was not updated: a symbolic link is at that path, and links are not followed.`,
    ])
    expect(await readdir(outside)).toEqual([])
  })
})
