/**
 * A credential of any built-in format, written into random log text with random invisible
 * characters inside it, shows in nothing that is published: step summary, comment, outputs, JSON
 * report, annotations and log, read as a person reads them (entities decoded, invisible characters
 * gone). The property runs on every publisher in-process, and once through the bundled action.
 * The fake credentials are generated at run time, so none sits in the sources.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { analyse } from '../src/analyse.ts'
import { digestRecorderLog } from '../src/formats/recorder.ts'
import type { FileOutcome } from '../src/model.ts'
import { fileWarnings } from '../src/publish/annotations.ts'
import { outputValues } from '../src/publish/outputs.ts'
import { createRedactor, redactOutcomes } from '../src/redact.ts'
import { commentMarker, renderComment } from '../src/render/comment.ts'
import { renderReport } from '../src/render/report.ts'
import { toJsonReport } from '../src/report-json.ts'
import { runAction } from '../scripts/run-action.ts'
import { gfm, visibleText } from './gfm.ts'
import { json, logPath, sessionLog, summary, toolCall, workspaceWith } from './log-factory.ts'
import { FakeGitHub } from './support/github-api.ts'

/** A credential as written in a log, and the part of it that must never be shown. */
interface Credential {
  readonly written: string
  readonly secret: string
}

const bare = (pattern: RegExp): fc.Arbitrary<Credential> =>
  fc.stringMatching(pattern).map((token) => ({ written: token, secret: token }))

/** A credential whose label is kept (`password=`, `Bearer `): only the value is secret. */
const labelled = (
  label: fc.Arbitrary<string>,
  value: fc.Arbitrary<string>,
  quote: fc.Arbitrary<string> = fc.constant(''),
): fc.Arbitrary<Credential> =>
  fc
    .tuple(label, value, quote)
    .map(([name, secret, q]) => ({ written: `${name}${q}${secret}${q}`, secret }))

