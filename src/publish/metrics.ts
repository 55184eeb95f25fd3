/**
 * The report as Prometheus text exposition (format 0.0.4), for node_exporter's textfile collector
 * and the Pushgateway. Pure: the analysis and the time of the report in, the text out.
 *
 * Counters are the counts that only grow as logs are committed (their names end in `_total`, as
 * the format requires of a counter); gauges are the values that can go down (unreadable files, the
 * time of the report) and the `_by_type` series, whose names, kept from the integration guide's
 * dashboard, have no `_total`. No sample carries a timestamp: the textfile collector skips a file
 * that holds one.
 */
import type { Analysis } from '../analyse.js'
import { ALL_KINDS } from '../model.js'

/** Tools beyond this many (the most called) are folded into the label value `other`. */
export const TOP_TOOLS = 20
/** Models beyond this many (the costliest) are folded into the label value `other`. */
export const TOP_MODELS = 10
export const OTHER = 'other'

/** Every metric the action writes, by name: its type and help text. */
export const METRICS = {
  claude_sessions_total: ['counter', 'Distinct Claude Code sessions in the session logs read.'],
  claude_interactions_total: ['counter', 'Interactions of every type in the session logs read.'],
  claude_interactions_by_type: ['gauge', 'Interactions in the session logs read, by type.'],
  claude_tool_calls_total: ['counter', 'Tool calls in the session logs read.'],
  claude_tool_calls_by_type: [
    'gauge',
    `Tool calls in the session logs read, by tool (beyond the ${TOP_TOOLS} most called: "${OTHER}").`,
  ],
  claude_tool_errors_total: [
    'counter',
    `Tool results marked as errors, by tool (beyond the ${TOP_TOOLS} most called: "${OTHER}").`,
  ],
  claude_unreadable_files: [
    'gauge',
    'Matched files that could not be read or were not valid session logs.',
  ],
  claude_tokens_total: [
    'counter',
    `Tokens of the API responses, each counted once, by model (beyond the ${TOP_MODELS} costliest: "${OTHER}") and kind.`,
  ],
  claude_cost_usd_total: [
    'counter',
    `Cost in US dollars at list prices, by model (beyond the ${TOP_MODELS} costliest: "${OTHER}"); models without a price have no series.`,
  ],
  claude_report_timestamp_seconds: [
    'gauge',
    'When the report was made, in seconds since the Unix epoch.',
  ],
} as const satisfies Record<string, readonly ['counter' | 'gauge', string]>

export type MetricName = keyof typeof METRICS

/** The token kinds of `claude_tokens_total`, and the field of each. */
const TOKEN_KINDS = [
  ['input', 'input'],
  ['output', 'output'],
  ['cache_write_5m', 'cacheWrite5m'],
  ['cache_write_1h', 'cacheWrite1h'],
  ['cache_read', 'cacheRead'],
] as const

type Labels = Readonly<Record<string, string>>
type Sample = readonly [Labels, number]

/**
 * The metrics of an analysis as text exposition, every metric with its HELP and TYPE (one with
 * nothing to count, such as tokens of session-recorder logs, has no sample). `reportTime` is the
 * time of the report, in milliseconds since the epoch.
 */
