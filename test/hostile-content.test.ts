/**
 * Whatever a log holds, it shows as text: property-based tests throw arbitrary and hostile strings
 * at every renderer and check, through GitHub's own markdown renderer (cmark-gfm), that the
 * structure of the output is unchanged, that the text reads as given, and that nothing in it can
 * become a link, a mention, a reference or a workflow command.
 */
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, test, vi } from 'vitest'
import type { Analysis } from '../src/analyse.ts'
import { annotate, fileWarnings } from '../src/publish/annotations.ts'
import { outputValues, setOutputs } from '../src/publish/outputs.ts'
import { code, details, link, text } from '../src/render/markdown.ts'
import { renderReport } from '../src/render/report.ts'
import { parseOutputFile, runAction } from '../scripts/run-action.ts'
import { gfm, skeleton, visibleText } from './gfm.ts'
import { json, logPath, sessionLog, summary, toolCall, workspaceWith } from './log-factory.ts'

/** Pieces that mean something to markdown, HTML, GitHub or the runner. */
const HOSTILE_PIECES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</details>',
  '</summary>',
  '<details open>',
  '</code>',
  '<!--',
  '-->',
  '<a href="https://evil.example">',
  '<https://evil.example>',
  '| a | b |',
  '|',
  '\n',
  '\r\n',
  '\n\n',
  '\n# heading',
  '# heading',
  '> quote',
  '- item',
  '1. item',
  '---',
  '===',
  '[link](https://evil.example)',
  '![image](https://evil.example/x.png)',
  '[ref]: https://evil.example',
  '[^1]',
  '[x]',
  '`',
  '```',
  '~~~',
  '**bold**',
  '_em_',
  '~~gone~~',
  '\\',
  '&amp;',
  '&#60;',
  '&',
  '@octocat',
  '@acme/security-team',
  '#123',
  'acme/repo#12',
  'GH-42',
  'deadbeefcafe1234',
  '0123456789abcdef0123456789abcdef01234567',
  'www.evil.example',
  'https://evil.example/path',
  'ann@example.com',
  'mailto:ann@example.com',
  'xmpp:ann@example.com',
  'javascript:alert(1)',
  '$x$',
  '$$',
  ':smile:',
  '%%{init: {"theme": "dark"}}%%',
  'pie title x',
  '"',
  "'",
  ':',
  '::set-output name=tools::pwned',
  '::add-mask::',
  '::error::boom',
  '::stop-commands::token',
  '%0A::error::x',
  '\u202e',
  '\u200b',
  '\u0000',
  '\u0007',
  '\t',
  '    ',
  '\u00a0',
  '\u2028',
  '工具',
  '🔧',
  'é',
]

/** Arbitrary Unicode (no lone surrogates), and hostile pieces mixed with plain text. */
const logString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 4 })), {
      maxLength: 10,
    })
    .map((pieces) => pieces.join('')),
)

/** More runs find rarer failures: PROPERTY_RUNS=5000 npx vitest run test/hostile-content.test.ts */
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) }
const PLACEHOLDER = 'PLACEHOLDER'
const ZWSP = /\u200b/g

