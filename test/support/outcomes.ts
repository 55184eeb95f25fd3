/** Builders for what readers hand to the analysis: digests and file outcomes, with `Partial` overrides. */
import {
  emptyKindCounts,
  type FileOutcome,
  type KindCounts,
  type SessionDigest,
} from '../../src/model.js'

export function kinds(overrides: Partial<KindCounts> = {}): KindCounts {
  return { ...emptyKindCounts(), ...overrides }
}

/** A finalized ten-minute session on 2026-03-02 with no interactions. */
export function digest(overrides: Partial<SessionDigest> = {}): SessionDigest {
  return {
    format: 'session-recorder',
    transcript: null,
    sessionId: 'f1d69ed6-17f5-4837-9708-20fe119a72d1',
    start: '2026-03-02T09:00:00.000Z',
    end: '2026-03-02T09:10:00.000Z',
    projectPath: '/home/dev/projects/invoice-service',
    kinds: kinds(),
    tools: new Map(),
    summaries: [],
    interactionsByDay: new Map(),
    firstActivity: '2026-03-02T09:00:00.000Z',
    lastActivity: '2026-03-02T09:10:00.000Z',
    problems: [],
    ...overrides,
  }
}

/** Digest fields, plus tool calls by tool and the file's size. */
export type ReadFileOverrides = Partial<SessionDigest> & {
  toolCalls?: Record<string, number>
  bytes?: number
}

/**
 * A readable file whose digest is consistent with its tool calls: `toolCalls` fills `tools`,
 * `kinds.tool_call` and `kinds.tool_result`, and every interaction falls on the session's start day.
 */
export function readFile(path: string, overrides: ReadFileOverrides = {}): FileOutcome {
  const { toolCalls = {}, bytes = 4096, ...rest } = overrides
  const calls = Object.values(toolCalls).reduce((sum, n) => sum + n, 0)
  const base = digest({
    kinds: kinds({ tool_call: calls, tool_result: calls }),
    tools: new Map(Object.entries(toolCalls)),
    ...rest,
  })
  const total = Object.values(base.kinds).reduce((sum, n) => sum + n, 0)
  const day = (base.start ?? base.firstActivity ?? '2026-03-02').slice(0, 10)
  return {
    ok: true,
    path,
    bytes,
    digest: {
      ...base,
      interactionsByDay: rest.interactionsByDay ?? new Map(total > 0 ? [[day, total]] : []),
    },
  }
}

export function unreadableFile(
  path: string,
  reason = 'invalid JSON: the file ends inside an object (truncated?)',
  position?: { line: number; column: number },
): FileOutcome {
  return { ok: false, path, reason, ...(position && { position }) }
}
