/**
 * `claude-session-report capture`: a Claude Code hook (SessionEnd) that copies the session's
 * transcript and its subagents' files into the repository, redacted on the way, and can commit
 * them. It never gets in the session's way: whatever goes wrong, it says why on standard error
 * and exits 0, the code with which Claude Code carries on (2 would block a Stop hook).
 */
import { execFile } from 'node:child_process'
import { constants, createReadStream } from 'node:fs'
import { chmod, lstat, mkdir, open, readdir, realpath } from 'node:fs/promises'
import { homedir } from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { parseArgs } from 'node:util'
import { replaceFile } from '../atomic-file.js'
import { quoted, unseenEscaped } from '../log-text.js'
import type { Redactor } from '../redact.js'
import { emptyTally, redactingStream, type RedactionTally } from '../redact-file.js'
import { readHookInput, type HookInput, type ReadBounds } from './hook-input.js'
import { EXIT_FAILED, type Command } from './command.js'
import { streamsOf, type CommandIo } from './io.js'
import { commandRedactor } from './redact-rules.js'
import { reasonOf } from './redact.js'

export const CAPTURE_USAGE = `Usage: claude-session-report capture [options]

A Claude Code hook (SessionEnd; Stop works too): reads the hook's JSON input on standard input and
copies the session's transcript, with its subagents' files, into the git repository of the
session's folder, redacted as the redact command does it. Folders are made 0700 and files 0600;
each file is written whole or not at all. A transcript outside Claude Code's data folder
(CLAUDE_CONFIG_DIR, or ~/.claude) and a destination outside the repository, or reached through a
symbolic link, are refused.

  --dest FOLDER           where to copy, relative to the repository's top folder (default:
                          .claude/projects/<the project's folder as Claude Code names it>)
  --commit                stage the files and commit them alone ("chore(sessions): …"); the
                          repository's own git hooks run as for any commit
  --redact-pattern RE2    one more secret pattern, in RE2 syntax (repeat it for more)
  -h, --help              show this help

It always exits 0, so that the session is never held up, and says on standard error what it did
or why it did nothing; only wrong arguments exit 1, which Claude Code shows without stopping.
`

const PREFIX = 'claude-session-report capture'

/** Bounds on git: a commit runs the repository's hooks, which may take a while, never forever. */
const GIT_TIMEOUT_MS = 30_000

/** Why nothing (more) was captured: said on standard error, and the hook still succeeds. */
class Refusal extends Error {}

export const captureCommand: Command = {
  name: 'capture',
  summary: "a Claude Code hook: copy the session's transcript into the repository, redacted",
  help: CAPTURE_USAGE,
  run: (args, io) => runCapture([...args], streamsOf(io)),
}

/** `capture` with its arguments; resolves to its exit code, 0 unless the arguments are wrong. */
export async function runCapture(
  args: string[],
  io: CommandIo,
  bounds?: ReadBounds,
): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: {
        dest: { type: 'string' },
        commit: { type: 'boolean' },
        'redact-pattern': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
      strict: true,
    })
  } catch (error) {
    io.stderr.write(
      `${PREFIX}: ${unseenEscaped((error as Error).message)}\n` +
        `Run 'claude-session-report capture --help' for its usage.\n`,
    )
    return EXIT_FAILED
  }
  const { values } = parsed
  if (values.help) {
    io.stdout.write(CAPTURE_USAGE)
    return 0
  }
  let redact: Redactor
  try {
    redact = await commandRedactor(values['redact-pattern'] ?? [])
  } catch (error) {
    io.stderr.write(`${PREFIX}: ${unseenEscaped((error as Error).message)}\n`)
    return EXIT_FAILED
  }
  if (io.stdin.isTTY === true) {
    io.stderr.write(
      `${PREFIX}: nothing captured: it reads a Claude Code hook's JSON on standard input\n`,
    )
    return 0
  }
  const input = await readHookInput(io.stdin, bounds)
  if ('problem' in input) {
    io.stderr.write(`${PREFIX}: nothing captured: ${input.problem}\n`)
    return 0
  }
  try {
    const captured = await capture(input, {
      dest: values.dest ?? null,
      commit: values.commit === true,
      redact,
      env: io.env,
    })
    io.stderr.write(`${PREFIX}: ${captured}\n`)
  } catch (error) {
    const reason = error instanceof Refusal ? error.message : reasonOf(error)
    io.stderr.write(`${PREFIX}: nothing captured: ${reason}\n`)
  }
  return 0
}

interface CaptureOptions {
  readonly dest: string | null
  readonly commit: boolean
  readonly redact: Redactor
  readonly env: CommandIo['env']
}