/** What `text()` promises to show for a string: one line, blanks collapsed, invisible characters gone. */
function shown(value: string): string {
  return value
    .replace(/[\s\u2028\u2029]+/gu, ' ')
    .replace(/[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, '')
    .trim()
}

/**
 * Whatever GitHub would turn into a link or a notification, found in rendered text. GitHub links
 * nothing inside code, but mentions and references are broken there too, to be safe.
 */
function linkable(html: string): string[] {
  const all = visibleText(html)
  const outsideCode = visibleText(html.replace(/<code\b[^>]*>[\s\S]*?<\/code>/g, ''))
  return [
    ...(all.match(/@[\p{L}\p{N}_.+-]/gu) ?? []),
    ...(all.match(/#\d/g) ?? []),
    ...(all.match(/\bGH-\d/gi) ?? []),
    ...(outsideCode.match(/[0-9a-f]{7,}/gi) ?? []),
  ]
}

/** Every place a piece of log text goes in the report, as the renderer writes it. */
const CONTEXTS: Record<string, (value: string) => string> = {
  'a line of its own': (value) => `${text(value)}·`,
  'a heading': (value) => `## 🤖 ${text(value)}·`,
  'table cells': (value) => `| a | b |\n| --- | ---: |\n| ${text(value)}· | ${code(value)}· |`,
  'list items': (value) => `- 09:15 ${text(value)}·\n- ⚠️ ${text(value)}·`,
  'a quoted list': (value) =>
    `> ⚠️ 1 file could not be read:\n>\n> - ${code(value)}: ${text(value)}·`,
  'a details block': (value) =>
    details(`${text(value)}· — 2 tools`, `Session ${code(value)}·\n\nTools: ${text(value)}· 3`),
  'a link label': (value) =>
    link(`${text(value)}·`, 'https://github.com/acme/repo/blob/0123/x.json'),
  'a footer': (value) => `<sub>1 file matched ${code(value)}·</sub>`,
}

describe.each(Object.entries(CONTEXTS))('log text in %s', (_, render) => {
  const baseline = gfm(render(PLACEHOLDER))

  test('keeps the structure, reads as given, and links or mentions nothing', () => {
    fc.assert(
      fc.property(logString, (value) => {
        const html = gfm(render(value))
        expect(skeleton(html)).toEqual(skeleton(baseline))
        expect(visibleText(html).replace(ZWSP, '')).toBe(
          visibleText(baseline).replaceAll(PLACEHOLDER, () => shown(value)),
        )
        expect(linkable(html)).toEqual([])
      }),
      RUNS,
    )
  })
})

const FIELDS = [
  'title',
  'tool',
  'file',
  'session',
  'summary',
  'problem',
  'unreadable',
  'reason',
  'pattern',
] as const
type LogStrings = Record<(typeof FIELDS)[number], string>
const logStrings = fc.record(
  Object.fromEntries(FIELDS.map((field) => [field, logString])) as Record<
    keyof LogStrings,
    fc.Arbitrary<string>
  >,
)
const placeholders = Object.fromEntries(FIELDS.map((field) => [field, PLACEHOLDER])) as LogStrings

function analysisOf(strings: LogStrings): Analysis {
  const kinds = { user_message: 1, tool_call: 3, tool_result: 3, assistant_summary: 1, other: 0 }
  return {
    totals: {
      files: 1,
      unreadableFiles: 1,
      sessions: 1,
      interactions: 8,
      kinds,
      toolCalls: 3,
      distinctTools: 2,
      sessionTimeMs: 1_800_000,
      activeDays: 1,
      firstActivity: '2026-03-02T09:00:00.000Z',
      lastActivity: '2026-03-02T09:30:00.000Z',
      busiestDay: { day: '2026-03-02', interactions: 8 },
      prompts: 1,
      responses: 1,
      toolErrors: 0,
      subagents: 0,
    },
    tools: [
      { tool: strings.tool, calls: 2, share: 2 / 3, files: 1, errors: 0 },
      { tool: 'Read', calls: 1, share: 1 / 3, files: 1, errors: 0 },
    ],
    files: [
      {
        path: `.claude/session_logs/${strings.file}`,
        format: 'session-recorder',
        bytes: 2048,
        sessionId: strings.session,
        start: '2026-03-02T09:00:00.000Z',
        end: '2026-03-02T09:30:00.000Z',
        durationMs: 1_800_000,
        interactions: 8,
        kinds,
        tools: [
          { tool: strings.tool, calls: 2 },
          { tool: 'Read', calls: 1 },
        ],
        summaries: [{ timestamp: '2026-03-02T09:10:00.000Z', text: strings.summary }],
        problems: [strings.problem],
      },
    ],
    unreadable: [
      { path: strings.unreadable, reason: strings.reason, position: { line: 3, column: 7 } },
    ],
    sessions: [],
    usage: null,
    pricing: { date: '2026-11-30', source: 'built-in' },
  }
}

function renderAll(strings: LogStrings): string {
  return renderReport(analysisOf(strings), {
    title: strings.title,
    patterns: [strings.pattern],
    fileUrl: (file) =>
      `https://github.com/acme/repo/blob/0123/${file.split('/').map(encodeURIComponent).join('/')}`,
    reportFile: 'report.json',
  })
}

describe('the whole report', () => {
  const baseline = gfm(renderAll(placeholders))

  test('has the same structure whatever the logs hold, and links or mentions nothing', () => {
    fc.assert(
      fc.property(logStrings, (strings) => {
        const html = gfm(renderAll(strings))
        expect(skeleton(html)).toEqual(skeleton(baseline))
        expect(linkable(html)).toEqual([])
        // The only link is the file row's, to the file.
        const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1])
        expect(links).toHaveLength(1)
        expect(links[0]).toMatch(
          /^https:\/\/github\.com\/acme\/repo\/blob\/0123\/\.claude\/session_logs\/\S*$/,
        )
      }),
      RUNS,
    )
  })
})

describe('annotations and outputs', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.unstubAllEnvs()
  })

  test('each warning is one workflow command line, whatever the text', () => {
    fc.assert(
      fc.property(logStrings, (strings) => {
        const written: string[] = []
        vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
          written.push(String(chunk))
          return true
        })
        annotate(fileWarnings(analysisOf(strings)))
        vi.restoreAllMocks()
        expect(written).toHaveLength(2)
        for (const line of written) expect(line).toMatch(/^::warning [^\r\n]*::[^\r\n]*\n$/)
      }),
      RUNS,
    )
  })

  test('outputs read back exactly as set, whatever the tool names', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'outputs-'))
    let run = 0
    await fc.assert(
      fc.asyncProperty(logStrings, async (strings) => {
        const file = path.join(dir, `output-${run++}.txt`)
        vi.stubEnv('GITHUB_OUTPUT', file)
        await import('node:fs/promises').then((fs) => fs.writeFile(file, ''))
        const values = outputValues(analysisOf(strings), '')
        setOutputs(values)
        expect(parseOutputFile(await readFile(file, 'utf8'))).toEqual(values)
      }),
      { numRuns: 50 },
    )
  })
})

