import {
  ALL_KINDS,
  emptyKindCounts,
  type AssistantSummary,
  type FileOutcome,
  type KindCounts,
  type LogFormat,
  type TokenCounts,
  type UnreadableFile,
} from './model.js'

/** Tokens and cost of one model. */
export interface ModelUsage {
  readonly model: string
  /** API responses counted (each `message.id` once). */
  readonly responses: number
  readonly tokens: TokenCounts
  /** Null when the model has no price: its tokens are shown, its cost is not counted as $0. */
  readonly costUsd: number | null
}

/** Tokens and cost over some responses, by model. */
export interface UsageSummary {
  /** Highest cost first, unpriced models last (ties by name). */
  readonly models: readonly ModelUsage[]
  readonly tokens: TokenCounts
  /** Sum over the priced models (and execution files' own costs). */
  readonly costUsd: number
  /** Models whose tokens are not in `costUsd`. */
  readonly unpricedModels: readonly string[]
}

/** A subagent of a session, from its own transcript file. */
export interface AgentSummary {
  readonly agentId: string
  readonly type: string | null
  readonly description: string | null
  /** Its file, relative to the workspace. */
  readonly path: string
  readonly responses: number
  readonly toolCalls: number
  readonly usage: UsageSummary
}

/**
 * One session, whatever files it came from: a recorder log's session, or a transcript with its
 * subagents' files, or an execution file's run.
 */
export interface SessionSummary {
  readonly sessionId: string
  readonly format: LogFormat
  /** Files it was read from, relative to the workspace, main file first. */
  readonly paths: readonly string[]
  readonly firstActivity: string | null
  readonly lastActivity: string | null
  /** From first to last activity (recorder: start to end when finalized). */
  readonly durationMs: number | null
  /** Sum of `turn_duration` lines (or an execution file's `duration_ms`), when given. */
  readonly activeMs: number | null
  readonly prompts: number
  readonly responses: number
  readonly toolCalls: number
  readonly toolErrors: number
  /** Most called first. */
  readonly tools: readonly {
    readonly tool: string
    readonly calls: number
    readonly errors: number
  }[]
  readonly agents: readonly AgentSummary[]
  /** Null for a format without usage (session-recorder). Includes the subagents' usage. */
  readonly usage: UsageSummary | null
  readonly compactions: number
  readonly apiErrors: number
  readonly versions: readonly string[]
  readonly branches: readonly string[]
  /** Execution files: whether the run ended in error; null otherwise. */
  readonly runError: boolean | null
}

/** The price table used for costs. */
export interface PricingInfo {
  /** Date the table's prices were checked (YYYY-MM-DD). */
  readonly date: string
  /** `built-in`, or the pricing file's path relative to the workspace. */
  readonly source: string
}

/** One tool across all files. */
export interface ToolUsage {
  readonly tool: string
  readonly calls: number
  /** Share of all tool calls, 0..1. */
  readonly share: number
  /** Number of files in which the tool was called. */
  readonly files: number
  /** Tool results marked as errors (transcripts and execution files only). */
  readonly errors: number
}

/** One readable log file, as the report shows it. */
export interface FileSummary {
  readonly path: string
  readonly format: LogFormat
  readonly bytes: number
  readonly sessionId: string
  readonly start: string | null
  readonly end: string | null
  /** Milliseconds from start to end; null while not finalized or when a bound is unusable. */
  readonly durationMs: number | null
  readonly interactions: number
  readonly kinds: KindCounts
  /** Tools by calls, most called first (ties by name). */
  readonly tools: readonly { readonly tool: string; readonly calls: number }[]
  readonly summaries: readonly AssistantSummary[]
  readonly problems: readonly string[]
}

export interface DayCount {
  readonly day: string
  readonly interactions: number
}

/** Totals over every readable file. */
export interface Totals {
  readonly files: number
  readonly unreadableFiles: number
  /** Distinct session ids. */
  readonly sessions: number
  readonly interactions: number
  readonly kinds: KindCounts
  readonly toolCalls: number
  readonly distinctTools: number
  /** Sum of the finalized sessions' durations (a session seen in two files counts once). */
  readonly sessionTimeMs: number
  readonly activeDays: number
  readonly firstActivity: string | null
  readonly lastActivity: string | null
  readonly busiestDay: DayCount | null
  /** Prompts the user typed (recorder: user messages). */
  readonly prompts: number
  /** Assistant responses (recorder: assistant summaries). */
  readonly responses: number
  readonly toolErrors: number
  readonly subagents: number
}

/** Everything the report says, computed once; renderers only format it. */
export interface Analysis {
  readonly totals: Totals
  /** Most called first. */
  readonly tools: readonly ToolUsage[]
  /** Newest session first. */
  readonly files: readonly FileSummary[]
  readonly unreadable: readonly UnreadableFile[]
  /** Newest first, one per session id. */
  readonly sessions: readonly SessionSummary[]
  /** Tokens and cost over every file, each response once; null when no file holds usage. */
  readonly usage: UsageSummary | null
  readonly pricing: PricingInfo
}

