import { z } from 'zod'
import { compileUserPattern } from './redact.js'

/** Every input name, written once. */
export const Input = {
  path: 'path',
  ifNoFilesFound: 'if-no-files-found',
  jobSummary: 'job-summary',
  failOnParseError: 'fail-on-parse-error',
  followSymbolicLinks: 'follow-symbolic-links',
  reportFile: 'report-file',
  title: 'title',
  redactPatterns: 'redact-patterns',
} as const

export type InputName = (typeof Input)[keyof typeof Input]

/** The action's inputs, parsed and checked once at start-up. */
export interface Inputs {
  /** Glob patterns, one per line, relative to the workspace; `!` excludes. */
  readonly patterns: readonly string[]
  /** What to do when no file matches. */
  readonly ifNoFilesFound: 'warn' | 'error' | 'ignore'
  /** Write the report to the step summary. */
  readonly jobSummary: boolean
  /** Fail the step, after reporting, when a file is unreadable or invalid. */
  readonly failOnParseError: boolean
  /** Follow symbolic links while globbing (links that leave the workspace are still refused). */
  readonly followSymbolicLinks: boolean
  /** Where to write the JSON report, relative to the workspace; empty for none. */
  readonly reportFile: string
  /** Heading of the report. */
  readonly title: string
  /** The user's own secret patterns (RE2 syntax), redacted besides the built-in ones. */
  readonly redactPatterns: readonly string[]
}

export const DEFAULTS: Readonly<Record<InputName, string>> = {
  path: '.claude/session_logs/session_*.json',
  'if-no-files-found': 'warn',
  'job-summary': 'true',
  'fail-on-parse-error': 'false',
  'follow-symbolic-links': 'false',
  'report-file': '',
  title: 'Claude Code sessions',
  'redact-patterns': '',
}

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

/** A YAML 1.2 core boolean, as `core.getBooleanInput` accepts. */
const boolean = z
  .string()
  .refine((value) => [...TRUE, ...FALSE].includes(value), {
    message: 'expected true or false',
  })
  .transform((value) => TRUE.includes(value))

/** The lines of a multi-line input, trimmed, without blank ones. */
function nonEmptyLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

const InputsSchema = z.object({
  [Input.path]: z
    .string()
    .transform((value) => nonEmptyLines(value).filter((line) => !line.startsWith('#')))
    .refine((patterns) => patterns.some((pattern) => !pattern.startsWith('!')), {
      message: 'expected at least one glob pattern that is not an exclusion',
    }),
  [Input.ifNoFilesFound]: z.enum(['warn', 'error', 'ignore'], {
    message: 'expected one of warn, error, ignore',
  }),
  [Input.jobSummary]: boolean,
  [Input.failOnParseError]: boolean,
  [Input.followSymbolicLinks]: boolean,
  [Input.reportFile]: z.string(),
  [Input.title]: z
    .string()
    .min(1, { message: 'expected a non-empty heading' })
    .max(200, { message: 'expected at most 200 characters' }),
  [Input.redactPatterns]: z
    .string()
    .transform(nonEmptyLines)
    .superRefine((patterns, context) => {
      patterns.forEach((pattern, index) => {
        try {
          compileUserPattern(pattern)
        } catch (error) {
          context.addIssue({
            code: 'custom',
            message: `pattern ${index + 1} ${(error as Error).message}`,
          })
        }
      })
    }),
})

/** Reads raw input values by name: `core.getInput` on a runner, a plain object in tests. */
export type InputSource = (name: InputName) => string

/**
 * Parses and checks every input once. Throws an Error naming each bad input, the value given and
 * what is accepted, so the step fails with a message the user can act on.
 */
export function parseInputs(read: InputSource): Inputs {
  const raw = Object.fromEntries(
    Object.values(Input).map((name) => {
      const value = read(name).trim()
      return [name, value === '' ? DEFAULTS[name] : value]
    }),
  ) as Record<InputName, string>
  const parsed = InputsSchema.safeParse(raw)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]) as InputName
      return `input '${name}' is ${JSON.stringify(raw[name])}: ${issue.message}`
    })
    throw new Error(`Invalid ${problems.length === 1 ? 'input' : 'inputs'}: ${problems.join('; ')}`)
  }
  const values = parsed.data
  return {
    patterns: values[Input.path],
    ifNoFilesFound: values[Input.ifNoFilesFound],
    jobSummary: values[Input.jobSummary],
    failOnParseError: values[Input.failOnParseError],
    followSymbolicLinks: values[Input.followSymbolicLinks],
    reportFile: values[Input.reportFile],
    title: values[Input.title],
    redactPatterns: values[Input.redactPatterns],
  }
}
