import path from 'node:path'
import * as core from '@actions/core'
import { analyse, type Analysis } from './analyse.js'
import {
  DEFAULTS,
  Input,
  parseInputs,
  SECRET_INPUTS,
  type DatabaseInputs,
  type Inputs,
  type MetricsInputs,
  type WebhookInputs,
} from './inputs.js'
import { annotate, fileWarnings } from './publish/annotations.js'
import { quoted } from './log-text.js'
import type { FileOutcome } from './model.js'
import { writeWorkspaceFile } from './publish/files.js'
import { renderMetrics } from './publish/metrics.js'
import { outputValues, setOutputs } from './publish/outputs.js'
import { connectionSecrets, describeTarget } from './publish/postgres-url.js'
import { readAndAnalyse } from './pipeline.js'
import { defaultJob, pushMetrics } from './publish/pushgateway.js'
import { deliverWebhooks, webhookPayloads, type MessageContext } from './publish/webhooks.js'
import { interactionRows, rowSources, type InteractionRow, type RowSource } from './interactions.js'
import { writeInteractionsFile } from './publish/interactions-file.js'
import type { Redactor } from './redact.js'
import { usd } from './render/format.js'
import { renderReport, type ReportContext } from './render/report.js'
import { toJsonReport } from './report-json.js'
import { fileUrlAtCommit, runnerContext, runUrl, type RunnerContext } from './runner.js'

export { readFound } from './pipeline.js'

/**
 * The action: inputs → find → read → analyse → render → publish. The one place that wires the
 * stages and turns an error into a failed step.
 */
