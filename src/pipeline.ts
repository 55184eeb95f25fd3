/**
 * The stages every way of running shares, from patterns to analysis: find, read, redact, analyse.
 * Free of `@actions/*`: the action (main.ts) and the local command (cli/) both call it, and each
 * says in its own way what it found.
 */
import { analyse, type Analysis } from './analyse.js'
import { readGivenExecutionFile } from './execution-file.js'
import { findLogFiles, type FoundFiles } from './find.js'
import type { FormatChoice } from './formats/detect.js'
import type { FileOutcome } from './model.js'
import { loadPricingFile } from './pricing-file.js'
import { BUILT_IN_PRICES, type PriceTable } from './pricing.js'
import { readLogFiles } from './read.js'
import { createRedactor, redactOutcomes, type Redactor } from './redact.js'

/** What to read and how, as the action's inputs (or the command's options) say. */
export interface PipelineOptions {
  /** The folder the patterns are relative to, and the only one read. */
  readonly workspace: string
  /** Glob patterns relative to the workspace; `!` excludes. */
  readonly patterns: readonly string[]
  readonly followSymbolicLinks: boolean
  readonly format: FormatChoice
  /** An execution file, as given (absolute, or relative to the workspace); empty for none. */
  readonly executionFile: string
  /** Where an execution file may lie outside the workspace (the runner's temporary folder). */
  readonly runnerTemp?: string | undefined
  /** The user's own secret patterns (RE2 syntax). */
  readonly redactPatterns: readonly string[]
  /** A price table relative to the workspace; empty for the built-in one. */
  readonly pricingFile: string
  /** A price table already read, used instead of `pricingFile`. */
  readonly prices?: PriceTable | undefined
}

/** What was read, redacted, and what the analysis made of it. */
export interface PipelineResult {
  readonly found: FoundFiles
  /** Every matched file's outcome, redacted: whatever is published is made from these. */
  readonly outcomes: readonly FileOutcome[]
  readonly analysis: Analysis
  readonly prices: PriceTable
  /** The redactor the outcomes went through, for anything else read from the same files. */
  readonly redact: Redactor
}

/**
 * Finds, reads, redacts and analyses. Throws, before anything is read, on a bad redaction pattern,
 * a bad price table or a pattern that points outside the workspace.
 */
export async function readAndAnalyse(options: PipelineOptions): Promise<PipelineResult> {
  // The RE2 engine is loaded only for the user's own patterns.
  const userRules =
    options.redactPatterns.length === 0
      ? []
      : (await import('./user-patterns.js')).compileRedactPatterns(options.redactPatterns)
  const prices =
    options.prices ??
    (options.pricingFile === ''
      ? BUILT_IN_PRICES
      : await loadPricingFile(options.workspace, options.pricingFile))
  const found = await findLogFiles(options.patterns, {
    workspace: options.workspace,
    followSymbolicLinks: options.followSymbolicLinks,
  })
  const redact = createRedactor(userRules)
  // Everything published is made from outcomes redacted here, and only here.
  const outcomes = redactOutcomes(await readFound(options.workspace, found, options), redact)
  return { found, outcomes, analysis: analyse(outcomes, prices), prices, redact }
}

/**
 * Every matched file's outcome: the files read, then those refused before reading, then the
 * execution file given, if any.
 */
export async function readFound(
  workspace: string,
  found: FoundFiles,
  options: Pick<PipelineOptions, 'format' | 'executionFile' | 'runnerTemp'> = {
    format: 'auto',
    executionFile: '',
  },
): Promise<FileOutcome[]> {
  return [
    ...(await readLogFiles(workspace, found.files, { format: options.format })),
    ...found.refused.map((file) => ({ ok: false as const, ...file })),
    ...(options.executionFile === ''
      ? []
      : [readGivenExecutionFile(options.executionFile, workspace, options.runnerTemp)]),
  ]
}
