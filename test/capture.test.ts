/**
 * `claude-session-report capture` as Claude Code runs it at the end of a session: a hook input on
 * standard input, a fake Claude Code data folder (CLAUDE_CONFIG_DIR) holding a transcript with
 * subagents and secrets, and a temporary git repository to capture into.
 */
import { execFileSync } from 'node:child_process'
import {
  chmod,
  cp,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { beforeEach, describe, expect, test } from 'vitest'
import { runCapture } from '../src/cli/capture.ts'
import type { CommandIo } from '../src/cli/io.ts'
import { REDACTED } from '../src/redact.ts'
import {
  FILES,
  PROJECT,
  SECRETS,
  SESSION,
  SUBAGENT,
  writeSecretLogs,
} from './support/secret-logs.ts'

let scratch: string
let repo: string
let claude: string
let transcript: string
let env: Record<string, string>
const destination = () => path.join(repo, '.claude', 'projects', PROJECT)
/** What a capture of the written session leaves in the destination. */
const CAPTURED = [
  SESSION,
  `${SESSION}.jsonl`,
  `${SESSION}/subagents`,
  `${SESSION}/subagents/${SUBAGENT}.jsonl`,
  `${SESSION}/subagents/${SUBAGENT}.meta.json`,
]

beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'capture-'))
  repo = path.join(scratch, 'repo')
  claude = path.join(scratch, 'claude-data')
  await mkdir(path.join(scratch, 'home'))
  env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: path.join(scratch, 'home'),
    CLAUDE_CONFIG_DIR: claude,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Dev',
    GIT_AUTHOR_EMAIL: 'dev@example.com',
    GIT_COMMITTER_NAME: 'Dev',
    GIT_COMMITTER_EMAIL: 'dev@example.com',
  }
  await mkdir(path.join(repo, 'src'), { recursive: true })
  git('init', '--quiet', '--initial-branch=main')
  await writeFile(path.join(repo, 'README.md'), 'app\n')
  git('add', 'README.md')
  git('commit', '--quiet', '-m', 'first')
  // Claude Code's folder: the logs' `.claude/projects/<project>/…` under CLAUDE_CONFIG_DIR.
  const written = await writeSecretLogs(path.join(scratch, 'made'))
  await cp(path.join(scratch, 'made', '.claude'), claude, { recursive: true })
  transcript = path.join(claude, path.relative('.claude', FILES.transcript))
  expect(written.transcript).toContain(SESSION)
})

function git(...args: string[]): string {
  return execFileSync('git', ['-C', repo, ...args], { env, encoding: 'utf8' })
}

function hookInput(fields: Record<string, unknown> = {}): string {
  return JSON.stringify({
    session_id: SESSION,
    transcript_path: transcript,
    cwd: path.join(repo, 'src'),
    permission_mode: 'default',
    hook_event_name: 'SessionEnd',
    reason: 'prompt_input_exit',
    ...fields,
  })
}

async function capture(
  args: string[] = [],
  input: string | Readable = hookInput(),
  bounds?: { maxBytes: number; timeoutMs: number },
): Promise<{ code: number; stderr: string; stdout: string }> {
  const out = new PassThrough()
  const err = new PassThrough()
  let stdout = ''
  let stderr = ''
  out.on('data', (chunk) => (stdout += chunk))
  err.on('data', (chunk) => (stderr += chunk))
  const stdin = typeof input === 'string' ? Readable.from([input]) : input
  const io: CommandIo = { stdin, stdout: out, stderr: err, env, cwd: repo }
  const code = await runCapture(args, io, bounds)
  return { code, stderr, stdout }
}

/** Every file and folder under `folder`, relative, sorted. */
async function tree(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true }).catch(() => [])
  return entries.map((entry) => entry.split(path.sep).join('/')).sort()
}

