import {
  ALL_KINDS,
  emptyKindCounts,
  type AssistantSummary,
  type ExecutionRun,
  type FileOutcome,
  type KindCounts,
  type LogFormat,
  type ReadFile,
  type ResponseRecord,
  type SessionDigest,
  type TokenCounts,
  type UnreadableFile,
} from './model.js'
import { BUILT_IN_PRICES, costOf, SYNTHETIC_MODEL, type PriceTable } from './pricing.js'
import { keepEachResponseOnce, UsageTally } from './usage.js'

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
  /**
   * From first to last activity in any of its files (recorder: start to end when finalized; an
   * execution file without timestamps: its run's `duration_ms`).
   */
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
  /**
   * Subagents started: the Task/Agent tool uses (or an execution file's subagent groups), or the
   * subagents' own files when there are more of those.
   */
  readonly subagents: number
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
  /** Sum of the sessions' durations (a recorder's only once finalized), each session once. */
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

/**
 * Computes per-file, per-session and overall summaries. Pure: the same outcomes always give the
 * same analysis, whatever their order. Costs come from `prices`, one response at a time (a
 * long-context premium is decided per request).
 */
export function analyse(
  outcomes: readonly FileOutcome[],
  prices: PriceTable = BUILT_IN_PRICES,
): Analysis {
  const read: ReadOutcome[] = []
  const unreadable: UnreadableFile[] = []
  for (const outcome of outcomes) {
    if (outcome.ok) read.push(outcome)
    else
      unreadable.push({
        path: outcome.path,
        reason: outcome.reason,
        ...(outcome.position && { position: outcome.position }),
      })
  }
  // Path order settles copies of a response that are equal in all else, whatever the read order.
  read.sort((a, b) => compareText(a.path, b.path))
  unreadable.sort((a, b) => compareText(a.path, b.path))
  const counted = countFiles(read, prices)

  const kinds = emptyKindCounts()
  const toolCalls = new Map<string, { calls: number; files: number; errors: number }>()
  const days = new Map<string, number>()
  const sessions = new Map<string, SessionTally>()
  const usage = counted.some((file) => file.digest.transcript !== null) ? new UsageTally() : null
  let first: string | null = null
  let last: string | null = null
  for (const file of counted) {
    const { digest } = file
    for (const kind of ALL_KINDS) kinds[kind] += file.kinds[kind]
    for (const [tool, calls] of file.tools) {
      const entry = toolEntry(toolCalls, tool)
      entry.calls += calls
      entry.files += 1
    }
    for (const [tool, errors] of digest.transcript?.toolErrors ?? [])
      toolEntry(toolCalls, tool).errors += errors
    for (const [day, count] of digest.interactionsByDay) days.set(day, (days.get(day) ?? 0) + count)
    if (digest.firstActivity !== null && (first === null || digest.firstActivity < first))
      first = digest.firstActivity
    if (digest.lastActivity !== null && (last === null || digest.lastActivity > last))
      last = digest.lastActivity
    if (usage !== null) addUsage(usage, file)
    let session = sessions.get(digest.sessionId)
    if (session === undefined) sessions.set(digest.sessionId, (session = new SessionTally()))
    session.add(file)
  }

  const files = counted.map(summariseFile).sort(newestFirst)
  const totalCalls = [...toolCalls.values()].reduce((sum, entry) => sum + entry.calls, 0)
  const tools = [...toolCalls]
    .map(([tool, entry]) => ({
      tool,
      calls: entry.calls,
      share: totalCalls === 0 ? 0 : entry.calls / totalCalls,
      files: entry.files,
      errors: entry.errors,
    }))
    .sort(byCalls)

  let busiestDay: DayCount | null = null
  for (const [day, count] of [...days].sort((a, b) => compareText(a[0], b[0]))) {
    if (busiestDay === null || count > busiestDay.interactions)
      busiestDay = { day, interactions: count }
  }

  const sessionSummaries = [...sessions]
    .map(([sessionId, session]) => session.summary(sessionId))
    .sort(newestSessionFirst)
  const sum = (of: (session: SessionSummary) => number) =>
    sessionSummaries.reduce((total, session) => total + of(session), 0)

  return {
    totals: {
      files: files.length,
      unreadableFiles: unreadable.length,
      sessions: sessions.size,
      interactions: sumKinds(kinds),
      kinds,
      toolCalls: totalCalls,
      distinctTools: tools.length,
      sessionTimeMs: sum((session) => session.durationMs ?? 0),
      activeDays: days.size,
      firstActivity: first,
      lastActivity: last,
      busiestDay,
      prompts: kinds.user_message,
      responses: kinds.assistant_summary,
      toolErrors: sum((session) => session.toolErrors),
      subagents: sum((session) => session.subagents),
    },
    tools,
    files,
    unreadable,
    sessions: sessionSummaries,
    usage: usage?.summary() ?? null,
    pricing: { date: prices.date, source: prices.source },
  }
}

