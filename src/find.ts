import { lstat, realpath } from 'node:fs/promises'
import path from 'node:path'
import * as glob from '@actions/glob'
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
  const anchored = patterns.map((pattern) => anchorPattern(pattern, workspace))
  const globber = await glob.create(anchored.join('\n'), {
    followSymbolicLinks: options.followSymbolicLinks,
    implicitDescendants: false,
    matchDirectories: true,
    omitBrokenSymbolicLinks: true,
  })
  const matches = [...new Set(await globber.glob())].sort()
  const realWorkspace = await realpath(workspace)
  const refused: UnreadableFile[] = []
  // A file reached by several paths (through followed links) is read once, by its own path if matched.
  const byTarget = new Map<string, string>()
  for (const match of matches) {
    const verdict = await check(match, workspace, realWorkspace, options.followSymbolicLinks)
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

/** Directories a `**` pattern matches are passed over quietly; one named like a log is reported. */
const SKIP = Symbol('skip')
const LOG_NAME = /\.jsonl?$/

type Verdict =
  | typeof SKIP
  | { readonly refused: string }
  /** May be read. `target` is the real path (null when the file is gone: reading reports that). */
  | { readonly target: string | null; readonly direct: boolean }

async function check(
  file: string,
  workspace: string,
  realWorkspace: string,
  followSymbolicLinks: boolean,
): Promise<Verdict> {
  const gone = { target: null, direct: true }
  let target: string
  try {
    const info = await lstat(file)
    if (info.isDirectory())
      return LOG_NAME.test(file) ? { refused: 'is a directory, not a file' } : SKIP
    if (info.isSymbolicLink() && !followSymbolicLinks)
      return {
        refused: 'is a symbolic link, not read (set follow-symbolic-links: true to read links)',
      }
    target = await realpath(file)
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
