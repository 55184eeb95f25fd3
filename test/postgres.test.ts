/**
 * The PostgreSQL export against a real server (Debian's `postgresql`), started by the tests on a
 * loopback port and stopped after them: the schema and its migrations, idempotent re-runs, a grown
 * log, hostile text, the transcripts' tokens by model, the integration guide's own table with its
 * duplicate rows, two writers at once, and a server that is down or refuses the login.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { runAction, type ActionRun } from '../scripts/run-action.ts'
import { analyse } from '../src/analyse.js'
import { findLogFiles } from '../src/find.js'
import { interactionRows, rowSources, type InteractionRow } from '../src/interactions.js'
import { DEFAULTS } from '../src/inputs.js'
import { readFound } from '../src/main.js'
import type { FileOutcome } from '../src/model.js'
import { MIGRATIONS } from '../src/publish/postgres-migrations.js'
import { databaseRecords, storableJson } from '../src/publish/postgres-records.js'
import { writeToPostgres, type PostgresOutcome } from '../src/publish/postgres.js'
import { connectionSecrets, describeTarget } from '../src/publish/postgres-url.js'
import { createRedactor, redactOutcomes } from '../src/redact.js'
import { SESSION_ID_NAMESPACE, sessionUuid } from '../src/session-uuid.js'
import { freePort } from './support/prometheus.js'
import { PASSWORD, startPostgres, type Postgres } from './support/postgres.js'
import {
  assistantSummary,
  logText,
  recorderLog,
  toolUse,
  userMessage,
  type Interaction,
  type RecorderLog,
} from './support/recorder-log.js'
import * as transcript from './support/transcript.js'

let server: Postgres
let notStarted: Error | null = null
const temporary: string[] = []
beforeAll(async () => {
  try {
    server = await startPostgres()
  } catch (error) {
    notStarted = error as Error
  }
}, 120_000)
// A server that did not start fails every test with the reason (a failing beforeAll would only
// mark them skipped).
beforeEach(() => {
  if (notStarted !== null) throw notStarted
})
afterAll(async () => {
  await server?.stop()
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })))
})

let databases = 0
/** A new, empty database on the server, and its URL (over TCP, with the password). */
async function database(): Promise<{ name: string; url: string }> {
  const name = `export_${++databases}`
  return { name, url: await server.createDatabase(name) }
}

/** A workspace holding the logs given, by their path in it. */
async function workspace(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pg-workspace-'))
  temporary.push(dir)
  await writeFiles(dir, files)
  return dir
}

async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
    await writeFile(path.join(dir, name), content)
  }
}

/**
 * The rows of a recorder log, made plainly from the log itself: one per interaction, in order,
 * times normalised to ISO 8601 UTC.
 */
function recorderRows(file: string, log: RecorderLog): InteractionRow[] {
  return (log.interactions as Interaction[]).map((interaction, index) => {
    const content = interaction.content as { tool?: string; summary?: string } | string
    return {
      session_id: log.session_id,
      file,
      index,
      timestamp: new Date(interaction.timestamp).toISOString(),
      kind: interaction.type as InteractionRow['kind'],
      tool: typeof content === 'string' ? null : (content.tool ?? null),
      model: null,
      agent_id: null,
      tokens: null,
      text: typeof content === 'string' ? content : (content.summary ?? null),
    }
  })
}

/** What a run of the action reads from a workspace: the redacted outcomes and their analysis. */
async function readWorkspace(dir: string) {
  const found = await findLogFiles(DEFAULTS.path.split('\n'), {
    workspace: dir,
    followSymbolicLinks: false,
  })
  const redact = createRedactor()
  const outcomes: FileOutcome[] = redactOutcomes(await readFound(dir, found), redact)
  const rows = () => interactionRows(rowSources(dir, found, outcomes, '', undefined), { redact })
  return { outcomes, analysis: analyse(outcomes), rows }
}

/**
 * Writes a workspace's sessions to the database at `url`, as a run of the action does: with the
 * interaction rows read again from the files, or with the rows given.
 */