type ReadOutcome = FileOutcome & { readonly ok: true }

/**
 * A readable file as it is counted: for transcripts and execution files, the responses kept in it
 * (each `message.id` once across all files) and the tool uses and cost they bring.
 */
interface CountedFile extends ReadFile {
  readonly kinds: KindCounts
  readonly tools: ReadonlyMap<string, number>
  readonly responses: readonly ResponseRecord[]
  /** Cost of each kept response (`costOf`), in the order of `responses`; none for a run. */
  readonly costs: readonly (number | null)[]
  /** The execution run whose own tokens and cost stand for the file's responses. */
  readonly run: ExecutionRun | null
  /** `fileDuration` of its digest. */
  readonly durationMs: number | null
}

function countFiles(read: readonly ReadOutcome[], prices: PriceTable): CountedFile[] {
  const kept = keepEachResponseOnce(
    read.map(({ digest }) => ({
      responses: digest.transcript?.responses ?? [],
      fromRun: runOf(digest) !== null,
      firstActivity: digest.firstActivity,
    })),
  )
  return read.map((file, index): CountedFile => {
    const { digest } = file
    const responses = digest.transcript === null ? [] : kept[index]!
    const run = runOf(digest)
    let { kinds, tools } = digest
    if (digest.transcript !== null) {
      const uses = new Map<string, number>()
      let toolUses = 0
      for (const response of responses)
        for (const tool of response.toolUses) {
          uses.set(tool, (uses.get(tool) ?? 0) + 1)
          toolUses += 1
        }
      // A response copied into several files (and its tool uses) counts in one of them only.
      kinds = { ...kinds, assistant_summary: responses.length, tool_call: toolUses }
      tools = uses
    }
    // One literal for every file, without spreading: files all share one shape.
    return {
      path: file.path,
      bytes: file.bytes,
      digest,
      kinds,
      tools,
      responses,
      costs:
        run === null
          ? responses.map((response) =>
              response.model === SYNTHETIC_MODEL ? null : costOf(response, prices),
            )
          : [],
      run,
      durationMs: fileDuration(digest),
    }
  })
}

/** The run of an execution file, when it gives tokens or a cost (a run cut short gives neither). */
function runOf(digest: SessionDigest): ExecutionRun | null {
  const run = digest.transcript?.run ?? null
  return run !== null && (run.costUsd !== null || run.models.length > 0) ? run : null
}

function addUsage(tally: UsageTally, file: CountedFile): void {
  if (file.run !== null) {
    const responses = new Map<string, number>()
    for (const { model } of file.responses) responses.set(model, (responses.get(model) ?? 0) + 1)
    tally.addRun(file.run, responses)
  } else tally.addResponses(file.responses, file.costs)
}

function toolEntry<T extends { calls: number; files: number; errors: number }>(
  entries: Map<string, T>,
  tool: string,
): T {
  let entry = entries.get(tool)
  if (entry === undefined) {
    entry = { calls: 0, files: 0, errors: 0 } as T
    entries.set(tool, entry)
  }
  return entry
}

/** Formats in the order a session's files are listed: the ones with usage first. */
const FORMAT_ORDER: Record<LogFormat, number> = {
  'claude-code': 0,
  'execution-file': 1,
  'session-recorder': 2,
}

/** One session adding up, file by file. */
class SessionTally {
  private readonly files: CountedFile[] = []
  private readonly kinds = emptyKindCounts()
  private readonly tools = new Map<string, { calls: number; files: number; errors: number }>()
  private readonly agents: { readonly file: CountedFile; readonly summary: AgentSummary }[] = []
  private readonly versions = new Set<string>()
  private readonly branches = new Set<string>()
  private usage: UsageTally | null = null
  private first: string | null = null
  private last: string | null = null
  private longestFile: number | null = null
  private activeMs: number | null = null
  private toolErrors = 0
  private subagentsStarted = 0
  private compactions = 0
  private apiErrors = 0
  private runError: boolean | null = null

