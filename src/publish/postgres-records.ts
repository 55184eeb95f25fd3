/**
 * The rows the PostgreSQL export writes (docs/postgres.md), made from the analysis and the
 * interaction rows; the keys of each record are its table's columns. Pure but for reading the
 * interaction rows as they come.
 */
import type { Analysis, SessionSummary } from '../analyse.js'
import type { InteractionRow } from '../interactions.js'
import { quoted } from '../log-text.js'
import type { FileOutcome, LogFormat } from '../model.js'
import { sessionUuid } from '../session-uuid.js'

/** A session as `session_logs` holds it, but for its interactions. */
export interface SessionMeta {
  /** The session id as a UUID (`sessionUuid`). */
  readonly session_id: string
  /** The session id as the logs give it (redacted). */
  readonly source_session_id: string
  readonly start_timestamp: string
  readonly end_timestamp: string | null
  readonly project_path: string | null
  readonly format: LogFormat
  /** Its files, relative to the workspace, main file first. */
  readonly files: readonly string[]
  /** The repository of the run (`owner/name`), or null outside GitHub. */
  readonly repository: string | null
}

/** A session as `session_logs` holds it. */
export interface SessionRecord extends SessionMeta {
  readonly interaction_count: number
  readonly interactions: readonly InteractionRow[]
}

/** One model's tokens and cost in one session, as `session_model_usage` holds them. */
export interface ModelUsageRecord {
  readonly session_id: string
  readonly model: string
  readonly responses: number
  readonly input_tokens: number
  readonly output_tokens: number
  readonly cache_creation_5m_tokens: number
  readonly cache_creation_1h_tokens: number
  readonly cache_read_tokens: number
  readonly web_search_requests: number
  /** Null when the model has no price. */
  readonly cost_usd: number | null
}

export interface DatabaseRecords {
  /** In the order of their source session id, as the interaction rows come. */
  readonly sessions: readonly SessionMeta[]
  readonly models: readonly ModelUsageRecord[]
  /** One reason per session left out (no start time that can be stored, or a UUID taken). */
  readonly skipped: readonly string[]
}

/**
 * The records of every session of the analysis. A session needs a start (`start_timestamp` is
 * `NOT NULL`): one without a time PostgreSQL can store is left out, and so is a session whose id
 * gives the UUID of another (ids that differ only in the case of a UUID's letters).
 */
export function databaseRecords(
  analysis: Analysis,
  outcomes: readonly FileOutcome[],
  repository: string | null,
): DatabaseRecords {
  const projectPaths = new Map<string, string>()
  for (const outcome of outcomes)
    if (outcome.ok && outcome.digest.projectPath !== null)
      projectPaths.set(`${outcome.digest.sessionId}\n${outcome.path}`, outcome.digest.projectPath)

  const sessions: SessionMeta[] = []
  const models: ModelUsageRecord[] = []
  const skipped: string[] = []
  const taken = new Map<string, string>()
  for (const session of analysis.sessions.toSorted((a, b) => compare(a.sessionId, b.sessionId))) {
    const start = storableTime(session.firstActivity)
    if (start === null) {
      skipped.push(`session ${quoted(session.sessionId)}: no start time PostgreSQL can store`)
      continue
    }
    const uuid = sessionUuid(session.sessionId)
    const holder = taken.get(uuid)
    if (holder !== undefined) {
      skipped.push(
        `session ${quoted(session.sessionId)}: the same UUID as session ${quoted(holder)}`,
      )
      continue
    }
    taken.set(uuid, session.sessionId)
    sessions.push({
      session_id: uuid,
      source_session_id: session.sessionId,
      start_timestamp: start,
      end_timestamp: storableTime(session.lastActivity),
      project_path: projectPathOf(session, projectPaths),
      format: session.format,
      files: session.paths,
      repository,
    })
    for (const usage of session.usage?.models ?? [])
      models.push({
        session_id: uuid,
        model: usage.model,
        responses: usage.responses,
        input_tokens: usage.tokens.input,
        output_tokens: usage.tokens.output,
        cache_creation_5m_tokens: usage.tokens.cacheWrite5m,
        cache_creation_1h_tokens: usage.tokens.cacheWrite1h,
        cache_read_tokens: usage.tokens.cacheRead,
        web_search_requests: usage.tokens.webSearches,
        cost_usd: usage.costUsd,
      })
  }
  return { sessions, models, skipped }
}

/**
 * Each session with its interaction rows, one session at a time. The rows come ordered by session
 * id (as `interactionRows` gives them), so one pass pairs them with the sessions, ordered alike,
 * holding one session's rows at a time; rows of a session not written are passed over.
 */
export async function* withInteractions(
  sessions: readonly SessionMeta[],
  rows: AsyncIterable<InteractionRow> | Iterable<InteractionRow>,
): AsyncGenerator<SessionRecord> {
  let next = 0
  let own: InteractionRow[] = []
  let previous: string | null = null
  const record = (meta: SessionMeta): SessionRecord => {
    const interactions = own
    own = []
    return { ...meta, interaction_count: interactions.length, interactions }
  }
  for await (const row of rows) {
    if (previous !== null && compare(row.session_id, previous) < 0)
      throw new Error('the interaction rows do not come in the order of their session ids')
    previous = row.session_id
    while (next < sessions.length && compare(sessions[next]!.source_session_id, row.session_id) < 0)
      yield record(sessions[next++]!)
    if (next < sessions.length && sessions[next]!.source_session_id === row.session_id)
      own.push(row)
  }
  while (next < sessions.length) yield record(sessions[next++]!)
}

/** The first project path among the session's files, in their order (main file first). */
function projectPathOf(
  session: SessionSummary,
  projectPaths: ReadonlyMap<string, string>,
): string | null {
  for (const file of session.paths) {
    const found = projectPaths.get(`${session.sessionId}\n${file}`)
    if (found !== undefined) return found
  }
  return null
}

/** An ISO 8601 time of year 1 to 9999 (PostgreSQL refuses year 0 and years of six digits). */
function storableTime(time: string | null): string | null {
  return time !== null && /^(?!0000)\d{4}-/.test(time) && !Number.isNaN(Date.parse(time))
    ? time
    : null
}

/**
 * JSON for a `jsonb` or text parameter. PostgreSQL's text and `jsonb` hold neither NUL nor half a
 * surrogate pair: NUL is dropped (the redactor drops it from log text already) and a lone
 * surrogate becomes U+FFFD, in every string.
 */
export function storableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'string' ? item.replace(UNSTORABLE, replacement) : item,
  )
}

const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const replacement = (char: string) => (char === '\0' ? '' : '\uFFFD')

/** Code-unit order, as the interaction rows are sorted. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
