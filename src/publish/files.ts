/**
 * Every file the action writes goes through here, and stays inside the workspace. The workspace
 * may be a checkout the action does not trust: any file or folder in it, links included, may have
 * been put there to make the action write somewhere else.
 */
import { lstat, mkdir, open, realpath, rename, rm, writeFile } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { quoted } from '../log-text.js'

/**
 * Why a path given in an input cannot name a file inside the workspace, or null when it can.
 * Checked on the text alone, at start-up, before anything is read. Pure.
 */
export function workspacePathProblem(file: string): string | null {
  if (path.parse(file).root !== '')
    return 'expected a path relative to the workspace, not an absolute one'
  const normal = path.normalize(file)
  if (normal === '..' || normal.startsWith(`..${path.sep}`))
    return "expected a path inside the workspace, with no '..' that leaves it"
  if (normal === '.' || normal.endsWith(path.sep))
    return 'expected the path of a file, not of a folder'
  return null
}

/** What became of a file to write: its absolute path, or why it was not written. */
export type WriteOutcome =
  { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: string }

/**
 * What to write: the whole text or bytes, or pieces of text as they come (a large file is never
 * held whole in memory).
 */
export type FileContent = string | Uint8Array | AsyncIterable<string>

/**
 * Writes a file at a path relative to the workspace, creating the folders it needs. The folder's
 * real path must lie inside the real workspace, so a linked folder on the way may not lead out;
 * the file itself is written under a temporary name and renamed over the path, so a link there is
 * never followed. Never throws: a path that cannot be written is a reason, for a warning.
 */
export async function writeWorkspaceFile(
  workspace: string,
  file: string,
  content: FileContent,
): Promise<WriteOutcome> {
  const target = await workspaceTarget(workspace, file)
  if (!target.ok) return target
  const final = target.path
  const temporary = path.join(
    path.dirname(final),
    `.${path.basename(final)}.${randomBytes(6).toString('hex')}.tmp`,
  )
  try {
    // `wx` creates a new file and never opens one that is there, a link least of all.
    if (typeof content === 'string' || content instanceof Uint8Array)
      await writeFile(temporary, content, { flag: 'wx' })
    else {
      const handle = await open(temporary, 'wx')
      try {
        for await (const piece of content) await handle.write(piece)
      } finally {
        await handle.close()
      }
    }
    await rename(temporary, final)
    return { ok: true, path: path.resolve(workspace, file) }
  } catch (error) {
    await rm(temporary, { force: true })
    return { ok: false, reason: reasonOf(error) }
  }
}

/**
 * Where a file at a path relative to the workspace may be written or opened: its path under the
 * real folder (created if missing) inside the real workspace, when nothing but a regular file (or
 * nothing) is there; or why not. Never throws.
 */
export async function workspaceTarget(workspace: string, file: string): Promise<WriteOutcome> {
  const problem = workspacePathProblem(file)
  if (problem !== null) return { ok: false, reason: problem }
  const target = path.resolve(workspace, file)
  try {
    const folder = await realFolder(workspace, path.dirname(target))
    if (typeof folder !== 'string') return { ok: false, reason: folder.refused }
    const final = path.join(folder, path.basename(target))
    const existing = await lstat(final).catch(ifMissing(null))
    if (existing !== null && !existing.isFile()) {
      if (existing.isSymbolicLink())
        return { ok: false, reason: 'a symbolic link is at that path, and links are not followed' }
      if (existing.isDirectory()) return { ok: false, reason: 'a folder is at that path' }
      return { ok: false, reason: 'something other than a regular file is at that path' }
    }
    return { ok: true, path: final }
  } catch (error) {
    return { ok: false, reason: reasonOf(error) }
  }
}

/**
 * The real path of a folder inside the workspace, its missing part created; or why not. The
 * missing part is made under the real path of the part that exists, so nothing made follows a link.
 */
async function realFolder(
  workspace: string,
  folder: string,
): Promise<string | { readonly refused: string }> {
  const realWorkspace = await realpath(workspace)
  const missing: string[] = []
  let existing = folder
  while (
    (await lstat(existing).catch(ifMissing(null))) === null &&
    existing !== path.dirname(existing)
  ) {
    missing.unshift(path.basename(existing))
    existing = path.dirname(existing)
  }
  const real = await realpath(existing).catch(ifMissing(null))
  if (real === null)
    return { refused: `${shown(workspace, existing)} is a symbolic link to nothing` }
  if (!isInside(realWorkspace, real))
    return { refused: `${shown(workspace, existing)} leads outside the workspace` }
  if (!(await lstat(real)).isDirectory())
    return { refused: `${shown(workspace, existing)} is a file, not a folder` }
  const made = path.join(real, ...missing)
  await mkdir(made, { recursive: true })
  return made
}

function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate)
  return (
    relative === '' ||
    (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  )
}

/** A folder as the user named it: relative to the workspace. */
function shown(workspace: string, folder: string): string {
  return `the folder ${quoted(path.relative(workspace, folder))}`
}

/** For `.catch`: the given value when the path does not exist (or a file is on its way). */
function ifMissing<T>(value: T): (error: unknown) => T {
  return (error) => {
    const code = (error as { code?: unknown }).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return value
    throw error
  }
}

/** Why a file could not be written, in words. */
function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'EACCES' || code === 'EPERM') return 'permission was denied'
  if (code === 'ENOTDIR') return 'a file is where a folder of the path should be'
  if (code === 'EISDIR') return 'a folder is at that path'
  if (code === 'ELOOP') return 'symbolic links on the way form a loop'
  if (code === 'ENOSPC') return 'the disk is full'
  return error instanceof Error ? error.message : String(error)
}