test('hostile file names and log text reach the log of the bundled action as no workflow command', async () => {
  const day = '2026-03-02'
  const hostile = [
    '::set-output name=files::999',
    '::add-mask::Read',
    '::error file=x::pwned',
    '::stop-commands::resume',
    '%0A::error::escaped',
  ].join('\n')
  const workspace = await workspaceWith({
    [logPath(day)]: json(
      sessionLog(day, {
        session_id: `\n${hostile}`,
        interactions: [
          { ...toolCall(`${day}T09:01:00Z`, `\n${hostile}`), interaction_id: `\n${hostile}` },
          { ...toolCall(`${day}T09:02:00Z`, 'Read'), interaction_id: `\n${hostile}` },
          summary(`${day}T09:03:00Z`, `\n${hostile}`),
        ],
      }),
    ),
    [`.claude/session_logs/session_2026-03-03\n::error::in a name.json`]: '{',
    [`.claude/session_logs/session_2026-03-04 ::warning::x.json`]: '[]',
  })
  const run = await runAction({ workspace })
  expect(run.exitCode).toBe(0)
  const commands = run.stdout.split('\n').filter((line) => line.startsWith('::'))
  expect(
    commands.map((line) => line.slice(0, line.indexOf(' ') === -1 ? undefined : line.indexOf(' '))),
  ).toEqual(expect.arrayContaining(['::warning']))
  for (const line of commands) expect(line).toMatch(/^::(warning|debug)[ :]/)
  expect(commands.filter((line) => line.startsWith('::warning'))).toHaveLength(3)
  expect(run.outputs.files).toBe('1')
  expect(run.outputs['unreadable-files']).toBe('2')
})
