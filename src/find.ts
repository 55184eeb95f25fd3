import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import type { Dirent, Stats } from 'node:fs'
import path from 'node:path'
import { Minimatch } from 'minimatch'
import { quoted } from './log-text.js'
import { textOf, type LogPath } from './log-path.js'
import type { UnreadableFile } from './model.js'
import { workspacePath } from './read.js'
import { describeFsError, describeNotRegular } from './scan-file.js'

/** The files to read, and the matches that are refused before reading (each with the reason). */
export interface FoundFiles {
  readonly files: readonly LogPath[]
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
  const search = searchTree(patterns, workspace, realWorkspace, options.followSymbolicLinks)
  const refused = [...search.refused]
  // A file reached by several paths (through followed links) is read once, by its own path if matched.
  const byTarget = new Map<string, Match>()
  for (const match of search.matches.sort(byText)) {
    const verdict = check(match, workspace, realWorkspace, options.followSymbolicLinks)
    if (verdict === SKIP) continue
    if ('refused' in verdict) {
      refused.push({ path: workspacePath(workspace, match.text), reason: verdict.refused })
      continue
    }
    const target = verdict.target ?? match.text
    if (!byTarget.has(target) || verdict.direct) byTarget.set(target, match)
  }
  return {
    files: [...byTarget.values()].sort(byText).map((match) => match.path),
    refused: refused.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  }
}

/** A path found by the search, with its text (what patterns match and the report shows). */
export interface Match {
  readonly path: LogPath
  readonly text: string
  /**
   * The real path of an entry listed as a file in a folder whose real path is known: the folder's
   * and its name. The check takes it if the entry is still no link, and asks the system otherwise.
   */
  readonly real?: string
}

const byText = (a: Match, b: Match): number => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)

/** The options @actions/glob gives minimatch (on Linux and macOS), so both find the same files. */
const MATCH_OPTIONS = {
  dot: true,
  nobrace: true,
  nocomment: true,
  noext: true,
  nonegate: true,
  nocase: process.platform === 'win32',
}

interface Pattern {
  readonly negated: boolean
  readonly matcher: Minimatch
  /** Ends with `**`, which then matches the folder it starts from too (as in @actions/glob). */
  readonly globstarEnd: boolean
  /** Where the search for it starts: the pattern's leading folders without wildcards. */
  readonly root: string
}

/** A folder to list, by the path it was reached through and by its real path. */
interface Folder {
  readonly path: LogPath
  readonly text: string
  readonly real: string
}

/** What the search found: the matches to check, and the links and folders it refused. */
export interface SearchResult {
  readonly matches: Match[]
  readonly refused: UnreadableFile[]
}

/**
 * Every match of the patterns, matched as @actions/glob matches (patterns in order, a later
 * exclusion or inclusion winning; a folder matched by `**` is a match too), found by one listing
 * of each folder that a pattern could match in. Synchronous on purpose, and without a `stat` per
 * entry: the kind comes with the listing, so 10,000 files take milliseconds.
 *
 * A followed link to a folder is judged by its real path before anything in it is listed: one
 * outside the workspace, or one that leads back to a folder it is in, is refused and not
 * searched; a link to nothing, or in a loop of links, is refused. Each real folder is listed once,
 * by its own path first (links are searched after every folder reached without one), so no
 * arrangement of links makes the search longer than the workspace.
 */
