/**
 * `claude-session-report redact`: writes session log files with their secrets redacted, for
 * committing them (or sharing them) without what they should not hold.
 */
import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { parseArgs } from 'node:util'
import { replaceFile } from '../atomic-file.js'
import { quoted, unseenEscaped } from '../log-text.js'
import type { Redactor } from '../redact.js'
import {
  changedAnything,
  emptyTally,
  redactingStream,
  type RedactionTally,
} from '../redact-file.js'
import { EXIT_USAGE, type Command } from './command.js'
import { streamsOf, type CommandIo } from './io.js'
import { commandRedactor } from './redact-rules.js'

export const REDACT_USAGE = `Usage: claude-session-report redact [options] [FILE...]

Redacts secrets from session logs: session-recorder logs, Claude Code transcripts and
claude-code-action execution files. Every JSON string is redacted, object keys included, with the
rules the action applies to what it publishes, and a string value whose key names a secret
("password", "GITHUB_TOKEN", "apiKey") is redacted whole. Every other byte is kept: the file stays
valid JSON (a transcript, one object per line) and reports the same numbers. A line that is not
JSON is redacted as plain text. Files are read a line at a time, whatever their size.

  FILE                    a file to redact; without one, or with -, standard input
  -i, --in-place          rewrite each FILE in its place, atomically and keeping its mode; a
                          file with nothing to redact is left untouched
  -o, --output PATH       write the redacted copy to PATH; with several FILEs, PATH is a folder
                          and each copy keeps its file's name
  --redact-pattern RE2    one more secret pattern, in RE2 syntax, as the action's
                          redact-patterns input (repeat it for more)
  -h, --help              show this help

Without --in-place or --output, the one FILE is written, redacted, to standard output.
What was redacted is counted on standard error. Exit codes: 0 done, 1 a file could not be
redacted (the others are), 2 wrong arguments.
`

/** Where one file's redacted copy goes. */
type Destination =
  | { readonly kind: 'stdout' }
  | { readonly kind: 'in-place' }
  | { readonly kind: 'file'; readonly path: string }

export const redactCommand: Command = {
  name: 'redact',
  summary: 'redact secrets from session log files, keeping them valid JSON',
  help: REDACT_USAGE,
  run: (args, io) => runRedact([...args], streamsOf(io)),
}

/** `redact` with its arguments; resolves to its exit code. */
export async function runRedact(args: string[], io: CommandIo): Promise<number> {
  const usageError = (message: string): number => {
    io.stderr.write(
      `claude-session-report redact: ${unseenEscaped(message)}\n` +
        `Run 'claude-session-report redact --help' for its usage.\n`,
    )
    return EXIT_USAGE
  }
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: {
        'in-place': { type: 'boolean', short: 'i' },
        output: { type: 'string', short: 'o' },
        'redact-pattern': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    return usageError((error as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout.write(REDACT_USAGE)
    return 0
  }
  const files = positionals.length === 0 ? ['-'] : positionals
  const inPlace = values['in-place'] === true
  const output = values.output
  if (inPlace && output !== undefined) return usageError('give --in-place or --output, not both')
  if (files.includes('-') && files.length > 1)
    return usageError('standard input (-) is redacted alone, not with files')
  if (files.includes('-') && (inPlace || output !== undefined))
    return usageError('standard input (-) is redacted to standard output only')
  if (files.includes('-') && io.stdin.isTTY === true)
    return usageError('give a FILE, or pipe a file to standard input')
  if (!inPlace && output === undefined && files.length > 1)
    return usageError('several FILEs need --in-place or --output FOLDER')

  let redact: Redactor
  try {
    redact = await commandRedactor(values['redact-pattern'] ?? [])
  } catch (error) {
    return usageError((error as Error).message)
  }

  let destinations: Destination[]
  if (inPlace) destinations = files.map(() => ({ kind: 'in-place' }))
  else if (output === undefined) destinations = [{ kind: 'stdout' }]
  else {
    const target = path.resolve(io.cwd, output)
    const isFolder = (await stat(target).catch(() => null))?.isDirectory() === true
    if (files.length > 1 && !isFolder)
      return usageError(`--output ${quoted(output)} is not a folder, and several FILEs need one`)
    const names = files.map((file) => path.basename(file))
    const twice = names.find((name, index) => names.indexOf(name) !== index)
    if (isFolder && twice !== undefined)
      return usageError(
        `two FILEs are named ${quoted(twice)}: their copies would overwrite each other`,
      )
    destinations = names.map((name) => ({
      kind: 'file',
      path: isFolder ? path.join(target, name) : target,
    }))
  }

  let failed = 0
  for (const [index, file] of files.entries()) {
    const destination = destinations[index]!
    const shown = file === '-' ? 'standard input' : quoted(file)
    try {
      const tally = await redactOne(file, destination, redact, io)
      io.stderr.write(`${shown}: ${describe(tally, destination)}\n`)
    } catch (error) {
      failed++
      io.stderr.write(`${shown}: not redacted: ${reasonOf(error)}\n`)
    }
  }
  return failed === 0 ? 0 : 1
}

async function redactOne(
  file: string,
  destination: Destination,
  redact: Redactor,
  io: CommandIo,
): Promise<RedactionTally> {
  const tally = emptyTally()
  const through = (source: Readable) => [source, redactingStream(redact, tally)] as const
  if (file === '-') {
    await pipeline(...through(io.stdin), io.stdout, { end: false })
    return tally
  }
  // A link is followed: the file it names is the one redacted, and replaced in its own folder.
  const source = await realpath(path.resolve(io.cwd, file))
  const status = await stat(source)
  if (!status.isFile())
    throw new Error(status.isDirectory() ? 'it is a folder' : 'it is not a regular file')
  if (destination.kind === 'stdout') {
    await pipeline(...through(createReadStream(source)), io.stdout, { end: false })
    return tally
  }
  const target = destination.kind === 'in-place' ? source : destination.path
  let reading = false
  try {
    await replaceFile(target, status.mode & 0o7777, async (out) => {
      reading = true
      await pipeline(...through(createReadStream(source)), out)
      return destination.kind === 'file' || changedAnything(tally)
    })
  } catch (error) {
    // The copy could not even be started: the reason is the folder it goes to.
    if (reading || destination.kind === 'in-place') throw error
    throw new Error(`${quoted(target)} cannot be written: ${reasonOf(error)}`, { cause: error })
  }
  return tally
}

/** What a file's redaction did, in a few words. */
function describe(tally: RedactionTally, destination: Destination): string {
  const where = destination.kind === 'file' ? ` to ${quoted(destination.path)}` : ''
  const notJson =
    tally.textLines === 0
      ? ''
      : `; ${plural(tally.textLines, 'line')} not JSON, redacted as text` +
        (tally.textLinesChanged === 0 ? '' : ` (${tally.textLinesChanged} changed)`)
  if (!changedAnything(tally))
    return destination.kind === 'in-place'
      ? `nothing to redact; left as it was${notJson}`
      : `nothing to redact; copied${where}${notJson}`
  const keys = tally.keys === 0 ? '' : ` (${plural(tally.keys, 'object key')} among them)`
  return `redacted ${plural(tally.strings, 'string')}${keys}${where}${notJson}`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** Why a file could not be redacted, in words. */
export function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission was denied'
  if (code === 'EISDIR') return 'it is a folder'
  if (code === 'ENOSPC') return 'the disk is full'
  if (code === 'ELOOP') return 'symbolic links on the way form a loop'
  return error instanceof Error ? error.message : String(error)
}