describe('a session captured', () => {
  test('copies the transcript and its subagents, redacted, 0700 and 0600', async () => {
    const result = await capture()
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(
      new RegExp(
        `copied session ${SESSION} \\(3 files\\) to ".claude/projects/${PROJECT}", with \\d+ redaction`,
      ),
    )
    expect(await tree(destination())).toEqual(CAPTURED)
    for (const folder of [
      path.join(repo, '.claude'),
      path.join(repo, '.claude', 'projects'),
      destination(),
      path.join(destination(), SESSION),
      path.join(destination(), SESSION, 'subagents'),
    ])
      expect((await stat(folder)).mode & 0o777, folder).toBe(0o700)
    for (const file of [
      `${SESSION}.jsonl`,
      `${SESSION}/subagents/${SUBAGENT}.jsonl`,
      `${SESSION}/subagents/${SUBAGENT}.meta.json`,
    ]) {
      const copied = path.join(destination(), file)
      expect((await stat(copied)).mode & 0o777, file).toBe(0o600)
      const text = await readFile(copied, 'utf8')
      expect(text).toContain(REDACTED)
      for (const [name, secret] of Object.entries(SECRETS))
        if (name !== 'customer') expect(text, `${name} in ${file}`).not.toContain(secret)
    }
    // The transcript's lines are all there, one JSON object per line as before.
    const before = (await readFile(transcript, 'utf8')).split('\n')
    const after = (await readFile(path.join(destination(), `${SESSION}.jsonl`), 'utf8')).split('\n')
    expect(after.length).toBe(before.length)
    // Nothing is committed without --commit, and Claude Code's own copy is untouched.
    expect(git('log', '--oneline').trim().split('\n').length).toBe(1)
    expect(await readFile(transcript, 'utf8')).toContain(SECRETS.promptToken)
  })

  test('a folder that was there keeps its mode; the folders made are 0700', async () => {
    await mkdir(path.join(repo, '.claude'))
    await chmod(path.join(repo, '.claude'), 0o755)
    expect((await capture()).code).toBe(0)
    expect((await stat(path.join(repo, '.claude'))).mode & 0o777).toBe(0o755)
    expect((await stat(path.join(repo, '.claude', 'projects'))).mode & 0o777).toBe(0o700)
  })

  test('--redact-pattern redacts the patterns given too', async () => {
    await capture(['--redact-pattern', String.raw`ACME-INTERNAL-\d+`])
    const text = await readFile(path.join(destination(), `${SESSION}.jsonl`), 'utf8')
    expect(text).not.toContain(SECRETS.customer)
  })

  test('--dest chooses the folder, relative to the repository top', async () => {
    const result = await capture(['--dest', 'logs/claude'])
    expect(result.code).toBe(0)
    expect(await tree(path.join(repo, 'logs', 'claude'))).toContain(`${SESSION}.jsonl`)
    expect((await stat(path.join(repo, 'logs'))).mode & 0o777).toBe(0o700)
  })

  test('a second capture (Stop after every turn) replaces the copies whole', async () => {
    await capture()
    await writeFile(
      transcript,
      `${await readFile(transcript, 'utf8')}{"type":"summary","summary":"more"}\n`,
    )
    expect((await capture()).code).toBe(0)
    const text = await readFile(path.join(destination(), `${SESSION}.jsonl`), 'utf8')
    expect(text).toContain('"summary":"more"')
    // No temporary file is left behind.
    expect((await tree(destination())).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  test('copies the subagents of workflows, and the flat agent files of this session only', async () => {
    const project = path.dirname(transcript)
    const nested = path.join(project, SESSION, 'subagents', 'workflows', 'wf_1')
    await mkdir(nested, { recursive: true })
    const line = (session: string): string =>
      `${JSON.stringify({ type: 'user', sessionId: session, isSidechain: true, message: { role: 'user', content: 'Warmup' } })}\n`
    await writeFile(path.join(nested, 'agent-w1.jsonl'), line(SESSION))
    // Claude Code 2.0.x: subagents flat beside the sessions, told apart by the session they name.
    await writeFile(path.join(project, 'agent-0a1b2c3d.jsonl'), line(SESSION))
    await writeFile(path.join(project, 'agent-0a1b2c3d.meta.json'), '{"agentType":"Explore"}')
    await writeFile(path.join(project, 'agent-9f8e7d6c.jsonl'), line('another-session'))
    // A string that quotes the session's id is not the line's own sessionId.
    await writeFile(
      path.join(project, 'agent-5e5e5e5e.jsonl'),
      `${JSON.stringify({ type: 'user', sessionId: 'other', message: { content: `"sessionId":"${SESSION}"` } })}\n`,
    )
    await symlink(
      path.join(project, 'agent-0a1b2c3d.jsonl'),
      path.join(project, 'agent-1inked.jsonl'),
    )
    const result = await capture()
    expect(result.stderr).toContain('(6 files)')
    expect(await tree(destination())).toEqual([
      ...CAPTURED,
      `${SESSION}/subagents/workflows`,
      `${SESSION}/subagents/workflows/wf_1`,
      `${SESSION}/subagents/workflows/wf_1/agent-w1.jsonl`,
      'agent-0a1b2c3d.jsonl',
      'agent-0a1b2c3d.meta.json',
    ])
  })

  test('a transcript without a subagents folder is copied alone', async () => {
    const { rm } = await import('node:fs/promises')
    await rm(path.join(path.dirname(transcript), SESSION), { recursive: true })
    const result = await capture()
    expect(result.stderr).toContain('(1 file)')
    expect(await tree(destination())).toEqual([`${SESSION}.jsonl`])
  })
})

describe('--commit', () => {
  test('commits the files alone, with a conventional message, running the hooks', async () => {
    // Work of the developer's own, staged: it stays staged, out of the commit.
    await writeFile(path.join(repo, 'src', 'app.ts'), 'export {}\n')
    git('add', 'src/app.ts')
    const hook = path.join(repo, '.git', 'hooks', 'pre-commit')
    await writeFile(hook, `#!/bin/sh\necho ran > "${path.join(scratch, 'hook-ran')}"\n`)
    await chmod(hook, 0o755)

    const result = await capture(['--commit'])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain(
      `committed as "chore(sessions): add Claude Code session ${SESSION}"`,
    )
    expect(git('log', '-1', '--format=%s').trim()).toBe(
      `chore(sessions): add Claude Code session ${SESSION}`,
    )
    expect(git('show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual(
      [
        `.claude/projects/${PROJECT}/${SESSION}.jsonl`,
        `.claude/projects/${PROJECT}/${SESSION}/subagents/${SUBAGENT}.jsonl`,
        `.claude/projects/${PROJECT}/${SESSION}/subagents/${SUBAGENT}.meta.json`,
      ].sort(),
    )
    expect(git('diff', '--cached', '--name-only').trim()).toBe('src/app.ts')
    expect(await readFile(path.join(scratch, 'hook-ran'), 'utf8')).toBe('ran\n')
    // What was committed is the redacted copy.
    expect(git('show', `HEAD:.claude/projects/${PROJECT}/${SESSION}.jsonl`)).not.toContain(
      SECRETS.promptToken,
    )
  })

  test('a session captured again is committed as an update', async () => {
    await capture(['--commit'])
    await writeFile(
      transcript,
      `${await readFile(transcript, 'utf8')}{"type":"summary","summary":"more"}\n`,
    )
    const result = await capture(['--commit'])
    expect(result.stderr).toContain(`"chore(sessions): update Claude Code session ${SESSION}"`)
  })

  test('nothing new to commit is said, and the hook still succeeds', async () => {
    await capture(['--commit'])
    const again = await capture(['--commit'])
    expect(again.code).toBe(0)
    expect(again.stderr).toContain('; nothing new to commit')
    expect(git('log', '--oneline').trim().split('\n').length).toBe(2)
  })

  test('a hook that rejects the commit is reported; the files stay written', async () => {
    const hook = path.join(repo, '.git', 'hooks', 'pre-commit')
    await writeFile(hook, '#!/bin/sh\necho "logs are not allowed here" >&2\nexit 1\n')
    await chmod(hook, 0o755)
    const result = await capture(['--commit'])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('not committed: git commit failed: logs are not allowed here')
    expect(await tree(destination())).toContain(`${SESSION}.jsonl`)
    expect(git('log', '--oneline').trim().split('\n').length).toBe(1)
  })

  test('an ignored destination is reported, not forced in', async () => {
    await writeFile(path.join(repo, '.gitignore'), '.claude/projects/\n')
    const result = await capture(['--commit'])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('not committed: git add failed')
    expect(git('log', '--oneline').trim().split('\n').length).toBe(1)
  })
})

describe('refused, and the hook still succeeds', () => {
  async function expectNothingCaptured(result: { code: number; stderr: string }, reason: string) {
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('nothing captured: ')
    expect(result.stderr).toContain(reason)
    expect(await tree(path.join(repo, '.claude'))).toEqual([])
  }

  test('a transcript outside Claude Code’s data folder', async () => {
    const outside = path.join(scratch, 'elsewhere.jsonl')
    await writeFile(outside, '{"type":"summary"}\n')
    await expectNothingCaptured(
      await capture([], hookInput({ transcript_path: outside })),
      "is outside Claude Code's data folder",
    )
  })

  test('a link inside the data folder that leads out of it', async () => {
    const outside = path.join(scratch, 'secret-notes.jsonl')
    await writeFile(outside, '{"type":"summary"}\n')
    const link = path.join(path.dirname(transcript), 'linked.jsonl')
    await symlink(outside, link)
    await expectNothingCaptured(
      await capture([], hookInput({ transcript_path: link })),
      "is outside Claude Code's data folder",
    )
  })

  test('a path that climbs out with ..', async () => {
    const outside = path.join(scratch, 'x.jsonl')
    await writeFile(outside, '{}\n')
    await expectNothingCaptured(
      await capture([], hookInput({ transcript_path: path.join(claude, '..', 'x.jsonl') })),
      'outside',
    )
  })

  test('a destination outside the repository', async () => {
    await expectNothingCaptured(
      await capture(['--dest', '../outside']),
      'is not inside the repository',
    )
    expect(await tree(path.join(scratch, 'outside'))).toEqual([])
  })

  test('a destination reached through a linked folder', async () => {
    const outside = path.join(scratch, 'outside')
    await mkdir(outside)
    await symlink(outside, path.join(repo, '.claude'))
    const result = await capture()
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('is a symbolic link, and the destination follows none')
    expect(await tree(outside)).toEqual([])
  })

  test('the repository top itself as the destination', async () => {
    await expectNothingCaptured(await capture(['--dest', '.']), 'is not inside the repository')
    expect((await stat(repo)).mode & 0o777).not.toBe(0o700)
  })

  test('a destination inside .git', async () => {
    await expectNothingCaptured(await capture(['--dest', '.git/hooks']), 'inside .git')
  })

  test('a session folder outside any git repository', async () => {
    const loose = path.join(scratch, 'loose')
    await mkdir(loose)
    await expectNothingCaptured(
      await capture([], hookInput({ cwd: loose })),
      'is not in a git repository',
    )
  })

  test('a missing transcript', async () => {
    await expectNothingCaptured(
      await capture(
        [],
        hookInput({ transcript_path: path.join(path.dirname(transcript), 'gone.jsonl') }),
      ),
      'there is no transcript at',
    )
  })

  test('a missing data folder', async () => {
    env.CLAUDE_CONFIG_DIR = path.join(scratch, 'no-such-folder')
    await expectNothingCaptured(await capture(), "Claude Code's data folder")
  })

  test.each([
    ['not JSON', 'session ended', 'the hook input is not JSON'],
    ['empty', '', 'the hook input is empty'],
    ['no transcript_path', JSON.stringify({ session_id: SESSION, cwd: '/x' }), 'transcript_path'],
    [
      'a session id that is a path',
      JSON.stringify({ session_id: '../../x', transcript_path: '/x', cwd: '/x' }),
      'session_id',
    ],
  ])('a hook input that is %s', async (_name, input, reason) => {
    await expectNothingCaptured(await capture([], input), reason)
  })

  test('an input longer than the bound', async () => {
    const long = `{"session_id":"${'a'.repeat(2000)}"}`
    await expectNothingCaptured(
      await capture([], long, { maxBytes: 1000, timeoutMs: 5000 }),
      'longer than 1000 bytes',
    )
  })
})

describe('standard input left open', () => {
  test('a whole input is used at once, without waiting for the end of the input', async () => {
    const stdin = new PassThrough()
    stdin.write(hookInput())
    const started = Date.now()
    const result = await capture([], stdin, { maxBytes: 1 << 20, timeoutMs: 20_000 })
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(result.stderr).toContain(`copied session ${SESSION}`)
    expect(stdin.destroyed).toBe(true)
  })

  test('an input that never comes gives up after the time bound', async () => {
    const stdin = new PassThrough()
    const started = Date.now()
    const result = await capture([], stdin, { maxBytes: 1 << 20, timeoutMs: 300 })
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
    expect(result).toMatchObject({ code: 0 })
    expect(result.stderr).toContain('no hook input arrived on standard input within 300 ms')
  })

  test('an input cut in two arrives whole', async () => {
    const stdin = new PassThrough()
    const input = hookInput()
    stdin.write(input.slice(0, 20))
    setTimeout(() => stdin.write(input.slice(20)), 50)
    const result = await capture([], stdin, { maxBytes: 1 << 20, timeoutMs: 20_000 })
    expect(result.stderr).toContain(`copied session ${SESSION}`)
  })
})

describe('arguments', () => {
  test('--help shows the usage', async () => {
    const result = await capture(['--help'])
    expect(result).toMatchObject({ code: 0 })
    expect(result.stdout).toContain('SessionEnd')
  })

  test('an unknown option exits 1, which Claude Code shows without blocking anything', async () => {
    const result = await capture(['--comit'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain("Unknown option '--comit'")
    expect((await lstat(path.join(repo, '.claude')).catch(() => null)) === null).toBe(true)
  })
})
