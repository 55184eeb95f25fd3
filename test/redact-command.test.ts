/**
 * `claude-session-report redact` on every format: the secrets are gone, the files stay valid with
 * the same structure, and the action reports the same numbers from them.
 */
import { chmod, cp, mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { beforeEach, describe, expect, test } from 'vitest'
import { analyse } from '../src/analyse.ts'
import { runRedact } from '../src/cli/redact.ts'
import type { CommandIo } from '../src/cli/io.ts'
import { findLogFiles } from '../src/find.ts'
import { readFound } from '../src/main.ts'
import { BUILT_IN_PRICES } from '../src/pricing.ts'
import { createRedactor, REDACTED } from '../src/redact.ts'
import { toJsonReport } from '../src/report-json.ts'
import { FILES, SECRETS, writeSecretLogs } from './support/secret-logs.ts'

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

async function run(args: string[], cwd: string, stdin = ''): Promise<Run> {
  const out = new PassThrough()
  const err = new PassThrough()
  let stdout = ''
  let stderr = ''
  out.on('data', (chunk) => (stdout += chunk))
  err.on('data', (chunk) => (stderr += chunk))
  const io: CommandIo = { stdin: Readable.from([stdin]), stdout: out, stderr: err, env: {}, cwd }
  const code = await runRedact(args, io)
  return { code, stdout, stderr }
}

/** The text with every JSON string token emptied: what is left is structure. */
function structure(text: string): string {
  return text.replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
}

/** The action's JSON report on every log of the folder, as the action makes it. */
async function reportOn(workspace: string): Promise<unknown> {
  const patterns = ['**/*.json', '**/*.jsonl']
  const found = await findLogFiles(patterns, { workspace, followSymbolicLinks: false })
  const outcomes = await readFound(workspace, found)
  const { redactOutcomes } = await import('../src/redact.ts')
  const analysis = analyse(redactOutcomes(outcomes, createRedactor()), BUILT_IN_PRICES)
  return toJsonReport(analysis, { title: 'Sessions', commit: null, patterns })
}

let original: string
let files: Record<keyof typeof FILES, string>
beforeEach(async () => {
  original = await mkdtemp(path.join(tmpdir(), 'redact-original-'))
  files = await writeSecretLogs(original)
})

describe('every format, redacted in place', () => {
  let redacted: string
  let result: Run
  beforeEach(async () => {
    redacted = await mkdtemp(path.join(tmpdir(), 'redact-copy-'))
    await cp(original, redacted, { recursive: true })
    result = await run(['--in-place', ...Object.values(FILES)], redacted)
  })

  test('exits 0 and says what it redacted in each file', () => {
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    for (const file of Object.values(FILES)) expect(result.stderr).toContain(`"${file}": redacted`)
    expect(result.stderr).toContain('1 line not JSON, redacted as text (1 changed)')
    expect(result.stderr).toContain('1 object key among them')
  })

  test('no secret is left anywhere', async () => {
    for (const file of Object.values(FILES)) {
      const text = await readFile(path.join(redacted, file), 'utf8')
      for (const [name, secret] of Object.entries(SECRETS)) {
        if (name === 'customer') continue
        expect(text, `${name} in ${file}`).not.toContain(secret)
      }
      expect(text).toContain(REDACTED)
    }
  })

  test('each file is still valid, with every byte outside the changed strings as it was', async () => {
    for (const file of Object.values(FILES)) {
      const before = await readFile(path.join(original, file), 'utf8')
      const after = await readFile(path.join(redacted, file), 'utf8')
      if (file.endsWith('.jsonl')) {
        const [linesBefore, linesAfter] = [before.split('\n'), after.split('\n')]
        expect(linesAfter.length).toBe(linesBefore.length)
        for (const [index, line] of linesBefore.entries()) {
          // The one line cut short in the original stays the one line that is not JSON.
          if (line !== '' && !isJson(line)) expect(isJson(linesAfter[index]!)).toBe(false)
          else expect(structure(linesAfter[index]!), `${file}:${index + 1}`).toBe(structure(line))
        }
        const broken = linesBefore.filter((line) => line !== '' && !isJson(line))
        expect(broken.length).toBe(file === FILES.transcript ? 1 : 0)
      } else {
        expect(isJson(after), file).toBe(true)
        expect(structure(after), file).toBe(structure(before))
      }
    }
  })

  test('the action reports the same from the redacted files as from the originals', async () => {
    const [before, after] = await Promise.all([reportOn(original), reportOn(redacted)])
    // Every figure but the files' sizes: a secret is longer than what replaces it.
    expect(withoutSizes(after)).toEqual(withoutSizes(before))
    // And it did read every format: the comparison is of something.
    const report = before as { totals: { files: number; sessions: number; toolCalls: number } }
    expect(report.totals).toMatchObject({ files: 4, sessions: 3 })
    expect(report.totals.toolCalls).toBeGreaterThan(5)
  })

  test('a second run finds nothing more, and leaves the files untouched', async () => {
    const before = await stat(path.join(redacted, FILES.recorder))
    const again = await run(['-i', ...Object.values(FILES)], redacted)
    expect(again.code).toBe(0)
    expect(again.stderr.match(/nothing to redact; left as it was/g)?.length).toBe(5)
    expect(again.stderr).toContain('left as it was; 1 line not JSON, redacted as text\n')
    const after = await stat(path.join(redacted, FILES.recorder))
    expect(after.ino).toBe(before.ino)
    expect(after.mtimeMs).toBe(before.mtimeMs)
  })
})

/** The report without its `bytes` fields, wherever they are. */
function withoutSizes(report: unknown): unknown {
  return JSON.parse(
    JSON.stringify(report, (key, value: unknown) => (key === 'bytes' ? undefined : value)),
  )
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

describe('where the copy goes', () => {
  test('one file, no option: to standard output, the file untouched', async () => {
    const result = await run([FILES.execution], original)
    expect(result.code).toBe(0)
    expect(result.stdout).not.toContain(SECRETS.executionHf)
    expect(structure(result.stdout)).toBe(structure(await readFile(files.execution, 'utf8')))
    expect(await readFile(files.execution, 'utf8')).toContain(SECRETS.executionHf)
  })

  test('standard input to standard output, with no FILE or with -', async () => {
    const input = `{"a":"${SECRETS.promptToken}"}\n`
    for (const args of [[], ['-']]) {
      const result = await run(args, original, input)
      expect(result).toMatchObject({ code: 0, stdout: `{"a":"${REDACTED}"}\n` })
    }
  })

  test('--output FILE for one, --output FOLDER for several; the sources untouched', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'redact-out-'))
    const one = await run(['-o', path.join(out, 'copy.json'), FILES.recorder], original)
    expect(one.code).toBe(0)
    expect(await readFile(path.join(out, 'copy.json'), 'utf8')).not.toContain(
      SECRETS.recorderStripe,
    )
    const several = await run(['--output', out, FILES.transcript, FILES.execution], original)
    expect(several.code).toBe(0)
    for (const file of [FILES.transcript, FILES.execution])
      expect(await readFile(path.join(out, path.basename(file)), 'utf8')).toContain(REDACTED)
    expect(await readFile(files.transcript, 'utf8')).toContain(SECRETS.promptToken)
  })

  test('in place keeps the mode, and leaves no temporary file', async () => {
    await chmod(files.recorder, 0o640)
    expect((await run(['-i', FILES.recorder], original)).code).toBe(0)
    expect((await stat(files.recorder)).mode & 0o777).toBe(0o640)
    const { readdir } = await import('node:fs/promises')
    expect(await readdir(path.dirname(files.recorder))).toEqual([path.basename(files.recorder)])
  })

  test('a link is followed: the file it names is redacted, the link kept', async () => {
    const { symlink, lstat } = await import('node:fs/promises')
    const link = path.join(original, 'link.json')
    await symlink(files.execution, link)
    expect((await run(['-i', 'link.json'], original)).code).toBe(0)
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
    expect(await readFile(files.execution, 'utf8')).not.toContain(SECRETS.executionHf)
  })
})