async function exportTo(
  url: string,
  dir: string,
  rows?: readonly InteractionRow[],
): Promise<PostgresOutcome> {
  const read = await readWorkspace(dir)
  const records = databaseRecords(read.analysis, read.outcomes, 'acme/invoice-service')
  return writeToPostgres(url, records, rows ?? read.rows())
}

const LOGS = '.claude/session_logs'
const FIRST = 'a3c0e9a4-5d2f-4c1b-9e8a-0b1c2d3e4f50'
const SECOND = 'b4d1f0b5-6e3a-4d2c-8f9b-1c2d3e4f5a61'

function twoSessions(): Record<string, RecorderLog> {
  return {
    [`${LOGS}/session_first.json`]: recorderLog({
      session_id: FIRST,
      interactions: [
        userMessage('Fix the failing test'),
        ...toolUse('Bash', '2026-03-02T09:14:25Z'),
        assistantSummary('Fixed the date parsing'),
      ],
    }),
    [`${LOGS}/session_second.json`]: recorderLog({
      session_id: SECOND,
      start_timestamp: '2026-03-03T10:00:00Z',
      end_timestamp: '2026-03-03T10:30:00Z',
      interactions: [
        userMessage('Add a changelog entry', { timestamp: '2026-03-03T10:01:00Z' }),
        ...toolUse('Edit', '2026-03-03T10:02:00Z'),
      ],
    }),
  }
}

const texts = (logs: Record<string, RecorderLog>) =>
  Object.fromEntries(Object.entries(logs).map(([file, log]) => [file, logText(log)]))
const rowsOf = (logs: Record<string, RecorderLog>) =>
  Object.entries(logs).flatMap(([file, log]) => recorderRows(file, log))

interface StoredSession {
  session_id: string
  source_session_id: string
  start_timestamp: Date
  end_timestamp: Date | null
  project_path: string | null
  interactions: InteractionRow[]
  interaction_count: number
  format: string
  files: string[]
  repository: string
  created_at: Date
  updated_at: Date
  /** The row version: unchanged only when the row was not written. */
  xmin: string
}

async function storedSessions(db: string): Promise<StoredSession[]> {
  return server.query<StoredSession>(
    db,
    'SELECT *, xmin::text AS xmin FROM session_logs ORDER BY source_session_id',
  )
}

function expectWritten(outcome: PostgresOutcome): asserts outcome is PostgresOutcome & {
  ok: true
} {
  if (!outcome.ok) throw new Error(`not written: ${outcome.reason}`)
}

describe('the schema', () => {
  it('is made by the migrations on a new database, each recorded once', async () => {
    const { name, url } = await database()
    const dir = await workspace(texts(twoSessions()))
    const outcome = await exportTo(url, dir)
    expectWritten(outcome)
    expect(outcome.migrations).toEqual(MIGRATIONS.map((migration) => migration.version))
    const recorded = await server.query<{ version: number }>(
      name,
      'SELECT version FROM claude_session_report_migrations ORDER BY version',
    )
    expect(recorded.map((row) => row.version)).toEqual([1, 2, 3])
    const tables = await server.query<{ table_name: string }>(
      name,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    )
    expect(tables.map((row) => row.table_name)).toEqual([
      'claude_session_report_migrations',
      'session_logs',
      'session_model_usage',
    ])
    const columns = await server.query<{ column_name: string; data_type: string }>(
      name,
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'session_logs' ORDER BY ordinal_position",
    )
    // The guide's columns first, as its CREATE TABLE has them; then the action's.
    expect(columns.slice(0, 7)).toEqual([
      { column_name: 'id', data_type: 'integer' },
      { column_name: 'session_id', data_type: 'uuid' },
      { column_name: 'start_timestamp', data_type: 'timestamp with time zone' },
      { column_name: 'end_timestamp', data_type: 'timestamp with time zone' },
      { column_name: 'project_path', data_type: 'text' },
      { column_name: 'interactions', data_type: 'jsonb' },
      { column_name: 'created_at', data_type: 'timestamp with time zone' },
    ])
    const indexes = await server.query<{ indexname: string }>(
      name,
      "SELECT indexname FROM pg_indexes WHERE tablename = 'session_logs' ORDER BY 1",
    )
    expect(indexes.map((row) => row.indexname)).toEqual([
      'idx_session_logs_start',
      'session_logs_pkey',
      'session_logs_session_id_key',
    ])

    // A second run applies nothing.
    const again = await exportTo(url, dir)
    expectWritten(again)
    expect(again.migrations).toEqual([])
  })

  it('rolls everything back, schema included, when a statement fails', async () => {
    const { name, url } = await database()
    const dir = await workspace(texts(twoSessions()))
    const { outcomes, analysis } = await readWorkspace(dir)
    // Rows out of their sessions' order cannot be paired: the write stops half way.
    const rows = rowsOf(twoSessions()).toReversed()
    const outcome = await writeToPostgres(url, databaseRecords(analysis, outcomes, null), rows)
    expect(outcome).toMatchObject({
      ok: false,
      reason:
        'nothing was written: the interaction rows do not come in the order of their session ids',
    })
    const tables = await server.query(
      name,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    )
    expect(tables).toEqual([])
  })
})

