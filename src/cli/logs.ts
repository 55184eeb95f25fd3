/**
 * The options that say which logs to read, shared by `report` and `serve`, and the reading itself:
 * the action's own pipeline (pipeline.ts) on a local folder, its warnings written as plain lines.
 */
import { readdirSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { anchorPattern } from '../find.js'
import { FORMAT_CHOICES, type FormatChoice } from '../formats/detect.js'
import { DEFAULTS } from '../inputs.js'
import { quoted, unseenEscaped } from '../log-text.js'
import { readAndAnalyse, type PipelineResult } from '../pipeline.js'
import { parsePricingFile } from '../pricing-file.js'
import type { PriceTable } from '../pricing.js'
import { plural } from '../render/format.js'
import { fileWarnings } from '../render/warnings.js'
import { UsageError, type Io } from './command.js'

export const LOG_OPTIONS = {
  path: { type: 'string', multiple: true },
  format: { type: 'string' },
  'pricing-file': { type: 'string' },
  'redact-pattern': { type: 'string', multiple: true },
  'follow-symbolic-links': { type: 'boolean' },
} as const

export const LOG_OPTIONS_HELP = `Which logs:
  FOLDER                   the folder to read (default: the current directory); nothing
                           outside it is read
  --path GLOB              a glob pattern relative to FOLDER; repeat for more, '!' excludes.
                           Default: the action's (.claude/session_logs/session_*.json and
                           .claude/projects/**/*.jsonl), and also **/*.jsonl when FOLDER is a
                           Claude Code projects folder (~/.claude/projects) or projects/**/*.jsonl
                           when it holds one (~/.claude)
  --format FORMAT          ${FORMAT_CHOICES.join(', ')} (default: auto, from each file's content)
  --pricing-file FILE      a price table (docs/pricing-file.md), relative to the current directory
  --redact-pattern RE      one more secret to redact (RE2 syntax); repeatable
  --follow-symbolic-links  follow symbolic links (links out of FOLDER are still refused)`

/** The values `parseArgs` gives for `LOG_OPTIONS`. */
export interface LogOptionValues {
  readonly path?: string[] | undefined
  readonly format?: string | undefined
  readonly 'pricing-file'?: string | undefined
  readonly 'redact-pattern'?: string[] | undefined
  readonly 'follow-symbolic-links'?: boolean | undefined
}

/** The folder's logs, read, redacted and analysed, with the patterns they were found with. */
export interface FolderLogs extends PipelineResult {
  readonly folder: string
  readonly patterns: readonly string[]
}

/**
 * Reads the logs the options name, as the action would read them in a workspace at FOLDER, and
 * writes to `io.err` how many were read and a line for each file not read or partly invalid.
 * Throws a `UsageError` for an option it cannot use, before anything is read.
 */
export async function readFolderLogs(
  values: LogOptionValues,
  positionals: readonly string[],
  io: Io,
): Promise<FolderLogs> {
  if (positionals.length > 1)
    throw new UsageError(`expected one FOLDER at most, got ${positionals.map(quoted).join(', ')}`)
  const folder = path.resolve(io.cwd, positionals[0] ?? '.')
  if (!isFolder(folder)) throw new UsageError(`${quoted(folder)} is not a folder`)
  const patterns = values.path ?? defaultPatterns(folder)
  checkPatterns(patterns, folder)
  const format = values.format ?? 'auto'
  if (!(FORMAT_CHOICES as readonly string[]).includes(format))
    throw new UsageError(
      `--format is ${quoted(format)}: expected one of ${FORMAT_CHOICES.join(', ')}`,
    )
  const redactPatterns = values['redact-pattern'] ?? []
  if (redactPatterns.length > 0) {
    const { compileRedactPatterns } = await import('../user-patterns.js')
    try {
      compileRedactPatterns(redactPatterns)
    } catch (error) {
      throw new UsageError(`--redact-pattern: ${(error as Error).message}`)
    }
  }
  const pricingFile = values['pricing-file']
  const prices = pricingFile === undefined ? undefined : await readPrices(io.cwd, pricingFile)

  const result = await readAndAnalyse({
    workspace: folder,
    patterns,
    followSymbolicLinks: values['follow-symbolic-links'] ?? false,
    format: format as FormatChoice,
    executionFile: '',
    redactPatterns,
    pricingFile: '',
    prices,
  })
  const { totals } = result.analysis
  if (result.outcomes.length === 0)
    io.err(
      `warning: no files were found in ${unseenEscaped(folder)} with the path patterns ` +
        `${patterns.map(quoted).join(', ')}; give --path with where the session logs are.\n`,
    )
  else
    io.err(
      `Read ${totals.files} of ${plural(result.outcomes.length, 'matched file')}: ` +
        `${plural(totals.sessions, 'session')}, ${plural(totals.interactions, 'interaction')}, ` +
        `${plural(totals.toolCalls, 'tool call')}.\n`,
    )
  for (const warning of fileWarnings(result.analysis))
    io.err(`warning: ${unseenEscaped(warning.message)}\n`)
  return { ...result, folder, patterns }
}

/** A file name of a Claude Code transcript: the session's id. */
const TRANSCRIPT_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.jsonl$/i

/**
 * The action's default patterns, and one more when the folder is Claude Code's projects folder
 * (`~/.claude/projects`: a folder per project, each holding `<session-id>.jsonl` files) or holds
 * one as `projects/` (`~/.claude`): the default looks for `.claude/` inside a repository.
 */
export function defaultPatterns(folder: string): string[] {
  const patterns = DEFAULTS.path.split('\n')
  if (isProjectsFolder(folder)) patterns.push('**/*.jsonl')
  else if (isProjectsFolder(path.join(folder, 'projects'))) patterns.push('projects/**/*.jsonl')
  return patterns
}

/** Whether a folder of the folder holds a transcript named by its session id. */
function isProjectsFolder(folder: string): boolean {
  try {
    return readdirSync(folder, { withFileTypes: true }).some(
      (entry) =>
        entry.isDirectory() &&
        readdirSync(path.join(folder, entry.name)).some((name) => TRANSCRIPT_NAME.test(name)),
    )
  } catch {
    return false
  }
}

function isFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory()
  } catch {
    return false
  }
}

function checkPatterns(patterns: readonly string[], folder: string): void {
  if (!patterns.some((pattern) => pattern !== '' && !pattern.startsWith('!')))
    throw new UsageError('--path: expected at least one glob pattern that is not an exclusion')
  for (const pattern of patterns) {
    if (pattern === '') throw new UsageError('--path: expected a glob pattern, got nothing')
    try {
      anchorPattern(pattern, folder)
    } catch {
      throw new UsageError(
        `--path ${quoted(pattern)} points outside FOLDER (${unseenEscaped(folder)}); only files inside it are read`,
      )
    }
  }
}

/** The price table of `--pricing-file`, a path from the current directory, the user's to choose. */
async function readPrices(cwd: string, file: string): Promise<PriceTable> {
  let text: string
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8')
  } catch (error) {
    throw new UsageError(
      `--pricing-file ${quoted(file)} could not be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    )
  }
  try {
    return parsePricingFile(text, file)
  } catch (error) {
    throw new UsageError(`--pricing-file: ${(error as Error).message}`)
  }
}