describe('patterns of your own', () => {
  test('--redact-pattern redacts what it matches, in RE2 syntax', async () => {
    const result = await run(
      ['--redact-pattern', String.raw`ACME-INTERNAL-\d+`, FILES.transcript],
      original,
    )
    expect(result.code).toBe(0)
    expect(result.stdout).not.toContain(SECRETS.customer)
    const without = await run([FILES.transcript], original)
    expect(without.stdout).toContain(SECRETS.customer)
  })

  test('a pattern that is not RE2 is a usage error, and nothing is written', async () => {
    const result = await run(['--redact-pattern', '(?<=a)b', '-i', FILES.transcript], original)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--redact-pattern')
    expect(result.stderr).toContain('not a valid RE2 regular expression')
    expect(await readFile(files.transcript, 'utf8')).toContain(SECRETS.promptToken)
  })
})

describe('mistakes', () => {
  test.each([
    [['--in-place', '--output', 'x', 'a.json'], 'not both'],
    [['a.json', 'b.json'], 'several FILEs need --in-place or --output FOLDER'],
    [['--bogus'], "Unknown option '--bogus'"],
    [['-', 'a.json'], 'standard input (-) is redacted alone'],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const result = await run(args, original)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
    expect(result.stderr).toContain("Run 'claude-session-report redact --help' for its usage.")
  })

  test('--output with several files must be a folder; two files of one name are refused', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'redact-out-'))
    await mkdir(path.join(original, 'other'))
    await writeFile(path.join(original, 'other', path.basename(FILES.execution)), '{}')
    const twice = await run(
      ['-o', out, FILES.execution, path.join('other', path.basename(FILES.execution))],
      original,
    )
    expect(twice.code).toBe(2)
    expect(twice.stderr).toContain('would overwrite each other')
    const notFolder = await run(
      ['-o', path.join(out, 'x.json'), FILES.execution, FILES.recorder],
      original,
    )
    expect(notFolder.code).toBe(2)
  })

  test('a missing file or a folder fails that file alone (exit 1), the others are redacted', async () => {
    const result = await run(['-i', 'missing.json', '.claude', FILES.execution], original)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('"missing.json": not redacted: no such file')
    expect(result.stderr).toContain('".claude": not redacted: it is a folder')
    expect(await readFile(files.execution, 'utf8')).not.toContain(SECRETS.executionHf)
  })

  test('an --output in a folder that does not exist names the copy, not the file', async () => {
    const result = await run(['-o', 'no/such/folder/copy.json', FILES.execution], original)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('no/such/folder/copy.json" cannot be written: no such file')
  })

  test('--help shows the usage on standard output', async () => {
    const result = await run(['--help'], original)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('--in-place')
  })
})
