/**
 * Secrets in logs are redacted before anything is published; ordinary text is kept. The fake
 * credentials are assembled at run time so that no credential-shaped string sits in the sources.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { analyse } from '../src/analyse.ts'
import { parseInputs, type InputName } from '../src/inputs.ts'
import type { FileOutcome } from '../src/model.ts'
import { digestRecorderLog } from '../src/formats/recorder.ts'
import { createRedactor, REDACTED, redactOutcomes } from '../src/redact.ts'
import { compileRedactPatterns, compileUserPattern } from '../src/user-patterns.ts'
import { runAction } from '../scripts/run-action.ts'
import { json, logPath, sessionLog, summary, toolCall, workspaceWith } from './log-factory.ts'

const R = REDACTED
const repeat = (unit: string, length: number) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length)
const fake = {
  ghp: `ghp_${repeat('a1B2c3', 36)}`,
  gho: `gho_${repeat('Z9y8', 36)}`,
  ghs: `ghs_${repeat('k7L6', 36)}`,
  pat: `github_pat_${repeat('11AB_cd', 82)}`,
  aws: `AKIA${repeat('Q7ZX', 16)}`,
  anthropic: `sk-ant-api03-${repeat('Ab9_-x', 90)}`,
  openai: `sk-proj-${repeat('Xy7Zw', 48)}`,
  slack: `xoxb-${repeat('1234567890-', 40)}`,
  jwt: `eyJ${repeat('hbGciOiJI', 20)}.eyJ${repeat('zdWIiOiIx', 30)}.${repeat('SflKxwRJ', 43)}`,
  bearer: repeat('d2VsbC1rbm93bi10b2tlbg', 40),
  basic: 'dXNlcjpodW50ZXIy',
  gitlab: `glpat-${repeat('xY9_zW-', 20)}`,
  google: `AIza${repeat('Sy9_-Bq', 35)}`,
  stripe: `sk_live_${repeat('51Hq8Zk', 40)}`,
  stripeRestricted: `rk_live_${repeat('51Hq8Zk', 40)}`,
  npm: `npm_${repeat('aB3dE5', 36)}`,
  openaiLegacy: `sk-${repeat('T3BlbkFJ', 48)}`,
  slackUser: `xoxp-${repeat('9876543210-', 50)}`,
  huggingFace: `hf_${repeat('QwErTy', 34)}`,
  pgp: [
    `-----BEGIN PGP PRIVATE ${'KEY'} BLOCK-----`,
    '',
    repeat('lQOYBGXf0Z8BCAC', 64),
    `-----END PGP PRIVATE ${'KEY'} BLOCK-----`,
  ].join('\n'),
  pem: [
    `-----BEGIN RSA PRIVATE ${'KEY'}-----`,
    repeat('MIIEpAIBAAKCAQEA', 64),
    repeat('q83nV0+ux/vO', 64),
    `-----END RSA PRIVATE ${'KEY'}-----`,
  ].join('\n'),
}

/** The text with `char` inserted after every third character. */
function insert(value: string, char: string): string {
  return value.replace(/.{3}/g, `$&${char}`)
}

