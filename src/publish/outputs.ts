import * as core from '@actions/core'
import type { Analysis, UsageSummary } from '../analyse.js'
import { roundUsd, usageTokens } from '../report-json.js'

/** Every output name and its value, computed from the analysis. Pure. */
export function outputValues(analysis: Analysis, reportFile: string): Record<string, string> {
  const { totals, usage } = analysis
  return {
    files: String(totals.files),
    sessions: String(totals.sessions),
    interactions: String(totals.interactions),
    'user-messages': String(totals.kinds.user_message),
    'tool-calls': String(totals.kinds.tool_call),
    'tool-results': String(totals.kinds.tool_result),
    'assistant-summaries': String(totals.kinds.assistant_summary),
    tools: JSON.stringify(
      Object.fromEntries(analysis.tools.map(({ tool, calls }) => [tool, calls])),
    ),
    'unreadable-files': String(totals.unreadableFiles),
    'report-file': reportFile,
    'tool-errors': String(totals.toolErrors),
    ...usageOutputs(usage),
  }
}

/**
 * Tokens and cost. Empty when no file holds usage (session-recorder logs record none): "unknown"
 * is not "0 tokens, $0". In a workflow expression an empty output still compares as 0.
 */
function usageOutputs(usage: UsageSummary | null): Record<string, string> {
  if (usage === null)
    return {
      'input-tokens': '',
      'output-tokens': '',
      'cache-creation-tokens': '',
      'cache-read-tokens': '',
      'cost-usd': '',
      models: '{}',
    }
  const { tokens } = usage
  return {
    'input-tokens': String(tokens.input),
    'output-tokens': String(tokens.output),
    'cache-creation-tokens': String(tokens.cacheWrite5m + tokens.cacheWrite1h),
    'cache-read-tokens': String(tokens.cacheRead),
    'cost-usd': String(roundUsd(usage.costUsd, 4)),
    models: JSON.stringify(
      Object.fromEntries(
        usage.models.map((model) => [
          model.model,
          {
            responses: model.responses,
            ...usageTokens(model.tokens),
            costUsd: model.costUsd === null ? null : roundUsd(model.costUsd, 4),
          },
        ]),
      ),
    ),
  }
}

export function setOutputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) core.setOutput(name, value)
}
