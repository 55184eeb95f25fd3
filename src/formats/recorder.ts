import { z } from 'zod'
import {
  emptyKindCounts,
  KNOWN_KINDS,
  type AssistantSummary,
  type InteractionKind,
  type SessionDigest,
} from '../model.js'
import { findJsonSyntaxError } from './json-syntax.js'

/** The outcome of reading one log's text: a digest, or why there is none. */
export type DigestResult =
  | { readonly ok: true; readonly digest: SessionDigest }
  | { readonly ok: false; readonly reason: string; readonly offset?: number }

/** The top level of a session-recorder log; interactions are checked one by one, leniently. */
const RecorderLog = z.object({
  session_id: z.string(),
  start_timestamp: z.string().nullable(),
  end_timestamp: z.string().nullable().optional(),
  project_path: z.string().nullable().optional(),
  interactions: z.array(z.unknown()),
})

/** Placeholder for a tool call whose tool name is missing or not a string. */
export const UNKNOWN_TOOL = '(unknown tool)'

const DAY_MS = 86_400_000
const KNOWN = new Set<string>(KNOWN_KINDS)
/** ISO 8601 date-time with a zone, as the plugin writes (seconds required, fraction optional). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/

/** Parses a strict ISO 8601 instant to epoch milliseconds, or NaN. */
export function parseInstant(value: unknown): number {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return Number.NaN
  return Date.parse(value)
}

/**
 * Reads a session-recorder log (`session_YYYY-MM-DD.json`) into a digest.
 *
 * A file whose top level is not a session log is unreadable; inside a readable file every
 * interaction is counted (unknown or malformed ones as `other`) and each defect becomes a problem.
 */
export function digestRecorderLog(text: string): DigestResult {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    const error = findJsonSyntaxError(text)
    return error
      ? { ok: false, reason: `invalid JSON: ${error.message}`, offset: error.offset }
      : { ok: false, reason: 'invalid JSON' }
  }
  const parsed = RecorderLog.safeParse(data)
  if (!parsed.success)
    return {
      ok: false,
      reason: `not a session-recorder log: ${describeShapeError(parsed.error, data)}`,
    }
  return { ok: true, digest: digestLog(parsed.data) }
}

function digestLog(log: z.infer<typeof RecorderLog>): SessionDigest {
  const kinds = emptyKindCounts()
  const tools = new Map<string, number>()
  const summaries: AssistantSummary[] = []
  const days = new Map<number, number>()
  const problems = new Problems()
  let first = Number.POSITIVE_INFINITY
  let last = Number.NEGATIVE_INFINITY
  const see = (ms: number): void => {
    if (ms < first) first = ms
    if (ms > last) last = ms
  }

  const start = parseInstant(log.start_timestamp)
  const end = parseInstant(log.end_timestamp)
  if (log.start_timestamp !== null && Number.isNaN(start))
    problems.add('start_timestamp is not an ISO 8601 date-time')
  if (log.end_timestamp != null && Number.isNaN(end))
    problems.add('end_timestamp is not an ISO 8601 date-time')
  const endsBeforeStart = !Number.isNaN(start) && !Number.isNaN(end) && end < start
  if (endsBeforeStart) problems.add('end_timestamp is before start_timestamp; duration not shown')
  if (!Number.isNaN(start)) see(start)
  if (!Number.isNaN(end) && !endsBeforeStart) see(end)

  log.interactions.forEach((item, index) => {
    const kind = kindOf(item)
    kinds[kind]++
    if (!isRecord(item)) {
      problems.add(
        `interactions[${index}] is ${describeValue(item)}, not an object; counted as other`,
      )
      return
    }
    if (typeof item.type !== 'string')
      problems.add(`interactions[${index}] has no string "type"; counted as other`)
    const at = parseInstant(item.timestamp)
    if (Number.isNaN(at)) {
      problems.add(`interactions[${index}] has no valid ISO 8601 "timestamp"`)
    } else {
      see(at)
      const day = Math.floor(at / DAY_MS)
      days.set(day, (days.get(day) ?? 0) + 1)
    }
    const content = item.content
    if (kind === 'tool_call') {
      const tool =
        isRecord(content) && typeof content.tool === 'string' && content.tool !== ''
          ? content.tool
          : null
      if (tool === null)
        problems.add(`interactions[${index}] is a tool_call without a string content.tool`)
      const name = tool ?? UNKNOWN_TOOL
      tools.set(name, (tools.get(name) ?? 0) + 1)
    } else if (kind === 'assistant_summary') {
      const text = isRecord(content) ? content.summary : content
      if (typeof text === 'string') {
        summaries.push({ timestamp: Number.isNaN(at) ? null : new Date(at).toISOString(), text })
      } else {
        problems.add(
          `interactions[${index}] is an assistant_summary without a string content.summary`,
        )
      }
    }
  })

  const iso = (ms: number): string | null =>
    Number.isFinite(ms) ? new Date(ms).toISOString() : null
  return {
    sessionId: log.session_id,
    start: iso(start),
    end: endsBeforeStart ? null : iso(end),
    projectPath: log.project_path ?? null,
    kinds,
    tools,
    summaries,
    interactionsByDay: new Map(
      [...days]
        .sort((a, b) => a[0] - b[0])
        .map(([day, count]) => [iso(day * DAY_MS)!.slice(0, 10), count]),
    ),
    firstActivity: iso(first),
    lastActivity: iso(last),
    problems: problems.list(),
  }
}

/** Collects problems, keeping the first few of each kind and counting the rest. */
class Problems {
  static readonly PER_KIND = 3
  private readonly byKind = new Map<string, { shown: string[]; more: number }>()

  add(message: string): void {
    const key = message.replace(/\[\d+\]/, '[]')
    const entry = this.byKind.get(key) ?? { shown: [], more: 0 }
    if (entry.shown.length < Problems.PER_KIND) entry.shown.push(message)
    else entry.more++
    this.byKind.set(key, entry)
  }

  list(): string[] {
    return [...this.byKind.values()].flatMap(({ shown, more }) =>
      more > 0 ? [...shown, `… and ${more} more like the one above`] : shown,
    )
  }
}

function kindOf(item: unknown): InteractionKind {
  if (!isRecord(item) || typeof item.type !== 'string' || !KNOWN.has(item.type)) return 'other'
  return item.type as InteractionKind
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return `a ${typeof value}`
}

/** One line naming what is wrong with the top level, e.g. `"interactions" is missing`. */
function describeShapeError(error: z.ZodError, data: unknown): string {
  if (!isRecord(data)) return `the top level is ${describeValue(data)}, not an object`
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const field = issue.path.join('.')
      const value = (data as Record<string, unknown>)[String(issue.path[0])]
      if (value === undefined) return `"${field}" is missing`
      return `"${field}" is ${describeValue(value)}, expected ${expectedOf(issue)}`
    })
    .join('; ')
}

function expectedOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const expected = String(issue.expected)
    return expected === 'array' ? 'an array' : expected === 'object' ? 'an object' : `a ${expected}`
  }
  return issue.message
}