const VALUE = fc.stringMatching(/^[A-Za-z0-9!#%&*+./<>?^_~=-]{12,40}$/)
const BASE64_LINE = fc.stringMatching(/^[A-Za-z0-9+/]{64}$/)

/** Every built-in format, with the values it takes. */
const FORMATS: Record<string, fc.Arbitrary<Credential>> = {
  'GitHub token': bare(/^gh[pousr]_[A-Za-z0-9]{36}$/),
  'GitHub fine-grained token': bare(/^github_pat_[A-Za-z0-9_]{82}$/),
  'GitLab token': bare(/^glpat-[A-Za-z0-9_-]{20}$/),
  'AWS access key id': bare(/^(AKIA|ASIA)[A-Z0-9]{16}$/),
  'Anthropic key': bare(/^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/),
  'OpenAI project key': bare(/^sk-proj-[A-Za-z0-9_-]{100,160}$/),
  'OpenAI key': bare(/^sk-[A-Za-z0-9]{48}$/),
  'Stripe key': bare(/^(sk|rk)_live_[A-Za-z0-9]{24,99}$/),
  'Slack token': bare(/^xox[abprs]-[0-9]{10,13}-[A-Za-z0-9-]{10,48}$/),
  'Slack webhook': bare(
    /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8}\/B[A-Z0-9]{8}\/[A-Za-z0-9]{24}$/,
  ),
  JWT: bare(/^eyJ[A-Za-z0-9_-]{10,40}\.eyJ[A-Za-z0-9_-]{10,80}\.[A-Za-z0-9_-]{10,43}$/),
  'npm token': bare(/^npm_[A-Za-z0-9]{36}$/),
  'Google API key': bare(/^AIza[A-Za-z0-9_-]{35}$/),
  'Hugging Face token': bare(/^hf_[A-Za-z0-9]{34}$/),
  'Bearer header': labelled(
    fc.constantFrom('Bearer ', 'bearer  ', 'Authorization: Bearer '),
    fc.stringMatching(/^[A-Za-z0-9._~+/-]{16,64}=?$/),
  ),
  'Basic header': labelled(
    fc.constantFrom('Authorization: Basic ', '"authorization": "Basic '),
    fc.stringMatching(/^[A-Za-z0-9+/]{8,40}={0,2}$/),
  ),
  'a name given a value': labelled(
    fc
      .tuple(
        fc.constantFrom('password', 'PASSWD', 'client_secret', 'api_key', 'apiKey', 'GITHUB_TOKEN'),
        fc.constantFrom('=', ': ', ' = ', '": ', ' => ', ' := ', '='),
      )
      .map(([name, separator]) => `${name}${separator}`),
    VALUE,
  ),
  'a name given a quoted value with spaces': labelled(
    fc.constantFrom('password=', 'secret: ', '"api_key": ', 'token => '),
    fc.stringMatching(/^[A-Za-z0-9]{6,12}( [A-Za-z0-9]{4,12}){1,3}$/),
    fc.constantFrom('"', "'"),
  ),
  'a command-line flag': labelled(
    fc.constantFrom('--password ', '--db-password ', '--api-key ', '--token  '),
    VALUE,
  ),
  'a user and password in a URL': fc
    .tuple(
      fc.constantFrom('https', 'postgres', 'mongodb+srv', 'git+ssh', 'redis'),
      fc.stringMatching(/^[a-z][a-z0-9._-]{0,15}$/),
      fc.stringMatching(/^[A-Za-z0-9!$&'()*+,;=%._~@-]{8,30}$/),
    )
    .map(([scheme, user, secret]) => ({
      written: `${scheme}://${user}:${secret}@db.example.com/app`,
      secret,
    })),
  'PEM or PGP private key': fc
    .tuple(
      fc.constantFrom(
        'RSA PRIVATE KEY',
        'EC PRIVATE KEY',
        'OPENSSH PRIVATE KEY',
        'PGP PRIVATE KEY BLOCK',
      ),
      fc.array(BASE64_LINE, { minLength: 1, maxLength: 4 }),
      fc.boolean(),
    )
    .map(([kind, lines, cut]) => {
      const secret = lines.join('\n')
      const end = cut ? '' : `\n-----END ${kind}-----`
      return { written: `-----BEGIN ${kind}-----\n${secret}${end}`, secret }
    }),
}

/** Characters that show nothing; the renderers drop them, and redaction must see through them. */
const INVISIBLE_CHARS = [
  ...'\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064',
  ...'\u2066\u2067\u2068\u2069\ufeff\u00ad\u034f\u061c\u180e\ufe0f\u3164\0\u0001\u001b\u007f\u0085',
  '\u{e0020}',
  '\u{e0041}',
]
/** Removes what a reader does not see, as the property is stated; spaces and line breaks stay. */
const UNSEEN = /(?![\t-\r ])[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu
const seen = (published: string) => published.replace(UNSEEN, '')

/** A credential with invisible characters inserted at random places. */
const hidden = (credential: fc.Arbitrary<Credential>) =>
  fc
    .tuple(
      credential,
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE_CHARS)), { maxLength: 6 }),
    )
    .map(([{ written, secret }, inserts]) => {
      const chars = [...written]
      for (const [at, char] of inserts) chars.splice(at % (chars.length + 1), 0, char)
      return { written: chars.join(''), secret }
    })

/** Random log text around it: any characters, or ones that glue to it (letters, digits, `_`). */
const around = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.stringMatching(/^[A-Za-z0-9_]{0,6}$/),
)
const inText = (credential: fc.Arbitrary<Credential>) =>
  fc.tuple(around, hidden(credential), around).map(([before, { written, secret }, after]) => ({
    text: `${before}${written}${after}`,
    secret,
  }))

