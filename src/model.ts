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

/** Everything the report needs from one session log, independent of the log's format. */
export interface SessionDigest {
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
