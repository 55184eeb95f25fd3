import type { Analysis, FileSummary, Totals, ToolUsage } from '../analyse.js'
import type { KindCounts } from '../model.js'
import { bytes, count, dateTime, duration, percent, plural, span } from './format.js'
import { code, details, link, table, text, truncate } from './markdown.js'
import { pieChart } from './chart.js'

/** What the renderer needs to know beyond the analysis; all optional parts degrade to plain text. */
export interface ReportContext {
  readonly title: string
  /** The glob patterns, shown in the footer. */
  readonly patterns: readonly string[]
  /** URL of a file at the run's commit (from a workspace-relative path), when on GitHub. */
  readonly fileUrl?: (path: string) => string
  /** Where the full report can be read when this one had to leave detail out (the run's page). */
  readonly fullReportUrl?: string
  /** Path of the JSON report, when one was written. */
  readonly reportFile?: string
  /** Set when the analysis covers only some of the files, e.g. those a pull request changed. */
  readonly scope?: ReportScope
}

/** A report about part of the files: what that part is, and the totals over every file. */
export interface ReportScope {
  /** Where the files come from, as in "added or changed in this pull request". */
  readonly label: string
  /** Totals over every matched file, shown in one line under the headline. */
  readonly overall: Totals
}

/** The most a rendering may measure, and how to measure it. */
export interface SizeLimit {
  readonly max: number
  readonly measure: (markdown: string) => number
}

/** GitHub refuses a step summary above 1 MiB (bytes); keep clear of it. */
export const STEP_SUMMARY_LIMIT: SizeLimit = {
  max: 1024 * 1024 - 1024,
  measure: (markdown) => Buffer.byteLength(markdown, 'utf8'),
}

/** How much detail a rendering holds; the renderer lowers it step by step until the output fits. */
interface Detail {
  readonly fileDetails: boolean
  readonly fileRows: number
  readonly toolRows: number
}

const TOP_TOOLS_IN_FILE_ROW = 3
const SUMMARY_TEXT_MAX = 500
/** Each kind of interaction with its label for one and for many. */
const HEADER_KINDS: readonly [keyof KindCounts, string, string][] = [
  ['user_message', 'user message', 'user messages'],
  ['tool_call', 'tool call', 'tool calls'],
  ['tool_result', 'tool result', 'tool results'],
  ['assistant_summary', 'assistant summary', 'assistant summaries'],
  ['other', 'other', 'other'],
]

/**
 * Renders the report as GitHub-flavoured markdown: the answer first (headline, totals), then the
 * tools, the files, and each file's detail collapsed. When the result would exceed `limit`, detail
 * is dropped in steps (per-file details, then the oldest files' rows, then the rarest tools) and a
 * closing line says what was left out.
 */
export function renderReport(
  analysis: Analysis,
  context: ReportContext,
  limit: SizeLimit = STEP_SUMMARY_LIMIT,
): string {
  const full: Detail = {
    fileDetails: true,
    fileRows: analysis.files.length,
    toolRows: analysis.tools.length,
  }
  for (const detail of lesserDetails(full)) {
    const markdown = render(analysis, context, detail)
    if (limit.measure(markdown) <= limit.max) return markdown
  }
  // Even the barest rendering is too large (a title of megabytes?): cut it, keeping it valid text.
  const bare = render(analysis, context, { fileDetails: false, fileRows: 0, toolRows: 0 })
  return cutToFit(bare, limit)
}

function* lesserDetails(full: Detail): Generator<Detail> {
  yield full
  let detail: Detail = { ...full, fileDetails: false }
  yield detail
  for (let rows = Math.floor(full.fileRows / 2); rows >= 1; rows = Math.floor(rows / 2)) {
    detail = { ...detail, fileRows: rows }
    yield detail
  }
  for (let rows = Math.min(full.toolRows, 50); rows >= 1; rows = Math.floor(rows / 2)) {
    yield { ...detail, fileRows: 0, toolRows: rows }
  }
}