describe('built-in patterns', () => {
  const redact = createRedactor([])

  test.each([
    ['password=…', 'login with password=hunter2 failed', `login with password=${R} failed`],
    ['PASSWORD: …', 'PASSWORD: hunter2', `PASSWORD: ${R}`],
    ['secret = …', 'client_secret = s3cr3t-value next', `client_secret = ${R} next`],
    ['api_key:…', 'set api_key:abc123', `set api_key:${R}`],
    ['token=…', 'GITHUB_TOKEN=abc123 npm publish', `GITHUB_TOKEN=${R} npm publish`],
    [
      'JSON "password": "…"',
      '{"password": "hunter2", "user": "ann"}',
      `{"password": "${R}", "user": "ann"}`,
    ],
    [
      'aws_secret_access_key = …',
      'aws_secret_access_key = wJalrXUtnFEMI',
      `aws_secret_access_key = ${R}`,
    ],
    ['GitHub ghp_', `use ${fake.ghp} here`, `use ${R} here`],
    ['GitHub gho_', `use ${fake.gho} here`, `use ${R} here`],
    ['GitHub ghs_', `use ${fake.ghs} here`, `use ${R} here`],
    ['GitHub github_pat_', `use ${fake.pat} here`, `use ${R} here`],
    ['AWS access key id', `key ${fake.aws} here`, `key ${R} here`],
    ['Anthropic key', `ANTHROPIC=${fake.anthropic}`, `ANTHROPIC=${R}`],
    ['Anthropic key in prose', `the key ${fake.anthropic} works`, `the key ${R} works`],
    ['OpenAI key', `the key ${fake.openai} works`, `the key ${R} works`],
    ['Slack token', `slack ${fake.slack} ok`, `slack ${R} ok`],
    ['JWT', `cookie ${fake.jwt} set`, `cookie ${R} set`],
    ['Bearer header', `Authorization: Bearer ${fake.bearer}`, `Authorization: Bearer ${R}`],
    ['Basic header', `Authorization: Basic ${fake.basic}`, `Authorization: Basic ${R}`],
    ['PEM private key block', `key:\n${fake.pem}\nend`, `key:\n${R}\nend`],
    [
      'PEM private key cut off before its end',
      `${fake.pem.split('\n').slice(0, 2).join('\n')}... [truncated]`,
      R,
    ],
    [
      'URL with user:password',
      'git clone https://ann:hunter2@git.example.com/repo.git',
      `git clone https://${R}@git.example.com/repo.git`,
    ],
    [
      'database URL with user:password',
      'DATABASE_URL postgres://app:pa55word@db:5432/app',
      `DATABASE_URL postgres://${R}@db:5432/app`,
    ],
    [
      'URL whose password holds an @',
      'mongodb+srv://app:p@ss@cluster0.example.net/db',
      `mongodb+srv://${R}@cluster0.example.net/db`,
    ],
    ['--password x', 'mysql --password hunter2 -u root', `mysql --password ${R} -u root`],
    ['--db-password "x y"', 'run --db-password "two words" now', `run --db-password "${R}" now`],
    ["password => 'x'", "{ password => 'hunter2' }", `{ password => '${R}' }`],
    ['token := x', 'token := abc123', `token := ${R}`],
    [
      'quoted value with spaces',
      'PASSWORD="correct horse battery staple" ./run',
      `PASSWORD="${R}" ./run`,
    ],
    ['quoted value with the other quote in it', `secret: "it's mine" ok`, `secret: "${R}" ok`],
    ['GitLab token', `export ${fake.gitlab} x`, `export ${R} x`],
    ['Google API key', `key=${fake.google}`, `key=${R}`],
    ['Stripe secret key', `stripe ${fake.stripe} x`, `stripe ${R} x`],
    ['Stripe restricted key', `stripe ${fake.stripeRestricted} x`, `stripe ${R} x`],
    [
      'npm token',
      `//registry.npmjs.org/:_authToken ${fake.npm}`,
      `//registry.npmjs.org/:_authToken ${R}`,
    ],
    ['OpenAI key (older form)', `OPENAI ${fake.openaiLegacy} x`, `OPENAI ${R} x`],
    ['Slack user token', `slack ${fake.slackUser} ok`, `slack ${R} ok`],
    ['Hugging Face token', `hf ${fake.huggingFace} ok`, `hf ${R} ok`],
    ['PGP private key block', `key:\n${fake.pgp}\nend`, `key:\n${R}\nend`],
    ['a token glued to a name', `MY_${fake.ghp}`, `MY_${R}`],
    ['a token glued to a word', `key${fake.anthropic}`, `key${R}`],
    ['a token inside a tool name', `mcp__${fake.ghp}__run`, `mcp__${R}__run`],
    ['a token glued to digits', `42${fake.aws}`, `42${R}`],
    ['a JWT glued to a word', `jwt${fake.jwt}`, `jwt${R}`],
    ['a key glued to a word', `MYAPIKEY${fake.google}`, `MYAPIKEY${R}`],
    [
      'a token split by a zero-width space',
      `use ${insert(fake.ghp, '\u200b')} here`,
      `use ${R} here`,
    ],
    [
      'a token split by a bidi override',
      `use ${insert(fake.slack, '\u202e')} here`,
      `use ${R} here`,
    ],
    ['a token split by NUL', `use ${insert(fake.npm, '\0')} here`, `use ${R} here`],
    [
      'a token split by a word joiner',
      `use ${insert(fake.openai, '\u2060')} here`,
      `use ${R} here`,
    ],
    [
      'a token split by a soft hyphen',
      `use ${insert(fake.gitlab, '\u00ad')} here`,
      `use ${R} here`,
    ],
    ['a label split by a zero-width joiner', `pass\u200dword=hunter2`, `password=${R}`],
  ])('%s', (_, input, expected) => {
    expect(redact(input)).toBe(expected)
  })

  test.each([
    'The token count went from 1,200 to 900.',
    'Read src/secret-santa.ts and src/password-reset/form.tsx',
    'Bearer authentication is configured in auth.ts',
    'Basic setup done: npm ci && npm test',
    'See https://github.com/acme/invoice-service/pull/12 and git@github.com:acme/repo.git',
    'session f1d69ed6-17f5-4837-9708-20fe119a72d1 on 2026-03-02T09:12:04Z',
    'scikit-learn uses sk-learn as a nickname; skeleton keys; AKIA is a prefix',
    'eyJ is how base64 JSON starts',
    'Fixed the rounding; Tests: 214 passed | 0 failed.',
    '-----BEGIN CERTIFICATE----- is public',
    'mailto:ann@example.com',
    'mcp__task-manager__create_task_item and risk-assessment-for-the-release-plan',
    'desk-research-summary-for-q3-planning-meeting; kiosk-mode',
    '--password-file ./secrets.txt is read',
    'https://example.com:8443/path and //comment: text @someone',
  ])('keeps ordinary text: %s', (input) => {
    expect(redact(input)).toBe(input)
  })

  test('stays linear on text crafted against the patterns', () => {
    // Quadratic matching would take minutes on these; linear matching takes milliseconds.
    const long = [
      'a'.repeat(200_000),
      `token${' '.repeat(200_000)}`,
      `Bearer ${'x'.repeat(200_000)}`,
      `-----BEGIN RSA PRIVATE ${'KEY'}-----`.repeat(20_000),
      `https://${'u'.repeat(200_000)}`,
      `https://u:${'p'.repeat(200_000)}`,
      'eyJ'.repeat(100_000),
      `eyJ${'a'.repeat(100)}.`.repeat(2_000),
      '-'.repeat(200_000),
      `--x${'-a'.repeat(100_000)}`,
      '//'.repeat(100_000),
      `password="${'x'.repeat(200_000)}`,
      `ghp_${'a'.repeat(20)}`.repeat(10_000),
      `${'\u200b'.repeat(100_000)}${'token '.repeat(30_000)}`,
    ]
    for (const text of long) expect(redact(text).length).toBeGreaterThan(0)
  })
})

