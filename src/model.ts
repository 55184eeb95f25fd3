/**
 * The shapes passed between the pipeline's stages. Readers turn a log file of any format into a
 * `SessionDigest`; analysis works only on digests, so a new format never touches the report.
 */

/** Interaction types the session-recorder plugin writes, in the order the report shows them. */
export const KNOWN_KINDS = [
  'user_message',
  'tool_call',
  'tool_result',
  'assistant_summary',
] as const

/** A known interaction type, or `other` for anything else (future types, hand edits, malformed). */
export type InteractionKind = (typeof KNOWN_KINDS)[number] | 'other'

export const ALL_KINDS: readonly InteractionKind[] = [...KNOWN_KINDS, 'other']

export type KindCounts = Record<InteractionKind, number>

export function emptyKindCounts(): KindCounts {
  return { user_message: 0, tool_call: 0, tool_result: 0, assistant_summary: 0, other: 0 }
}

/** An assistant summary as the plugin records it (its own report of what it did). */
export interface AssistantSummary {
  /** When it was recorded, ISO 8601 as written in the log, or null when absent or invalid. */
  readonly timestamp: string | null
  readonly text: string
}

/** The formats read; decided per file from its content, never from its name. */
export const LOG_FORMATS = ['session-recorder', 'claude-code', 'execution-file'] as const
export type LogFormat = (typeof LOG_FORMATS)[number]

/** Tokens of one or more API responses, by kind. */
export interface TokenCounts {
  readonly input: number
  readonly output: number
  /** Cache writes kept 5 minutes (all of `cache_creation_input_tokens` when no split is given). */
  readonly cacheWrite5m: number
  /** Cache writes kept 1 hour (`cache_creation.ephemeral_1h_input_tokens`). */
  readonly cacheWrite1h: number
  readonly cacheRead: number
  /** `server_tool_use.web_search_requests`: requests, not tokens, priced apart. */
  readonly webSearches: number
}

export function emptyTokenCounts(): TokenCounts {
  return { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0, webSearches: 0 }
}

/**
 * One API response as a transcript or execution file records it: the most complete of the lines
 * that share its `message.id`. Files may hold copies of a response (streaming, resumes, sidechain
 * replays); analysis keeps one per id across all files.
 */
export interface ResponseRecord {
  /** `message.id` (`msg_…`). */
  readonly id: string
  readonly model: string
  readonly tokens: TokenCounts
  /** From a sidechain line (a subagent's copy): a non-sidechain copy wins over it. */
  readonly sidechain: boolean
  /** `usage.speed === "fast"`: fast-mode prices. */
  readonly fast: boolean
  /** `usage.inference_geo`, when given (`"us"` costs more on some models). */
  readonly inferenceGeo: string | null
  /** Tool names of its `tool_use` blocks, each `tool_use` id once. */
  readonly toolUses: readonly string[]
}

/** A subagent's own transcript, which belongs to its parent session. */
export interface AgentInfo {
  /** `agentId` of its lines, or from the file name (`agent-<id>.jsonl`). */
  readonly agentId: string
  /** `agentType` from `agent-<id>.meta.json`, when present. */
  readonly type: string | null
  readonly description: string | null
}

/** What an execution file of claude-code-action says about its run, as Claude Code computed it. */
export interface ExecutionRun {
  /** `total_cost_usd`: the run's cost; never recomputed. */
  readonly costUsd: number | null
  /** `modelUsage`: tokens and cost per model. */
  readonly models: readonly {
    readonly model: string
    readonly tokens: TokenCounts
    readonly costUsd: number | null
  }[]
  readonly numTurns: number | null
  readonly durationMs: number | null
  readonly durationApiMs: number | null
  /** `is_error`, or a result subtype other than `success`. */
  readonly isError: boolean
  /** The result's `subtype` (`success`, `error_max_turns`, …), or null when the run has no result. */
  readonly subtype: string | null
}

/**
 * What transcripts and execution files hold beyond the recorder's log. In a transcript the kinds
 * map as: `user_message` = prompts the user typed, `tool_call` = tool uses (each id once),
 * `tool_result` = tool results, `assistant_summary` = assistant responses (each `message.id` once).
 */
export interface TranscriptFacts {
  /** Set for a subagent's file; its `sessionId` is the parent session's. */
  readonly agent: AgentInfo | null
  /** Responses in this file, each `message.id` once (the most complete line kept). */
  readonly responses: readonly ResponseRecord[]
  /** Tool name → tool results marked `is_error`. */
  readonly toolErrors: ReadonlyMap<string, number>
  /** Subagents started from this file (Task/Agent tool uses, or `parent_tool_use_id` groups). */
  readonly subagentsStarted: number
  /** `system` lines of subtype `compact_boundary`. */
  readonly compactions: number
  /** Assistant lines marked `isApiErrorMessage`. */
  readonly apiErrors: number
  /** Sum of `system`/`turn_duration` lines' `durationMs`, or null when there are none. */
  readonly activeMs: number | null
  /** Claude Code versions and git branches seen, in order of first appearance. */
  readonly versions: readonly string[]
  readonly branches: readonly string[]
  /** Execution files only. */
  readonly run: ExecutionRun | null
}

/** Everything the report needs from one session log, independent of the log's format. */
export interface SessionDigest {
  readonly format: LogFormat
  readonly sessionId: string
  /** Session start, normalised to ISO 8601 UTC, or null when missing or unparsable. */
  readonly start: string | null
  /** Session end, or null while the session is not finalized (or the value is unparsable). */
  readonly end: string | null
  readonly projectPath: string | null
  /** Interactions in the file by kind; the sum is the length of the `interactions` array. */
  readonly kinds: KindCounts
  /** Tool name → number of tool calls. */
  readonly tools: ReadonlyMap<string, number>
  readonly summaries: readonly AssistantSummary[]
  /** UTC day (YYYY-MM-DD) → interactions with a timestamp on that day. */
  readonly interactionsByDay: ReadonlyMap<string, number>
  /** Earliest and latest instant seen in the file (session bounds and interaction timestamps). */
  readonly firstActivity: string | null
  readonly lastActivity: string | null
  /** Things wrong inside an otherwise readable file: each names where and what. */
  readonly problems: readonly string[]
  /** Null for a session-recorder log. */
  readonly transcript: TranscriptFacts | null
}

/** Where a JSON syntax error is, 1-based. */
export interface TextPosition {
  readonly line: number
  readonly column: number
}

/** A file that matched but could not be turned into a digest. */
export interface UnreadableFile {
  readonly path: string
  readonly reason: string
  readonly position?: TextPosition
}

/** A file that was read, with its digest. */
export interface ReadFile {
  /** Path relative to the workspace, with forward slashes. */
  readonly path: string
  readonly bytes: number
  readonly digest: SessionDigest
}

export type FileOutcome =
  ({ readonly ok: true } & ReadFile) | ({ readonly ok: false } & UnreadableFile)