export function renderMetrics(analysis: Analysis, reportTime: number): string {
  const { totals, usage } = analysis
  const tools = foldTools(analysis)
  const models = foldModels(analysis)
  const samples: Record<MetricName, readonly Sample[]> = {
    claude_sessions_total: [[{}, totals.sessions]],
    claude_interactions_total: [[{}, totals.interactions]],
    claude_interactions_by_type: ALL_KINDS.map((kind) => [{ type: kind }, totals.kinds[kind]]),
    claude_tool_calls_total: [[{}, totals.toolCalls]],
    claude_tool_calls_by_type: tools.map(({ tool, calls }) => [{ tool }, calls]),
    claude_tool_errors_total:
      usage === null ? [] : tools.map(({ tool, errors }) => [{ tool }, errors]),
    claude_unreadable_files: [[{}, totals.unreadableFiles]],
    claude_tokens_total: models.flatMap(({ model, tokens }) =>
      TOKEN_KINDS.map(([kind, field]): Sample => [{ model, kind }, tokens[field]]),
    ),
    claude_cost_usd_total: models.flatMap(({ model, costUsd }): Sample[] =>
      costUsd === null ? [] : [[{ model }, costUsd]],
    ),
    claude_report_timestamp_seconds: [[{}, reportTime / 1000]],
  }
  const lines: string[] = []
  for (const name of Object.keys(METRICS) as MetricName[]) {
    const [type, help] = METRICS[name]
    lines.push(`# HELP ${name} ${escapeHelp(help)}`, `# TYPE ${name} ${type}`)
    for (const [labels, value] of samples[name])
      lines.push(`${name}${labelText(labels)} ${numberText(value)}`)
  }
  return `${lines.join('\n')}\n`
}

/** The most called tools, the rest added up as `other`. */
function foldTools(analysis: Analysis): { tool: string; calls: number; errors: number }[] {
  const kept = analysis.tools.slice(0, TOP_TOOLS).map(({ tool, calls, errors }) => ({
    tool,
    calls,
    errors,
  }))
  const rest = analysis.tools.slice(TOP_TOOLS)
  if (rest.length === 0) return kept
  // A tool called `other` among the kept ones takes the rest's counts: one series per label value.
  const other = kept.find((entry) => entry.tool === OTHER) ?? { tool: OTHER, calls: 0, errors: 0 }
  if (!kept.includes(other)) kept.push(other)
  for (const entry of rest) {
    other.calls += entry.calls
    other.errors += entry.errors
  }
  return kept
}

interface FoldedModel {
  model: string
  tokens: {
    input: number
    output: number
    cacheWrite5m: number
    cacheWrite1h: number
    cacheRead: number
  }
  costUsd: number | null
}

/** The costliest models, the rest added up as `other` (its cost unknown when any of them has none). */
function foldModels(analysis: Analysis): FoldedModel[] {
  const all = (analysis.usage?.models ?? []).map(({ model, tokens, costUsd }): FoldedModel => ({
    model,
    tokens: { ...tokens },
    costUsd,
  }))
  const kept = all.slice(0, TOP_MODELS)
  const rest = all.slice(TOP_MODELS)
  if (rest.length === 0) return kept
  let other = kept.find((entry) => entry.model === OTHER)
  if (other === undefined) {
    other = {
      model: OTHER,
      tokens: { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 },
      costUsd: 0,
    }
    kept.push(other)
  }
  for (const entry of rest) {
    for (const [, field] of TOKEN_KINDS) other.tokens[field] += entry.tokens[field]
    other.costUsd =
      other.costUsd === null || entry.costUsd === null ? null : other.costUsd + entry.costUsd
  }
  return kept
}

/** `{a="x",b="y"}`, or nothing for no labels. */
function labelText(labels: Labels): string {
  const pairs = Object.entries(labels).map(([name, value]) => `${name}="${escapeLabel(value)}"`)
  return pairs.length === 0 ? '' : `{${pairs.join(',')}}`
}

/**
 * A label value as the format requires: backslash, double quote and line feed escaped. A carriage
 * return or other control is escaped too, so that no tool's name can look like a line of its own
 * to a reader that splits on it.
 */
export function escapeLabel(value: string): string {
  return value.replace(/[\\"\n]|\p{Cc}/gu, (char) => {
    if (char === '\\') return '\\\\'
    if (char === '"') return '\\"'
    if (char === '\n') return '\\n'
    return `\\\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}

/** HELP text: backslash and line feed escaped. */
function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')
}

/** A sample value: integers as they are, other numbers in the shortest form that reads back exactly. */
function numberText(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : '-Inf'
  return String(value)
}
