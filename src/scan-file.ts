import { isUtf8 } from 'node:buffer'
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs'
import path from 'node:path'
import type { LogFormat, SessionDigest, TextPosition } from './model.js'
import { sequenceLength, textOf, type LogPath } from './log-path.js'
import { transcriptContext } from './formats/claude-code/context.js'
import { TranscriptDigestBuilder } from './formats/claude-code/digest.js'
import { TranscriptLineScanner } from './formats/claude-code/line-scanner.js'
import { detectFormat, type FormatChoice } from './formats/detect.js'
import { digestExecutionFile } from './formats/execution-file/digest.js'
import { digestWhole, RecorderScanner, suitsJsonParse } from './formats/recorder-scan.js'
import { structuralIndex } from './formats/structural-index.js'

/**
 * What scanning one file gives, before the top level is checked. Plain data, so that it crosses
 * from a worker thread to the main thread as it is.
 */
export type ScannedFile =
  | {
      readonly kind: 'scanned'
      readonly bytes: number
      readonly top: unknown
      readonly digest: SessionDigest
    }
  /** A format whose top level needs no further check. */
  | { readonly kind: 'digested'; readonly bytes: number; readonly digest: SessionDigest }
  | { readonly kind: 'unreadable'; readonly reason: string }
  | {
      readonly kind: 'invalid-json'
      readonly bytes: number
      readonly reason: string
      readonly position: TextPosition
    }

/**
 * How a log is opened: without blocking, so that a named pipe swapped in after the file was found
 * opens at once (and is then refused) rather than waiting for a writer forever.
 */
export const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/**
 * The buffer a thread reads files into, `WINDOW` bytes (128 KiB) at a time: the structural
 * index's own memory, so that a recorder log's bytes are indexed where they were read, and are
 * still in the core's cache when the scanner goes over them. Files up to that size are read in one
 * go, larger ones streamed.
 */
export function readBuffer(): Buffer {
  return structuralIndex().window
}

/**
 * Reads one log file in chunks, in the format chosen or (`auto`) the one its first bytes show:
 * a session-recorder log through `RecorderScanner`, checking that it is UTF-8 as it goes; a Claude
 * Code transcript through `TranscriptLineScanner`. Never throws; memory stays within one chunk plus
 * the strings the report keeps.
 */
export function scanFile(
  file: LogPath,
  chunk: Buffer = readBuffer(),
  format: FormatChoice | 'execution-file' = 'auto',
): ScannedFile {
  let fd: number
  try {
    fd = openSync(file, READ_FLAGS)
  } catch (error) {
    return { kind: 'unreadable', reason: describeFsError(error) }
  }
  try {
    const info = fstatSync(fd)
    if (!info.isFile()) return { kind: 'unreadable', reason: describeNotRegular(info) }
    const first = readSync(fd, chunk, 0, chunk.length, null)
    const head = chunk.subarray(0, first)
    const chosen: LogFormat = format === 'auto' ? detectFormat(head) : format
    if (chosen === 'claude-code') return scanTranscript(file, fd, chunk, first)
    if (chosen === 'execution-file') {
      const scanned = scanExecutionFile(file, fd)
      // In `auto`, an array of anything else is read as a recorder log, which says what is wrong.
      if (scanned !== null || format === 'execution-file') return scanned ?? notExecution
      return scanRecorderLog(fd, chunk, readSync(fd, chunk, 0, chunk.length, 0))
    }
    return scanRecorderLog(fd, chunk, first)
  } catch (error) {
    return { kind: 'unreadable', reason: describeFsError(error) }
  } finally {
    closeSync(fd)
  }
}

/** Reads the rest of a transcript whose first `first` bytes are in `chunk`. */
function scanTranscript(file: LogPath, fd: number, chunk: Buffer, first: number): ScannedFile {
  const builder = new TranscriptDigestBuilder(transcriptContext(textOf(file)))
  const scanner = new TranscriptLineScanner(builder)
  let bytes = 0
  for (let read = first; read > 0; read = readSync(fd, chunk, 0, chunk.length, null)) {
    bytes += read
    scanner.push(read === chunk.length ? chunk : chunk.subarray(0, read))
  }
  scanner.end()
  const result = builder.build()
  if (!result.ok) return { kind: 'unreadable', reason: result.reason }
  return { kind: 'digested', bytes, digest: result.digest }
}

/** Execution files are read whole: one run's messages, far smaller than this. */
export const EXECUTION_FILE_LIMIT_BYTES = 256 * 1024 * 1024
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

const notExecution: ScannedFile = {
  kind: 'unreadable',
  reason:
    'not a claude-code-action execution file: expected a JSON array of Agent SDK messages (with "type" and "session_id")',
}

/**
 * Reads an execution file of claude-code-action whole, and parses it; null when it is valid JSON
 * but no array of Agent SDK messages.
 */
function scanExecutionFile(file: LogPath, fd: number): ScannedFile | null {
  const size = fstatSync(fd).size
  if (size > EXECUTION_FILE_LIMIT_BYTES)
    return {
      kind: 'unreadable',
      reason: `is an execution file over ${EXECUTION_FILE_LIMIT_BYTES / 1024 / 1024} MiB, not read`,
    }
  const whole = Buffer.allocUnsafe(size)
  const read = readSync(fd, whole, 0, size, 0)
  let text: string
  try {
    text = strictUtf8.decode(whole.subarray(0, read))
  } catch {
    return { kind: 'unreadable', reason: 'is not UTF-8 text' }
  }
  const result = digestExecutionFile(text, path.basename(textOf(file)).replace(/\.json$/, ''))
  if (result.ok) return { kind: 'digested', bytes: read, digest: result.digest }
  if (result.shape) return null
  return { kind: 'unreadable', reason: result.reason }
}