/** Copies the session's files; resolves to what was done, in words; throws why not. */
async function capture(input: HookInput, options: CaptureOptions): Promise<string> {
  const dataFolder = claudeDataFolder(options.env)
  const realData = await realpath(dataFolder).catch(() => {
    throw new Refusal(`Claude Code's data folder ${quoted(dataFolder)} does not exist`)
  })
  const given = path.resolve(input.cwd, expandHome(input.transcriptPath, options.env))
  const transcript = await realpath(given).catch(() => {
    throw new Refusal(`there is no transcript at ${quoted(given)}`)
  })
  if (!isInside(realData, transcript))
    throw new Refusal(
      `the transcript ${quoted(given)} is outside Claude Code's data folder ${quoted(dataFolder)}`,
    )
  if (!(await lstat(transcript)).isFile())
    throw new Refusal(`the transcript ${quoted(given)} is not a regular file`)

  if (!path.isAbsolute(input.cwd))
    throw new Refusal(`the session's folder ${quoted(input.cwd)} is not an absolute path`)
  const top = await gitTopLevel(input.cwd, options.env)
  const project = path.basename(path.dirname(transcript))
  const destination = path.resolve(top, options.dest ?? path.join('.claude', 'projects', project))
  const stem = path.basename(transcript).replace(/\.jsonl$/, '')

  // The files, from Claude Code's folder to the repository's.
  const copies: { from: string; to: string }[] = [
    { from: transcript, to: path.join(destination, path.basename(transcript)) },
  ]
  const subagents = path.join(stem, 'subagents')
  for (const file of await agentFilesUnder(path.join(path.dirname(transcript), subagents)))
    copies.push({
      from: path.join(path.dirname(transcript), subagents, file),
      to: path.join(destination, subagents, file),
    })
  for (const file of await flatAgentFiles(path.dirname(transcript), input.sessionId))
    copies.push({
      from: path.join(path.dirname(transcript), file),
      to: path.join(destination, file),
    })

  await ensureFolder(top, destination)
  for (const folder of new Set(copies.map((copy) => path.dirname(copy.to))))
    await ensureFolder(top, folder)
  const tally = emptyTally()
  for (const copy of copies) await copyRedacted(copy.from, copy.to, options.redact, tally)

  const files = copies.map((copy) => path.relative(top, copy.to))
  const where = quoted(path.relative(top, destination) || '.')
  const redacted = tally.strings + tally.textLinesChanged
  let said =
    `copied session ${input.sessionId} (${files.length === 1 ? '1 file' : `${files.length} files`}) ` +
    `to ${where}, ${redacted === 0 ? 'with nothing to redact' : `with ${redacted} redaction(s)`}`
  if (options.commit) said += `; ${await commit(top, files, input.sessionId, options.env)}`
  return said
}

/** What a subagent leaves: its transcript, and the meta file with its type and description. */
const AGENT_FILE = /\.(?:jsonl|meta\.json)$/

/**
 * The subagents' files under a session's `subagents` folder (Claude Code 2.1.2 and later), relative
 * to it, in its sub-folders too (`workflows/<id>/`). Links are not followed out of Claude Code's
 * folder: only regular files and real folders are taken.
 */
async function agentFilesUnder(folder: string, within = ''): Promise<string[]> {
  const entries = await readdir(path.join(folder, within), { withFileTypes: true }).catch(() => [])
  const files: string[] = []
  for (const entry of entries) {
    const name = path.join(within, entry.name)
    if (entry.isDirectory()) files.push(...(await agentFilesUnder(folder, name)))
    else if (entry.isFile() && AGENT_FILE.test(entry.name)) files.push(name)
  }
  return files
}

/** Bytes of a flat agent file read to find the session it belongs to (its first line's). */
const FLAT_AGENT_HEAD_BYTES = 64 * 1024

/**
 * The subagents' files that Claude Code 2.0.x–2.1.1 wrote flat beside the sessions
 * (`agent-<id>.jsonl`, and a meta file if there is one), of this session: those whose lines name it
 * as their `sessionId`, read from the start of each file.
 */
async function flatAgentFiles(folder: string, sessionId: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true })
  const files: string[] = []
  for (const entry of entries) {
    if (!entry.isFile() || !/^agent-.+\.jsonl$/.test(entry.name)) continue
    if ((await firstSessionId(path.join(folder, entry.name))) !== sessionId) continue
    files.push(entry.name)
    const meta = entry.name.replace(/\.jsonl$/, '.meta.json')
    if (entries.some((other) => other.isFile() && other.name === meta)) files.push(meta)
  }
  return files
}

/** The first `"sessionId":"…"` of a transcript's first bytes, or null. */
async function firstSessionId(file: string): Promise<string | null> {
  const handle = await open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)).catch(
    () => null,
  )
  if (handle === null) return null
  try {
    const head = Buffer.alloc(FLAT_AGENT_HEAD_BYTES)
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    // A quote inside a string is escaped, so this finds a key of the line itself.
    const found = /"sessionId":"([^"\\]{1,200})"/.exec(head.toString('utf8', 0, bytesRead))
    return found ? found[1]! : null
  } finally {
    await handle.close()
  }
}

