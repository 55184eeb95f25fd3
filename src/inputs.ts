import { z } from 'zod'
import { FORMAT_CHOICES, type FormatChoice } from './formats/detect.js'
import { quoted } from './log-text.js'
import { workspacePathProblem } from './publish/files.js'
import { WEBHOOK_FORMATS, type WebhookFormat } from './publish/webhooks.js'

/** Every input name, written once. */
export const Input = {
  path: 'path',
  ifNoFilesFound: 'if-no-files-found',
  jobSummary: 'job-summary',
  failOnParseError: 'fail-on-parse-error',
  followSymbolicLinks: 'follow-symbolic-links',
  reportFile: 'report-file',
  title: 'title',
  commentOnPr: 'comment-on-pr',
  githubToken: 'github-token',
  commentTag: 'comment-tag',
  commentMode: 'comment-mode',
  commentScope: 'comment-scope',
  prNumber: 'pr-number',
  redactPatterns: 'redact-patterns',
  format: 'format',
  executionFile: 'execution-file',
  pricingFile: 'pricing-file',
  commentLayout: 'comment-layout',
  costWarningUsd: 'cost-warning-usd',
  failOnCostWarning: 'fail-on-cost-warning',
  metricsFile: 'metrics-file',
  pushgatewayUrl: 'pushgateway-url',
  pushgatewayJob: 'pushgateway-job',
  webhookUrl: 'webhook-url',
  webhookFormat: 'webhook-format',
  failOnWebhookError: 'fail-on-webhook-error',
  interactionsFile: 'interactions-file',
  sqliteFile: 'sqlite-file',
  postgresUrl: 'postgres-url',
  failOnDatabaseError: 'fail-on-database-error',
} as const

export type InputName = (typeof Input)[keyof typeof Input]

/** Inputs whose values are secrets: masked in the log at start-up, and never shown in a message. */
export const SECRET_INPUTS: readonly InputName[] = [
  Input.githubToken,
  Input.pushgatewayUrl,
  Input.webhookUrl,
  Input.postgresUrl,
]

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
  /** Where to write the JSON report, relative to the workspace and inside it; empty for none. */
  readonly reportFile: string
  /** Heading of the report. */
  readonly title: string
  /** The user's own secret patterns (RE2 syntax), redacted besides the built-in ones. */
  readonly redactPatterns: readonly string[]
  /** How each file's format is chosen: from its content (`auto`), or one format for every file. */
  readonly format: FormatChoice
  /**
   * A claude-code-action execution file, as given (absolute, or relative to the workspace); empty
   * for none. The one file that may lie outside the workspace, under `RUNNER_TEMP`.
   */
  readonly executionFile: string
  /** A JSON price table relative to the workspace (docs/pricing-file.md); empty for the built-in one. */
  readonly pricingFile: string
  /** A cost in US dollars above which the summary and the comment say so; null for none. */
  readonly costWarningUsd: number | null
  /** Fail the step, after reporting, when the cost is above `costWarningUsd`. */
  readonly failOnCostWarning: boolean
  /** The sticky pull-request comment. */
  readonly comment: CommentInputs
  /** Prometheus: the metrics file and the Pushgateway. */
  readonly metrics: MetricsInputs
  /** The webhook. */
  readonly webhook: WebhookInputs
  /** Where to write every interaction as NDJSON, relative to the workspace; empty for none. */
  readonly interactionsFile: string
  /** A SQLite database to create or update, relative to the workspace; empty for none. */
  readonly sqliteFile: string
  /** The databases the sessions are written to. */
  readonly database: DatabaseInputs
}

/** Where the sessions are kept as history (docs/postgres.md). */
export interface DatabaseInputs {
  /** A PostgreSQL connection URL (a secret); null for none. */
  readonly postgresUrl: string | null
  /** Fail the step, after everything else, when a database could not be written. */
  readonly failOnError: boolean
}

/** Where the sessions reported are posted. */
export interface WebhookInputs {
  /** The endpoint (a secret); null for none. */
  readonly url: URL | null
  /** `json` (one `session_complete` payload per session), `slack` or `discord` (one message). */
  readonly format: WebhookFormat
  /** Fail the step, after everything else, when the webhook could not be delivered. */
  readonly failOnError: boolean
}

