import { realpathSync } from 'node:fs'
import path from 'node:path'
import type { FileOutcome } from './model.js'
import { readExecutionFile, workspacePath } from './read.js'
import { describeFsError } from './scan-file.js'

/**
 * Reads the execution file named by the `execution-file` input. claude-code-action writes it under
 * `RUNNER_TEMP`, outside the workspace: this file, and only this one, may be read there. Anything
 * else outside the workspace is refused with an error that fails the step, as a path pattern that
 * leaves the workspace is. A file that is missing or unreadable is an unreadable file, reported.
 */
export function readGivenExecutionFile(
  given: string,
  workspace: string,
  runnerTemp: string | undefined,
): FileOutcome {
  const located = locateExecutionFile(given, workspace, runnerTemp)
  return 'reason' in located ? located : readExecutionFile(located.file, located.shown)
}

/**
 * Where the execution file given is: its real path and the name it is shown by, or why it cannot
 * be read (an unreadable outcome). Throws when it is outside the workspace and RUNNER_TEMP.
 */
export function locateExecutionFile(
  given: string,
  workspace: string,
  runnerTemp: string | undefined,
): { readonly file: string; readonly shown: string } | (FileOutcome & { readonly ok: false }) {
  const absolute = path.resolve(workspace, given)
  let real: string
  try {
    real = realpathSync.native(absolute)
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    return { ok: false, path: given, reason: missing ? 'does not exist' : describeFsError(error) }
  }
  const roots: [string, (file: string) => string][] = [
    [realpathSync.native(workspace), (file) => workspacePath(realpathSync.native(workspace), file)],
  ]
  if (runnerTemp) {
    try {
      const temp = realpathSync.native(runnerTemp)
      roots.push([temp, (file) => `$RUNNER_TEMP/${workspacePath(temp, file)}`])
    } catch {
      // No such folder: nothing may be read there.
    }
  }
  const root = roots.find(([folder]) => isInside(folder, real))
  if (root === undefined)
    throw new Error(
      `The execution-file '${given}' is outside the workspace and RUNNER_TEMP; only an execution file there is read.`,
    )
  return { file: real, shown: root[1](real) }
}

function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}
