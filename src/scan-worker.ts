/**
 * A worker thread of the reading pool: scans the batches of files it is sent, one message per
 * batch, and answers each in turn with what it found. Bundled on its own, so it loads only the
 * scanner.
 */
import { parentPort } from 'node:worker_threads'
import type { FormatChoice } from './formats/detect.js'
import type { LogPath } from './log-path.js'
import { readBuffer, scanFile, type ScannedFile } from './scan-file.js'

/** A batch of files to scan, and the answer. */
export interface ScanRequest {
  readonly format: FormatChoice
  /** A path sent as bytes arrives as a plain Uint8Array. */
  readonly files: readonly (LogPath | Uint8Array)[]
}
export interface ScanAnswer {
  readonly results: readonly ScannedFile[]
}

const chunk = readBuffer()
parentPort?.on('message', (request: ScanRequest) => {
  const answer: ScanAnswer = {
    results: request.files.map((file) =>
      scanFile(typeof file === 'string' ? file : Buffer.from(file), chunk, request.format),
    ),
  }
  parentPort!.postMessage(answer)
})