export function searchTree(
  patterns: readonly string[],
  workspace: string,
  realWorkspace: string,
  followSymbolicLinks: boolean,
): SearchResult {
  const parsed = patterns.map((pattern) => parsePattern(pattern, workspace))
  const matches: Match[] = []
  const refused: UnreadableFile[] = []
  const refuse = (text: string, reason: string): void => {
    refused.push({ path: workspacePath(workspace, text), reason })
  }
  const matchesPatterns = (subject: string): boolean => {
    let match = false
    for (const pattern of parsed) {
      if (match !== pattern.negated) continue
      if (pattern.matcher.match(pattern.globstarEnd ? `${subject}/` : subject)) match = !match
    }
    return match
  }
  /** Whether something inside a folder at this path could match. */
  const leadsToMatches = (subject: string): boolean =>
    parsed.some((pattern) => !pattern.negated && pattern.matcher.match(subject, true))

  const visited = new Set<string>()
  const folders: Folder[] = []
  const linked: Folder[] = []
  let nextLinked = 0

  /** Judges one entry: a match, a folder to list, a link to follow, or nothing. */
  const consider = (entry: Match, kind: EntryKind, parentReal: string): void => {
    const subject = forMatching(entry.text)
    const match = matchesPatterns(subject)
    if (kind === FILE) {
      if (match)
        matches.push(
          parentReal === ''
            ? entry
            : { ...entry, real: joinText(parentReal, path.basename(entry.text)) },
        )
      return
    }
    if (!match && !leadsToMatches(subject)) return
    if (kind === FOLDER) {
      if (match) matches.push(entry)
      folders.push({ ...entry, real: joinText(parentReal, path.basename(entry.text)) })
      return
    }
    // A symbolic link: the check refuses matched ones when links are not followed.
    if (!followSymbolicLinks) {
      if (match) matches.push(entry)
      return
    }
    let info: Stats
    try {
      info = statSync(entry.path)
    } catch (error) {
      // Neither a file nor a folder: only a link the patterns name is worth a word.
      if (match) refuse(entry.text, describeLinkError(error))
      return
    }
    if (!info.isDirectory()) {
      if (match) matches.push(entry)
      return
    }
    const real = realText(entry.path)
    if (!isInside(realWorkspace, real)) {
      refuse(entry.text, 'is a symbolic link to a folder outside the workspace, not searched')
      return
    }
    if (isInside(real, parentReal)) {
      refuse(entry.text, 'is a symbolic link to a folder that contains it (a loop), not searched')
      return
    }
    if (match) matches.push(entry)
    linked.push({ ...entry, real })
  }

  for (const root of searchRoots(parsed)) {
    let info: Stats
    try {
      info = lstatSync(root)
    } catch (error) {
      // No such folder: nothing matches there, as with @actions/glob.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') refuse(root, describeFsError(error))
      continue
    }
    const entry = { path: root, text: root }
    if (info.isSymbolicLink()) {
      consider(entry, LINK, realText(path.dirname(root)))
    } else if (info.isDirectory()) {
      // Reached through a linked folder: judged by its real path before it is listed.
      const real = realText(root)
      if (!isInside(realWorkspace, real))
        refuse(root, 'is reached through a symbolic link to outside the workspace, not searched')
      else consider(entry, FOLDER, path.dirname(real))
    } else {
      consider(entry, FILE, '')
    }
  }

  for (;;) {
    const folder = folders.pop() ?? linked[nextLinked++]
    if (folder === undefined) break
    if (visited.has(folder.real)) continue
    visited.add(folder.real)
    let entries: Listed[]
    try {
      entries = list(folder)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      // Gone since it was seen: nothing matches there.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') refuse(folder.text, describeFsError(error))
      continue
    }
    for (const { entry, kind } of entries) consider(entry, kind, folder.real)
  }
  return { matches, refused }
}

const FILE = 0
const FOLDER = 1
const LINK = 2
type EntryKind = typeof FILE | typeof FOLDER | typeof LINK

interface Listed {
  readonly entry: Match
  readonly kind: EntryKind
}

function kindOf(dirent: Dirent<string> | Dirent<Buffer>): EntryKind {
  return dirent.isDirectory() ? FOLDER : dirent.isSymbolicLink() ? LINK : FILE
}

/**
 * The entries of a folder. Names that are not valid UTF-8 are kept as bytes: Node decodes them
 * with U+FFFD, a name that opens nothing.
 */
function list(folder: Folder): Listed[] {
  if (typeof folder.path === 'string') {
    const entries = readdirSync(folder.path, { withFileTypes: true })
    if (!entries.some((dirent) => dirent.name.includes('\uFFFD')))
      return entries.map((dirent) => {
        const text = joinText(folder.text, dirent.name)
        return { entry: { path: text, text }, kind: kindOf(dirent) }
      })
  }
  const base = Buffer.concat([
    typeof folder.path === 'string' ? Buffer.from(folder.path) : folder.path,
    Buffer.from(path.sep),
  ])
  return readdirSync(folder.path, { withFileTypes: true, encoding: 'buffer' }).map((dirent) => {
    const bytes = Buffer.concat([base, dirent.name])
    const text = textOf(bytes)
    return {
      entry: { path: text === bytes.toString() ? text : bytes, text },
      kind: kindOf(dirent),
    }
  })
}