/** Reads the rest of a session-recorder log whose first `first` bytes are in `chunk`. */
function scanRecorderLog(fd: number, chunk: Buffer, first: number): ScannedFile {
  // A small file read whole in one go, dense with structure, is parsed with JSON.parse instead.
  if (first > 0 && first < chunk.length) {
    const more = readSync(fd, chunk, first, chunk.length - first, null)
    if (more === 0 && suitsJsonParse(chunk.subarray(0, first))) {
      const result = digestWhole(chunk.subarray(0, first))
      if (result?.ok)
        return { kind: 'scanned', bytes: first, top: result.top, digest: result.digest }
    }
    first += more
  }
  const scanner = new RecorderScanner()
  const utf8 = new Utf8Check()
  let bytes = 0
  let scanning = true
  for (let read = first; read > 0; read = readSync(fd, chunk, 0, chunk.length, null)) {
    bytes += read
    const piece = read === chunk.length ? chunk : chunk.subarray(0, read)
    if (!utf8.push(piece)) return { kind: 'unreadable', reason: 'is not UTF-8 text' }
    // After a syntax error the rest is still checked as UTF-8: that verdict comes first.
    if (scanning) scanning = scanner.push(piece)
  }
  if (!utf8.end()) return { kind: 'unreadable', reason: 'is not UTF-8 text' }
  const result = scanner.end()
  if (result.ok) return { kind: 'scanned', bytes, top: result.top, digest: result.digest }
  if (!result.syntax) return { kind: 'unreadable', reason: result.reason }
  return {
    kind: 'invalid-json',
    bytes,
    reason: `invalid JSON: ${result.reason}`,
    position: positionAt(fd, result.offset, chunk),
  }
}

/**
 * Checks UTF-8 chunk by chunk: a character cut by a chunk's end is checked with the next chunk.
 * The check itself is Node's (`buffer.isUtf8`), as strict as the decoder the plain path uses.
 */
export class Utf8Check {
  private carry: Buffer = Buffer.alloc(0)

  push(chunk: Buffer): boolean {
    let start = 0
    if (this.carry.length > 0) {
      const need = sequenceLength(this.carry[0]!) - this.carry.length
      if (need <= 0) return false
      if (chunk.length < need) {
        this.carry = Buffer.concat([this.carry, chunk])
        return true
      }
      if (!isUtf8(Buffer.concat([this.carry, chunk.subarray(0, need)]))) return false
      this.carry = Buffer.alloc(0)
      start = need
    }
    const end = completeLength(chunk, start)
    if (!isUtf8(chunk.subarray(start, end))) return false
    this.carry = Buffer.from(chunk.subarray(end))
    return true
  }

  end(): boolean {
    return this.carry.length === 0
  }
}

/** Where the last complete character of `chunk` ends: a sequence cut by the end is left out. */
function completeLength(chunk: Buffer, start: number): number {
  const n = chunk.length
  for (let k = n - 1; k >= Math.max(start, n - 4); k--) {
    const byte = chunk[k]!
    if ((byte & 0xc0) === 0x80) continue
    const length = sequenceLength(byte)
    return length > n - k ? k : n
  }
  return n
}

/**
 * The 1-based line and column of a byte offset, the column counted in UTF-16 units as an editor
 * shows it. Reads the file again up to the offset: only done once, for a file with an error.
 */
function positionAt(fd: number, offset: number, chunk: Buffer): TextPosition {
  let line = 1
  let column = 1
  let position = 0
  while (position < offset) {
    const read = readSync(fd, chunk, 0, Math.min(chunk.length, offset - position), position)
    if (read === 0) break
    for (let k = 0; k < read; k++) {
      const byte = chunk[k]!
      if (byte === 0x0a) {
        line++
        column = 1
      } else if ((byte & 0xc0) !== 0x80) {
        // A four-byte character is two UTF-16 units; a byte-order mark is not shown.
        column += byte >= 0xf0 ? 2 : 1
      }
    }
    position += read
  }
  if (line === 1 && offset >= 3 && hasBom(fd, chunk)) column--
  return { line, column }
}

function hasBom(fd: number, chunk: Buffer): boolean {
  readSync(fd, chunk, 0, 3, 0)
  return chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf
}

/** Why a file that is not a regular file is not read. */
export function describeNotRegular(info: Stats): string {
  if (info.isDirectory()) return 'is a directory, not a file'
  const kind = info.isFIFO()
    ? 'a named pipe (FIFO)'
    : info.isSocket()
      ? 'a socket'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'a device'
        : 'a special file'
  return `is ${kind}, not a regular file; not read`
}

/** The reason an `fs` call failed, in plain words. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT':
      return 'disappeared before it could be read'
    case 'EACCES':
    case 'EPERM':
      return 'could not be read: permission denied'
    case 'EISDIR':
      return 'is a directory, not a file'
    case 'ENXIO':
      // What opening a socket (or a pipe for writing) answers.
      return 'is not a regular file (a socket?); not read'
    default:
      return `could not be read (${code ?? 'unknown error'})`
  }
}
