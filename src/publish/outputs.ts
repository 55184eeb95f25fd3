import * as core from '@actions/core'
import type { Analysis } from '../analyse.js'

/** Every output name and its value, computed from the analysis. Pure. */
export function outputValues(analysis: Analysis, reportFile: string): Record<string, string> {
  const { totals } = analysis
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
  }
}

export function setOutputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) core.setOutput(name, value)
}
