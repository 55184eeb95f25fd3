/**
 * Writes the sessions to PostgreSQL (docs/postgres.md): the integration guide's `session_logs`
 * table, one row per session, and `session_model_usage`, tokens and cost by model per session.
 * Everything is written in one transaction, after the schema's migrations, as inserts that update
 * a row only when something in it changed: a run on the same logs changes nothing, a session whose
 * log grew is updated. Values only ever travel as query parameters.
 *
 * A server that cannot be reached, or refuses the login, gives a reason naming the host, port and
 * database, never the password: the caller decides whether that is a warning or a failure.
 */
import { createHash } from 'node:crypto'
import pg from 'pg'
import connectionString from 'pg-connection-string'
import type { InteractionRow } from '../interactions.js'
import { migrate } from './postgres-migrations.js'
import { connectionSecrets, type DatabaseTarget } from './postgres-url.js'
import {
  storableJson,
  withInteractions,
  type DatabaseRecords,
  type ModelUsageRecord,
  type SessionRecord,
} from './postgres-records.js'

export interface WriteCounts {
  readonly inserted: number
  readonly updated: number
  readonly unchanged: number
}

export type PostgresOutcome =
  | {
      readonly ok: true
      readonly target: DatabaseTarget
      /** Migration versions applied by this run. */
      readonly migrations: readonly number[]
      readonly sessions: WriteCounts
      /** Rows of `session_model_usage`; `deleted`: models a session no longer shows. */
      readonly models: WriteCounts & { readonly deleted: number }
    }
  | { readonly ok: false; readonly target: DatabaseTarget | null; readonly reason: string }

export interface PostgresOptions {
  /** Milliseconds to wait for the connection and login. */
  readonly connectTimeoutMs?: number
  /** Milliseconds any one statement may take, on the server and on the client. */
  readonly statementTimeoutMs?: number
}

/**
 * Connects, migrates and writes the records, each session with its interaction rows, in one
 * transaction; or, on any error, rolls back and says why. Never throws.
 */
export async function writeToPostgres(
  url: string,
  records: DatabaseRecords,
  rows: AsyncIterable<InteractionRow> | Iterable<InteractionRow>,
  options: PostgresOptions = {},
): Promise<PostgresOutcome> {
  const secrets = connectionSecrets(url)
  const hide = (text: string) =>
    secrets.reduce((shown, secret) => shown.split(secret).join('***'), text)
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000
  let client: pg.Client
  try {
    const config = connectionString.parseIntoClientConfig(url)
    const password = typeof config.password === 'string' ? config.password : ''
    const statementTimeout = options.statementTimeoutMs ?? 120_000
    client = new pg.Client({
      ...config,
      // Given as a function so that no password file (~/.pgpass) is read in place of one.
      password: () => password || process.env.PGPASSWORD || '',
      connectionTimeoutMillis: connectTimeoutMs,
      statement_timeout: statementTimeout,
      query_timeout: statementTimeout + 5_000,
      application_name: 'claude-session-report',
    })
  } catch (error) {
    return {
      ok: false,
      target: null,
      reason: hide(`the URL could not be read: ${reasonOf(error)}`),
    }
  }
  const target: DatabaseTarget = {
    host: client.host,
    port: client.port,
    database: client.database ?? client.user ?? '',
  }
  // An error on an idle connection is an event: without a listener it would end the process.
  client.on('error', () => {})
  try {
    await client.connect()
  } catch (error) {
    await client.end().catch(() => {})
    const reason = reasonOf(error)
    const shown = /timeout/i.test(reason)
      ? `could not connect within ${connectTimeoutMs / 1000} s (${reason})`
      : `could not connect: ${reason}`
    return { ok: false, target, reason: hide(shown) }
  }
  try {
    await client.query('BEGIN')
    const migrations = await migrate(client)
    const sessions = await writeSessions(client, withInteractions(records.sessions, rows))
    const models = await writeModels(client, records)
    await client.query('COMMIT')
    return { ok: true, target, migrations, sessions, models }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    return { ok: false, target, reason: hide(`nothing was written: ${reasonOf(error)}`) }
  } finally {
    await client.end().catch(() => {})
  }
}

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' && !error.message.includes(code)
    ? `${error.message} (${code})`
    : error.message
}

/** Sessions per statement, and the JSON they may add up to: bounds one statement's size. */
const BATCH_SESSIONS = 200
const BATCH_BYTES = 16 * 1024 * 1024

/** A session ready to send: its JSON, and that JSON's digest, which tells a change. */
interface Prepared {
  readonly sessionId: string
  readonly json: string
  readonly sha256: string
}

/**
 * The sessions, in batches: the digests stored for a batch are read first, and only the sessions
 * whose digest differs (new, grown, or written by someone else) are sent, so that a run on the same
 * logs sends no interactions at all.
 */
async function writeSessions(
  client: pg.Client,
  sessions: AsyncIterable<SessionRecord>,
): Promise<WriteCounts> {
  let counts = NONE
  let batch: Prepared[] = []
  let bytes = 0
  const flush = async () => {
    if (batch.length > 0) counts = add(counts, await writeSessionBatch(client, batch))
    batch = []
    bytes = 0
  }
  for await (const session of sessions) {
    const json = storableJson(session)
    const sha256 = createHash('sha256').update(json).digest('hex')
    if (batch.length === BATCH_SESSIONS || (batch.length > 0 && bytes + json.length > BATCH_BYTES))
      await flush()
    batch.push({ sessionId: session.session_id, json, sha256 })
    bytes += json.length
  }
  await flush()
  return counts
}