describe('writing sessions', () => {
  it('writes one row per session with its interactions; a re-run changes nothing', async () => {
    const { name, url } = await database()
    const logs = twoSessions()
    const dir = await workspace(texts(logs))
    const first = await exportTo(url, dir)
    expectWritten(first)
    expect(first.sessions).toEqual({ inserted: 2, updated: 0, unchanged: 0 })
    expect(first.target).toEqual({ host: '127.0.0.1', port: server.port, database: name })

    const stored = await storedSessions(name)
    expect(stored).toHaveLength(2)
    const [a, b] = stored
    expect(a).toMatchObject({
      session_id: FIRST,
      source_session_id: FIRST,
      start_timestamp: new Date('2026-03-02T09:12:04Z'),
      end_timestamp: new Date('2026-03-02T09:22:41Z'),
      project_path: '/home/dev/projects/invoice-service',
      format: 'session-recorder',
      files: [`${LOGS}/session_first.json`],
      repository: 'acme/invoice-service',
      interaction_count: 4,
    })
    expect(a!.interactions).toEqual(
      recorderRows(`${LOGS}/session_first.json`, logs[`${LOGS}/session_first.json`]!),
    )
    expect(b!.interactions.map((row) => row.kind)).toEqual([
      'user_message',
      'tool_call',
      'tool_result',
    ])

    const second = await exportTo(url, dir)
    expectWritten(second)
    expect(second.sessions).toEqual({ inserted: 0, updated: 0, unchanged: 2 })
    const after = await storedSessions(name)
    // The same rows, not rewritten: same row versions, same updated_at.
    expect(after).toEqual(stored)
    const counts = await server.query(
      name,
      'SELECT (SELECT count(*) FROM session_logs) AS sessions, (SELECT count(*) FROM session_model_usage) AS models',
    )
    expect(counts).toEqual([{ sessions: '2', models: '0' }])
  })

  it('updates only the session whose log grew', async () => {
    const { name, url } = await database()
    const logs = twoSessions()
    const dir = await workspace(texts(logs))
    expectWritten(await exportTo(url, dir))
    const before = await storedSessions(name)

    const file = `${LOGS}/session_second.json`
    logs[file]!.interactions.push(
      userMessage('And bump the version', { timestamp: '2026-03-03T10:40:00Z' }),
    )
    logs[file]!.end_timestamp = '2026-03-03T10:45:00Z'
    await writeFiles(dir, texts(logs))
    const grown = await exportTo(url, dir)
    expectWritten(grown)
    expect(grown.sessions).toEqual({ inserted: 0, updated: 1, unchanged: 1 })

    const after = await storedSessions(name)
    expect(after[0]).toEqual(before[0])
    expect(after[1]!.interaction_count).toBe(4)
    expect(after[1]!.end_timestamp).toEqual(new Date('2026-03-03T10:45:00Z'))
    expect(after[1]!.interactions.at(-1)?.text).toBe('And bump the version\n')
    expect(after[1]!.updated_at.getTime()).toBeGreaterThan(before[1]!.updated_at.getTime())
    expect(after[1]!.created_at).toEqual(before[1]!.created_at)
    expect(after[1]!.xmin).not.toBe(before[1]!.xmin)
  })

  it('keeps hostile text intact: quotes, SQL, backslashes, line breaks, Unicode and emoji', async () => {
    const { name, url } = await database()
    const hostile = [
      "'); DROP TABLE session_logs;--",
      `"double" and 'single' quotes, $1 and $$dollar$$ quoting, E'\\x00'`,
      'back\\slash\\\\es and a trailing backslash \\',
      'line one\nline two\r\nline three\ttabbed',
      'ünïcödé 中文 العربية עברית 🦀🎉 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
      '{"json": ["looking", null]} and [1,2]',
    ]
    const id = 'o\'brien"; DROP TABLE session_logs;--'
    const logs = {
      [`${LOGS}/session_hostile.json`]: recorderLog({
        session_id: id,
        project_path: "/home/o'brien/\\projects\\ 🦀",
        interactions: hostile.map((text, i) =>
          userMessage(text, { timestamp: `2026-03-02T09:1${i}:00Z` }),
        ),
      }),
    }
    const dir = await workspace(texts(logs))
    const outcome = await exportTo(url, dir)
    expectWritten(outcome)
    expect(outcome.sessions).toEqual({ inserted: 1, updated: 0, unchanged: 0 })
    const [stored] = await storedSessions(name)
    expect(stored!.source_session_id).toBe(id)
    expect(stored!.session_id).toBe(sessionUuid(id))
    expect(stored!.project_path).toBe("/home/o'brien/\\projects\\ 🦀")
    expect(stored!.interactions.map((row) => row.text)).toEqual(hostile.map((text) => `${text}\n`))
    // Read back through SQL too: the text is JSON string data, not SQL, to the server.
    const texts2 = await server.query<{ text: string }>(
      name,
      "SELECT value->>'text' AS text FROM session_logs, jsonb_array_elements(interactions) ORDER BY (value->>'index')::int",
    )
    expect(texts2.map((row) => row.text)).toEqual(hostile.map((text) => `${text}\n`))
  })

  it('drops NUL and mends half surrogate pairs, which PostgreSQL cannot hold', async () => {
    expect(storableJson({ text: 'a\u0000b', lone: 'x\ud83dy', pair: '🦀', end: '\udc00' })).toBe(
      '{"text":"ab","lone":"x\uFFFDy","pair":"🦀","end":"\uFFFD"}',
    )
    const { name, url } = await database()
    const logs = twoSessions()
    const dir = await workspace(texts(logs))
    const rows = rowsOf(logs).map((row, index) =>
      index === 0 ? { ...row, text: 'before\u0000after \ud83d', tool: 'T\u0000' } : row,
    )
    const outcome = await exportTo(url, dir, rows)
    expectWritten(outcome)
    const [stored] = await storedSessions(name)
    expect(stored!.interactions[0]).toMatchObject({ text: 'beforeafter \uFFFD', tool: 'T' })
  })
})

