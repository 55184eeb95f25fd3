import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import type { Dirent } from 'node:fs'
import path from 'node:path'
import * as glob from '@actions/glob'
import { Minimatch } from 'minimatch'
import type { UnreadableFile } from './model.js'
import { workspacePath } from './read.js'

/** The files to read, and the matches that are refused before reading (each with the reason). */
export interface FoundFiles {
  readonly files: readonly string[]
  readonly refused: readonly UnreadableFile[]
}

export interface FindOptions {
  readonly workspace: string
  readonly followSymbolicLinks: boolean
}

/**
 * Resolves the glob patterns against the workspace. Patterns that point outside the workspace are
 * an error; symbolic links are refused unless followed, and followed ones must stay inside it.
 */
export async function findLogFiles(
  patterns: readonly string[],
  options: FindOptions,
): Promise<FoundFiles> {
  const workspace = path.resolve(options.workspace)
  const realWorkspace = realpathSync.native(workspace)
  const matches = (
    listByFolder(patterns, workspace, realWorkspace, options.followSymbolicLinks) ??
    listByTree(patterns, workspace, realWorkspace, options.followSymbolicLinks) ??
    (await walk(patterns, workspace, options.followSymbolicLinks))
  ).sort()
  const refused: UnreadableFile[] = []
  // A file reached by several paths (through followed links) is read once, by its own path if matched.
  const byTarget = new Map<string, string>()
  for (const match of matches) {
    const verdict = check(match, workspace, realWorkspace, options.followSymbolicLinks)
    if (verdict === SKIP) continue
    if ('refused' in verdict) {
      refused.push({ path: workspacePath(workspace, match), reason: verdict.refused })
      continue
    }
    const target = verdict.target ?? match
    if (!byTarget.has(target) || verdict.direct) byTarget.set(target, match)
  }
  return { files: [...byTarget.values()].sort(), refused }
}

/** Every match of the patterns, found by @actions/glob's walk of the file tree. */
export async function walk(
  patterns: readonly string[],
  workspace: string,
  followSymbolicLinks: boolean,
): Promise<string[]> {
  const anchored = patterns.map((pattern) => anchorPattern(pattern, workspace))
  const globber = await glob.create(anchored.join('\n'), {
    followSymbolicLinks,
    implicitDescendants: false,
    matchDirectories: true,
    omitBrokenSymbolicLinks: true,
  })
  return [...new Set(await globber.glob())]
}

/** The options @actions/glob gives minimatch (on Linux and macOS), so both find the same files. */
const MATCH_OPTIONS = { dot: true, nobrace: true, nocomment: true, noext: true, nonegate: true }

/**
 * The matches of patterns whose wildcards are all in the file name (the usual
 * `.claude/session_logs/session_*.json`), from one listing of each folder, matched the way
 * @actions/glob matches. Its walk awaits a `stat` per entry, which costs half a second for 10,000
 * logs; a listing costs milliseconds. Null when a pattern needs the walk: `**`, a wildcard in a
 * folder name, a trailing `/`, or a folder reached through a symbolic link.
 */
export function listByFolder(
  patterns: readonly string[],
  workspace: string,
  realWorkspace: string,
  followSymbolicLinks: boolean,
): string[] | null {
  if (process.platform === 'win32') return null
  const parsed = patterns.map((pattern) => {
    const anchored = anchorPattern(pattern, workspace)
    const negated = anchored.startsWith('!')
    const body = negated ? pattern.slice(1) : pattern
    const folder = path.dirname(path.resolve(workspace, body))
    const simple =
      !body.includes('**') &&
      !body.endsWith('/') &&
      !/[*?[\]\\]/.test(path.relative(workspace, folder))
    return {
      negated,
      folder,
      simple,
      matcher: new Minimatch(anchored.slice(negated ? 1 : 0), MATCH_OPTIONS),
    }
  })
  if (!parsed.every((pattern) => pattern.simple)) return null
  const folders = new Set(
    parsed.filter((pattern) => !pattern.negated).map((pattern) => pattern.folder),
  )
  const found: string[] = []
  for (const folder of folders) {
    let entries: Dirent[]
    try {
      if (
        realpathSync.native(folder) !== path.join(realWorkspace, path.relative(workspace, folder))
      )
        return null
      entries = readdirSync(folder, { withFileTypes: true })
    } catch {
      continue // No such folder: nothing matches there, as with the walk.
    }
    for (const entry of entries) {
      const file = path.join(folder, entry.name)
      // As in @actions/glob: patterns apply in order, a later exclusion or inclusion winning.
      let included = false
      for (const { negated, matcher } of parsed) {
        if (included === negated && matcher.match(file)) included = !negated
      }
      if (included && !(followSymbolicLinks && entry.isSymbolicLink() && isBroken(file)))
        found.push(file)
    }
  }
  return found
}

/**
 * The matches of patterns with wildcards in folder names (`**` among them), from
 * listings of the folders under each pattern's literal start, descending only into folders the
 * pattern can still match. Matched the way @actions/glob matches, without its `stat` per entry.
 * Null when links are followed (the walk guards against loops), for a trailing `/`, or when a
 * starting folder is reached through a symbolic link.
 */
