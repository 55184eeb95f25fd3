/**
 * Builders for session-recorder logs shaped as the plugin writes them. Each takes `Partial`
 * overrides, so a test states only what it is about.
 */

export interface Interaction {
  interaction_id: string
  timestamp: string
  type: string
  content: unknown
  metadata: Record<string, unknown>
}

export interface RecorderLog {
  session_id: string
  start_timestamp: string | null
  end_timestamp: string | null
  project_path: string
  /** `unknown[]` so that tests can put malformed entries in. */
  interactions: unknown[]
}

let sequence = 0

/** A UUID-shaped id, unique within a test run. */
export function nextId(): string {
  sequence += 1
  return `00000000-0000-4000-8000-${sequence.toString(16).padStart(12, '0')}`
}

export function userMessage(text: string, overrides: Partial<Interaction> = {}): Interaction {
  return {
    interaction_id: nextId(),
    timestamp: '2026-03-02T09:13:46Z',
    type: 'user_message',
    content: `${text}\n`,
    metadata: { hook: 'UserPromptSubmit' },
    ...overrides,
  }
}

export function toolCall(
  tool: string,
  overrides: Partial<Interaction> = {},
  args: Record<string, unknown> = {},
): Interaction {
  return {
    interaction_id: nextId(),
    timestamp: '2026-03-02T09:14:25Z',
    type: 'tool_call',
    content: { tool, arguments: args },
    metadata: { hook: 'PostToolUse' },
    ...overrides,
  }
}

/** The result the plugin writes right after a call: same timestamp, `result` always "null\n". */
export function toolResult(call: Interaction, overrides: Partial<Interaction> = {}): Interaction {
  const { tool } = call.content as { tool: string }
  return {
    interaction_id: nextId(),
    timestamp: call.timestamp,
    type: 'tool_result',
    content: { tool, result: 'null\n', tool_call_id: call.interaction_id },
    metadata: { hook: 'PostToolUse' },
    ...overrides,
  }
}

/** A tool call and its result, as one pair. */
export function toolUse(tool: string, timestamp: string): [Interaction, Interaction] {
  const call = toolCall(tool, { timestamp })
  return [call, toolResult(call)]
}

export function assistantSummary(
  summary: string,
  overrides: Partial<Interaction> = {},
): Interaction {
  return {
    interaction_id: nextId(),
    timestamp: '2026-03-02T09:21:10Z',
    type: 'assistant_summary',
    content: { summary, actions: [], tools_used: [] },
    metadata: { source: 'self_report' },
    ...overrides,
  }
}

export function recorderLog(overrides: Partial<RecorderLog> = {}): RecorderLog {
  return {
    session_id: 'f1d69ed6-17f5-4837-9708-20fe119a72d1',
    start_timestamp: '2026-03-02T09:12:04Z',
    end_timestamp: '2026-03-02T09:22:41Z',
    project_path: '/home/dev/projects/invoice-service',
    interactions: [],
    ...overrides,
  }
}

/** Pretty-printed with two spaces, as the plugin writes its files. */
export function logText(log: unknown): string {
  return `${JSON.stringify(log, null, 2)}\n`
}
