/**
 * One row per interaction, for the exports that keep history (the NDJSON `interactions-file`, the
 * databases, the local API). A session-recorder log gives one row per entry of its `interactions`
 * array; a transcript gives one row per prompt the user typed, assistant response (each
 * `message.id` once), tool use (each `tool_use` id once) and tool result; an execution file the
 * same from its messages. A file's rows by kind are its digest's `kinds`. Every string in a row
 * has been through the run's redactor.
 *
 * Rows are made only when an export asks for them, by reading each readable file again with the
 * plain parsers, one file at a time: a recorder log is split into its interactions as it streams
 * (so a log of any size is read with the memory of its largest interaction), a transcript line by
 * line, an execution file whole (as the reader reads it).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { locateExecutionFile } from './execution-file.js'
import type { FoundFiles } from './find.js'
import type { LogPath } from './log-path.js'
import { KNOWN_KINDS, type FileOutcome, type InteractionKind, type ReadFile } from './model.js'
import type { Redactor } from './redact.js'
import { factsOfValue } from './formats/claude-code/line-facts.js'
import { TranscriptLineScanner } from './formats/claude-code/line-scanner.js'
import { UNKNOWN_TOOL } from './formats/digest-builder.js'
import { RecorderItemSplitter } from './rows/recorder-items.js'
import { rowText, type RowText } from './rows/row-text.js'
import { instant, TranscriptRows, type FileIdentity } from './rows/transcript-rows.js'
import {
  describeFsError,
  describeNotRegular,
  EXECUTION_FILE_LIMIT_BYTES,
  READ_FLAGS,
} from './scan-file.js'

import type { ExportTokens } from './usage.js'

export { ROW_TEXT_MAX } from './rows/row-text.js'

/** Tokens of one assistant response (transcripts and execution files only). */
export type RowTokens = ExportTokens

export interface InteractionRow {
  /** The session the row belongs to (a subagent's rows carry its parent's session id). */
  readonly session_id: string
  /** The file it was read from, relative to the workspace, with forward slashes. */
  readonly file: string
  /**
   * Position of the row in its file, from 0, in the order rows were first seen: with `file`, the
   * row's identity across runs (a file that grows keeps the positions of its earlier rows).
   */
  readonly index: number
  /** Normalised to ISO 8601 UTC, or null when absent or not a valid instant. */
  readonly timestamp: string | null
  readonly kind: InteractionKind
  /**
   * The tool of a tool call (`(unknown tool)` when it names none, as the report counts it) or of
   * a tool result, when known.
   */
  readonly tool: string | null
  /** The model of an assistant response (its most complete copy's). */
  readonly model: string | null
  /** A subagent's id, for rows from its own file. */
  readonly agent_id: string | null
  /** An assistant response's tokens (its most complete copy's), when the log gives them. */
  readonly tokens: RowTokens | null
  /**
   * What was typed (`user_message`), or what the assistant said (`assistant_summary`: a recorder's
   * summary, a response's text blocks), redacted and cut to `ROW_TEXT_MAX` characters; null for
   * other kinds.
   */
  readonly text: string | null
}

/** A readable file to make rows of. */
export interface RowSource {
  /** The path it was read by (its bytes, for a name that is not UTF-8). */
  readonly file: LogPath
  /** Its outcome, already redacted: rows take their session id, agent id and path from it. */
  readonly read: ReadFile
}

export interface RowOptions {
  readonly redact: Redactor
  /**
   * Told of a file whose rows are not all exported (too large an interaction, a file changed or
   * gone since it was read), with the file's path and the reason, a sentence without a full stop.
   */
  readonly onSkipped?: (file: string, reason: string) => void
  /** The largest interaction parsed for its row, in bytes; `ITEM_LIMIT_BYTES` by default. */
  readonly itemLimitBytes?: number
}

/**
 * The readable files of a run, with the paths to read them again by. `outcomes` are in the order
 * `readFound` gives them (the files found, those refused, then the execution file given, if any).
 */
export function rowSources(
  workspace: string,
  found: FoundFiles,
  outcomes: readonly FileOutcome[],
  executionFile: string,
  runnerTemp: string | undefined,
): RowSource[] {
  const sources: RowSource[] = []
  found.files.forEach((file, index) => {
    const outcome = outcomes[index]
    if (outcome?.ok) sources.push({ file, read: outcome })
  })
  const last = outcomes.at(-1)
  if (executionFile !== '' && last?.ok) {
    const located = locateExecutionFile(executionFile, workspace, runnerTemp)
    if (!('reason' in located)) sources.push({ file: located.file, read: last })
  }
  return sources
}