export function listByTree(
  patterns: readonly string[],
  workspace: string,
  realWorkspace: string,
  followSymbolicLinks: boolean,
): string[] | null {
  if (process.platform === 'win32' || followSymbolicLinks) return null
  const parsed = patterns.map((pattern) => {
    const anchored = anchorPattern(pattern, workspace)
    const negated = anchored.startsWith('!')
    const body = negated ? pattern.slice(1) : pattern
    const segments = path.relative(workspace, path.resolve(workspace, body)).split(path.sep)
    const literal = segments.findIndex((segment) => /[*?[\]\\]/.test(segment))
    return {
      negated,
      trailingSlash: body.endsWith('/'),
      start: path.join(workspace, ...segments.slice(0, literal === -1 ? segments.length : literal)),
      matcher: new Minimatch(anchored.slice(negated ? 1 : 0), MATCH_OPTIONS),
    }
  })
  if (parsed.some((pattern) => pattern.trailingSlash)) return null
  const included = parsed.filter((pattern) => !pattern.negated)
  // As in @actions/glob: patterns apply in order, a later exclusion or inclusion winning.
  const matches = (file: string): boolean => {
    let matched = false
    for (const { negated, matcher } of parsed) {
      if (matched === negated && matcher.match(file)) matched = !negated
    }
    return matched
  }
  const found = new Set<string>()
  const listed = new Set<string>()
  for (const { start } of included) {
    try {
      if (realpathSync.native(start) !== path.join(realWorkspace, path.relative(workspace, start)))
        return null
    } catch {
      continue // No such folder: nothing matches there.
    }
    const folders = [start]
    for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
      if (listed.has(folder)) continue
      listed.add(folder)
      let entries: Dirent[]
      try {
        entries = readdirSync(folder, { withFileTypes: true })
      } catch {
        continue
      }
      // `**` matches no folder too: the starting folder may match itself (`logs/**` matches
      // `logs`, which minimatch answers only for `logs/`).
      if (folder === start && (matches(start) || matches(start + path.sep))) found.add(start)
      for (const entry of entries) {
        const entryPath = path.join(folder, entry.name)
        if (matches(entryPath)) found.add(entryPath)
        if (entry.isDirectory() && included.some(({ matcher }) => matcher.match(entryPath, true)))
          folders.push(entryPath)
      }
    }
  }
  return [...found]
}

/** A link to nothing: the walk leaves those out when it follows links. */
function isBroken(link: string): boolean {
  try {
    statSync(link)
    return false
  } catch {
    return true
  }
}

/** Directories a `**` pattern matches are passed over quietly; one named like a log is reported. */
const SKIP = Symbol('skip')
const LOG_NAME = /\.jsonl?$/

type Verdict =
  | typeof SKIP
  | { readonly refused: string }
  /** May be read. `target` is the real path (null when the file is gone: reading reports that). */
  | { readonly target: string | null; readonly direct: boolean }

/**
 * Synchronous on purpose: thousands of files checked one await after another leave the thread
 * idle between system calls (measured: over a second for 10,000 files, against 0.1 s this way).
 */
function check(
  file: string,
  workspace: string,
  realWorkspace: string,
  followSymbolicLinks: boolean,
): Verdict {
  const gone = { target: null, direct: true }
  let target: string
  try {
    const info = lstatSync(file)
    if (info.isDirectory())
      return LOG_NAME.test(file) ? { refused: 'is a directory, not a file' } : SKIP
    if (info.isSymbolicLink() && !followSymbolicLinks)
      return {
        refused: 'is a symbolic link, not read (set follow-symbolic-links: true to read links)',
      }
    target = realpathSync.native(file)
  } catch {
    return gone
  }
  if (!isInside(realWorkspace, target))
    return { refused: 'resolves to a path outside the workspace, not read' }
  const direct = path.relative(realWorkspace, target) === path.relative(workspace, file)
  // A literal pattern reaches a file through a linked folder without the glob following links.
  if (!direct && !followSymbolicLinks)
    return {
      refused:
        'is reached through a symbolically linked folder, not read (set follow-symbolic-links: true to read it)',
    }
  return { target, direct }
}

/**
 * Makes a pattern absolute inside the workspace, keeping a leading `!`. A pattern that reaches
 * outside the workspace (`../`, or an absolute path elsewhere) is refused with an error.
 */
export function anchorPattern(pattern: string, workspace: string): string {
  const negated = pattern.startsWith('!')
  const body = negated ? pattern.slice(1) : pattern
  const absolute = path.resolve(workspace, body)
  if (!isInside(workspace, absolute)) {
    throw new Error(
      `The path pattern '${pattern}' points outside the workspace (${workspace}); only files inside the workspace are read.`,
    )
  }
  return `${negated ? '!' : ''}${escapeGlob(workspace)}${absolute.slice(workspace.length)}`
}

function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/**
 * The workspace path is literal: escape what @actions/glob reads as wildcards, the way its own
 * `globEscape` does. A `]` stays as it is: written `[]]`, @actions/glob takes it for the end of
 * an empty set and searches a folder that does not exist.
 */
function escapeGlob(literal: string): string {
  const escaped = process.platform === 'win32' ? literal : literal.replace(/\\/g, '\\\\')
  return escaped.replace(/[[?*]/g, '[$&]')
}