/** Claude Code's data folder: CLAUDE_CONFIG_DIR when set, otherwise ~/.claude. */
function claudeDataFolder(env: CommandIo['env']): string {
  const configured = env.CLAUDE_CONFIG_DIR?.trim()
  if (configured) return path.resolve(expandHome(configured, env))
  return path.join(env.HOME || homedir(), '.claude')
}

function expandHome(file: string, env: CommandIo['env']): string {
  return file === '~' || file.startsWith('~/')
    ? path.join(env.HOME || homedir(), file.slice(1))
    : file
}

function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate)
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  )
}

/** The top folder of the git work tree that holds `folder`, its real path. */
async function gitTopLevel(folder: string, env: CommandIo['env']): Promise<string> {
  const result = await git(folder, ['rev-parse', '--show-toplevel'], env)
  if (!result.ok)
    throw new Refusal(`the session's folder ${quoted(folder)} is not in a git repository`)
  return realpath(result.stdout.trim())
}

/**
 * Makes the folders missing from the repository's top down to `folder`, mode 0700 (folders that
 * are there keep theirs). Refuses the top folder itself, a folder outside the repository or inside
 * `.git`, and a symbolic link (or a file) on the way: nothing is written where a link leads.
 */
async function ensureFolder(top: string, folder: string): Promise<void> {
  const relative = path.relative(top, folder)
  if (
    relative === '' ||
    relative === '..' ||
    relative.startsWith(`..${path.sep}`) ||
    path.isAbsolute(relative)
  )
    throw new Refusal(
      `the destination ${quoted(folder)} is not inside the repository ${quoted(top)}`,
    )
  const parts = relative.split(path.sep)
  if (parts[0] === '.git') throw new Refusal(`the destination ${quoted(folder)} is inside .git`)
  let current = top
  for (const part of parts) {
    current = path.join(current, part)
    const status = await lstat(current).catch(() => null)
    if (status === null) {
      await mkdir(current)
      // Not narrowed by the umask, as mkdir's mode would be.
      await chmod(current, 0o700)
    } else if (status.isSymbolicLink())
      throw new Refusal(`${quoted(current)} is a symbolic link, and the destination follows none`)
    else if (!status.isDirectory()) throw new Refusal(`${quoted(current)} is not a folder`)
  }
}

async function copyRedacted(
  from: string,
  to: string,
  redact: Redactor,
  tally: RedactionTally,
): Promise<void> {
  await replaceFile(to, 0o600, async (out) => {
    await pipeline(createReadStream(from), redactingStream(redact, tally), out)
    return true
  })
}

/**
 * Stages the files and commits them, and them alone (other staged changes stay staged), with
 * the repository's hooks; says what happened, a failure included.
 */
async function commit(
  top: string,
  files: readonly string[],
  sessionId: string,
  env: CommandIo['env'],
): Promise<string> {
  const tracked = await git(top, ['ls-files', '--', files[0]!], env)
  const verb = tracked.ok && tracked.stdout.trim() !== '' ? 'update' : 'add'
  const added = await git(top, ['add', '--', ...files], env)
  if (!added.ok) return `not committed: git add failed: ${added.output}`
  // `--quiet` exits 0 when the staged files are as committed already.
  const unchanged = await git(top, ['diff', '--cached', '--quiet', '--', ...files], env)
  if (unchanged.ok) return 'nothing new to commit'
  const message = `chore(sessions): ${verb} Claude Code session ${sessionId}`
  const committed = await git(top, ['commit', '--quiet', '-m', message, '--', ...files], env)
  if (!committed.ok) return `not committed: git commit failed: ${committed.output}`
  return `committed as ${quoted(message)}`
}

type GitResult =
  { readonly ok: true; readonly stdout: string } | { readonly ok: false; readonly output: string }

function git(folder: string, args: readonly string[], env: CommandIo['env']): Promise<GitResult> {
  return new Promise((resolve) => {
    const child = execFile(
      'git',
      ['-C', folder, ...args],
      {
        timeout: GIT_TIMEOUT_MS,
        maxBuffer: 1024 * 1024,
        // Never a prompt for a password or an editor: nobody is there to answer.
        env: { ...env, GIT_TERMINAL_PROMPT: '0', GIT_EDITOR: 'true' },
      },
      (error, stdout, stderr) => {
        if (error === null) resolve({ ok: true, stdout })
        else {
          const said = `${stderr}\n${stdout}`.trim().split('\n').slice(-3).join(' / ')
          resolve({
            ok: false,
            output:
              said ||
              (error.killed ? `no answer within ${GIT_TIMEOUT_MS / 1000} s` : error.message),
          })
        }
      },
    )
    // A hook of the repository's that reads its input gets none, rather than waiting for it.
    child.stdin?.end()
  })
}
