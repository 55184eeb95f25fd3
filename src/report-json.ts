import type { Analysis } from './analyse.js'
import type { KindCounts } from './model.js'

/** Bumped on any change that could break a reader of the JSON report; additions keep the version. */
export const REPORT_SCHEMA_VERSION = 1

type ByType = Record<keyof KindCounts, number>

/**
 * The JSON report (`report-file`), version 1. Times are ISO 8601 UTC strings, durations seconds.
 * Documented field by field in docs/report-json.md.
 */
export interface JsonReport {
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION
  readonly title: string
  readonly commit: string | null
  readonly patterns: readonly string[]
  readonly totals: {
    readonly files: number
    readonly unreadableFiles: number
    readonly sessions: number
    readonly interactions: number
    readonly byType: ByType
    readonly toolCalls: number
    readonly distinctTools: number
    readonly sessionTimeSeconds: number
    readonly activeDays: number
    readonly firstActivity: string | null
    readonly lastActivity: string | null
    readonly busiestDay: { readonly day: string; readonly interactions: number } | null
  }
  readonly tools: readonly {
    readonly tool: string
    readonly calls: number
    readonly share: number
    readonly files: number
  }[]
  readonly files: readonly {
    readonly path: string
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

export interface JsonReportMeta {
  readonly title: string
  readonly commit: string | null
  readonly patterns: readonly string[]
}

/** Builds the JSON report from the analysis. Pure. */
export function toJsonReport(analysis: Analysis, meta: JsonReportMeta): JsonReport {
  const { totals } = analysis
  const seconds = (ms: number): number => Math.round(ms / 1000)
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    title: meta.title,
    commit: meta.commit,
    patterns: meta.patterns,
    totals: {
      files: totals.files,
      unreadableFiles: totals.unreadableFiles,
      sessions: totals.sessions,
      interactions: totals.interactions,
      byType: { ...totals.kinds },
      toolCalls: totals.toolCalls,
      distinctTools: totals.distinctTools,
      sessionTimeSeconds: seconds(totals.sessionTimeMs),
      activeDays: totals.activeDays,
      firstActivity: totals.firstActivity,
      lastActivity: totals.lastActivity,
      busiestDay: totals.busiestDay,
    },
    tools: analysis.tools.map((usage) => ({
      ...usage,
      share: Math.round(usage.share * 10_000) / 10_000,
    })),
    files: analysis.files.map((file) => ({
      path: file.path,
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