/** An interaction larger than this (in bytes) is not parsed for its row, which is left out. */
export const ITEM_LIMIT_BYTES = 64 * 1024 * 1024
/** A transcript line larger than this gives its row without text. */
const LINE_TEXT_LIMIT_BYTES = 64 * 1024 * 1024
const CHUNK_BYTES = 1024 * 1024
const KNOWN = new Set<string>(KNOWN_KINDS)

/**
 * The rows of every source, file after file, sorted by session id and then path: the rows of one
 * session come one after another (a recorder session spread over daily files included). Each
 * file is read when its turn comes and its file handle closed before the next; a recorder log's
 * rows stream as its interactions are read, a transcript's come once its file is read (each
 * response's row must wait for its most complete line). Never throws for a file: what cannot be
 * read again is told to `onSkipped`.
 */
export async function* interactionRows(
  sources: readonly RowSource[],
  options: RowOptions,
): AsyncGenerator<InteractionRow> {
  const names = memoised(options.redact)
  const text = rowText(options.redact)
  const skipped = options.onSkipped ?? (() => undefined)
  const limit = options.itemLimitBytes ?? ITEM_LIMIT_BYTES
  const order = [...sources].sort(
    (a, b) =>
      compare(a.read.digest.sessionId, b.read.digest.sessionId) ||
      compare(a.read.path, b.read.path),
  )
  for (const source of order) {
    const identity: FileIdentity = {
      sessionId: source.read.digest.sessionId,
      file: source.read.path,
      agentId: source.read.digest.transcript?.agent?.agentId ?? null,
    }
    const report = (reason: string): void => skipped(source.read.path, reason)
    const reader =
      source.read.digest.format === 'session-recorder'
        ? recorderRows(source.file, identity, { names, text, report, limit })
        : source.read.digest.format === 'claude-code'
          ? transcriptRows(source.file, identity, names, text)
          : executionRows(source.file, identity, names, text)
    try {
      yield* reader
    } catch (error) {
      report(`${rowsReason(error)}; its rows (or the rest of them) are not exported`)
    }
  }
}

/** Opens a file as the reader does, and hands its descriptor to `use`; closes it after. */
function* withFile<T>(file: LogPath, use: (fd: number) => Generator<T>): Generator<T> {
  const fd = openSync(file, READ_FLAGS)
  try {
    const info = fstatSync(fd)
    if (!info.isFile()) throw new FileProblem(describeNotRegular(info))
    yield* use(fd)
  } finally {
    closeSync(fd)
  }
}

function* recorderRows(
  file: LogPath,
  identity: FileIdentity,
  how: {
    readonly names: Redactor
    readonly text: RowText
    readonly report: (reason: string) => void
    readonly limit: number
  },
): Generator<InteractionRow> {
  const { names, text, report, limit } = how
  yield* withFile(file, function* (fd) {
    const splitter = new RecorderItemSplitter(limit)
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES)
    let unparsed = 0
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      for (const item of splitter.push(chunk.subarray(0, read))) {
        if ('tooLarge' in item) {
          report(
            `interactions[${item.index}] is ${mebibytes(item.tooLarge)}, more than the ` +
              `${mebibytes(limit)} read for one row; its row is not exported`,
          )
          continue
        }
        let value: unknown
        try {
          value = JSON.parse(item.bytes.toString('utf8'))
        } catch {
          unparsed++
          continue
        }
        yield recorderRow(value, item.index, identity, names, text)
      }
    }
    if (unparsed > 0 || !splitter.complete())
      report(
        'changed since it was read (it is no longer valid JSON); rows of the interactions that ' +
          'could be read again are exported',
      )
    if (splitter.lists > 1)
      report(
        'gives "interactions" more than once; the report counts the last one, the export has ' +
          'the rows of each',
      )
  })
}

