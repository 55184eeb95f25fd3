/**
 * `claude-session-report report`, run in-process on folders written by the tests and on the
 * examples: what CI would show, on stdout; warnings as plain lines on stderr; usage errors with
 * exit code 2.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runAction } from '../scripts/run-action.ts'
import { main } from '../src/cli/main.js'
import { DEFAULTS } from '../src/inputs.js'
import {
  assistantSummary,
  logText,
  recorderLog,
  toolUse,
  userMessage,
} from './support/recorder-log.js'

const EXAMPLES = path.join(import.meta.dirname, '..', 'examples')
const temporary: string[] = []
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))))

async function folderWith(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'cli-report-'))
  temporary.push(folder)
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, file)), { recursive: true })
    await writeFile(path.join(folder, file), content)
  }
  return folder
}

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

async function cli(args: readonly string[], cwd = process.cwd()): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {
    cwd,
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
  })
  return { code, stdout, stderr }
}

describe('report', () => {
  it('prints the step summary the action writes for the same folder, and its JSON report', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'cli-report-action-'))
    temporary.push(outDir)
    const workspace = path.join(outDir, 'workspace')
    await cp(EXAMPLES, workspace, { recursive: true })
    // Outside GitHub: no commit to link files to.
    const action = await runAction({ workspace, outDir, repository: null })
    expect(action.exitCode).toBe(0)

    const markdown = await cli(['report', workspace])
    expect(markdown.code).toBe(0)
    expect(markdown.stdout).toBe(action.summary)
    expect(markdown.stderr).toBe(
      'Read 5 of 5 matched files: 4 sessions, 107 interactions, 40 tool calls.\n',
    )

    const json = await cli(['report', '--json'], workspace)
    expect(json.code).toBe(0)
    const withFile = await runAction({
      workspace,
      inputs: { 'report-file': 'report.json' },
      outDir,
      repository: null,
    })
    expect(withFile.exitCode).toBe(0)
    const written = JSON.parse(await readFile(path.join(workspace, 'report.json'), 'utf8'))
    expect(JSON.parse(json.stdout)).toEqual(written)
  })

  it('finds the transcripts of a Claude Code projects folder (~/.claude/projects) by default', async () => {
    const home = await mkdtemp(path.join(tmpdir(), 'cli-home-'))
    temporary.push(home)
    await cp(path.join(EXAMPLES, '.claude', 'projects'), path.join(home, '.claude', 'projects'), {
      recursive: true,
    })
    const projects = path.join(home, '.claude', 'projects')
    for (const [args, cwd] of [
      [['report', '--json', projects], process.cwd()],
      [['report', '--json'], projects],
      [['report', '--json', path.join(home, '.claude')], process.cwd()],
      [['report', '--json', home], process.cwd()],
      [['report', '--json', projects, '--path', '**/*.jsonl'], process.cwd()],
    ] as const) {
      const run = await cli(args, cwd)
      expect(run.code, args.join(' ')).toBe(0)
      const report = JSON.parse(run.stdout)
      expect(report.totals.files, args.join(' ')).toBe(2)
      expect(report.sessions.map((s: { sessionId: string }) => s.sessionId)).toEqual([
        '7c1e9a52-3b84-4d0f-a6e2-5f9d0c8b2a17',
      ])
      expect(report.usage.costUsd).toBeGreaterThan(0)
    }
    // A folder that is no projects folder keeps the action's default alone.
    const plain = await cli([
      'report',
      '--json',
      path.join(home, '.claude', 'projects', '-home-dev-projects-invoice-service'),
    ])
    expect(JSON.parse(plain.stdout).patterns).toEqual(DEFAULTS.path.split('\n'))
    expect(JSON.parse(plain.stdout).totals.files).toBe(0)
    expect(plain.stderr).toMatch(/^warning: no files were found in .* give --path/)
  })

  it('redacts secrets, and writes unreadable files as plain lines with controls escaped', async () => {
    const token = `ghp_${'a1B2'.repeat(9)}`
    const folder = await folderWith({
      '.claude/session_logs/session_1.json': logText(
        recorderLog({
          interactions: [
            userMessage(`deploy with ${token}`),
            ...toolUse('Bash', '2026-03-02T09:14:00Z'),
            assistantSummary(`Used ${token} and <script>alert(1)</script>`),
          ],
        }),
      ),
      '.claude/session_logs/session_\u001b[31mred.json': '{ "session_id": ',
    })
    for (const args of [
      ['report', folder],
      ['report', '--json', folder],
    ]) {
      const run = await cli(args)
      expect(run.code).toBe(0)
      expect(run.stdout).not.toContain(token)
      expect(run.stdout).toMatch(/\[REDACTED\]|&#91;REDACTED&#93;/)
      expect(run.stdout).not.toContain('\u001b')
      expect(run.stderr).not.toContain('\u001b')
      expect(run.stderr).not.toContain('::warning')
      expect(run.stderr).toContain('warning: .claude/session_logs/session_\\u001b[31mred.json ')
    }
    const json = await cli(['report', '--json', folder])
    // Safe to paste into HTML: no `<` of a log survives unescaped.
    expect(json.stdout).not.toContain('<script>')
    expect(JSON.parse(json.stdout).files[0].summaries[0].text).toBe(
      'Used [REDACTED] and <script>alert(1)</script>',
    )
  })

  it('applies --path, --format, --title, --redact-pattern and --pricing-file', async () => {
    const folder = await folderWith({
      'logs/a.json': logText(
        recorderLog({ interactions: [userMessage('ticket ACME-1234 please')] }),
      ),
      'prices.json': JSON.stringify({
        date: '2026-01-01',
        models: {
          'claude-opus-4-5': {
            input: 1,
            output: 1,
            cacheWrite5m: 1,
            cacheWrite1h: 1,
            cacheRead: 1,
          },
        },
      }),
    })
    const run = await cli([
      'report',
      folder,
      '--path',
      'logs/*.json',
      '--format',
      'session-recorder',
      '--title',
      'Mine',
      '--redact-pattern',
      'ACME-[0-9]+',
      '--json',
    ])
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report.title).toBe('Mine')
    expect(report.patterns).toEqual(['logs/*.json'])
    expect(report.totals.files).toBe(1)
    expect(report.pricing.source).toBe('built-in')

    const priced = await cli(['report', '--json', '--pricing-file', 'prices.json', '.'], folder)
    expect(priced.code, priced.stderr).toBe(0)
    expect(JSON.parse(priced.stdout).pricing).toEqual({ date: '2026-01-01', source: 'prices.json' })
  })

  it('answers bad usage with a message naming the problem and exit code 2', async () => {
    const folder = await folderWith({ 'bad-prices.json': '{"date": 1}' })
    const cases: [string[], RegExp][] = [
      [['report', '--bogus'], /Unknown option '--bogus'/],
      [['report', 'a', 'b'], /expected one FOLDER at most/],
      [['report', path.join(folder, 'missing')], /is not a folder/],
      [['report', folder, '--format', 'yaml'], /--format is "yaml": expected one of auto/],
      [['report', folder, '--path', '../*.json'], /--path "\.\.\/\*\.json" points outside FOLDER/],
      [['report', folder, '--path', '!x'], /at least one glob pattern that is not an exclusion/],
      [
        ['report', folder, '--pricing-file', 'none.json'],
        /--pricing-file "none.json" could not be read: ENOENT/,
      ],
      [
        ['report', folder, '--pricing-file', path.join(folder, 'bad-prices.json')],
        /--pricing-file: /,
      ],
      [['report', folder, '--redact-pattern', '(unclosed'], /--redact-pattern: /],
      [['report', folder, '--title', ' '], /--title is " "/],
      [['report', '--json=yes'], /--json/],
      [['nope'], /unknown command 'nope'/],
      [[], /Usage: claude-session-report COMMAND/],
    ]
    for (const [args, message] of cases) {
      const run = await cli(args, folder)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stdout, args.join(' ')).toBe('')
      expect(run.stderr, args.join(' ')).toMatch(message)
    }
  })

  it('prints its help, and the list of commands', async () => {
    const help = await cli(['report', '--help'])
    expect(help).toMatchObject({ code: 0, stderr: '' })
    expect(help.stdout).toMatch(/^Usage: claude-session-report report \[FOLDER\]/)
    expect(help.stdout).toContain('--path GLOB')
    const top = await cli(['--help'])
    expect(top.code).toBe(0)
    expect(top.stdout).toMatch(/\n {2}report +print the report/)
  })
})
