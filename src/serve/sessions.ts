/**
 * What the API serves, made once from a folder's analysis: the session list of the guide's
 * `GET /sessions` (`session_id`, `start`, `end`, `interactions`, and `tokens` and `cost_usd` when
 * the logs hold usage), each session's detail, and the files to read a session's rows from.
 */
import type { Analysis, SessionSummary } from '../analyse.js'
import type { FoundFiles } from '../find.js'
import { rowSources, type RowSource } from '../interactions.js'
import type { FileOutcome } from '../model.js'
import { roundUsd, toJsonReport, type JsonSession } from '../report-json.js'
import { exportTokens, type ExportTokens } from '../usage.js'

/** One session of `GET /sessions`. */
export interface SessionListItem {
  readonly session_id: string
  /** First activity seen in its files (a recorder log's start), ISO 8601 UTC, or null. */
  readonly start: string | null
  /** Last activity seen in its files, or null. */
  readonly end: string | null
  /** Interactions in its files (a transcript: prompts, responses, tool uses and tool results). */
  readonly interactions: number
  /** Tokens over its responses, subagents included; only when its logs hold usage. */
  readonly tokens?: ExportTokens
  /** Its cost in US dollars at the price table's prices; only when some of its models have one. */
  readonly cost_usd?: number
}

/** `GET /sessions/<id>`: the list's fields, and the session as the JSON report describes it. */
export interface SessionDetail extends SessionListItem {
  /** The session's entry of the JSON report (docs/report-json.md). */
  readonly report: JsonSession
}

export interface ServedSessions {
  /** Newest first, as the report lists them. */
  readonly list: readonly SessionListItem[]
  /** By session id, compared as exact strings. */
  readonly byId: ReadonlyMap<string, SessionDetail>
  /** The readable files of each session, to read its rows from. */
  readonly sources: ReadonlyMap<string, readonly RowSource[]>
}

/** Digits of a dollar kept, as the JSON report keeps them. */
const COST_DIGITS = 6

export function servedSessions(
  folder: string,
  found: FoundFiles,
  outcomes: readonly FileOutcome[],
  analysis: Analysis,
): ServedSessions {
  const interactions = new Map<string, number>()
  for (const file of analysis.files)
    interactions.set(file.sessionId, (interactions.get(file.sessionId) ?? 0) + file.interactions)
  const reported = new Map(
    toJsonReport(analysis, { title: '', commit: null, patterns: [] }).sessions.map((session) => [
      session.sessionId,
      session,
    ]),
  )
  const list = analysis.sessions.map((session) =>
    listItem(session, interactions.get(session.sessionId) ?? 0),
  )
  const byId = new Map(
    list.map((item) => [item.session_id, { ...item, report: reported.get(item.session_id)! }]),
  )
  const sources = new Map<string, RowSource[]>()
  for (const source of rowSources(folder, found, outcomes, '', undefined)) {
    const id = source.read.digest.sessionId
    const forSession = sources.get(id)
    if (forSession === undefined) sources.set(id, [source])
    else forSession.push(source)
  }
  return { list, byId, sources }
}

function listItem(session: SessionSummary, interactions: number): SessionListItem {
  const usage = session.usage
  const priced = usage !== null && usage.models.some((model) => model.costUsd !== null)
  return {
    session_id: session.sessionId,
    start: session.firstActivity,
    end: session.lastActivity,
    interactions,
    ...(usage !== null && {
      tokens: exportTokens(usage.tokens),
    }),
    ...(priced && { cost_usd: roundUsd(usage.costUsd, COST_DIGITS) }),
  }
}