describe('session ids', () => {
  it('keeps a UUID, lower-cased, and makes a name-based UUID of any other id, as uuid-ossp does', async () => {
    expect(sessionUuid('A3C0E9A4-5D2F-4C1B-9E8A-0B1C2D3E4F50')).toBe(FIRST)
    const { name } = await database()
    await server.query(name, 'CREATE EXTENSION "uuid-ossp"')
    for (const id of ['session-2026-03-02', 'ö 🦀', "it's", '']) {
      const [row] = await server.query<{ uuid: string }>(
        name,
        'SELECT uuid_generate_v5($1::uuid, $2)::text AS uuid',
        [SESSION_ID_NAMESPACE, id],
      )
      expect(sessionUuid(id)).toBe(row!.uuid)
    }
  })

  it('writes a recorder session with an id that is not a UUID, keeping the id as given', async () => {
    const { name, url } = await database()
    const logs = {
      [`${LOGS}/session_plain.json`]: recorderLog({
        session_id: 'nightly-build-42',
        interactions: [userMessage('Run the nightly')],
      }),
    }
    expectWritten(await exportTo(url, await workspace(texts(logs))))
    const [stored] = await storedSessions(name)
    expect(stored).toMatchObject({
      session_id: sessionUuid('nightly-build-42'),
      source_session_id: 'nightly-build-42',
      interaction_count: 1,
    })
  })
})

