/**
 * Builders for Claude Code transcript lines shaped as Claude Code writes them (key order of
 * 2.0.x: the top-level `type` after `message` on assistant lines). Each takes `Partial` overrides.
 */

export type Line = Record<string, unknown>

export const SESSION = '5b1c2d3e-0000-4000-8000-000000000001'

function common(): Line {
  return {
    parentUuid: null,
    isSidechain: false,
    userType: 'external',
    cwd: '/home/dev/invoice-service',
    sessionId: SESSION,
    version: '2.0.37',
    gitBranch: 'main',
  }
}

export function usage(input: number, output: number, cacheWrite = 0, cacheRead = 0): Line {
  return {
    input_tokens: input,
    cache_creation_input_tokens: cacheWrite,
    cache_read_input_tokens: cacheRead,
    cache_creation: { ephemeral_5m_input_tokens: cacheWrite, ephemeral_1h_input_tokens: 0 },
    output_tokens: output,
    service_tier: 'standard',
  }
}

/** One line of an assistant response: one content block, the response's usage so far. */
export function assistant(
  id: string,
  content: Line[],
  options: { usage?: Line; model?: string; timestamp?: string } & Line = {},
): Line {
  const {
    usage: used = usage(3, 10, 100, 1000),
    model = 'claude-sonnet-4-5-20250929',
    timestamp = '2026-03-02T09:14:00.000Z',
    ...rest
  } = options
  return {
    ...common(),
    message: {
      model,
      id,
      type: 'message',
      role: 'assistant',
      content,
      stop_reason: null,
      stop_sequence: null,
      usage: used,
    },
    requestId: `req_${id}`,
    type: 'assistant',
    uuid: `u-${id}-${Math.random().toString(16).slice(2, 8)}`,
    timestamp,
    ...rest,
  }
}

export function text(body: string): Line {
  return { type: 'text', text: body }
}

export function toolUseBlock(id: string, name: string, input: Line = {}): Line {
  return { type: 'tool_use', id, name, input }
}

/** A user line that carries one tool's result, with the `toolUseResult` copy Claude Code adds. */
export function toolResult(
  toolUseId: string,
  body: string,
  options: { isError?: boolean; timestamp?: string } & Line = {},
): Line {
  const { isError, timestamp = '2026-03-02T09:14:05.000Z', ...rest } = options
  return {
    ...common(),
    type: 'user',
    message: {
      role: 'user',
      content: [
        {
          tool_use_id: toolUseId,
          type: 'tool_result',
          content: body,
          ...(isError !== undefined && { is_error: isError }),
        },
      ],
    },
    uuid: `u-${toolUseId}`,
    timestamp,
    toolUseResult: { stdout: body, stderr: '', interrupted: false, isImage: false },
    ...rest,
  }
}

/** A user line with a string prompt (or any content given). */
export function prompt(content: unknown, options: { timestamp?: string } & Line = {}): Line {
  const { timestamp = '2026-03-02T09:13:46.000Z', ...rest } = options
  return {
    ...common(),
    type: 'user',
    message: { role: 'user', content },
    uuid: `u-${Math.random().toString(16).slice(2, 10)}`,
    timestamp,
    ...rest,
  }
}

export function system(subtype: string, fields: Line = {}): Line {
  return {
    ...common(),
    type: 'system',
    subtype,
    timestamp: '2026-03-02T09:20:00.000Z',
    isMeta: false,
    ...fields,
  }
}

/** JSON lines, each ending in a newline. */
export function jsonl(lines: readonly (Line | string)[]): string {
  return lines
    .map((line) => (typeof line === 'string' ? line : JSON.stringify(line)) + '\n')
    .join('')
}