describe('redact-patterns: the user’s own patterns', () => {
  const read = (patterns: string) => (name: InputName) =>
    name === 'redact-patterns' ? patterns : ''

  test('are redacted besides the built-in ones, case-insensitively with (?i)', () => {
    const { redactPatterns } = parseInputs(read('internal-[0-9]+\n\n  (?i)acme-key-\\w+  \n'))
    expect(redactPatterns).toEqual(['internal-[0-9]+', '(?i)acme-key-\\w+'])
    const redact = createRedactor(compileRedactPatterns(redactPatterns))
    expect(redact('ticket internal-4411 uses ACME-KEY-x9 and password=1')).toBe(
      `ticket ${R} uses ${R} and password=${R}`,
    )
    expect(redact('internal tooling')).toBe('internal tooling')
  })

  test.each([
    [
      '(unclosed',
      'pattern 2 "(unclosed" is not a valid RE2 regular expression (error parsing regexp: missing closing ): `(unclosed`)',
    ],
    [
      '(a)\\1',
      'pattern 2 "(a)\\\\1" is not a valid RE2 regular expression (error parsing regexp: invalid escape sequence: `\\1`); RE2 has no lookaround and no backreferences',
    ],
    [
      '(?=x)y',
      'pattern 2 "(?=x)y" is not a valid RE2 regular expression (error parsing regexp: invalid or unsupported Perl syntax: `(?=`)',
    ],
    ['a*', `pattern 2 "a*" can match empty text, so it would insert ${R} where nothing is secret`],
  ])('%s is rejected with a message naming the input and the pattern', (pattern, message) => {
    const value = `ok-[0-9]+\n${pattern}`
    const attempt = () => compileRedactPatterns(parseInputs(read(value)).redactPatterns)
    expect(attempt).toThrow(`Invalid input: input 'redact-patterns' is ${JSON.stringify(value)}: `)
    expect(attempt).toThrow(message)
  })

  test('a pattern that backtracks catastrophically elsewhere runs in linear time', () => {
    const pattern = compileUserPattern('(a+)+$')
    const redact = createRedactor(compileRedactPatterns(['(a+)+$', '(x|x)*y']))
    expect(pattern.test(`${'a'.repeat(100_000)}b`)).toBe(false)
    expect(redact(`${'x'.repeat(100_000)}!`)).toBe(`${'x'.repeat(100_000)}!`)
    expect(redact(`${'a'.repeat(50)}`)).toBe(R)
  })
})