describe('tokens and cost by model', () => {
  it('writes one row per model of a transcript, updated only when they change', async () => {
    const { name, url } = await database()
    const lines = [
      transcript.prompt('Refactor the parser'),
      transcript.assistant('msg_1', [transcript.text('On it')], {
        usage: transcript.usage(10, 200, 1000, 5000),
      }),
      transcript.assistant('msg_2', [transcript.text('Done')], {
        model: 'claude-opus-4-1-20250805',
        usage: transcript.usage(20, 300, 0, 7000),
        timestamp: '2026-03-02T09:20:00.000Z',
      }),
    ]
    const file = `.claude/projects/-home-dev-invoice-service/${transcript.SESSION}.jsonl`
    const dir = await workspace({ [file]: transcript.jsonl(lines) })
    const { analysis } = await readWorkspace(dir)
    const expected = analysis.sessions[0]!.usage!.models

    const first = await exportTo(url, dir)
    expectWritten(first)
    expect(first.models).toEqual({ inserted: 2, updated: 0, unchanged: 0, deleted: 0 })
    const stored = await server.query(
      name,
      `SELECT session_id::text, model, responses, input_tokens, output_tokens,
        cache_creation_5m_tokens, cache_creation_1h_tokens, cache_read_tokens,
        web_search_requests, cost_usd::float8 AS cost_usd
      FROM session_model_usage ORDER BY model`,
    )
    expect(stored).toEqual(
      expected
        .map((usage) => ({
          session_id: transcript.SESSION,
          model: usage.model,
          responses: 1,
          input_tokens: String(usage.tokens.input),
          output_tokens: String(usage.tokens.output),
          cache_creation_5m_tokens: String(usage.tokens.cacheWrite5m),
          cache_creation_1h_tokens: String(usage.tokens.cacheWrite1h),
          cache_read_tokens: String(usage.tokens.cacheRead),
          web_search_requests: String(usage.tokens.webSearches),
          cost_usd: Number(usage.costUsd!.toFixed(6)),
        }))
        .sort((a, b) => (a.model < b.model ? -1 : 1)),
    )
    expect(stored.map((row) => row.input_tokens)).toEqual(['20', '10'])
    const [session] = await storedSessions(name)
    expect(session).toMatchObject({ session_id: transcript.SESSION, format: 'claude-code' })

    const again = await exportTo(url, dir)
    expectWritten(again)
    expect(again.models).toEqual({ inserted: 0, updated: 0, unchanged: 2, deleted: 0 })

    // The second response turns out to be the first model's too: one model row goes.
    lines[2] = transcript.assistant('msg_2', [transcript.text('Done')], {
      usage: transcript.usage(20, 300, 0, 7000),
      timestamp: '2026-03-02T09:20:00.000Z',
    })
    await writeFiles(dir, { [file]: transcript.jsonl(lines) })
    const changed = await exportTo(url, dir)
    expectWritten(changed)
    expect(changed.models).toEqual({ inserted: 0, updated: 1, unchanged: 0, deleted: 1 })
    const models = await server.query<{ model: string; responses: number }>(
      name,
      'SELECT model, responses FROM session_model_usage',
    )
    expect(models).toEqual([{ model: 'claude-sonnet-4-5-20250929', responses: 2 }])
  })
})

