import * as core from '@actions/core'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULTS, Input, parseInputs, type InputName } from '../src/inputs.js'

/** Reads inputs from a plain object; absent ones are empty, as `core.getInput` gives them. */
function parse(values: Partial<Record<InputName, string>> = {}) {
  return parseInputs((name) => values[name] ?? '')
}

/** The message of the error that parsing throws. */
function errorOf(values: Partial<Record<InputName, string>>): string {
  try {
    parse(values)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected the inputs to be refused')
}

describe('parseInputs', () => {
  it('uses the defaults for inputs left empty', () => {
    expect(parse()).toEqual({
      patterns: ['.claude/session_logs/session_*.json', '.claude/projects/**/*.jsonl'],
      ifNoFilesFound: 'warn',
      jobSummary: true,
      failOnParseError: false,
      followSymbolicLinks: false,
      reportFile: '',
      title: 'Claude Code sessions',
      comment: {
        enabled: false,
        token: '',
        tag: 'default',
        mode: 'update',
        scope: 'changed',
        prNumber: null,
        layout: 'compact',
      },
      redactPatterns: [],
      format: 'auto',
      executionFile: '',
      pricingFile: '',
      costWarningUsd: null,
      failOnCostWarning: false,
      metrics: { file: '', pushgatewayUrl: null, job: '' },
      webhook: { url: null, format: 'json', failOnError: false },
      interactionsFile: '',
      sqliteFile: '',
      database: { postgresUrl: null, failOnError: false },
    })
  })

  it('takes a PostgreSQL URL as given, and refuses another scheme without showing it', () => {
    const url = 'postgresql://ci:s3cret@db.internal:5432/history?sslmode=verify-full'
    expect(parse({ 'postgres-url': url, 'fail-on-database-error': 'true' }).database).toEqual({
      postgresUrl: url,
      failOnError: true,
    })
    expect(errorOf({ 'postgres-url': 'mysql://ci:s3cret@db/history' })).toBe(
      "Invalid input: input 'postgres-url' is (a secret, not shown): expected a postgres:// or postgresql:// URL",
    )
  })

  it('takes a comment layout, a cost threshold in dollars, and failing on it', () => {
    expect(parse({ 'comment-layout': 'full' }).comment.layout).toBe('full')
    expect(parse({ 'cost-warning-usd': '7.50', 'fail-on-cost-warning': 'true' })).toMatchObject({
      costWarningUsd: 7.5,
      failOnCostWarning: true,
    })
    expect(parse({ 'cost-warning-usd': '0' }).costWarningUsd).toBe(0)
  })

  it('refuses a layout, a threshold or a failing without threshold it cannot use', () => {
    expect(errorOf({ 'comment-layout': 'short' })).toBe(
      `Invalid input: input 'comment-layout' is "short": expected one of compact, full`,
    )
    for (const amount of ['$25', '-1', '1e3', 'ten', '1,000'])
      expect(errorOf({ 'cost-warning-usd': amount })).toContain(
        `input 'cost-warning-usd' is ${JSON.stringify(amount)}: expected an amount in US dollars`,
      )
    expect(errorOf({ 'fail-on-cost-warning': 'true' })).toBe(
      "Invalid input: input 'fail-on-cost-warning' is true but 'cost-warning-usd' is empty: set the cost above which the step fails.",
    )
  })

  it('reads the format to choose and the execution file', () => {
    expect(
      parse({ format: 'claude-code', 'execution-file': '/runner/_temp/x/out.json' }),
    ).toMatchObject({ format: 'claude-code', executionFile: '/runner/_temp/x/out.json' })
  })

  it('has a default for every input, and each name once', () => {
    expect(Object.keys(DEFAULTS).sort()).toEqual(Object.values(Input).sort())
    expect(new Set(Object.values(Input)).size).toBe(Object.values(Input).length)
  })

  it('treats a value of only spaces as empty', () => {
    expect(parse({ title: '   ', 'if-no-files-found': ' \n' })).toMatchObject({
      title: 'Claude Code sessions',
      ifNoFilesFound: 'warn',
    })
  })

  it('reads one pattern a line, skipping blank lines and comments, keeping exclusions', () => {
    const path = [
      '  .claude/session_logs/session_*.json  ',
      '',
      '# archived sessions',
      'archive/**/session_*.json\r',
      '!archive/old/**',
    ].join('\n')
    expect(parse({ path }).patterns).toEqual([
      '.claude/session_logs/session_*.json',
      'archive/**/session_*.json',
      '!archive/old/**',
    ])
  })

  it('takes each value of if-no-files-found', () => {
    for (const value of ['warn', 'error', 'ignore'] as const)
      expect(parse({ 'if-no-files-found': value }).ifNoFilesFound).toBe(value)
  })

  it('keeps the report file and the title as given', () => {
    expect(
      parse({ 'report-file': 'out/sessions.json', title: 'Agent work this week' }),
    ).toMatchObject({
      reportFile: 'out/sessions.json',
      title: 'Agent work this week',
    })
  })

  it.each([
    [
      { 'if-no-files-found': 'fail' },
      `input 'if-no-files-found' is "fail": expected one of warn, error, ignore`,
    ],
    [
      { 'if-no-files-found': 'Warn' },
      `input 'if-no-files-found' is "Warn": expected one of warn, error, ignore`,
    ],
    [{ 'job-summary': 'yes' }, `input 'job-summary' is "yes": expected true or false`],
    [{ 'fail-on-parse-error': '1' }, `input 'fail-on-parse-error' is "1": expected true or false`],
    [
      { 'follow-symbolic-links': 'on' },
      `input 'follow-symbolic-links' is "on": expected true or false`,
    ],
    [
      { path: '!**/*.json' },
      `input 'path' is "!**/*.json": expected at least one glob pattern that is not an exclusion`,
    ],
    [
      { path: '# only a comment' },
      `input 'path' is "# only a comment": expected at least one glob pattern that is not an exclusion`,
    ],
    [
      { format: 'jsonl' },
      `input 'format' is "jsonl": expected one of auto, session-recorder, claude-code`,
    ],
    [
      { title: 'x'.repeat(201) },
      `input 'title' is "${'x'.repeat(201)}": expected at most 200 characters`,
    ],
  ] as [Partial<Record<InputName, string>>, string][])(
    'refuses %j, naming the input, the value and what is accepted',
    (values, message) => {
      expect(errorOf(values)).toBe(`Invalid input: ${message}`)
    },
  )

  it('names every bad input at once', () => {
    expect(errorOf({ 'job-summary': 'maybe', 'if-no-files-found': 'loud' })).toBe(
      `Invalid inputs: input 'if-no-files-found' is "loud": expected one of warn, error, ignore; ` +
        `input 'job-summary' is "maybe": expected true or false`,
    )
  })

  it('quotes a value with quotes or line breaks so that the message stays on one line', () => {
    const message = errorOf({ 'job-summary': 'true\nfalse "x"' })
    expect(message).toBe(
      `Invalid input: input 'job-summary' is "true\\nfalse \\"x\\"": expected true or false`,
    )
    expect(message).not.toContain('\n')
  })
})

describe('boolean inputs', () => {
  const booleans = [Input.jobSummary, Input.failOnParseError, Input.followSymbolicLinks] as const
  const candidates = [
    'true',
    'True',
    'TRUE',
    'false',
    'False',
    'FALSE',
    ' true ',
    'tRUE',
    'yes',
    'no',
    'on',
    'off',
    '1',
    '0',
    't',
    'y',
    '"true"',
  ]

  afterEach(() => {
    for (const name of booleans) delete process.env[`INPUT_${name.toUpperCase()}`]
  })

  /** What `core.getBooleanInput` makes of a value: true, false, or 'refused'. */
  function coreReading(name: InputName, value: string): boolean | 'refused' {
    process.env[`INPUT_${name.toUpperCase()}`] = value
    try {
      return core.getBooleanInput(name)
    } catch {
      return 'refused'
    }
  }

  it.each(booleans)('%s accepts exactly what core.getBooleanInput accepts', (name) => {
    const key = (
      {
        [Input.jobSummary]: 'jobSummary',
        [Input.failOnParseError]: 'failOnParseError',
        [Input.followSymbolicLinks]: 'followSymbolicLinks',
      } as const
    )[name]
    for (const value of candidates) {
      let ours: boolean | 'refused'
      try {
        ours = parse({ [name]: value })[key]
      } catch {
        ours = 'refused'
      }
      expect({ value, reading: ours }).toEqual({ value, reading: coreReading(name, value) })
    }
  })
})