describe('redactOutcomes', () => {
  const secret = `password=${'p4ss'}`
  const log = sessionLog('2026-03-02', {
    session_id: `id ${fake.ghp}`,
    interactions: [
      {
        ...toolCall('2026-03-02T09:01:00Z', `mcp__db__query token=${'a1'}`),
        interaction_id: `dup ${secret}`,
      },
      {
        ...toolCall('2026-03-02T09:02:00Z', `mcp__db__query token=${'b2'}`),
        interaction_id: `dup ${secret}`,
      },
      {
        ...toolCall('2026-03-02T09:02:30Z', 'Read'),
        interaction_id: `password\t=${'t4b'}`,
      },
      {
        ...toolCall('2026-03-02T09:02:40Z', 'Read'),
        interaction_id: `password\t=${'t4b'}`,
      },
      {
        ...toolCall('2026-03-02T09:02:50Z', 'Edit'),
        interaction_id: `${'x'.repeat(70)}${fake.ghp}`,
      },
      {
        ...toolCall('2026-03-02T09:02:55Z', 'Edit'),
        interaction_id: `${'x'.repeat(70)}${fake.ghp}`,
      },
      summary('2026-03-02T09:04:00Z', `Rotated ${fake.aws}; see the runbook.`),
    ],
  })
  const digest = digestRecorderLog(json(log))
  if (!digest.ok) throw new Error(digest.reason)
  const outcomes: FileOutcome[] = [
    { ok: true, path: logPath('2026-03-02'), bytes: 100, digest: digest.digest },
    { ok: true, path: logPath('2026-03-03'), bytes: 100, digest: digest.digest },
    { ok: false, path: 'logs/session_token=x.json', reason: `is not UTF-8 text ${fake.slack}` },
  ]
  const redacted = analyse(redactOutcomes(outcomes, createRedactor([])))
  const everything = JSON.stringify(redacted)

  test('leaves no secret in any field', () => {
    for (const value of ['p4ss', 'a1', 'b2', 't4b', fake.ghp, fake.aws, fake.slack])
      expect(everything).not.toContain(value)
    expect(redacted.files[0]!.sessionId).toBe(`id ${R}`)
    expect(redacted.files[0]!.summaries[0]!.text).toBe(`Rotated ${R}; see the runbook.`)
    expect(redacted.unreadable[0]!.reason).toBe(`is not UTF-8 text ${R}`)
  })

  test('problems quote log text whole, so that it is redacted whole', () => {
    expect(redacted.files[0]!.problems).toEqual([
      `interactions[1] repeats the interaction_id "dup password=${R} of interactions[0]`,
      `interactions[3] repeats the interaction_id "password =${R} of interactions[2]`,
      `interactions[5] repeats the interaction_id (110 characters) of interactions[4]`,
    ])
  })

  test('keeps paths, which name files of the repository', () => {
    expect(redacted.unreadable[0]!.path).toBe('logs/session_token=x.json')
    expect(redacted.files.map((file) => file.path)).toEqual([
      logPath('2026-03-03'),
      logPath('2026-03-02'),
    ])
  })

  test('tool names that redact alike become one tool, so the counts still add up', () => {
    expect(redacted.tools).toEqual([
      { tool: 'Edit', calls: 4, share: 4 / 12, files: 2, errors: 0 },
      { tool: 'Read', calls: 4, share: 4 / 12, files: 2, errors: 0 },
      { tool: `mcp__db__query token=${R}`, calls: 4, share: 4 / 12, files: 2, errors: 0 },
    ])
    expect(redacted.totals.distinctTools).toBe(3)
    expect(redacted.files[0]!.tools).toEqual([
      { tool: 'Edit', calls: 2 },
      { tool: 'Read', calls: 2 },
      { tool: `mcp__db__query token=${R}`, calls: 2 },
    ])
  })

  test('text that was not a secret loses only its invisible characters', () => {
    const [outcome] = redactOutcomes(
      [{ ok: false, path: 'a\u200b.json', reason: 'is \u202eodd\u0000 but\tfine\n' }],
      createRedactor([]),
    )
    expect(outcome).toEqual({ ok: false, path: 'a\u200b.json', reason: 'is odd but\tfine\n' })
  })
})