function recorderRow(
  item: unknown,
  index: number,
  identity: FileIdentity,
  names: Redactor,
  text: RowText,
): InteractionRow {
  const fields = record(item)
  const type = fields?.type
  const kind: InteractionKind =
    typeof type === 'string' && KNOWN.has(type) ? (type as InteractionKind) : 'other'
  const content = fields?.content
  const named = nonEmpty(record(content)?.tool)
  let tool: string | null = null
  let said: string | null = null
  if (kind === 'tool_call') tool = named ?? UNKNOWN_TOOL
  else if (kind === 'tool_result') tool = named
  else if (kind === 'user_message') said = typeof content === 'string' ? content : null
  else if (kind === 'assistant_summary')
    said = typeof content === 'string' ? content : stringOf(record(content)?.summary)
  return {
    session_id: identity.sessionId,
    file: identity.file,
    index,
    timestamp: instant(fields?.timestamp),
    kind,
    tool: tool === null ? null : names(tool),
    model: null,
    agent_id: identity.agentId,
    tokens: null,
    text: text(said),
  }
}

/**
 * A transcript's lines go through the reader's own scanner, so that each line's facts (and which
 * lines count) are the digest's; a line is parsed with `JSON.parse` only for the text of a prompt
 * or response.
 */
function* transcriptRows(
  file: LogPath,
  identity: FileIdentity,
  names: Redactor,
  text: RowText,
): Generator<InteractionRow> {
  yield* withFile(file, function* (fd) {
    const rows = new TranscriptRows()
    const utf8 = new TextDecoder('utf-8')
    let pieces: Buffer[] = []
    let lineBytes = 0
    const parsed = (): unknown => {
      if (lineBytes > LINE_TEXT_LIMIT_BYTES) return undefined
      try {
        return JSON.parse(utf8.decode(Buffer.concat(pieces)))
      } catch {
        return undefined
      }
    }
    const scanner = new TranscriptLineScanner({
      line: (facts, isObject) => rows.line(facts, isObject, parsed),
      badLine: () => undefined,
    })
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES)
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      let start = 0
      while (start < read) {
        const newline = chunk.indexOf(0x0a, start)
        const end = newline === -1 || newline >= read ? read : newline
        lineBytes += end - start
        if (lineBytes <= LINE_TEXT_LIMIT_BYTES) pieces.push(Buffer.from(chunk.subarray(start, end)))
        else pieces = []
        if (end === read) {
          scanner.push(chunk.subarray(start, read))
          break
        }
        // The line is whole: the scanner ends it at its newline, and hands its facts over.
        scanner.push(chunk.subarray(start, end + 1))
        pieces = []
        lineBytes = 0
        start = end + 1
      }
    }
    scanner.end()
    yield* rows.rows(identity, names, text)
  })
}

/** An execution file's messages, read whole as the reader reads them. */
function* executionRows(
  file: LogPath,
  identity: FileIdentity,
  names: Redactor,
  text: RowText,
): Generator<InteractionRow> {
  yield* withFile(file, function* (fd) {
    const size = fstatSync(fd).size
    if (size > EXECUTION_FILE_LIMIT_BYTES)
      throw new FileProblem(`is over ${mebibytes(EXECUTION_FILE_LIMIT_BYTES)} now`)
    const whole = Buffer.allocUnsafe(size)
    const read = readSync(fd, whole, 0, size, 0)
    const data: unknown = JSON.parse(new TextDecoder('utf-8').decode(whole.subarray(0, read)))
    if (!Array.isArray(data)) throw new FileProblem('is no longer a JSON array of messages')
    const rows = new TranscriptRows()
    for (const item of data) {
      const message = record(item)
      if (message === undefined) continue
      const facts = factsOfValue(message)
      facts.isSidechain = typeof message.parent_tool_use_id === 'string'
      rows.line(facts, true, () => message)
    }
    yield* rows.rows(identity, names, text)
  })
}

/** A fault that is already worded for the user. */
class FileProblem extends Error {}

function rowsReason(error: unknown): string {
  if (error instanceof FileProblem) return error.message
  if (error instanceof SyntaxError) return 'changed since it was read (it is no longer valid JSON)'
  if (typeof (error as NodeJS.ErrnoException | null)?.code === 'string')
    return describeFsError(error)
  return `could not be read again (${error instanceof Error ? error.message : String(error)})`
}

/**
 * The redactor, remembering each answer: tool and model names repeat in every row. Only short
 * names are remembered, so that a hostile log of endless distinct names cannot fill memory.
 */
function memoised(redact: Redactor): Redactor {
  const seen = new Map<string, string>()
  return (value) => {
    let shown = seen.get(value)
    if (shown === undefined) {
      shown = redact(value)
      if (value.length <= 200 && seen.size < 100_000) seen.set(value, shown)
    }
    return shown
  }
}

function mebibytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${bytes} bytes`
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function nonEmpty(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}
