/** Session-recorder logs made to order, for tests that need many files or particular text. */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface LogOptions {
  readonly sessionId: string
  /** UTC day of the session, YYYY-MM-DD. */
  readonly day: string
  readonly prompts?: readonly string[]
  /** Tool names, one call (and its result) each. */
  readonly tools?: readonly string[]
  readonly summaries?: readonly string[]
}

/** A log as the plugin writes it: one prompt, tool calls with their results, summaries. */
export function sessionLog(options: LogOptions): object {
  const at = (minute: number) => `${options.day}T09:${String(minute % 60).padStart(2, '0')}:00Z`
  let minute = 0
  const interactions: object[] = []
  const id = () =>
    `${options.sessionId.slice(0, 8)}-${String(interactions.length).padStart(4, '0')}`
  for (const prompt of options.prompts ?? ['Fix the failing test\n']) {
    interactions.push({
      interaction_id: id(),
      timestamp: at(minute++),
      type: 'user_message',
      content: prompt,
      metadata: { hook: 'UserPromptSubmit' },
    })
  }
  for (const tool of options.tools ?? []) {
    const callId = id()
    const timestamp = at(minute++)
    interactions.push({
      interaction_id: callId,
      timestamp,
      type: 'tool_call',
      content: { tool, arguments: {} },
      metadata: { hook: 'PostToolUse' },
    })
    interactions.push({
      interaction_id: id(),
      timestamp,
      type: 'tool_result',
      content: { tool, result: 'null\n', tool_call_id: callId },
      metadata: { hook: 'PostToolUse' },
    })
  }
  for (const summary of options.summaries ?? []) {
    interactions.push({
      interaction_id: id(),
      timestamp: at(minute++),
      type: 'assistant_summary',
      content: { summary, actions: [], tools_used: [] },
      metadata: { source: 'self_report' },
    })
  }
  return {
    session_id: options.sessionId,
    start_timestamp: at(0),
    end_timestamp: at(minute),
    project_path: '/home/dev/projects/invoice-service',
    interactions,
  }
}

/** Writes logs into `<workspace>/.claude/session_logs/`; returns their workspace-relative paths. */
export async function writeLogs(
  workspace: string,
  logs: readonly { readonly name: string; readonly log: object }[],
): Promise<string[]> {
  const folder = path.join(workspace, '.claude', 'session_logs')
  await mkdir(folder, { recursive: true })
  for (const { name, log } of logs)
    await writeFile(path.join(folder, name), `${JSON.stringify(log, null, 2)}\n`)
  return logs.map(({ name }) => `.claude/session_logs/${name}`)
}
