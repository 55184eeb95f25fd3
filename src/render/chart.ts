import type { ToolUsage } from '../analyse.js'
import { truncate } from '../truncate.js'

/** Slices in the pie before the rest are grouped as "other". */
export const PIE_SLICES = 6
const LABEL_MAX = 40

/**
 * A mermaid pie chart of tool calls: the most called tools, the rest as one "other" slice.
 * Labels are reduced to characters that mean nothing to mermaid or to the surrounding code fence.
 */
export function pieChart(tools: readonly ToolUsage[]): string {
  const sliced = tools.length > PIE_SLICES + 1 ? tools.slice(0, PIE_SLICES) : tools
  const rest = tools.slice(sliced.length)
  const lines = sliced.map((usage) => `  "${chartLabel(usage.tool)}" : ${usage.calls}`)
  if (rest.length > 0) {
    const calls = rest.reduce((sum, usage) => sum + usage.calls, 0)
    lines.push(`  "other (${rest.length} tools)" : ${calls}`)
  }
  return ['```mermaid', 'pie showData title Tool calls', ...lines, '```'].join('\n')
}

/**
 * Keeps letters, digits and a few harmless separators (and the ellipsis of a cut); anything else
 * becomes `_`. Cut first: a tool name can be megabytes long, and only its start is shown.
 */
export function chartLabel(value: string): string {
  const safe = truncate(value.trimStart(), LABEL_MAX)
    .replace(/[^\p{L}\p{N} _.\-/+()…]/gu, '_')
    .trimEnd()
  return safe === '' ? '_' : safe
}
