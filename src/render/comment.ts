import type { Analysis, SessionSummary, UsageSummary } from '../analyse.js'
import type { UnreadableFile } from '../model.js'
import { truncate } from '../truncate.js'
import { count, duration, oneLine, plural, tokenCount, usd } from './format.js'
import { code, link, table, tableRow, text } from './markdown.js'
import {
  costWarning,
  renderReport,
  shortModel,
  totalTokens,
  when,
  type ReportContext,
  type ReportScope,
  type SizeLimit,
} from './report.js'

/**
 * GitHub refuses a comment body over 65,536 characters. UTF-16 code units never number fewer than
 * characters, so counting them is safe however the API counts.
 */
export const COMMENT_LIMIT: SizeLimit = {
  max: 65_536,
  measure: (markdown) => markdown.length,
}

/** `compact`: the answer and one small table, the rest left to the step summary; `full`: the report. */
export type CommentLayout = 'compact' | 'full'

/** Rows of the compact table: enough for a pull request, few enough to read at a glance. */
export const SESSIONS_IN_COMPACT = 10
const UNREADABLE_IN_COMPACT = 3
const MODELS_IN_HEADLINE = 2
const LABEL_MAX = 60
const PATH_MAX = 120
const REASON_MAX = 200
/** Room kept for the table's header, its "+N older sessions" row, and the blank lines around it. */
const TABLE_MARGIN = 400

/**
 * The hidden first line by which the comment is found again. The tag is restricted at input to
 * characters that cannot end an HTML comment, and log text never reaches this line.
 */
export function commentMarker(tag: string): string {
  return `<!-- claude-session-report:${tag} -->`
}

/**
 * The comment body: the marker, then the report in the chosen layout, the two together within
 * GitHub's limit. When the comment covers a pull request's logs and it has none, one line says
 * so: an earlier comment brought up to date no longer shows sessions that left. Pure.
 */
export function renderComment(
  analysis: Analysis,
  context: ReportContext,
  marker: string,
  layout: CommentLayout = 'compact',
): string {
  const { scope } = context
  if (scope !== undefined && analysis.totals.files === 0 && analysis.totals.unreadableFiles === 0)
    return `${marker}\n${nothingInScope(context, scope)}\n`
  const limit = { ...COMMENT_LIMIT, max: COMMENT_LIMIT.max - marker.length - 1 }
  return `${marker}\n${layout === 'compact' ? compactReport(analysis, context, limit.max) : renderReport(analysis, context, limit)}`
}

function nothingInScope(context: ReportContext, scope: ReportScope): string {
  const warning = costWarning(scope.overallUsage ?? null, context.costWarningUsd)
  const line = `🤖 **${text(context.title)}:** no session log was ${scope.label}.`
  return warning === '' ? line : `${line} ${warning}`
}

/**
 * The answer in three lines: a heading, one sentence of totals (cost and tokens when the logs hold
 * them), a table of at most five narrow columns, and a footer that links the full report. Every
 * part is bounded (rows, labels, paths), so the comment stays far within GitHub's limit.
 */
function compactReport(analysis: Analysis, context: ReportContext, maxLength: number): string {
  const { scope } = context
  const heading = `### 🤖 ${text(context.title)}${scope === undefined ? '' : ` ${scope.label}`}`
  const warning = costWarning(
    scope === undefined ? analysis.usage : (scope.overallUsage ?? null),
    context.costWarningUsd,
  )
  const before = [heading, warning, compactHeadline(analysis)]
  const after = [
    analysis.unreadable.length > 0 ? unreadableList(analysis.unreadable) : '',
    compactFooter(analysis, context),
  ]
  const join = (sections: string[]) =>
    `${sections.filter((section) => section !== '').join('\n\n')}\n`
  // What the table may take: the rest of GitHub's limit, and a margin for its last row and joins.
  const budget = maxLength - join([...before, ...after]).length - TABLE_MARGIN
  const sessions = analysis.sessions.length > 0 ? sessionTable(analysis, context, budget) : ''
  return join([...before, sessions, ...after])
}

function compactHeadline(analysis: Analysis): string {
  const { totals, usage } = analysis
  if (totals.files === 0)
    return `⚠️ **No session log could be read:** ${plural(totals.unreadableFiles, 'file')} matched.`
  const errors = totals.toolErrors > 0 ? ` (${plural(totals.toolErrors, 'error')})` : ''
  const parts = [
    `**${plural(totals.sessions, 'session')}**`,
    plural(totals.prompts, 'prompt'),
    `${plural(totals.toolCalls, 'tool call')}${errors}`,
  ]
  if (totals.sessionTimeMs > 0) parts.push(duration(totals.sessionTimeMs))
  if (hasUsage(usage))
    parts.push(`**${text(usd(usage.costUsd))}**${costByModel(usage)}`, tokensOf(usage))
  else parts.push(plural(totals.interactions, 'interaction'))
  if (totals.unreadableFiles > 0)
    parts.push(`⚠️ ${plural(totals.unreadableFiles, 'file')} unreadable`)
  return parts.join(' · ')
}

