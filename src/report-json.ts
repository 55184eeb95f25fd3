import type { Analysis, ModelUsage, SessionSummary, UsageSummary } from './analyse.js'
import type { KindCounts, LogFormat, TokenCounts } from './model.js'

/**
 * Bumped on any change that could break a reader of the JSON report; additions keep the version.
 * Version 2: files of several formats, so `byType` of a transcript counts prompts, tool uses,
 * tool results and responses; sessions, usage and cost added.
 */
export const REPORT_SCHEMA_VERSION = 2

type ByType = Record<keyof KindCounts, number>

/** Tokens as the report names them; `cacheCreation` is the sum of the two cache-write kinds. */
export interface JsonTokens {
  readonly input: number
  readonly output: number
  readonly cacheCreation: number
  readonly cacheCreation5m: number
  readonly cacheCreation1h: number
  readonly cacheRead: number
  readonly webSearches: number
}

export interface JsonModelUsage {
  readonly model: string
  readonly responses: number
  readonly tokens: JsonTokens
  /** Null when the model has no price. */
  readonly costUsd: number | null
}

export interface JsonUsage {
  readonly tokens: JsonTokens
  readonly costUsd: number
  readonly unpricedModels: readonly string[]
  readonly models: readonly JsonModelUsage[]
}

/**
 * The JSON report (`report-file`), version 2. Times are ISO 8601 UTC strings, durations seconds,
 * costs US dollars. Documented field by field in docs/report-json.md.
 */
export interface JsonReport {
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION
  readonly title: string
  readonly commit: string | null
  readonly patterns: readonly string[]
  readonly pricing: { readonly date: string; readonly source: string }
  readonly totals: {
    readonly files: number
    readonly unreadableFiles: number
    readonly sessions: number
    readonly interactions: number
    readonly byType: ByType
    readonly prompts: number
    readonly responses: number
    readonly toolCalls: number
    readonly toolErrors: number
    readonly distinctTools: number
    readonly subagents: number
    readonly sessionTimeSeconds: number
    readonly activeDays: number
    readonly firstActivity: string | null
    readonly lastActivity: string | null
    readonly busiestDay: { readonly day: string; readonly interactions: number } | null
  }
  readonly usage: JsonUsage | null
  readonly tools: readonly {
    readonly tool: string
    readonly calls: number
    readonly errors: number
    readonly share: number
    readonly files: number
  }[]
  readonly sessions: readonly JsonSession[]
  readonly files: readonly {
    readonly path: string
    readonly format: LogFormat
    readonly bytes: number
    readonly sessionId: string
    readonly start: string | null
    readonly end: string | null
    readonly finalized: boolean
    readonly durationSeconds: number | null
    readonly interactions: number
    readonly byType: ByType
    readonly tools: Readonly<Record<string, number>>
    readonly summaries: readonly { readonly timestamp: string | null; readonly text: string }[]
    readonly problems: readonly string[]
  }[]
  readonly unreadable: readonly {
    readonly path: string
    readonly reason: string
    readonly line: number | null
    readonly column: number | null
  }[]
}

export interface JsonSession {
  readonly sessionId: string
  readonly format: LogFormat
  readonly paths: readonly string[]
  readonly firstActivity: string | null
  readonly lastActivity: string | null
  readonly durationSeconds: number | null
  readonly activeSeconds: number | null
  readonly prompts: number
  readonly responses: number
  readonly toolCalls: number
  readonly toolErrors: number
  readonly tools: readonly {
    readonly tool: string
    readonly calls: number
    readonly errors: number
  }[]
  readonly subagents: number
  readonly agents: readonly {
    readonly agentId: string
    readonly type: string | null
    readonly description: string | null
    readonly path: string
    readonly responses: number
    readonly toolCalls: number
    readonly usage: JsonUsage
  }[]
  readonly usage: JsonUsage | null
  readonly compactions: number
  readonly apiErrors: number
  readonly versions: readonly string[]
  readonly branches: readonly string[]
  readonly runError: boolean | null
}

export interface JsonReportMeta {
  readonly title: string
  readonly commit: string | null
  readonly patterns: readonly string[]
}