/** Where the report goes as Prometheus metrics. */
export interface MetricsInputs {
  /** A file for node_exporter's textfile collector, relative to the workspace; empty for none. */
  readonly file: string
  /** Base URL of a Pushgateway (a secret); null for none. */
  readonly pushgatewayUrl: URL | null
  /** Job name to push under; empty for the default (the repository). */
  readonly job: string
}

/** How the report is kept as one comment on a pull request. */
export interface CommentInputs {
  /** Keep a comment on the pull request up to date. */
  readonly enabled: boolean
  /** Token for the GitHub API. */
  readonly token: string
  /** Key of the hidden marker that finds the comment again; several reports can share a PR. */
  readonly tag: string
  /** `update` edits in place, `recreate` posts anew and deletes the old, `new` always posts. */
  readonly mode: 'update' | 'recreate' | 'new'
  /** `changed`: detail only the logs the PR adds or changes; `all`: every log. */
  readonly scope: 'changed' | 'all'
  /** The PR to comment on when the event carries none; null when not given. */
  readonly prNumber: number | null
  /** `compact`: a headline and one small table; `full`: the whole report, as the step summary. */
  readonly layout: 'compact' | 'full'
}

export const DEFAULTS: Readonly<Record<InputName, string>> = {
  path: '.claude/session_logs/session_*.json\n.claude/projects/**/*.jsonl',
  'if-no-files-found': 'warn',
  'job-summary': 'true',
  'fail-on-parse-error': 'false',
  'follow-symbolic-links': 'false',
  'report-file': '',
  title: 'Claude Code sessions',
  'comment-on-pr': 'false',
  'github-token': '',
  'comment-tag': 'default',
  'comment-mode': 'update',
  'comment-scope': 'changed',
  'pr-number': '',
  'redact-patterns': '',
  format: 'auto',
  'execution-file': '',
  'pricing-file': '',
  'comment-layout': 'compact',
  'cost-warning-usd': '',
  'fail-on-cost-warning': 'false',
  'metrics-file': '',
  'pushgateway-url': '',
  'pushgateway-job': '',
  'webhook-url': '',
  'webhook-format': 'json',
  'fail-on-webhook-error': 'false',
  'interactions-file': '',
  'sqlite-file': '',
  'postgres-url': '',
  'fail-on-database-error': 'false',
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

/**
 * The path of a file the action writes, or empty for none: refused at start-up unless it names a
 * file inside the workspace. Every input that names a file to write is of this kind.
 */
const fileToWrite = z.string().superRefine((value, context) => {
  const problem = value === '' ? null : workspacePathProblem(value)
  if (problem !== null) context.addIssue({ code: 'custom', message: problem })
})

/** The URL of a service to send to, or empty for none. */
const httpUrl = z.string().transform((value, context) => {
  if (value === '') return null
  const url = URL.canParse(value) ? new URL(value) : null
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    context.addIssue({ code: 'custom', message: 'expected an http or https URL' })
    return z.NEVER
  }
  return url
})

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
  [Input.reportFile]: fileToWrite,
  [Input.title]: z
    .string()
    .min(1, { message: 'expected a non-empty heading' })
    .max(200, { message: 'expected at most 200 characters' }),
  [Input.commentOnPr]: boolean,
  [Input.githubToken]: z.string(),
  // The tag goes inside an HTML comment: nothing that could end it or need escaping.
  [Input.commentTag]: z.string().regex(/^[A-Za-z0-9._:/-]{1,100}$/, {
    message: "expected 1 to 100 letters, digits, '.', '_', ':', '/' or '-'",
  }),
  [Input.commentMode]: z.enum(['update', 'recreate', 'new'], {
    message: 'expected one of update, recreate, new',
  }),
  [Input.commentScope]: z.enum(['changed', 'all'], { message: 'expected one of changed, all' }),
  [Input.prNumber]: z
    .string()
    .regex(/^(|[1-9][0-9]{0,9})$/, { message: 'expected a pull request number, or nothing' })
    .transform((value) => (value === '' ? null : Number(value))),
  // Compiled (and so checked) by user-patterns.ts, loaded only when there are patterns.
  [Input.redactPatterns]: z.string().transform(nonEmptyLines),
  [Input.format]: z.enum(FORMAT_CHOICES, {
    message: `expected one of ${FORMAT_CHOICES.join(', ')}`,
  }),
  [Input.executionFile]: z.string(),
  // Read and checked by pricing-file.ts, once the workspace is known.
  [Input.pricingFile]: z.string(),
  [Input.commentLayout]: z.enum(['compact', 'full'], { message: 'expected one of compact, full' }),
  [Input.costWarningUsd]: z
    .string()
    .regex(/^(|\d{1,9}(\.\d+)?)$/, {
      message: 'expected an amount in US dollars, such as 25 or 7.50, or nothing',
    })
    .transform((value) => (value === '' ? null : Number(value))),
  [Input.failOnCostWarning]: boolean,
  [Input.metricsFile]: fileToWrite,
  [Input.pushgatewayUrl]: httpUrl,
  [Input.pushgatewayJob]: z.string().max(200, { message: 'expected at most 200 characters' }),
  [Input.webhookUrl]: httpUrl,
  [Input.webhookFormat]: z.enum(WEBHOOK_FORMATS, {
    message: `expected one of ${WEBHOOK_FORMATS.join(', ')}`,
  }),
  [Input.failOnWebhookError]: boolean,
  [Input.interactionsFile]: fileToWrite,
  [Input.sqliteFile]: fileToWrite,
  // Read whole by the PostgreSQL client when the sessions are written; a URL it cannot read then
  // is a warning like an unreachable server.
  [Input.postgresUrl]: z
    .string()
    .refine((value) => value === '' || /^postgres(ql)?:\/\//.test(value), {
      message: 'expected a postgres:// or postgresql:// URL',
    })
    .transform((value) => (value === '' ? null : value)),
  [Input.failOnDatabaseError]: boolean,
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
      const shown = SECRET_INPUTS.includes(name) ? '(a secret, not shown)' : quoted(raw[name])
      return `input '${name}' is ${shown}: ${issue.message}`
    })
    throw new Error(`Invalid ${problems.length === 1 ? 'input' : 'inputs'}: ${problems.join('; ')}`)
  }
  const values = parsed.data
  if (values[Input.failOnCostWarning] && values[Input.costWarningUsd] === null)
    throw new Error(
      `Invalid input: input '${Input.failOnCostWarning}' is true but '${Input.costWarningUsd}' is empty: ` +
        'set the cost above which the step fails.',
    )
  return {
    patterns: values[Input.path],
    ifNoFilesFound: values[Input.ifNoFilesFound],
    jobSummary: values[Input.jobSummary],
    failOnParseError: values[Input.failOnParseError],
    followSymbolicLinks: values[Input.followSymbolicLinks],
    reportFile: values[Input.reportFile],
    title: values[Input.title],
    comment: {
      enabled: values[Input.commentOnPr],
      token: values[Input.githubToken],
      tag: values[Input.commentTag],
      mode: values[Input.commentMode],
      scope: values[Input.commentScope],
      prNumber: values[Input.prNumber],
      layout: values[Input.commentLayout],
    },
    redactPatterns: values[Input.redactPatterns],
    format: values[Input.format],
    executionFile: values[Input.executionFile],
    pricingFile: values[Input.pricingFile],
    costWarningUsd: values[Input.costWarningUsd],
    failOnCostWarning: values[Input.failOnCostWarning],
    metrics: {
      file: values[Input.metricsFile],
      pushgatewayUrl: values[Input.pushgatewayUrl],
      job: values[Input.pushgatewayJob],
    },
    webhook: {
      url: values[Input.webhookUrl],
      format: values[Input.webhookFormat],
      failOnError: values[Input.failOnWebhookError],
    },
    interactionsFile: values[Input.interactionsFile],
    sqliteFile: values[Input.sqliteFile],
    database: {
      postgresUrl: values[Input.postgresUrl],
      failOnError: values[Input.failOnDatabaseError],
    },
  }
}