function hasUsage(usage: UsageSummary | null): usage is UsageSummary {
  return usage !== null && usage.models.length > 0
}

function tokensOf(usage: UsageSummary): string {
  return `${tokenCount(totalTokens(usage.tokens))} tokens`
}

/** " (opus-4-5 $2.09, haiku-4-5 $0.04)" when there is more than one model; unpriced ones said. */
function costByModel(usage: UsageSummary): string {
  const unpriced = usage.unpricedModels.length
  const more = unpriced > 0 ? ` + ${plural(unpriced, 'unpriced model')}` : ''
  if (usage.models.length < 2) return more
  const shown = usage.models
    .slice(0, MODELS_IN_HEADLINE)
    .map(
      (model) =>
        `${text(truncate(shortModel(model.model), LABEL_MAX))} ${model.costUsd === null ? 'unpriced' : text(usd(model.costUsd))}`,
    )
  const rest = usage.models.length - shown.length
  return `${more} (${shown.join(', ')}${rest > 0 ? `, +${rest}` : ''})`
}

/**
 * One row per session, newest first: what it is, when and for how long, prompts, tool calls, and
 * its cost when the logs hold usage, its interactions when none does (session-recorder logs).
 */
function sessionTable(analysis: Analysis, context: ReportContext, budget: number): string {
  const priced = analysis.sessions.some((session) => hasUsage(session.usage))
  const interactions = new Map(analysis.files.map((file) => [file.path, file.interactions]))
  const rows: string[][] = []
  let length = 0
  for (const session of analysis.sessions.slice(0, SESSIONS_IN_COMPACT)) {
    const row = sessionRow(session)
    // A row is bounded but for its link, whose path may be long: rows stop where the limit is near.
    length += tableRow(row).length + 1
    if (length > budget) break
    rows.push(row)
  }
  const rest = analysis.sessions.length - rows.length
  if (rest > 0)
    rows.push([`+${plural(rest, rows.length === 0 ? 'session' : 'older session')}`, '', '', '', ''])
  return table(
    ['session', 'when (UTC)', 'prompts', 'tool calls', priced ? 'cost' : 'interactions'],
    rows,
    ['left', 'left', 'right', 'right', 'right'],
  )

  function sessionRow(session: SessionSummary): string[] {
    return [
      sessionLabel(session, context),
      when(session),
      count(session.prompts),
      session.toolErrors > 0
        ? oneLine(`${count(session.toolCalls)} (${plural(session.toolErrors, 'error')})`)
        : count(session.toolCalls),
      priced
        ? hasUsage(session.usage)
          ? text(usd(session.usage.costUsd))
          : '—'
        : count(session.paths.reduce((sum, path) => sum + (interactions.get(path) ?? 0), 0)),
    ]
  }
}

/**
 * A session-recorder log by its file name (it names the day), any other session by the start of
 * its id, linked to its file; a run that ended in error says so.
 */
function sessionLabel(session: SessionSummary, context: ReportContext): string {
  const main = session.paths[0]
  const label =
    session.format === 'session-recorder' && main !== undefined
      ? text(truncate(main.slice(main.lastIndexOf('/') + 1), LABEL_MAX))
      : code(session.sessionId.slice(0, 8))
  const linked = link(label, main === undefined ? undefined : context.fileUrl?.(main))
  return session.runError === true ? `${linked} ⚠️` : linked
}

function unreadableList(files: readonly UnreadableFile[]): string {
  const lines = files
    .slice(0, UNREADABLE_IN_COMPACT)
    .map(
      (file) =>
        `- ⚠️ ${code(truncate(file.path, PATH_MAX))}: ${text(truncate(file.reason, REASON_MAX))}`,
    )
  const rest = files.length - UNREADABLE_IN_COMPACT
  if (rest > 0) lines.push(`- ⚠️ and ${plural(rest, 'more unreadable file')}`)
  return lines.join('\n')
}

/** All logs in one line when the comment shows part of them, the full report's link, the prices' date. */
function compactFooter(analysis: Analysis, context: ReportContext): string {
  const parts: string[] = []
  const { scope } = context
  if (scope !== undefined) {
    const all = scope.overall
    const usage = scope.overallUsage ?? null
    parts.push(
      [
        `All session logs: ${plural(all.sessions, 'session')}`,
        ...(hasUsage(usage) ? [text(usd(usage.costUsd)), tokensOf(usage)] : []),
        ...(all.unreadableFiles > 0 ? [`${plural(all.unreadableFiles, 'file')} unreadable`] : []),
      ].join(' · '),
    )
  }
  if (context.fullReportUrl !== undefined)
    parts.push(`[full report in the step summary](${context.fullReportUrl})`)
  const { pricing } = analysis
  if (hasUsage(analysis.usage) && pricing.date !== '') parts.push(`prices of ${text(pricing.date)}`)
  return parts.length === 0 ? '' : `<sub>${parts.join(' · ')}</sub>`
}
