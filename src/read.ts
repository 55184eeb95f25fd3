import { statSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import type { Worker } from 'node:worker_threads'
import { textOf, type LogPath } from './log-path.js'
import type { FileOutcome } from './model.js'
import { KNOWN_FORMATS_HINT, type FormatChoice } from './formats/detect.js'
import { checkTopLevel, digestRecorderLog } from './formats/recorder.js'
import { positionOf } from './formats/json-syntax.js'
import {
  describeFsError,
  describeNotRegular,
  READ_FLAGS,
  readBuffer,
  scanFile,
  type ScannedFile,
} from './scan-file.js'
import type { ScanAnswer, ScanRequest } from './scan-worker.js'

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/**
 * Invalid files up to this size are read again whole by the plain parser, which words the error
 * and places it best; larger ones get the scanner's shorter wording, with the position.
 */
export const REREAD_LIMIT_BYTES = 32 * 1024 * 1024
/** How a recorder log's shape error begins: valid JSON of another shape, in no known format. */
const NOT_RECORDER = 'not a session-recorder log'
/** Below this many bytes in all, starting worker threads costs more than it saves. */
export const PARALLEL_MIN_BYTES = 16 * 1024 * 1024

/**
 * The worker's own bundle, next to the action's (`npm run package` builds both). Named through a
 * constant so that the bundler leaves the reference alone rather than copying the file as an asset.
 */
const WORKER_BUNDLE = ['scan-worker', 'index.js'].join('/')

/**
 * Path relative to the workspace with forward slashes, as shown in the report and annotations (a
 * byte of a name that is not UTF-8 as `\xHH`).
 */
export function workspacePath(workspace: string, file: LogPath): string {
  return path.relative(workspace, textOf(file)).split(path.sep).join('/')
}

/**
 * The plain path: reads one file whole, decodes it and parses it with `JSON.parse`. Used for the
 * wording of errors in invalid files, and as the reference the fast path is tested against.
 * Never throws.
 */
export async function readLogFile(workspace: string, file: LogPath): Promise<FileOutcome> {
  const shown = workspacePath(workspace, file)
  let bytes: Buffer
  try {
    const handle = await open(file, READ_FLAGS)
    try {
      const info = await handle.stat()
      if (!info.isFile()) return { ok: false, path: shown, reason: describeNotRegular(info) }
      bytes = await handle.readFile()
    } finally {
      await handle.close()
    }
  } catch (error) {
    return { ok: false, path: shown, reason: describeFsError(error) }
  }
  let text: string
  try {
    // TextDecoder drops a leading byte-order mark, which editors on Windows like to add.
    text = utf8.decode(bytes)
  } catch {
    return { ok: false, path: shown, reason: 'is not UTF-8 text' }
  }
  const result = digestRecorderLog(text)
  if (!result.ok) {
    if (result.offset === undefined && result.reason.startsWith(NOT_RECORDER))
      return { ok: false, path: shown, reason: `${result.reason}; ${KNOWN_FORMATS_HINT}` }
    const position = result.offset === undefined ? undefined : positionOf(text, result.offset)
    return { ok: false, path: shown, reason: result.reason, ...(position && { position }) }
  }
  return { ok: true, path: shown, bytes: bytes.byteLength, digest: result.digest }
}

/** How `readLogFiles` spreads the work. */
export interface ReadOptions {
  /** Threads to read with, the main thread included; the runner's cores by default. */
  readonly threads?: number
  /** Where the worker's bundle is; the one beside this bundle by default. */
  readonly workerUrl?: URL
  /** The `format` input: each file's format from its content (`auto`, the default), or one for all. */
  readonly format?: FormatChoice
}

/**
 * Reads every file into an outcome, in the order given. Files are streamed through the scanner
 * (`scan-file.ts`), on worker threads when there are enough bytes to share out: the main thread
 * takes part, and each worker gets batches of files so that small files cost no round trip each.
 */
export async function readLogFiles(
  workspace: string,
  files: readonly LogPath[],
  options: ReadOptions = {},
): Promise<FileOutcome[]> {
  const format = options.format ?? 'auto'
  const scanned: ScannedFile[] = new Array(files.length)
  const sizes = files.map(sizeOf)
  const total = sizes.reduce((sum, size) => sum + size, 0)
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), files.length))
  if (threads === 1 || total < PARALLEL_MIN_BYTES) {
    const chunk = readBuffer()
    files.forEach((file, index) => (scanned[index] = scanFile(file, chunk, format)))
  } else {
    await scanInParallel(files, sizes, threads, scanned, format, options.workerUrl)
  }
  const outcomes: FileOutcome[] = []
  for (const [index, file] of files.entries())
    outcomes.push(await outcomeOf(workspace, file, scanned[index]!, format))
  return outcomes
}

/**
 * Reads one file as an execution file of claude-code-action, shown under the name given. Never
 * throws.
 */