/** Computes per-file and overall summaries. Pure: the same outcomes always give the same analysis. */
export function analyse(outcomes: readonly FileOutcome[]): Analysis {
  const files: FileSummary[] = []
  const unreadable: UnreadableFile[] = []
  for (const outcome of outcomes) {
    if (outcome.ok) files.push(summariseFile(outcome))
    else
      unreadable.push({
        path: outcome.path,
        reason: outcome.reason,
        ...(outcome.position && { position: outcome.position }),
      })
  }
  files.sort(newestFirst)
  unreadable.sort((a, b) => compareText(a.path, b.path))

  const kinds = emptyKindCounts()
  const toolCalls = new Map<string, { calls: number; files: number }>()
  const days = new Map<string, number>()
  const sessionTime = new Map<string, number>()
  let first: string | null = null
  let last: string | null = null
  for (const outcome of outcomes) {
    if (!outcome.ok) continue
    const digest = outcome.digest
    for (const kind of ALL_KINDS) kinds[kind] += digest.kinds[kind]
    for (const [tool, calls] of digest.tools) {
      const entry = toolCalls.get(tool) ?? { calls: 0, files: 0 }
      entry.calls += calls
      entry.files += 1
      toolCalls.set(tool, entry)
    }
    for (const [day, count] of digest.interactionsByDay) days.set(day, (days.get(day) ?? 0) + count)
    if (digest.firstActivity !== null && (first === null || digest.firstActivity < first))
      first = digest.firstActivity
    if (digest.lastActivity !== null && (last === null || digest.lastActivity > last))
      last = digest.lastActivity
  }
  for (const file of files) {
    if (file.durationMs !== null)
      sessionTime.set(
        file.sessionId,
        Math.max(sessionTime.get(file.sessionId) ?? 0, file.durationMs),
      )
  }

  const totalCalls = [...toolCalls.values()].reduce((sum, entry) => sum + entry.calls, 0)
  const tools = [...toolCalls]
    .map(([tool, { calls, files: inFiles }]) => ({
      tool,
      calls,
      share: totalCalls === 0 ? 0 : calls / totalCalls,
      files: inFiles,
      errors: 0,
    }))
    .sort(byCalls)

  let busiestDay: DayCount | null = null
  for (const [day, count] of [...days].sort((a, b) => compareText(a[0], b[0]))) {
    if (busiestDay === null || count > busiestDay.interactions)
      busiestDay = { day, interactions: count }
  }

  return {
    totals: {
      files: files.length,
      unreadableFiles: unreadable.length,
      sessions: new Set(files.map((file) => file.sessionId)).size,
      interactions: sumKinds(kinds),
      kinds,
      toolCalls: totalCalls,
      distinctTools: tools.length,
      sessionTimeMs: [...sessionTime.values()].reduce((sum, ms) => sum + ms, 0),
      activeDays: days.size,
      firstActivity: first,
      lastActivity: last,
      busiestDay,
      prompts: kinds.user_message,
      responses: kinds.assistant_summary,
      toolErrors: 0,
      subagents: 0,
    },
    tools,
    files,
    unreadable,
    sessions: [],
    usage: null,
    pricing: { date: '', source: 'built-in' },
  }
}

function summariseFile(file: FileOutcome & { ok: true }): FileSummary {
  const { digest } = file
  // An end before the start (a problem of the file) has no meaningful duration: none, never negative.
  const durationMs =
    digest.start !== null && digest.end !== null && digest.end >= digest.start
      ? Date.parse(digest.end) - Date.parse(digest.start)
      : null
  return {
    path: file.path,
    format: digest.format,
    bytes: file.bytes,
    sessionId: digest.sessionId,
    start: digest.start,
    end: digest.end,
    durationMs,
    interactions: sumKinds(digest.kinds),
    kinds: { ...digest.kinds },
    tools: [...digest.tools].map(([tool, calls]) => ({ tool, calls })).sort(byCalls),
    summaries: digest.summaries,
    problems: digest.problems,
  }
}

export function sumKinds(kinds: KindCounts): number {
  return ALL_KINDS.reduce((sum, kind) => sum + kinds[kind], 0)
}

/** Newest start first; files without a start last; then by path for a stable order. */
function newestFirst(a: FileSummary, b: FileSummary): number {
  if (a.start !== b.start) {
    if (a.start === null) return 1
    if (b.start === null) return -1
    return a.start < b.start ? 1 : -1
  }
  return compareText(b.path, a.path)
}

/** Most called first, then by name. */
export function byCalls(
  a: { readonly tool: string; readonly calls: number },
  b: { readonly tool: string; readonly calls: number },
): number {
  return b.calls - a.calls || compareText(a.tool, b.tool)
}

/** Locale-independent ordering, so the report is the same on every runner. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