describe("the integration guide's own table", () => {
  it('keeps its rows: the newest of each session stays, older copies move to session_logs_duplicates', async () => {
    const { name, url } = await database()
    // The guide's schema and what its import script leaves after three imports of one log.
    await server.query(
      name,
      `CREATE TABLE session_logs (
        id SERIAL PRIMARY KEY,
        session_id UUID NOT NULL,
        start_timestamp TIMESTAMPTZ NOT NULL,
        end_timestamp TIMESTAMPTZ,
        project_path TEXT,
        interactions JSONB,
        created_at TIMESTAMPTZ DEFAULT NOW()
      );
      CREATE INDEX idx_session_logs_session_id ON session_logs(session_id);
      CREATE INDEX idx_session_logs_start ON session_logs(start_timestamp);
      INSERT INTO session_logs (session_id, start_timestamp, project_path, interactions) VALUES
        ('${FIRST}', '2026-03-02T09:12:04Z', '/old', '[1]'),
        ('${FIRST}', '2026-03-02T09:12:04Z', '/old', '[1, 2]'),
        ('c5e2a1c6-7f4b-4e3d-9a0c-2d3e4f5a6b72', '2026-02-01T08:00:00Z', '/gone', '[]'),
        ('${FIRST}', '2026-03-02T09:12:04Z', '/old', '[1, 2, 3]');`,
    )
    const logs = twoSessions()
    const outcome = await exportTo(url, await workspace(texts(logs)))
    expectWritten(outcome)
    expect(outcome.migrations).toEqual([1, 2, 3])
    // The guide's newest row of FIRST (id 4) is the one updated; SECOND is new.
    expect(outcome.sessions).toEqual({ inserted: 1, updated: 1, unchanged: 0 })

    const kept = await server.query<{
      id: number
      source_session_id: string
      interaction_count: number | null
    }>(name, 'SELECT id, source_session_id, interaction_count FROM session_logs ORDER BY id')
    // The session not in the logs any more stays as the guide wrote it.
    expect(kept).toEqual([
      { id: 3, source_session_id: 'c5e2a1c6-7f4b-4e3d-9a0c-2d3e4f5a6b72', interaction_count: null },
      { id: 4, source_session_id: FIRST, interaction_count: 4 },
      { id: expect.any(Number), source_session_id: SECOND, interaction_count: 3 },
    ])
    const moved = await server.query<{ id: number; interactions: unknown }>(
      name,
      'SELECT id, interactions FROM session_logs_duplicates ORDER BY id',
    )
    expect(moved).toEqual([
      { id: 1, interactions: [1] },
      { id: 2, interactions: [1, 2] },
    ])
    const indexes = await server.query<{ indexname: string }>(
      name,
      "SELECT indexname FROM pg_indexes WHERE tablename = 'session_logs' ORDER BY 1",
    )
    expect(indexes.map((row) => row.indexname)).toEqual([
      'idx_session_logs_start',
      'session_logs_pkey',
      'session_logs_session_id_key',
    ])
    // What the guide's script would do next is refused now, rather than duplicating a session.
    await expect(
      server.query(
        name,
        `INSERT INTO session_logs (session_id, start_timestamp) VALUES ('${FIRST}', NOW())`,
      ),
    ).rejects.toThrow(/session_logs_session_id_key/)
  })
})

describe('two writers at once', () => {
  it('apply the migrations once and write each session once', async () => {
    const { name, url } = await database()
    const logs = twoSessions()
    const dir = await workspace(texts(logs))
    const outcomes = await Promise.all([exportTo(url, dir), exportTo(url, dir), exportTo(url, dir)])
    for (const outcome of outcomes) expectWritten(outcome)
    const written = outcomes.filter((outcome) => outcome.ok && outcome.migrations.length > 0)
    expect(written).toHaveLength(1)
    const inserted = outcomes.map((outcome) => (outcome.ok ? outcome.sessions.inserted : -1))
    expect(inserted.toSorted()).toEqual([0, 0, 2])
    const recorded = await server.query(
      name,
      'SELECT version FROM claude_session_report_migrations',
    )
    expect(recorded).toHaveLength(3)
    expect(await storedSessions(name)).toHaveLength(2)
  })
})

describe('the connection URL', () => {
  it('gives its password as written and decoded, from the user part or a parameter, to be masked', () => {
    expect(connectionSecrets('postgres://ci:p%40ss%2Fw0rd@db.internal:5432/history')).toEqual([
      'p%40ss%2Fw0rd',
      'p@ss/w0rd',
    ])
    expect(connectionSecrets('postgresql://ci@db/history?sslmode=require&password=a%20b')).toEqual([
      'a b',
    ])
    expect(connectionSecrets('postgres://ci:s3cret@/history?host=/run/postgresql')).toEqual([
      's3cret',
    ])
    expect(connectionSecrets('postgres://db.internal/history')).toEqual([])
  })
})

