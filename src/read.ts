import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { FileOutcome } from './model.js'
import { digestRecorderLog } from './formats/recorder.js'
import { positionOf } from './formats/json-syntax.js'

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/** Path relative to the workspace with forward slashes, as shown in the report and annotations. */
export function workspacePath(workspace: string, file: string): string {
  return path.relative(workspace, file).split(path.sep).join('/')
}

/**
 * Reads one matched file into a digest, or says why it could not. Never throws: a file that
 * vanished, is not readable, is not UTF-8 or is not a session log is an `ok: false` outcome.
 */
export async function readLogFile(workspace: string, file: string): Promise<FileOutcome> {
  const shown = workspacePath(workspace, file)
  let bytes: Buffer
  try {
    const info = await stat(file)
    if (info.isDirectory()) return { ok: false, path: shown, reason: 'is a directory, not a file' }
    bytes = await readFile(file)
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
    const position = result.offset === undefined ? undefined : positionOf(text, result.offset)
    return { ok: false, path: shown, reason: result.reason, ...(position && { position }) }
  }
  return { ok: true, path: shown, bytes: bytes.byteLength, digest: result.digest }
}

/** Reads files a few at a time, keeping the order they were given in. */
export async function readLogFiles(
  workspace: string,
  files: readonly string[],
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++
      outcomes[index] = await readLogFile(workspace, files[index]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(8, files.length) }, worker))
  return outcomes
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT':
      return 'disappeared before it could be read'
    case 'EACCES':
    case 'EPERM':
      return 'could not be read: permission denied'
    case 'EISDIR':
      return 'is a directory, not a file'
    default:
      return `could not be read (${code ?? 'unknown error'})`
  }
}