export async function run(): Promise<void> {
  try {
    // Masked before anything else is done, so that no message can show them.
    for (const name of SECRET_INPUTS) {
      const value = core.getInput(name).trim()
      if (value !== '') core.setSecret(value)
      // A message may name the password alone (a server's error, say).
      if (name === Input.postgresUrl)
        for (const password of connectionSecrets(value)) core.setSecret(password)
    }
    const inputs = parseInputs((name) => core.getInput(name))
    await report(inputs)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
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
  const runner = runnerContext()
  // A bad redaction pattern, a bad price table or a pattern outside the workspace fails the step
  // here, before anything is read or published.
  const { found, outcomes, analysis, prices, redact } = await readAndAnalyse({
    ...inputs,
    workspace: runner.workspace,
    runnerTemp: process.env.RUNNER_TEMP,
  })
  if (outcomes.length === 0) {
    const message = noFilesMessage(inputs.patterns)
    if (inputs.ifNoFilesFound === 'error') throw new Error(message)
    if (inputs.ifNoFilesFound === 'warn') core.warning(message)
    else core.info(message)
  }

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
  let reported = analysis
  if (inputs.comment.enabled) {
    // Imported here so that a run without a comment never loads the GitHub API client.
    const { publishComment } = await import('./publish/comment.js')
    // The comment links the run's page for what it leaves out, when the full report is there.
    const commentContext = {
      ...context,
      fullReportUrl: summaryWritten ? runUrl(runner) : undefined,
    }
    const comment = await publishComment({
      inputs: inputs.comment,
      outcomes,
      analysis,
      summarise: (some: readonly FileOutcome[]) => analyse(some, prices),
      context: commentContext,
    })
    setOutputs(comment.outputs)
    // The sessions of a pull request's comment are the ones the run reports on.
    if (comment.shown !== null) reported = comment.shown
  }
  await publishMetrics(inputs.metrics, analysis, runner)
  const rows = rowReader(
    () =>
      rowSources(runner.workspace, found, outcomes, inputs.executionFile, process.env.RUNNER_TEMP),
    redact,
  )
  await publishInteractions(inputs.interactionsFile, runner.workspace, rows)
  const sqliteFailure = await publishSqlite(inputs.sqliteFile, runner.workspace, {
    analysis,
    outcomes,
    rows,
  })
  const postgresFailure = await publishPostgres(inputs.database, {
    analysis,
    outcomes,
    repository: runner.repository,
    rows,
  })
  const webhookFailure = await publishWebhook(inputs.webhook, reported, {
    title: inputs.title,
    runUrl: summaryWritten ? runUrl(runner) : undefined,
  })

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
  if (webhookFailure !== null && inputs.webhook.failOnError)
    throw new Error(`${webhookFailure} (${Input.failOnWebhookError} is true).`)
  const databaseFailure = sqliteFailure ?? postgresFailure
  if (databaseFailure !== null && inputs.database.failOnError)
    throw new Error(`${databaseFailure} (${Input.failOnDatabaseError} is true).`)
}

/** What the PostgreSQL database is written from. */
interface DatabaseSource {
  readonly analysis: Analysis
  readonly outcomes: readonly FileOutcome[]
  readonly repository: string | null
  /** The interaction rows, read again from the files when called, ordered by session id. */
  readonly rows: () => AsyncIterable<InteractionRow>
}

/**
 * Writes every session to PostgreSQL, when asked for. Returns why it was not written (already a
 * warning), or null.
 */
async function publishPostgres(
  inputs: DatabaseInputs,
  source: DatabaseSource,
): Promise<string | null> {
  if (inputs.postgresUrl === null) return null
  // Imported here so that a run without a database never loads the client.
  const { databaseRecords } = await import('./publish/postgres-records.js')
  const { writeToPostgres } = await import('./publish/postgres.js')
  const records = databaseRecords(source.analysis, source.outcomes, source.repository)
  if (records.skipped.length > 0)
    core.warning(
      `${records.skipped.length} session(s) not written to PostgreSQL: ${records.skipped.join('; ')}.`,
      { title: 'Sessions not written to PostgreSQL' },
    )
  const written = await writeToPostgres(inputs.postgresUrl, records, source.rows())
  if (written.ok) {
    const { sessions, models } = written
    const migrations =
      written.migrations.length === 0 ? '' : `; migrations ${written.migrations.join(', ')} applied`
    core.info(
      `Wrote the sessions to PostgreSQL (${describeTarget(written.target)}): ` +
        `${sessions.inserted} new, ${sessions.updated} updated, ${sessions.unchanged} unchanged; ` +
        `tokens by model: ${models.inserted} new, ${models.updated} updated, ${models.unchanged} unchanged, ` +
        `${models.deleted} deleted${migrations}.`,
    )
    return null
  }
  const where = written.target === null ? '' : `, ${describeTarget(written.target)}`
  const message = `The sessions were not written to PostgreSQL (input '${Input.postgresUrl}'${where}): ${written.reason}`
  core.warning(`${message}.`, { title: 'Database not written' })
  return message
}

/**
 * Posts the sessions reported to the webhook, when asked for. Returns why it was not delivered
 * (already a warning), or null.
 */
async function publishWebhook(
  inputs: WebhookInputs,
  analysis: Analysis,
  context: MessageContext,
): Promise<string | null> {
  if (inputs.url === null) return null
  const payloads = webhookPayloads(analysis, inputs.format, context)
  if (payloads.length === 0) {
    core.info('No session to post to the webhook.')
    return null
  }
  const delivery = await deliverWebhooks(inputs.url, payloads)
  if (delivery.failed === null) {
    core.info(`Posted ${delivery.sent} ${inputs.format} payload(s) to the webhook.`)
    return null
  }
  const message =
    `The webhook (input '${Input.webhookUrl}') was not delivered: ${delivery.failed.reason}; ` +
    `${delivery.sent} of ${payloads.length} payload(s) were sent`
  core.warning(`${message}.`, { title: 'Webhook not delivered' })
  return message
}

/** The metrics file and the push to a Pushgateway, when asked for; either failing is a warning. */
async function publishMetrics(
  inputs: MetricsInputs,
  analysis: Analysis,
  runner: RunnerContext,
): Promise<void> {
  if (inputs.file === '' && inputs.pushgatewayUrl === null) return
  const metrics = renderMetrics(analysis, Date.now())
  if (inputs.file !== '') {
    const written = await writeWorkspaceFile(runner.workspace, inputs.file, metrics)
    if (written.ok) core.info(`Wrote the metrics to ${quoted(written.path)}.`)
    else
      core.warning(
        `The metrics were not written to ${quoted(inputs.file)} (input '${Input.metricsFile}'): ${written.reason}.`,
        { title: 'Metrics file not written' },
      )
  }
  if (inputs.pushgatewayUrl !== null) {
    const job = inputs.job === '' ? defaultJob(runner.repository) : inputs.job
    const pushed = await pushMetrics(inputs.pushgatewayUrl, job, metrics)
    if (pushed.ok) core.info(`Pushed the metrics to the Pushgateway under job ${quoted(job)}.`)
    else
      core.warning(
        `The metrics were not pushed to the Pushgateway (input '${Input.pushgatewayUrl}') under job ${quoted(job)}: ${pushed.reason}.`,
        { title: 'Metrics not pushed' },
      )
  }
}

/**
 * Reads the interaction rows of the run's files, again at each call (each export that asks for
 * them reads them once); the files whose rows are not all read are added to `incomplete`, and
 * warned about once per run.
 */
type RowReader = (incomplete?: Set<string>) => AsyncIterable<InteractionRow>

function rowReader(sources: () => RowSource[], redact: Redactor): RowReader {
  const warned = new Set<string>()
  return (incomplete) =>
    interactionRows(sources(), {
      redact,
      onSkipped: (file, reason) => {
        incomplete?.add(file)
        const message = `${quoted(file)} ${reason}.`
        if (warned.has(message)) return
        warned.add(message)
        core.warning(message, { title: 'Interactions not all exported' })
      },
    })
}

/** The NDJSON file of every interaction, when asked for; failing to write it is a warning. */
async function publishInteractions(
  file: string,
  workspace: string,
  rows: RowReader,
): Promise<void> {
  if (file === '') return
  const written = await writeInteractionsFile(workspace, file, rows())
  if (written.ok) core.info(`Wrote ${written.rows} interactions to ${quoted(written.path)}.`)
  else
    core.warning(
      `The interactions were not written to ${quoted(file)} (input '${Input.interactionsFile}'): ${written.reason}.`,
      { title: 'Interactions file not written' },
    )
}

/**
 * The SQLite database, when asked for. Returns why it was not updated (already a warning), or
 * null.
 */
async function publishSqlite(
  file: string,
  workspace: string,
  run: { analysis: Analysis; outcomes: readonly FileOutcome[]; rows: RowReader },
): Promise<string | null> {
  if (file === '') return null
  // Imported here so that a run without a database never loads node:sqlite.
  const { sessionRecords, writeSqlite } = await import('./publish/sqlite.js')
  const incompleteFiles = new Set<string>()
  const written = await writeSqlite(workspace, file, {
    sessions: sessionRecords(run.analysis, run.outcomes),
    rows: run.rows(incompleteFiles),
    incompleteFiles,
  })
  if (written.ok) {
    core.info(
      `Updated the SQLite database ${quoted(written.path)}: ${written.sessionsAdded} sessions added, ` +
        `${written.sessionsUpdated} updated; ${written.interactionsAdded} interactions added, ` +
        `${written.interactionsUpdated} updated, ${written.interactionsRemoved} removed.`,
    )
    return null
  }
  const message = `The SQLite database ${quoted(file)} (input '${Input.sqliteFile}') was not updated: ${written.reason}`
  core.warning(`${message}.`, { title: 'SQLite database not updated' })
  return message
}
