/** Builders for what readers hand to the analysis: digests and file outcomes, with `Partial` overrides. */
import {
  emptyKindCounts,
  emptyTokenCounts,
  type FileOutcome,
  type KindCounts,
  type ResponseRecord,
  type SessionDigest,
  type TokenCounts,
  type TranscriptFacts,
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

/** Tokens with `Partial` overrides, zero elsewhere. */
export function tokens(overrides: Partial<TokenCounts> = {}): TokenCounts {
  return { ...emptyTokenCounts(), ...overrides }
}

export type ResponseOverrides = Omit<Partial<ResponseRecord>, 'tokens'> & {
  tokens?: Partial<TokenCounts>
}

/** One API response of Sonnet 4.5 with no tool use, from a main-chain line. */
export function response(id: string, overrides: ResponseOverrides = {}): ResponseRecord {
  return {
    id,
    model: 'claude-sonnet-4-5',
    sidechain: false,
    fast: false,
    inferenceGeo: null,
    toolUses: [],
    ...overrides,
    tokens: tokens(overrides.tokens),
  }
}

/** Facts of a transcript with nothing in it. */
export function transcriptFacts(overrides: Partial<TranscriptFacts> = {}): TranscriptFacts {
  return {
    agent: null,
    responses: [],
    toolErrors: new Map(),
    subagentsStarted: 0,
    compactions: 0,
    apiErrors: 0,
    activeMs: null,
    versions: [],
    branches: [],
    run: null,
    ...overrides,
  }
}

/** Digest fields, plus the transcript's facts, typed prompts, tool errors by tool and the file's size. */
export type TranscriptOverrides = Partial<Omit<SessionDigest, 'transcript'>> & {
  facts?: Partial<Omit<TranscriptFacts, 'toolErrors'>>
  toolErrors?: Record<string, number>
  prompts?: number
  bytes?: number
}

/**
 * A Claude Code transcript file whose digest is consistent with its responses, as the reader makes
 * it: `kinds` holds the prompts, one response each, and one tool use and one tool result per
 * `toolUses` entry; `tools` counts the tool uses; every interaction falls on the first activity's
 * day. By default a session from 09:00 to 09:10 on 2026-03-02.
 */
export function transcriptFile(path: string, overrides: TranscriptOverrides = {}): FileOutcome {
  const { facts = {}, toolErrors = {}, prompts = 0, bytes = 4096, ...rest } = overrides
  const transcript = transcriptFacts({ ...facts, toolErrors: new Map(Object.entries(toolErrors)) })
  const tools = new Map<string, number>()
  for (const { toolUses } of transcript.responses)
    for (const tool of toolUses) tools.set(tool, (tools.get(tool) ?? 0) + 1)
  const toolUses = [...tools.values()].reduce((sum, n) => sum + n, 0)
  const counts = kinds({
    user_message: prompts,
    assistant_summary: transcript.responses.length,
    tool_call: toolUses,
    tool_result: toolUses,
  })
  const base = digest({
    format: transcript.run === null ? 'claude-code' : 'execution-file',
    transcript,
    projectPath: '/home/dev/projects/invoice-service',
    kinds: counts,
    tools,
    ...rest,
  })
  const total = Object.values(base.kinds).reduce((sum, n) => sum + n, 0)
  const day = (base.firstActivity ?? '2026-03-02').slice(0, 10)
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