export function readExecutionFile(file: string, shown: string): FileOutcome {
  const scanned = scanFile(file, Buffer.allocUnsafe(64 * 1024), 'execution-file')
  switch (scanned.kind) {
    case 'digested':
      return { ok: true, path: shown, bytes: scanned.bytes, digest: scanned.digest }
    case 'unreadable':
    case 'invalid-json':
      return { ok: false, path: shown, reason: scanned.reason }
    case 'scanned':
      return { ok: false, path: shown, reason: 'is not an execution file' }
  }
}

/** The outcome of a scanned file: the top level is checked here, on the main thread. */
async function outcomeOf(
  workspace: string,
  file: LogPath,
  scanned: ScannedFile,
  format: FormatChoice,
): Promise<FileOutcome> {
  const shown = workspacePath(workspace, file)
  switch (scanned.kind) {
    case 'unreadable':
      return { ok: false, path: shown, reason: scanned.reason }
    case 'digested':
      return { ok: true, path: shown, bytes: scanned.bytes, digest: scanned.digest }
    case 'invalid-json':
      if (scanned.bytes <= REREAD_LIMIT_BYTES) return readLogFile(workspace, file)
      return { ok: false, path: shown, reason: scanned.reason, position: scanned.position }
    case 'scanned': {
      const top = checkTopLevel(scanned.top)
      // In `auto`, a file whose content fits no format says which formats there are.
      if (!top.ok)
        return {
          ok: false,
          path: shown,
          reason: format === 'auto' ? `${top.reason}; ${KNOWN_FORMATS_HINT}` : top.reason,
        }
      return { ok: true, path: shown, bytes: scanned.bytes, digest: scanned.digest }
    }
  }
}

function sizeOf(file: LogPath): number {
  try {
    return statSync(file).size
  } catch {
    return 0 // Reading it says what is wrong.
  }
}

/**
 * Shares the files out among the main thread and `threads - 1` workers, largest files first. Each
 * batch holds about a quarter of what is left per thread (`batchTaker`), so batches shrink as the
 * work runs out and no thread is left with much to do when the others are done; each worker keeps
 * two batches in hand, and the main thread hands out the next one as soon as one is answered.
 */
async function scanInParallel(
  files: readonly LogPath[],
  sizes: readonly number[],
  threads: number,
  scanned: ScannedFile[],
  format: FormatChoice,
  workerUrl = new URL(WORKER_BUNDLE, import.meta.url),
): Promise<void> {
  const take = batchTaker(sizes, threads)
  const store = (batch: readonly number[], results: readonly ScannedFile[]): void =>
    batch.forEach((index, k) => (scanned[index] = results[k]!))

  const { Worker } = await import('node:worker_threads')
  const workers: Promise<void>[] = []
  for (let w = 1; w < threads; w++) {
    workers.push(
      new Promise<void>((resolve) => {
        const worker: Worker = new Worker(workerUrl)
        const inHand: (readonly number[])[] = []
        const send = (): void => {
          const batch = take()
          if (batch === undefined) return
          inHand.push(batch)
          const request: ScanRequest = { format, files: batch.map((i) => files[i]!) }
          worker.postMessage(request)
        }
        const done = (): void => void worker.terminate().then(() => resolve())
        worker.on('message', (answer: ScanAnswer) => {
          store(inHand.shift()!, answer.results)
          send()
          if (inHand.length === 0) done()
        })
        // A worker that fails leaves its batches unscanned: the main thread scans them below.
        worker.on('error', () => resolve())
        send()
        send()
        if (inHand.length === 0) done()
      }),
    )
  }
  // The main thread scans too, yielding after each file: a worker that answers is sent its next
  // batch at once, rather than waiting idle until the main thread ends a batch of its own.
  const chunk = readBuffer()
  for (let batch = take(); batch !== undefined; batch = take()) {
    const results: ScannedFile[] = []
    for (const index of batch) {
      results.push(scanFile(files[index]!, chunk, format))
      await new Promise((resolve) => setImmediate(resolve))
    }
    store(batch, results)
  }
  await Promise.all(workers)
  files.forEach((file, index) => (scanned[index] ??= scanFile(file, chunk, format)))
}

/** The smallest batch worth a message of its own, unless it is the last. */
const MIN_BATCH_BYTES = 1024 * 1024

/**
 * Hands the files out in batches, largest first, until none is left: each batch holds about a
 * quarter of the bytes left per thread (at least `MIN_BATCH_BYTES`, and at least one file).
 */
export function batchTaker(sizes: readonly number[], threads: number): () => number[] | undefined {
  const order = sizes.map((_, index) => index).sort((a, b) => sizes[b]! - sizes[a]!)
  let next = 0
  let left = sizes.reduce((sum, size) => sum + size, 0)
  return () => {
    if (next === order.length) return undefined
    const target = Math.max(MIN_BATCH_BYTES, left / (threads * 4))
    const batch: number[] = []
    let bytes = 0
    while (next < order.length && (batch.length === 0 || bytes < target)) {
      const index = order[next++]!
      batch.push(index)
      bytes += sizes[index]!
    }
    left -= bytes
    return batch
  }
}