describe('a database that cannot be written', () => {
  it('says where it could not connect, and why, for a server that is down', async () => {
    const port = await freePort()
    const url = `postgres://reporter:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/history`
    const dir = await workspace(texts(twoSessions()))
    const outcome = await exportTo(url, dir)
    expect(outcome).toEqual({
      ok: false,
      target: { host: '127.0.0.1', port, database: 'history' },
      reason: `could not connect: connect ECONNREFUSED 127.0.0.1:${port}`,
    })
    expect(describeTarget(outcome.target!)).toBe(`host 127.0.0.1, port ${port}, database "history"`)
  })

  it('says the login was refused, never showing the password', async () => {
    const { name } = await database()
    const url = `postgres://postgres:not-${encodeURIComponent(PASSWORD)}@127.0.0.1:${server.port}/${name}`
    const outcome = await exportTo(url, await workspace(texts(twoSessions())))
    expect(outcome).toEqual({
      ok: false,
      target: { host: '127.0.0.1', port: server.port, database: name },
      reason: 'could not connect: password authentication failed for user "postgres" (28P01)',
    })
  })

  it('gives up after the connect timeout on a server that never answers', async () => {
    // A listener that accepts the connection and says nothing.
    const { createServer } = await import('node:net')
    const silent = createServer(() => {})
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as { port: number }
    try {
      const url = `postgres://reporter:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/db`
      const { outcomes, analysis } = await readWorkspace(await workspace(texts(twoSessions())))
      const started = Date.now()
      const outcome = await writeToPostgres(url, databaseRecords(analysis, outcomes, null), [], {
        connectTimeoutMs: 500,
      })
      expect(outcome).toMatchObject({
        ok: false,
        reason: 'could not connect within 0.5 s (timeout expired)',
      })
      expect(Date.now() - started).toBeLessThan(5_000)
    } finally {
      silent.close()
    }
  })

  it('connects through the socket folder given as ?host=', async () => {
    const { name } = await database()
    const url = `postgres://postgres@/${name}?host=${encodeURIComponent(server.socketDir)}&port=${server.port}`
    const outcome = await exportTo(url, await workspace(texts(twoSessions())))
    expectWritten(outcome)
    expect(outcome.target).toEqual({ host: server.socketDir, port: server.port, database: name })
  })
})

