import path from 'node:path'
import * as core from '@actions/core'
import { analyse, type Analysis } from './analyse.js'
import { findLogFiles, type FoundFiles } from './find.js'
import { DEFAULTS, Input, parseInputs, type Inputs } from './inputs.js'
import type { FileOutcome } from './model.js'
import { readGivenExecutionFile } from './execution-file.js'
import { loadPricingFile } from './pricing-file.js'
import { BUILT_IN_PRICES } from './pricing.js'
import { annotate, fileWarnings } from './publish/annotations.js'
import { quoted } from './log-text.js'
import { writeWorkspaceFile } from './publish/files.js'
import { outputValues, setOutputs } from './publish/outputs.js'
import { readLogFiles } from './read.js'
import { createRedactor, redactOutcomes } from './redact.js'
import { usd } from './render/format.js'
import { renderReport, type ReportContext } from './render/report.js'
import { toJsonReport } from './report-json.js'
import { fileUrlAtCommit, runnerContext, runUrl } from './runner.js'

/**
 * The action: inputs → find → read → analyse → render → publish. The one place that wires the
 * stages and turns an error into a failed step.
 */
export async function run(): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name))
    await report(inputs)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

/**
 * Every matched file's outcome: the files read, then those refused before reading, then the
 * execution file given, if any.
 */
export async function readFound(
  workspace: string,
  found: FoundFiles,
  options: Pick<Inputs, 'format' | 'executionFile'> = { format: 'auto', executionFile: '' },
): Promise<FileOutcome[]> {
  return [
    ...(await readLogFiles(workspace, found.files, { format: options.format })),
    ...found.refused.map((file) => ({ ok: false as const, ...file })),
    ...(options.executionFile === ''
      ? []
      : [readGivenExecutionFile(options.executionFile, workspace, process.env.RUNNER_TEMP)]),
  ]
}

/**
 * What the step says when the logs cost more than `cost-warning-usd`, or null when they do not
 * (or hold no usage, or no threshold is set). The cost is every matched log's, as `cost-usd`'s.
 */
export function costWarningMessage(analysis: Analysis, thresholdUsd: number | null): string | null {
  const cost = analysis.usage?.costUsd
  if (thresholdUsd === null || cost === undefined || !(cost > thresholdUsd)) return null
  return `The session logs cost ${usd(cost)}, more than the ${usd(thresholdUsd)} set in '${Input.costWarningUsd}'.`
}

/**
 * Names the patterns that matched nothing and whether they are the default ones: the default
 * suits one layout of logs only, and a runner passes it as if it were given, so it is told apart
 * by its value.
 */
export function noFilesMessage(patterns: readonly string[]): string {
  const given = patterns.map(quoted).join(', ')
  return patterns.join('\n') === DEFAULTS.path
    ? `No files were found with the default path: ${given}. Set the '${Input.path}' input to where the session logs are.`
    : `No files were found with the path given in the '${Input.path}' input: ${given}.`
}

async function report(inputs: Inputs): Promise<void> {
  // The RE2 engine is loaded only for the user's own patterns; a bad one fails the step here.
  const userRules =
    inputs.redactPatterns.length === 0
      ? []
      : (await import('./user-patterns.js')).compileRedactPatterns(inputs.redactPatterns)
  const runner = runnerContext()
  // A bad price table fails the step before anything is read or published.
  const prices =
    inputs.pricingFile === ''
      ? BUILT_IN_PRICES
      : await loadPricingFile(runner.workspace, inputs.pricingFile)
  const found = await findLogFiles(inputs.patterns, {
    workspace: runner.workspace,
    followSymbolicLinks: inputs.followSymbolicLinks,
  })
  if (found.files.length === 0 && found.refused.length === 0 && inputs.executionFile === '') {
    const message = noFilesMessage(inputs.patterns)
    if (inputs.ifNoFilesFound === 'error') throw new Error(message)
    if (inputs.ifNoFilesFound === 'warn') core.warning(message)
    else core.info(message)
  }

  // Everything published below is made from outcomes redacted here, and only here.
  const outcomes = redactOutcomes(
    await readFound(runner.workspace, found, inputs),
    createRedactor(userRules),
  )
  const analysis = analyse(outcomes, prices)
  const { totals } = analysis
  core.info(
    `Read ${totals.files} of ${outcomes.length} matched files: ${totals.sessions} sessions, ` +
      `${totals.interactions} interactions, ${totals.toolCalls} tool calls.`,
  )
  annotate(fileWarnings(analysis))

  let reportFile = ''
  if (inputs.reportFile !== '') {
    const meta = { title: inputs.title, commit: runner.sha, patterns: inputs.patterns }
    const json = `${JSON.stringify(toJsonReport(analysis, meta), null, 2)}\n`
    const written = await writeWorkspaceFile(runner.workspace, inputs.reportFile, json)
    if (written.ok) {
      reportFile = written.path
      core.info(`Wrote the JSON report to ${quoted(reportFile)}.`)
    } else {
      core.warning(
        `The JSON report was not written to ${quoted(inputs.reportFile)} (input '${Input.reportFile}'): ${written.reason}.`,
        { title: 'JSON report not written' },
      )
    }
  }
  const nothingFound = outcomes.length === 0
  const context: ReportContext = {
    title: inputs.title,
    patterns: inputs.patterns,
    fileUrl: fileUrlAtCommit(runner),
    // Named by its path in the workspace, as written however the input spelt it.
    ...(reportFile !== '' && {
      reportFile: path.relative(runner.workspace, reportFile).split(path.sep).join('/'),
    }),
    ...(inputs.costWarningUsd !== null && { costWarningUsd: inputs.costWarningUsd }),
  }
  const summaryWritten = inputs.jobSummary && !(nothingFound && inputs.ifNoFilesFound === 'ignore')
  if (summaryWritten) {
    const markdown = renderReport(analysis, context)
    await core.summary.addRaw(markdown).write()
  }
  setOutputs(outputValues(analysis, reportFile))
  if (inputs.comment.enabled) {
    // Imported here so that a run without a comment never loads the GitHub API client.
    const { publishComment } = await import('./publish/comment.js')
    // The comment links the run's page for what it leaves out, when the full report is there.
    const commentContext = {
      ...context,
      fullReportUrl: summaryWritten ? runUrl(runner) : undefined,
    }
    setOutputs(
      await publishComment({
        inputs: inputs.comment,
        outcomes,
        analysis,
        summarise: (some: readonly FileOutcome[]) => analyse(some, prices),
        context: commentContext,
      }),
    )
  }

  const overCost = costWarningMessage(analysis, inputs.costWarningUsd)
  if (overCost !== null) {
    if (inputs.failOnCostWarning)
      throw new Error(`${overCost} The step fails because '${Input.failOnCostWarning}' is true.`)
    core.warning(overCost, { title: 'Cost above the warning' })
  }

  if (inputs.failOnParseError && totals.unreadableFiles > 0) {
    throw new Error(
      `${totals.unreadableFiles} session log file(s) could not be read (${Input.failOnParseError} is true); see the warnings above.`,
    )
  }
}