function joinText(folder: string, name: string): string {
  return folder.endsWith(path.sep) ? folder + name : folder + path.sep + name
}

/** The real path of a path, as text. */
function realText(file: LogPath): string {
  return typeof file === 'string'
    ? realpathSync.native(file)
    : textOf(realpathSync.native(file, { encoding: 'buffer' }))
}

function describeLinkError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'is a symbolic link to nothing (dangling), not read'
    case 'ELOOP':
      return 'is a symbolic link in a loop of links, not read'
    default:
      return describeFsError(error)
  }
}

/** Paths are matched with `/` between folders on every system, as @actions/glob matches them. */
function forMatching(text: string): string {
  return process.platform === 'win32' ? text.replaceAll('\\', '/') : text
}

function parsePattern(pattern: string, workspace: string): Pattern {
  const anchored = forMatching(anchorPattern(pattern, workspace))
  const negated = anchored.startsWith('!')
  const body = negated ? pattern.slice(1) : pattern
  const absolute = path.resolve(workspace, body)
  // A folder with a wildcard, an escape or a set starts the search (it may be a literal; the
  // search then starts higher than it needs to, which changes nothing but the time).
  const segments = path.relative(workspace, absolute).split(path.sep)
  const literal = segments.findIndex((segment) => /[*?[\]\\]/.test(segment))
  const root = literal === -1 ? absolute : path.join(workspace, ...segments.slice(0, literal))
  return {
    negated,
    matcher: new Minimatch(anchored.slice(negated ? 1 : 0), MATCH_OPTIONS),
    globstarEnd: anchored.endsWith('/**'),
    root,
  }
}

/** Where the search starts: the roots of the inclusions, each once, none inside another. */
function searchRoots(patterns: readonly Pattern[]): string[] {
  const roots = [...new Set(patterns.filter((p) => !p.negated).map((p) => p.root))].sort()
  return roots.filter((root) => !roots.some((other) => other !== root && isInside(other, root)))
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
  { path: file, text, real }: Match,
  workspace: string,
  realWorkspace: string,
  followSymbolicLinks: boolean,
): Verdict {
  const gone = { target: null, direct: true }
  let target: string
  try {
    let info = lstatSync(file)
    const link = info.isSymbolicLink()
    if (link) {
      if (!followSymbolicLinks)
        return {
          refused: 'is a symbolic link, not read (set follow-symbolic-links: true to read links)',
        }
      info = statSync(file)
    }
    if (info.isDirectory())
      return LOG_NAME.test(text) ? { refused: 'is a directory, not a file' } : SKIP
    // A named pipe would block the run until something writes to it.
    if (!info.isFile()) return { refused: describeNotRegular(info) }
    // A file that is no link, in a folder whose real path is known, is there.
    target = !link && real !== undefined ? real : realText(file)
  } catch {
    return gone
  }
  if (!isInside(realWorkspace, target))
    return { refused: 'resolves to a path outside the workspace, not read' }
  const direct = path.relative(realWorkspace, target) === path.relative(workspace, text)
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
      `The path pattern ${quoted(pattern)} points outside the workspace (${workspace}); only files inside the workspace are read.`,
    )
  }
  return `${negated ? '!' : ''}${escapeGlob(workspace)}${absolute.slice(workspace.length)}`
}

/**
 * Whether `child` is `parent` or inside it, by their paths. The one boundary check: anything that
 * reads a file outside the workspace must first be asked for it by an input of its own.
 */
export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/**
 * The workspace path is literal: escape what minimatch reads as wildcards, the way
 * @actions/glob's own `globEscape` does. A `]` stays as it is: written `[]]`, it reads as the end
 * of an empty set.
 */
function escapeGlob(literal: string): string {
  const escaped = process.platform === 'win32' ? literal : literal.replace(/\\/g, '\\\\')
  return escaped.replace(/[[?*]/g, '[$&]')
}
