/**
 * One row per interaction, for the exports that keep history (the NDJSON `interactions-file`, the
 * databases, the local API). A session-recorder log gives one row per entry of its `interactions`
 * array; a transcript gives one row per prompt the user typed, assistant response (each
 * `message.id` once), tool use (each `tool_use` id once) and tool result; an execution file the
 * same from its messages. Every string in a row has been through the run's redactor.
 */
import type { InteractionKind } from './model.js'

/** Tokens of one assistant response (transcripts and execution files only). */
export interface RowTokens {
  readonly input: number
  readonly output: number
  /** Cache writes, 5-minute and 1-hour together. */
  readonly cache_creation: number
  readonly cache_read: number
}

export interface InteractionRow {
  /** The session the row belongs to (a subagent's rows carry its parent's session id). */
  readonly session_id: string
  /** The file it was read from, relative to the workspace, with forward slashes. */
  readonly file: string
  /** Position of the row in its file, from 0: with `file`, the row's identity across runs. */
  readonly index: number
  /** As recorded (ISO 8601), or null when absent. */
  readonly timestamp: string | null
  readonly kind: InteractionKind
  /** The tool of a tool call or tool result, when known. */
  readonly tool: string | null
  /** The model of an assistant response. */
  readonly model: string | null
  /** A subagent's id, for rows from its own file. */
  readonly agent_id: string | null
  readonly tokens: RowTokens | null
  /** What was typed, or what the assistant said, cut to a bounded length; null for other kinds. */
  readonly text: string | null
}