/** A log that holds the text everywhere the report shows log text. */
function logWith(day: string, text: string): string {
  const at = (time: string) => `${day}T${time}Z`
  return json(
    sessionLog(day, {
      session_id: text,
      interactions: [
        { ...toolCall(at('09:01:00'), text), interaction_id: text },
        { ...toolCall(at('09:02:00'), `mcp__${text}`), interaction_id: text },
        summary(at('09:03:00'), `Deployed with ${text} today.`),
      ],
    }),
  )
}

const CONTEXT = { title: 'Claude Code sessions', patterns: ['**/*.json'] }

/** Everything the action publishes for these logs, made as main.ts makes it. */
function publishedInProcess(logs: readonly string[]): string[] {
  const outcomes: FileOutcome[] = logs.map((log, index) => {
    const result = digestRecorderLog(log)
    if (!result.ok) throw new Error(result.reason)
    return {
      ok: true,
      path: logPath(`2026-03-0${index + 1}`),
      bytes: log.length,
      digest: result.digest,
    }
  })
  const analysis = analyse(redactOutcomes(outcomes, createRedactor([])))
  const warnings = fileWarnings(analysis)
  return [
    visibleText(renderReport(analysis, CONTEXT)),
    visibleText(renderComment(analysis, CONTEXT, commentMarker('default'))),
    JSON.stringify(toJsonReport(analysis, { ...CONTEXT, commit: null })),
    ...Object.values(outputValues(analysis, '')),
    ...warnings.flatMap((warning) => [warning.title, warning.message]),
  ]
}

/** More runs find rarer failures: PROPERTY_RUNS=2000 npx vitest run test/redact-property.test.ts */
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) }

describe('no credential shows in anything published, whatever surrounds or splits it', () => {
  test.each(Object.entries(FORMATS))('%s', (_, format) => {
    fc.assert(
      fc.property(inText(format), ({ text, secret }) => {
        for (const published of publishedInProcess([logWith('2026-03-02', text)]))
          expect(seen(published)).not.toContain(secret)
      }),
      RUNS,
    )
  })
})

describe('the bundled action', () => {
  const REPOSITORY = 'acme/service'
  const TOKEN = 'ghs_workflow0token'
  let api: FakeGitHub

  beforeAll(async () => {
    api = await new FakeGitHub(REPOSITORY).start()
    api.tokens.set(TOKEN, { kind: 'installation', login: 'github-actions[bot]' })
    api.pullRequests.set(7, [])
  })
  afterAll(async () => {
    await api.stop()
  })

  test('publishes none of them in its summary, comment, outputs, JSON report, annotations or log', async () => {
    const cases = Object.values(FORMATS).flatMap((format) =>
      fc.sample(inText(format), { numRuns: 3, seed: 20260302 }),
    )
    const files: Record<string, string> = {}
    cases.forEach(({ text }, index) => {
      const day = `2026-${String(1 + Math.floor(index / 28)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`
      files[logPath(day)] = logWith(day, text)
    })
    const workspace = await workspaceWith(files)
    const reportFile = path.join(workspace, 'report.json')
    const run = await runAction({
      workspace,
      inputs: {
        'report-file': 'report.json',
        'comment-on-pr': 'true',
        'pr-number': '7',
        'comment-scope': 'all',
        'github-token': TOKEN,
      },
      env: { GITHUB_API_URL: api.url, GITHUB_REPOSITORY: REPOSITORY },
    })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    const [comment] = api.comments.get(7) ?? []
    expect(comment).toBeDefined()
    expect(run.outputs.files).toBe(String(cases.length))
    // The log holds the annotations, which name every file with problems.
    expect(run.stdout).toContain('::warning ')
    const published = [
      visibleText(gfm(run.summary)),
      visibleText(gfm(comment!.body)),
      JSON.stringify(run.outputs),
      await readFile(reportFile, 'utf8'),
      run.stdout,
    ].map(seen)
    for (const { secret } of cases) for (const text of published) expect(text).not.toContain(secret)
  })
})