test('the step summary, JSON report, outputs and annotations of the bundled action are redacted', async () => {
  const day = '2026-03-02'
  const workspace = await workspaceWith({
    [logPath(day)]: json(
      sessionLog(day, {
        interactions: [
          { ...toolCall(`${day}T09:01:00Z`, `deploy token=${'t0k3n'}`), interaction_id: fake.ghp },
          { ...toolCall(`${day}T09:02:00Z`, 'Read'), interaction_id: fake.ghp },
          summary(`${day}T09:03:00Z`, `Used ${fake.anthropic} and ACME-7731 to deploy.`),
        ],
      }),
    ),
  })
  const run = await runAction({
    workspace,
    inputs: { 'report-file': 'report.json', 'redact-patterns': 'ACME-[0-9]+' },
  })
  expect(run.exitCode).toBe(0)
  const report = await readFile(path.join(workspace, 'report.json'), 'utf8')
  const published = [run.summary, report, JSON.stringify(run.outputs), run.stdout].join('\n')
  for (const secret of ['t0k3n', fake.ghp, fake.anthropic, 'ACME-7731'])
    expect(published).not.toContain(secret)
  expect(run.summary).toContain(
    'Used [REDACTED] and [REDACTED] to deploy.'.replace(/[[\]]/g, (ch) =>
      ch === '[' ? '&#91;' : '&#93;',
    ),
  )
  expect(JSON.parse(run.outputs.tools!)).toEqual({ Read: 1, [`deploy token=${R}`]: 1 })
  expect(run.stdout).toContain('repeats the interaction_id')
})