function render(analysis: Analysis, context: ReportContext, detail: Detail): string {
  const { totals } = analysis
  const sections = [
    `## 🤖 ${text(context.title)}`,
    ...headlines(totals, context.scope),
    ...(totals.files > 0 ? [kindTable(totals), activity(totals)] : []),
    ...toolSection(analysis.tools, detail),
    ...fileSection(analysis.files, context, detail),
    ...unreadableSection(analysis),
    ...omissions(analysis, context, detail),
    footer(context, totals),
  ]
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`
}

function headlines(totals: Totals, scope: ReportScope | undefined): string[] {
  if (scope === undefined) return [headline(totals)]
  const none = totals.files === 0 && totals.unreadableFiles === 0
  return [
    none
      ? `No session log was ${scope.label}.`
      : `**Session logs ${scope.label}:** ${headline(totals)}`,
    `All session logs: ${headline(scope.overall)}`,
  ]
}

function headline(totals: Totals): string {
  if (totals.files === 0 && totals.unreadableFiles === 0) return 'No session logs matched.'
  const parts = [
    `**${plural(totals.files, 'file')}**`,
    `**${plural(totals.sessions, 'session')}** on ${plural(totals.activeDays, 'day')}`,
    `**${plural(totals.interactions, 'interaction')}**`,
    `**${plural(totals.toolCalls, 'tool call')}** (${plural(totals.distinctTools, 'tool')})`,
  ]
  if (totals.sessionTimeMs > 0) parts.push(`${duration(totals.sessionTimeMs)} of session time`)
  if (totals.unreadableFiles > 0)
    parts.push(`⚠️ ${plural(totals.unreadableFiles, 'file')} unreadable`)
  return parts.join(' · ')
}

function kindTable(totals: Totals): string {
  return table(
    ['', ...HEADER_KINDS.map(([, , many]) => many), 'total'],
    [
      [
        '**interactions**',
        ...HEADER_KINDS.map(([kind]) => count(totals.kinds[kind])),
        `**${count(totals.interactions)}**`,
      ],
    ],
    ['left', ...HEADER_KINDS.map(() => 'right' as const), 'right'],
  )
}

function activity(totals: Totals): string {
  if (totals.firstActivity === null || totals.lastActivity === null) return ''
  const busiest = totals.busiestDay
  const busiestText =
    busiest && totals.activeDays > 1
      ? `; busiest day ${busiest.day} (${plural(busiest.interactions, 'interaction')})`
      : ''
  return `Activity ${span(totals.firstActivity, totals.lastActivity)} UTC${busiestText}.`
}

function toolSection(tools: readonly ToolUsage[], detail: Detail): string[] {
  if (tools.length === 0) return []
  const shown = tools.slice(0, detail.toolRows)
  const rows = shown.map((usage) => [
    code(usage.tool),
    count(usage.calls),
    percent(usage.share),
    count(usage.files),
  ])
  return [
    '### Tools',
    pieChart(tools),
    table(['tool', 'calls', 'share', 'files'], rows, ['left', 'right', 'right', 'right']),
  ]
}

function fileSection(
  files: readonly FileSummary[],
  context: ReportContext,
  detail: Detail,
): string[] {
  if (files.length === 0 || detail.fileRows === 0) return []
  const shown = files.slice(0, detail.fileRows)
  const rows = shown.map((file) => [
    link(text(baseName(file.path)), context.fileUrl?.(file.path)),
    code(file.sessionId.slice(0, 8)),
    span(file.start, file.end),
    file.durationMs === null ? '—' : duration(file.durationMs),
    count(file.interactions),
    count(file.kinds.tool_call),
    topTools(file),
  ])
  const sections = [
    '### Sessions',
    table(
      ['file', 'session', 'when (UTC)', 'duration', 'interactions', 'tool calls', 'top tools'],
      rows,
      ['left', 'left', 'left', 'right', 'right', 'right', 'left'],
    ),
  ]
  if (detail.fileDetails) sections.push(...shown.map(fileDetails))
  return sections
}

function topTools(file: FileSummary): string {
  if (file.tools.length === 0) return '—'
  const top = file.tools
    .slice(0, TOP_TOOLS_IN_FILE_ROW)
    .map(({ tool, calls }) => `${text(tool)} ${count(calls)}`)
  const rest = file.tools.length - TOP_TOOLS_IN_FILE_ROW
  return rest > 0 ? `${top.join(', ')} +${rest}` : top.join(', ')
}

function fileDetails(file: FileSummary): string {
  const heading = [
    plural(file.summaries.length, 'assistant summary', 'assistant summaries'),
    plural(file.tools.length, 'tool'),
    ...(file.problems.length > 0 ? [plural(file.problems.length, 'problem')] : []),
  ].join(', ')
  const body: string[] = [
    `Session ${code(file.sessionId)} · ${bytes(file.bytes)} · ${HEADER_KINDS.map(
      ([kind, one, many]) => plural(file.kinds[kind], one, many),
    ).join(', ')}`,
  ]
  if (file.summaries.length > 0) {
    body.push(
      file.summaries
        .map(
          (summary) =>
            `- ${summary.timestamp ? `${dateTime(summary.timestamp).slice(11)} ` : ''}${text(truncate(summary.text, SUMMARY_TEXT_MAX))}`,
        )
        .join('\n'),
    )
  }
  if (file.tools.length > 0)
    body.push(
      `Tools: ${file.tools.map(({ tool, calls }) => `${text(tool)} ${count(calls)}`).join(' · ')}`,
    )
  if (file.problems.length > 0)
    body.push(file.problems.map((problem) => `- ⚠️ ${text(problem)}`).join('\n'))
  return details(`${text(baseName(file.path))} — ${heading}`, body.join('\n\n'))
}

function unreadableSection(analysis: Analysis): string[] {
  if (analysis.unreadable.length === 0) return []
  const lines = analysis.unreadable.map((file) => {
    const where = file.position
      ? ` (line ${file.position.line}, column ${file.position.column})`
      : ''
    return `> - ${code(file.path)}: ${text(file.reason)}${where}`
  })
  return [
    `> ⚠️ ${plural(analysis.unreadable.length, 'file')} could not be read:\n>\n${lines.join('\n')}`,
  ]
}

function omissions(analysis: Analysis, context: ReportContext, detail: Detail): string[] {
  const left: string[] = []
  if (!detail.fileDetails && analysis.files.length > 0) left.push('per-file details')
  const hiddenFiles = analysis.files.length - Math.min(detail.fileRows, analysis.files.length)
  if (hiddenFiles > 0) left.push(`the ${plural(hiddenFiles, 'oldest file')}`)
  const hiddenTools = analysis.tools.length - Math.min(detail.toolRows, analysis.tools.length)
  if (hiddenTools > 0) left.push(`${plural(hiddenTools, 'less used tool')}`)
  if (left.length === 0) return []
  const where = context.fullReportUrl
    ? ` The full report is in the [run's step summary](${context.fullReportUrl})`
    : context.reportFile
      ? ` The JSON report has everything`
      : ''
  return [
    `_Left out to stay within GitHub's size limit: ${left.join(', ')}.${where}${where ? '.' : ''}_`,
  ]
}

function footer(context: ReportContext, totals: Totals): string {
  const everyFile = context.scope?.overall ?? totals
  const matched = plural(everyFile.files + everyFile.unreadableFiles, 'file')
  const patterns = context.patterns.map((pattern) => code(pattern)).join(', ')
  const parts = [`${matched} matched ${patterns}`]
  if (context.reportFile) parts.push(`JSON report: ${code(context.reportFile)}`)
  return `<sub>${parts.join(' · ')}</sub>`
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1)
}

/** Cuts at a line boundary so the result measures at most `limit.max`. */
function cutToFit(markdown: string, limit: SizeLimit): string {
  const note = "\n\n_Report cut to stay within GitHub's size limit._\n"
  let lines = markdown.split('\n')
  while (lines.length > 1 && limit.measure(lines.join('\n') + note) > limit.max)
    lines = lines.slice(0, Math.ceil(lines.length / 2))
  let result = lines.join('\n')
  while (limit.measure(result + note) > limit.max && result.length > 0)
    result = result.slice(0, Math.floor(result.length / 2))
  return result + note
}