/** Builds the JSON report from the analysis. Pure. */
export function toJsonReport(analysis: Analysis, meta: JsonReportMeta): JsonReport {
  const { totals } = analysis
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    title: meta.title,
    commit: meta.commit,
    patterns: meta.patterns,
    pricing: { date: analysis.pricing.date, source: analysis.pricing.source },
    totals: {
      files: totals.files,
      unreadableFiles: totals.unreadableFiles,
      sessions: totals.sessions,
      interactions: totals.interactions,
      byType: { ...totals.kinds },
      prompts: totals.prompts,
      responses: totals.responses,
      toolCalls: totals.toolCalls,
      toolErrors: totals.toolErrors,
      distinctTools: totals.distinctTools,
      subagents: totals.subagents,
      sessionTimeSeconds: seconds(totals.sessionTimeMs),
      activeDays: totals.activeDays,
      firstActivity: totals.firstActivity,
      lastActivity: totals.lastActivity,
      busiestDay: totals.busiestDay,
    },
    usage: analysis.usage === null ? null : jsonUsage(analysis.usage),
    tools: analysis.tools.map((usage) => ({
      tool: usage.tool,
      calls: usage.calls,
      errors: usage.errors,
      share: Math.round(usage.share * 10_000) / 10_000,
      files: usage.files,
    })),
    sessions: analysis.sessions.map(jsonSession),
    files: analysis.files.map((file) => ({
      path: file.path,
      format: file.format,
      bytes: file.bytes,
      sessionId: file.sessionId,
      start: file.start,
      end: file.end,
      finalized: file.end !== null,
      durationSeconds: file.durationMs === null ? null : seconds(file.durationMs),
      interactions: file.interactions,
      byType: { ...file.kinds },
      tools: Object.fromEntries(file.tools.map(({ tool, calls }) => [tool, calls])),
      summaries: file.summaries.map((summary) => ({ ...summary })),
      problems: file.problems,
    })),
    unreadable: analysis.unreadable.map((file) => ({
      path: file.path,
      reason: file.reason,
      line: file.position?.line ?? null,
      column: file.position?.column ?? null,
    })),
  }
}

function jsonSession(session: SessionSummary): JsonSession {
  return {
    sessionId: session.sessionId,
    format: session.format,
    paths: session.paths,
    firstActivity: session.firstActivity,
    lastActivity: session.lastActivity,
    durationSeconds: session.durationMs === null ? null : seconds(session.durationMs),
    activeSeconds: session.activeMs === null ? null : seconds(session.activeMs),
    prompts: session.prompts,
    responses: session.responses,
    toolCalls: session.toolCalls,
    toolErrors: session.toolErrors,
    tools: session.tools.map(({ tool, calls, errors }) => ({ tool, calls, errors })),
    subagents: session.subagents,
    agents: session.agents.map((agent) => ({
      agentId: agent.agentId,
      type: agent.type,
      description: agent.description,
      path: agent.path,
      responses: agent.responses,
      toolCalls: agent.toolCalls,
      usage: jsonUsage(agent.usage),
    })),
    usage: session.usage === null ? null : jsonUsage(session.usage),
    compactions: session.compactions,
    apiErrors: session.apiErrors,
    versions: session.versions,
    branches: session.branches,
    runError: session.runError,
  }
}

function jsonUsage(usage: UsageSummary): JsonUsage {
  return {
    tokens: usageTokens(usage.tokens),
    costUsd: roundUsd(usage.costUsd, COST_DIGITS),
    unpricedModels: usage.unpricedModels,
    models: usage.models.map(jsonModelUsage),
  }
}

function jsonModelUsage(model: ModelUsage): JsonModelUsage {
  return {
    model: model.model,
    responses: model.responses,
    tokens: usageTokens(model.tokens),
    costUsd: model.costUsd === null ? null : roundUsd(model.costUsd, COST_DIGITS),
  }
}

/** Millionths of a dollar: finer than any price, and free of float noise (0.30000000000000004). */
const COST_DIGITS = 6

/** Tokens under the names the report and outputs use. */
export function usageTokens(tokens: TokenCounts): JsonTokens {
  return {
    input: tokens.input,
    output: tokens.output,
    cacheCreation: tokens.cacheWrite5m + tokens.cacheWrite1h,
    cacheCreation5m: tokens.cacheWrite5m,
    cacheCreation1h: tokens.cacheWrite1h,
    cacheRead: tokens.cacheRead,
    webSearches: tokens.webSearches,
  }
}

/** Dollars to `digits` decimals, as a number (1.23456 → 1.2346 at 4). */
export function roundUsd(value: number, digits: number): number {
  const scale = 10 ** digits
  return Math.round(value * scale) / scale
}

function seconds(ms: number): number {
  return Math.round(ms / 1000)
}
