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
  const files: string[] = []
  const refused: UnreadableFile[] = []
  for (const match of matches) {
    const shown = workspacePath(workspace, match)
    const reason = await refusal(match, realWorkspace, options.followSymbolicLinks)
    if (reason === null) files.push(match)
    else if (reason !== SKIP) refused.push({ path: shown, reason })
  }
  return { files, refused }
}

/** Directories a `**` pattern matches are passed over quietly; one named like a log is reported. */
const SKIP = Symbol('skip')
const LOG_NAME = /\.jsonl?$/

/** Why a matched path is not read, null when it may be, or SKIP when it is not a candidate at all. */
async function refusal(
  file: string,
  realWorkspace: string,
  followSymbolicLinks: boolean,
): Promise<string | null | typeof SKIP> {
  let isLink: boolean
  try {
    const info = await lstat(file)
    isLink = info.isSymbolicLink()
    if (info.isDirectory()) return LOG_NAME.test(file) ? 'is a directory, not a file' : SKIP
  } catch {
    return null // Gone already: reading it reports that with the usual wording.
  }
  if (isLink && !followSymbolicLinks)
    return 'is a symbolic link, not read (set follow-symbolic-links: true to read links)'
  let target: string
  try {
    target = await realpath(file)
  } catch {
    return null
  }
  if (!isInside(realWorkspace, target)) return 'resolves to a path outside the workspace, not read'
  return null
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
