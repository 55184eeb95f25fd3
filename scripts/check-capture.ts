/**
 * The bundled command as Claude Code runs it at the end of a session: `dist/cli/index.js capture
 * --commit` as a process, the hook input written to its standard input and the input left open,
 * as Claude Code may leave it, with a temporary git repository and Claude Code data folder.
 * Checks that it exits 0 promptly, that the transcript and its subagent's file were copied,
 * redacted, and committed; and that with no input at all it gives up within its time bound.
 *
 *   node scripts/check-capture.ts [--cli path/to/cli.js]
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ROOT } from './run-action.ts'

const args = process.argv.slice(2)
const cliAt = args.indexOf('--cli')
const cli =
  cliAt === -1 ? path.join(ROOT, 'dist', 'cli', 'index.js') : path.resolve(args[cliAt + 1]!)

const scratch = await mkdtemp(path.join(tmpdir(), 'check-capture-'))
const repo = path.join(scratch, 'repo')
const claude = path.join(scratch, 'claude')
const session = '0f5e7d2c-0000-4000-8000-00000000c0de'
const project = '-home-dev-app'
// Assembled here, so that no credential-shaped string sits in the sources.
const secret = `ghp_${'Ch3ck'.repeat(8)}`
const env = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: scratch,
  CLAUDE_CONFIG_DIR: claude,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Dev',
  GIT_AUTHOR_EMAIL: 'dev@example.com',
  GIT_COMMITTER_NAME: 'Dev',
  GIT_COMMITTER_EMAIL: 'dev@example.com',
}
const failures: string[] = []
const check = (what: string, ok: boolean, detail = '') => {
  console.log(`   ${ok ? 'ok  ' : 'FAIL'} ${what}${ok || detail === '' ? '' : `: ${detail}`}`)
  if (!ok) failures.push(what)
}

await mkdir(repo)
const git = (...gitArgs: string[]) =>
  execFileSync('git', ['-C', repo, ...gitArgs], { env, encoding: 'utf8' })
git('init', '--quiet')
const folder = path.join(claude, 'projects', project)
await mkdir(path.join(folder, session, 'subagents'), { recursive: true })
const line = (content: string) =>
  `${JSON.stringify({ type: 'user', sessionId: session, timestamp: '2026-03-02T09:00:00.000Z', message: { role: 'user', content } })}\n`
const transcript = path.join(folder, `${session}.jsonl`)
await writeFile(transcript, line(`deploy with ${secret}`))
await writeFile(path.join(folder, session, 'subagents', 'agent-a1.jsonl'), line(`and ${secret}`))

/** Runs the command with `input` written to its standard input, which is never closed. */
function capture(input: string): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now()
  const child = spawn(process.execPath, [cli, 'capture', '--commit'], {
    cwd: repo,
    env,
    stdio: ['pipe', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  if (input !== '') child.stdin.write(input)
  const killer = setTimeout(() => child.kill('SIGKILL'), 30_000)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(killer)
      resolve({ code, stderr, ms: Date.now() - started })
    })
  })
}

const hookInput = JSON.stringify({
  session_id: session,
  transcript_path: transcript,
  cwd: repo,
  hook_event_name: 'SessionEnd',
  reason: 'prompt_input_exit',
})
const first = await capture(hookInput)
console.log(`capture --commit, its input left open: exit ${first.code} in ${first.ms} ms`)
check('exits 0', first.code === 0, first.stderr)
const copied = path.join(repo, '.claude', 'projects', project)
const text = await readFile(path.join(copied, `${session}.jsonl`), 'utf8').catch(() => '')
const subagent = await readFile(
  path.join(copied, session, 'subagents', 'agent-a1.jsonl'),
  'utf8',
).catch(() => '')
check(
  'copies the transcript and its subagent, redacted',
  text.includes('[REDACTED]') && subagent.includes('[REDACTED]'),
)
check('no secret in the copies', !text.includes(secret) && !subagent.includes(secret))
check(
  'commits them',
  git('log', '-1', '--format=%s').trim() === `chore(sessions): add Claude Code session ${session}`,
  first.stderr,
)

const silent = await capture('')
console.log(`capture with no input, left open: exit ${silent.code} in ${silent.ms} ms`)
check('exits 0', silent.code === 0)
check('gives up within its time bound', silent.ms < 10_000, `${silent.ms} ms`)
// The first run waited for nothing: it took less time than the wait for an input that never came.
check(
  'the whole input was used without waiting for its end',
  first.ms < silent.ms,
  `${first.ms} ms`,
)
check('and says why', silent.stderr.includes('no hook input arrived'), silent.stderr)

await rm(scratch, { recursive: true, force: true })
if (failures.length > 0) process.exit(1)
