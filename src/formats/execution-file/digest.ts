import type { ExecutionRun, SessionDigest } from '../../model.js'
import { TranscriptDigestBuilder } from '../claude-code/digest.js'
import { count, factsOfValue } from '../claude-code/line-facts.js'
import { findJsonSyntaxError } from '../json-syntax.js'

/** The outcome of reading an execution file's text. */
export type ExecutionResult =
  | { readonly ok: true; readonly digest: SessionDigest }
  | {
      readonly ok: false
      readonly reason: string
      readonly offset?: number
      /** Valid JSON, but not an array of Agent SDK messages. */
      readonly shape?: true
    }

/** The types of Agent SDK messages, each of which carries `session_id`. */
const MESSAGE_TYPES = new Set(['system', 'assistant', 'user', 'result'])

/**
 * Reads the execution file of claude-code-action: a JSON array of Agent SDK messages. Assistant
 * and user messages have a transcript's `message`, so they go through the transcript's rules
 * (each response once by `message.id`, each tool use and result once); a subagent's messages carry
 * `parent_tool_use_id`. The `result` message gives the run's own cost, tokens by model, turns and
 * durations, which are reported as Claude Code computed them.
 */
export function digestExecutionFile(text: string, fallbackSessionId: string): ExecutionResult {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    const error = findJsonSyntaxError(text)
    return error
      ? { ok: false, reason: `invalid JSON: ${error.message}`, offset: error.offset }
      : { ok: false, reason: 'invalid JSON' }
  }
  const isMessage = (item: unknown): boolean => {
    const fields = record(item)
    return MESSAGE_TYPES.has(fields?.type as string) && typeof fields?.session_id === 'string'
  }
  if (!Array.isArray(data) || !data.some(isMessage))
    return {
      ok: false,
      shape: true,
      reason:
        'not a claude-code-action execution file: expected a JSON array of Agent SDK messages (with "type" and "session_id")',
    }
  const builder = new TranscriptDigestBuilder({
    fallbackSessionId,
    agentIdFromName: null,
    agentMeta: null,
  })
  let run: ExecutionRun | null = null
  let cwd: string | undefined
  let version: string | undefined
  data.forEach((item, index) => {
    const message = record(item)
    if (message === null) return builder.line(factsOfValue(item), false, index + 1)
    const facts = factsOfValue(message)
    facts.sessionId ??= textOf(message.session_id)
    facts.isSidechain = typeof message.parent_tool_use_id === 'string'
    if (message.type === 'system' && message.subtype === 'init') {
      cwd ??= textOf(message.cwd)
      version ??= textOf(message.claude_code_version)
      facts.cwd = cwd
      facts.version = version
    }
    if (message.type === 'result') run = runOf(message)
    builder.line(facts, true, index + 1)
  })
  const built = builder.build()
  if (!built.ok) return built
  const digest = built.digest
  return {
    ok: true,
    digest: {
      ...digest,
      format: 'execution-file',
      problems: digest.problems.map((problem) => problem.replace(/^line /, 'message ')),
      transcript: { ...digest.transcript!, run },
    },
  }
}

/** What the `result` message says about the run. */
function runOf(result: Record<string, unknown>): ExecutionRun {
  const subtype = textOf(result.subtype) ?? null
  const models = record(result.modelUsage)
  return {
    costUsd: finite(result.total_cost_usd),
    models: Object.entries(models ?? {}).map(([model, value]) => {
      const usage = record(value) ?? {}
      return {
        model,
        tokens: {
          input: count(usage.inputTokens),
          output: count(usage.outputTokens),
          cacheWrite5m: count(usage.cacheCreationInputTokens),
          cacheWrite1h: 0,
          cacheRead: count(usage.cacheReadInputTokens),
          webSearches: count(usage.webSearchRequests),
        },
        costUsd: finite(usage.costUSD),
      }
    }),
    numTurns: finite(result.num_turns),
    durationMs: finite(result.duration_ms),
    durationApiMs: finite(result.duration_api_ms),
    isError: result.is_error === true || (subtype !== null && subtype !== 'success'),
    subtype,
  }
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** A cost, duration or count as reported: a finite number of zero or more, or null (a negative one is no fact). */
function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null
}
