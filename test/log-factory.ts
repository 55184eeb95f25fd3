/**
 * Session logs and workspaces made up for the tests: a valid log with overrides, and a temporary
 * workspace holding any files (text or raw bytes) at given paths.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const LOG_DIR = '.claude/session_logs'

type Interaction = Record<string, unknown>

let nextId = 0
function id(): string {
  nextId++
  return `00000000-0000-4000-8000-${String(nextId).padStart(12, '0')}`
}

export function userMessage(timestamp: string, text = 'Fix the rounding bug.\n'): Interaction {
  return {
    interaction_id: id(),
    timestamp,
    type: 'user_message',
    content: text,
    metadata: { hook: 'UserPromptSubmit' },
  }
}

export function toolCall(timestamp: string, tool: string, args: unknown = {}): Interaction {
  return {
    interaction_id: id(),
    timestamp,
    type: 'tool_call',
    content: { tool, arguments: args },
    metadata: { hook: 'PostToolUse' },
  }
}

export function toolResult(timestamp: string, tool: string): Interaction {
  return {
    interaction_id: id(),
    timestamp,
    type: 'tool_result',
    content: { tool, result: 'null\n', tool_call_id: 'x' },
    metadata: { hook: 'PostToolUse' },
  }
}

export function summary(timestamp: string, text: string): Interaction {
  return {
    interaction_id: id(),
    timestamp,
    type: 'assistant_summary',
    content: { summary: text, actions: [], tools_used: [] },
    metadata: { source: 'self_report' },
  }
}

/** A well-formed log of one session on `day` (YYYY-MM-DD): 1 user message, 2 tool calls and results, 1 summary. */
export function sessionLog(day: string, overrides: Record<string, unknown> = {}) {
  const at = (time: string) => `${day}T${time}Z`
  return {
    session_id: `${day.replaceAll('-', '')}-1111-4222-8333-444455556666`,
    start_timestamp: at('09:00:00'),
    end_timestamp: at('09:30:00'),
    project_path: '/home/dev/project',
    interactions: [
      userMessage(at('09:01:00')),
      toolCall(at('09:02:00'), 'Read', { file_path: 'src/a.ts' }),
      toolResult(at('09:02:00'), 'Read'),
      toolCall(at('09:03:00'), 'Bash', { command: 'npm test' }),
      toolResult(at('09:03:00'), 'Bash'),
      summary(at('09:04:00'), 'Rounded amounts in minor units.'),
    ],
    ...overrides,
  }
}

/** Pretty-printed, as the plugin writes its files. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

/** A new temporary workspace with the given files (paths relative to it). */
export async function workspaceWith(files: Record<string, string | Uint8Array>): Promise<string> {
  const workspace = await mkdtemp(path.join(tmpdir(), 'workspace-'))
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(workspace, file)
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, content)
  }
  return workspace
}

/** Path of a day's log in the default folder. */
export function logPath(day: string, suffix = ''): string {
  return `${LOG_DIR}/session_${day}.json${suffix}`
}