describe('the bundled action and PostgreSQL', () => {
  /** The workflow commands of one kind the action printed. */
  const commands = (run: ActionRun, kind: 'warning' | 'error') =>
    run.stdout.split('\n').filter((line) => line.startsWith(`::${kind}`))
  /** What the action printed, but for the lines that mask a secret. */
  const shown = (run: ActionRun) =>
    `${run.stdout}${run.stderr}`
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')

  async function mixedWorkspace(): Promise<string> {
    const lines = [
      transcript.prompt("Explain 'this' \\ query;--"),
      transcript.assistant('msg_e2e', [transcript.text('Here it is')], {
        usage: transcript.usage(10, 200, 1000, 5000),
      }),
    ]
    return workspace({
      ...texts(twoSessions()),
      [`.claude/projects/-home-dev-invoice-service/${transcript.SESSION}.jsonl`]:
        transcript.jsonl(lines),
    })
  }

  it('warns of a session it cannot store, and writes the others', async () => {
    const { url } = await database()
    const undated = 'c5e2a1c6-7f4b-4e3d-9a0c-2d3e4f5a6b72'
    const dir = await workspace({
      ...texts(twoSessions()),
      [`${LOGS}/session_undated.json`]: JSON.stringify({
        session_id: undated,
        start_timestamp: null,
        end_timestamp: null,
        project_path: '/home/dev/invoice-service',
        interactions: [{ type: 'user_message', content: 'No time on me' }],
      }),
    })
    const run = await runAction({ workspace: dir, inputs: { 'postgres-url': url } })
    expect(run.exitCode).toBe(0)
    // The file's own warning (an interaction without a time), then the database's.
    expect(commands(run, 'warning')).toEqual([
      expect.stringContaining('::warning title=Session log partly invalid,file='),
      `::warning title=Sessions not written to PostgreSQL::1 session(s) not written to PostgreSQL: session "${undated}": no start time PostgreSQL can store.`,
    ])
    expect(run.stdout).toContain('2 new, 0 updated, 0 unchanged')
  })

  it('writes every session, then nothing on a re-run, masking the URL and its password', async () => {
    const { name, url } = await database()
    const dir = await mixedWorkspace()
    const first = await runAction({ workspace: dir, inputs: { 'postgres-url': url } })
    expect(first.exitCode).toBe(0)
    expect(commands(first, 'warning')).toEqual([])
    const target = `host 127.0.0.1, port ${server.port}, database "${name}"`
    expect(first.stdout).toContain(
      `Wrote the sessions to PostgreSQL (${target}): 3 new, 0 updated, 0 unchanged; ` +
        'tokens by model: 1 new, 0 updated, 0 unchanged, 0 deleted; migrations 1, 2, 3 applied.',
    )
    // As a workflow command writes them: `%` escaped as `%25`.
    const command = (value: string) => `::add-mask::${value.replaceAll('%', '%25')}\n`
    expect(first.stdout).toContain(command(url))
    expect(first.stdout).toContain(command(PASSWORD))
    expect(shown(first)).not.toContain(PASSWORD)
    const before = await storedSessions(name)
    expect(before.map((row) => [row.format, row.interaction_count])).toEqual([
      ['claude-code', 2],
      ['session-recorder', 4],
      ['session-recorder', 3],
    ])

    const second = await runAction({ workspace: dir, inputs: { 'postgres-url': url } })
    expect(second.exitCode).toBe(0)
    expect(second.stdout).toContain(
      `Wrote the sessions to PostgreSQL (${target}): 0 new, 0 updated, 3 unchanged; ` +
        'tokens by model: 0 new, 0 updated, 1 unchanged, 0 deleted.',
    )
    expect(await storedSessions(name)).toEqual(before)
    const counts = await server.query(
      name,
      'SELECT (SELECT count(*) FROM session_logs) AS sessions, (SELECT count(*) FROM session_model_usage) AS models',
    )
    expect(counts).toEqual([{ sessions: '3', models: '1' }])
  }, 60_000)

  it('warns, naming the host and database, and passes when the server is down', async () => {
    const port = await freePort()
    const url = `postgres://reporter:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/history`
    const run = await runAction({
      workspace: await mixedWorkspace(),
      inputs: { 'postgres-url': url },
    })
    expect(run.exitCode).toBe(0)
    expect(commands(run, 'warning')).toEqual([
      `::warning title=Database not written::The sessions were not written to PostgreSQL (input 'postgres-url', host 127.0.0.1, port ${port}, database "history"): could not connect: connect ECONNREFUSED 127.0.0.1:${port}.`,
    ])
    expect(run.outputs.sessions).toBe('3')
    expect(shown(run)).not.toContain(PASSWORD)
  }, 60_000)

  it('fails the step, after everything else, with fail-on-database-error', async () => {
    const { name } = await database()
    const url = `postgres://postgres:wrong-${encodeURIComponent(PASSWORD)}@127.0.0.1:${server.port}/${name}`
    const run = await runAction({
      workspace: await mixedWorkspace(),
      inputs: { 'postgres-url': url, 'fail-on-database-error': 'true' },
    })
    expect(run.exitCode).toBe(1)
    expect(commands(run, 'error')).toEqual([
      `::error::The sessions were not written to PostgreSQL (input 'postgres-url', host 127.0.0.1, port ${server.port}, database "${name}"): could not connect: password authentication failed for user "postgres" (28P01) (fail-on-database-error is true).`,
    ])
    // The report and the outputs were written first.
    expect(run.outputs.sessions).toBe('3')
    expect(run.summary).toContain('Claude Code sessions')
    expect(shown(run)).not.toContain(PASSWORD)
  }, 60_000)

  it('refuses a URL that is not a PostgreSQL URL at start-up, without showing it', async () => {
    const run = await runAction({
      workspace: await mixedWorkspace(),
      inputs: { 'postgres-url': 'mysql://root:hunter2@db/history' },
    })
    expect(run.exitCode).toBe(1)
    expect(commands(run, 'error')).toEqual([
      "::error::Invalid input: input 'postgres-url' is (a secret, not shown): expected a postgres:// or postgresql:// URL",
    ])
    expect(shown(run)).not.toContain('hunter2')
  })
})
