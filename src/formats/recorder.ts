import { z } from 'zod'
import type { SessionDigest } from '../model.js'
import { DigestBuilder, describeKind, factsOf, jsonKind, type LogHeader } from './digest-builder.js'

export { factsOf }
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

/**
 * Reads a session-recorder log (`session_YYYY-MM-DD.json`) into a digest with `JSON.parse`.
 *
 * A file whose top level is not a session log is unreadable; inside a readable file the rules of
 * `DigestBuilder` apply to each interaction.
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
  const top = checkTopLevel(data)
  if (!top.ok) return top
  const builder = new DigestBuilder()
  for (const item of top.interactions) builder.add(factsOf(item))
  return { ok: true, digest: builder.build(top.header) }
}

/**
 * Checks the top level of a parsed log (or of a skeleton with the same fields and kinds): its
 * header and interactions, or why it is not a session-recorder log.
 */
export function checkTopLevel(
  data: unknown,
):
  | { readonly ok: true; readonly header: LogHeader; readonly interactions: readonly unknown[] }
  | { readonly ok: false; readonly reason: string } {
  const parsed = RecorderLog.safeParse(data)
  if (!parsed.success)
    return {
      ok: false,
      reason: `not a session-recorder log: ${describeShapeError(parsed.error, data)}`,
    }
  const log = parsed.data
  return {
    ok: true,
    header: {
      sessionId: log.session_id,
      startTimestamp: log.start_timestamp,
      endTimestamp: log.end_timestamp ?? null,
      projectPath: log.project_path ?? null,
    },
    interactions: log.interactions,
  }
}

/** One line naming what is wrong with the top level, e.g. `"interactions" is missing`. */
function describeShapeError(error: z.ZodError, data: unknown): string {
  if (jsonKind(data) !== 'object')
    return `the top level is ${describeKind(jsonKind(data))}, not an object`
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const field = issue.path.join('.')
      const value = (data as Record<string, unknown>)[String(issue.path[0])]
      if (value === undefined) return `"${field}" is missing`
      return `"${field}" is ${describeKind(jsonKind(value))}, expected ${expectedOf(issue)}`
    })
    .join('; ')
}

function expectedOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const expected = String(issue.expected)
    return expected === 'array' || expected === 'object' ? `an ${expected}` : `a ${expected}`
  }
  return issue.message
}