async function writeSessionBatch(
  client: pg.Client,
  batch: readonly Prepared[],
): Promise<WriteCounts> {
  const stored = await client.query<{ session_id: string; content_sha256: string | null }>(
    'SELECT session_id::text, content_sha256 FROM session_logs WHERE session_id = ANY ($1::uuid[])',
    [batch.map((session) => session.sessionId)],
  )
  const digests = new Map(stored.rows.map((row) => [row.session_id, row.content_sha256]))
  const changed = batch.filter((session) => digests.get(session.sessionId) !== session.sha256)
  if (changed.length === 0) return { ...NONE, unchanged: batch.length }
  // The digest joins the record as one more column (a record's JSON is an object: it ends in `}`).
  const records = changed.map(
    (session) => `${session.json.slice(0, -1)},"content_sha256":"${session.sha256}"}`,
  )
  const json = `[${records.join(',')}]`
  const written = await client.query<{ inserted: boolean }>(UPSERT_SESSIONS, [json])
  const inserted = written.rows.filter((row) => row.inserted).length
  return {
    inserted,
    updated: written.rows.length - inserted,
    unchanged: batch.length - written.rows.length,
  }
}

/**
 * Every model of every session written, and the removal of the models a session no longer shows
 * (a price table that renames a model, say). Small: sent whole, compared column by column.
 */
async function writeModels(
  client: pg.Client,
  records: DatabaseRecords,
): Promise<WriteCounts & { deleted: number }> {
  const kept = new Map<string, string[]>()
  for (const session of records.sessions) kept.set(session.session_id, [])
  for (const model of records.models) kept.get(model.session_id)?.push(model.model)
  let deleted = 0
  const stale = [...kept].map(([session_id, models]) => ({ session_id, models }))
  for (const batch of chunks(stale, BATCH_SESSIONS))
    deleted += (await client.query(DELETE_STALE_MODELS, [storableJson(batch)])).rowCount ?? 0
  let counts = NONE
  for (const batch of chunks<ModelUsageRecord>(records.models, BATCH_SESSIONS)) {
    const written = await client.query<{ inserted: boolean }>(UPSERT_MODELS, [storableJson(batch)])
    const inserted = written.rows.filter((row) => row.inserted).length
    counts = add(counts, {
      inserted,
      updated: written.rows.length - inserted,
      unchanged: batch.length - written.rows.length,
    })
  }
  return { ...counts, deleted }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = []
  for (let start = 0; start < items.length; start += size)
    result.push(items.slice(start, start + size))
  return result
}

function add(a: WriteCounts, b: WriteCounts): WriteCounts {
  return {
    inserted: a.inserted + b.inserted,
    updated: a.updated + b.updated,
    unchanged: a.unchanged + b.unchanged,
  }
}

const NONE: WriteCounts = { inserted: 0, updated: 0, unchanged: 0 }

/**
 * An upsert of a batch given as one JSON array parameter ($1), read into typed columns by
 * `jsonb_to_recordset`; a row already there is updated only when `changed` (SQL over `t`, the row
 * stored, and `EXCLUDED`, the row sent) holds. Made from the constant column lists below only.
 */
function upsert(
  table: string,
  key: readonly (readonly [string, string])[],
  columns: readonly (readonly [string, string])[],
  changed: string,
): string {
  const names = columns.map(([name]) => name)
  const all = [...key, ...columns].map(([name]) => name)
  return `INSERT INTO ${table} AS t (${all.join(', ')}, updated_at)
    SELECT ${all.map((name) => `x.${name}`).join(', ')}, NOW()
    FROM jsonb_to_recordset($1::jsonb) AS x(${[...key, ...columns].map(([name, type]) => `${name} ${type}`).join(', ')})
    ON CONFLICT (${key.map(([name]) => name).join(', ')}) DO UPDATE SET
      ${names.map((name) => `${name} = EXCLUDED.${name}`).join(', ')}, updated_at = NOW()
    WHERE ${changed}
    RETURNING (xmax = 0) AS inserted`
}

const UPSERT_SESSIONS = upsert(
  'session_logs',
  [['session_id', 'uuid']],
  [
    ['source_session_id', 'text'],
    ['start_timestamp', 'timestamptz'],
    ['end_timestamp', 'timestamptz'],
    ['project_path', 'text'],
    ['format', 'text'],
    ['files', 'text[]'],
    ['repository', 'text'],
    ['interaction_count', 'integer'],
    ['interactions', 'jsonb'],
    ['content_sha256', 'text'],
  ],
  't.content_sha256 IS DISTINCT FROM EXCLUDED.content_sha256',
)

const MODEL_COLUMNS = [
  ['responses', 'integer'],
  ['input_tokens', 'bigint'],
  ['output_tokens', 'bigint'],
  ['cache_creation_5m_tokens', 'bigint'],
  ['cache_creation_1h_tokens', 'bigint'],
  ['cache_read_tokens', 'bigint'],
  ['web_search_requests', 'bigint'],
  ['cost_usd', 'numeric(16, 6)'],
] as const

const UPSERT_MODELS = upsert(
  'session_model_usage',
  [
    ['session_id', 'uuid'],
    ['model', 'text'],
  ],
  MODEL_COLUMNS,
  `(${MODEL_COLUMNS.map(([name]) => `t.${name}`).join(', ')})
    IS DISTINCT FROM (${MODEL_COLUMNS.map(([name]) => `EXCLUDED.${name}`).join(', ')})`,
)

/** A session's stored models that are not among those it has now. */
const DELETE_STALE_MODELS = `DELETE FROM session_model_usage AS u
  USING jsonb_to_recordset($1::jsonb) AS x(session_id uuid, models text[])
  WHERE u.session_id = x.session_id AND u.model <> ALL (x.models)`