  add(file: CountedFile): void {
    const { digest } = file
    this.files.push(file)
    for (const kind of ALL_KINDS) this.kinds[kind] += file.kinds[kind]
    for (const [tool, calls] of file.tools) toolEntry(this.tools, tool).calls += calls
    if (digest.firstActivity !== null && (this.first === null || digest.firstActivity < this.first))
      this.first = digest.firstActivity
    if (digest.lastActivity !== null && (this.last === null || digest.lastActivity > this.last))
      this.last = digest.lastActivity
    if (file.durationMs !== null)
      this.longestFile = Math.max(this.longestFile ?? 0, file.durationMs)

    const facts = digest.transcript
    if (facts === null) return
    for (const [tool, errors] of facts.toolErrors) {
      toolEntry(this.tools, tool).errors += errors
      this.toolErrors += errors
    }
    const active = facts.activeMs ?? facts.run?.durationMs ?? null
    if (active !== null) this.activeMs = (this.activeMs ?? 0) + active
    this.subagentsStarted += facts.subagentsStarted
    this.compactions += facts.compactions
    this.apiErrors += facts.apiErrors
    for (const version of facts.versions) this.versions.add(version)
    for (const branch of facts.branches) this.branches.add(branch)
    if (facts.run !== null) this.runError = (this.runError ?? false) || facts.run.isError
    this.usage ??= new UsageTally()
    addUsage(this.usage, file)
    if (facts.agent !== null) {
      const own = new UsageTally()
      addUsage(own, file)
      this.agents.push({
        file,
        summary: {
          agentId: facts.agent.agentId,
          type: facts.agent.type,
          description: facts.agent.description,
          path: file.path,
          responses: file.kinds.assistant_summary,
          toolCalls: file.kinds.tool_call,
          usage: own.summary(),
        },
      })
    }
  }

  summary(sessionId: string): SessionSummary {
    const files = this.files.toSorted(
      (a, b) =>
        Number(isAgentFile(a)) - Number(isAgentFile(b)) ||
        FORMAT_ORDER[a.digest.format] - FORMAT_ORDER[b.digest.format] ||
        compareText(a.path, b.path),
    )
    const fromTranscripts = files.some((file) => file.digest.transcript !== null)
    const span =
      this.first !== null && this.last !== null
        ? Date.parse(this.last) - Date.parse(this.first)
        : null
    const onlyRuns = files.every((file) => (file.digest.transcript?.run ?? null) !== null)
    return {
      sessionId,
      format: files[0]!.digest.format,
      paths: files.map((file) => file.path),
      firstActivity: this.first,
      lastActivity: this.last,
      // A recorder's session lasts from start to end (once finalized); a transcript's, from its
      // first to its last line; an execution file without timestamps, as long as its run.
      durationMs: fromTranscripts ? (span ?? (onlyRuns ? this.activeMs : null)) : this.longestFile,
      activeMs: this.activeMs,
      prompts: this.kinds.user_message,
      responses: this.kinds.assistant_summary,
      toolCalls: this.kinds.tool_call,
      toolErrors: this.toolErrors,
      tools: [...this.tools]
        .map(([tool, { calls, errors }]) => ({ tool, calls, errors }))
        .sort(byCalls),
      agents: this.agents
        .toSorted(
          (a, b) =>
            compareNullsLast(a.file.digest.firstActivity, b.file.digest.firstActivity) ||
            compareText(a.file.path, b.file.path),
        )
        .map((agent) => agent.summary),
      subagents: Math.max(this.agents.length, this.subagentsStarted),
      usage: this.usage?.summary() ?? null,
      compactions: this.compactions,
      apiErrors: this.apiErrors,
      versions: [...this.versions],
      branches: [...this.branches],
      runError: this.runError,
    }
  }
}

function isAgentFile(file: CountedFile): boolean {
  return (file.digest.transcript?.agent ?? null) !== null
}

/** Start to end of a finalized recorder session; none, never negative, for an end before the start. */
function fileDuration(digest: SessionDigest): number | null {
  return digest.start !== null && digest.end !== null && digest.end >= digest.start
    ? Date.parse(digest.end) - Date.parse(digest.start)
    : null
}

function summariseFile(file: CountedFile): FileSummary {
  const { digest } = file
  return {
    path: file.path,
    format: digest.format,
    bytes: file.bytes,
    sessionId: digest.sessionId,
    start: digest.start,
    end: digest.end,
    durationMs: file.durationMs,
    interactions: sumKinds(file.kinds),
    kinds: { ...file.kinds },
    tools: [...file.tools].map(([tool, calls]) => ({ tool, calls })).sort(byCalls),
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

/** Newest first activity first; sessions without one last; then by id. */
function newestSessionFirst(a: SessionSummary, b: SessionSummary): number {
  if (a.firstActivity !== b.firstActivity) {
    if (a.firstActivity === null) return 1
    if (b.firstActivity === null) return -1
    return a.firstActivity < b.firstActivity ? 1 : -1
  }
  return compareText(a.sessionId, b.sessionId)
}

/** Ascending text order, null last. */
function compareNullsLast(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return compareText(a, b)
}

/** Locale-independent ordering, so the report is the same on every runner. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
