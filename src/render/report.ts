import type { Analysis, FileSummary, Totals, ToolUsage } from '../analyse.js'
import type { KindCounts, UnreadableFile } from '../model.js'
import { bytes, count, dateTime, duration, percent, plural, span } from './format.js'
import { truncate } from '../truncate.js'
import { code, details, link, table, tableRow, text } from './markdown.js'
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

/** How many items of each growable part a rendering shows. */
interface Shown {
  tools: number
  files: number
  details: number
  unreadable: number
}

/**
 * The order in which detail is let in while it fits: a little of everything first (the unreadable
 * files above all, since naming them is the point), then all of it, the per-file details last.
 */
const FILL_ORDER: readonly (readonly [keyof Shown, number])[] = [
  ['unreadable', 20],
  ['tools', 10],
  ['files', 20],
  ['unreadable', Infinity],
  ['tools', 50],
  ['files', Infinity],
  ['tools', Infinity],
  ['details', Infinity],
]

const TOP_TOOLS_IN_FILE_ROW = 3
const TOOL_NAME_MAX = 100
const SESSION_ID_MAX = 100
const SUMMARY_TEXT_MAX = 500
const SUMMARIES_IN_DETAILS = 20
const TOOLS_IN_DETAILS = 30
const PATTERNS_SHOWN = 10
const PATTERN_MAX = 200
/** Each kind of interaction with its label for one and for many. */
const HEADER_KINDS: readonly [keyof KindCounts, string, string][] = [
  ['user_message', 'user message', 'user messages'],
  ['tool_call', 'tool call', 'tool calls'],
  ['tool_result', 'tool result', 'tool results'],
  ['assistant_summary', 'assistant summary', 'assistant summaries'],
  ['other', 'other', 'other'],
]
const TOOL_TABLE_HEAD = table(
  ['tool', 'calls', 'share', 'files'],
  [],
  ['left', 'right', 'right', 'right'],
)
const FILE_TABLE_HEAD = table(
  ['file', 'session', 'when (UTC)', 'duration', 'interactions', 'tool calls', 'top tools'],
  [],
  ['left', 'left', 'left', 'right', 'right', 'right', 'left'],
)

/**
 * Renders the report as GitHub-flavoured markdown: the answer first (headline, totals), then the
 * tools, the files, and each file's detail collapsed. Whatever the input, the result measures at
 * most `limit`: the parts that can grow (tool rows, file rows, per-file details, unreadable files)
 * are let in while they fit, in `FILL_ORDER`, and a closing line says what was left out. Each
 * piece is rendered and measured once, so a report of thousands of files costs one rendering.
 */
export function renderReport(
  analysis: Analysis,
  context: ReportContext,
  limit: SizeLimit = STEP_SUMMARY_LIMIT,
): string {
  const parts = reportParts(analysis, context)
  const none: Shown = { tools: 0, files: 0, details: 0, unreadable: 0 }
  // The note is longest when nothing is shown: reserving that much keeps any note within budget.
  let budget =
    limit.max -
    limit.measure(parts.fixedText) -
    limit.measure(parts.note(none)) -
    PART_NAMES.reduce((sum, name) => sum + limit.measure(parts[name].text(0)), 0)
  const shown = { ...none }
  for (const [name, upTo] of FILL_ORDER) {
    const part = parts[name]
    const end = Math.min(upTo, part.length, name === 'details' ? shown.files : Infinity)
    while (shown[name] < end) {
      const cost = part.cost(shown[name], limit.measure)
      if (cost > budget) break
      budget -= cost
      shown[name]++
    }
  }
  const markdown = parts.assemble(shown)
  if (limit.measure(markdown) <= limit.max) return markdown
  // Only an oversized heading or footer gets here (the parts above are bounded): keep the headline.
  const bare = parts.assemble(none)
  return limit.measure(bare) <= limit.max ? bare : cutToFit(bare, limit)
}

const PART_NAMES = ['tools', 'files', 'details', 'unreadable'] as const

/** A part of the report that shows its first `count` items after an opening. */
class GrowablePart {
  private readonly rendered: string[] = []

  constructor(
    readonly length: number,
    /** The opening for a given count of items: empty when there is nothing to open. */
    private readonly opening: (count: number) => string,
    /** One item, with the separator that goes before it. */
    private readonly item: (index: number) => string,
  ) {}

  text(count: number): string {
    let result = this.opening(count)
    for (let index = 0; index < count; index++) result += this.at(index)
    return result
  }

  /** What showing item `index` adds, when the items before it are shown. */
  cost(index: number, measure: (markdown: string) => number): number {
    const opening = index === 0 ? measure(this.opening(1)) - measure(this.opening(0)) : 0
    return opening + measure(this.at(index))
  }

  private at(index: number): string {
    return (this.rendered[index] ??= this.item(index))
  }
}

function reportParts(analysis: Analysis, context: ReportContext) {
  const { totals, tools, files, unreadable } = analysis
  const head = [
    `## 🤖 ${text(context.title)}`,
    ...headlines(totals, context.scope),
    ...(totals.files > 0 ? [kindTable(totals), activity(totals)] : []),
  ]
    .filter((section) => section !== '')
    .join('\n\n')
  const foot = `\n\n${footer(context, totals)}\n`
  const parts = {
    tools: new GrowablePart(
      tools.length,
      (count) =>
        tools.length === 0
          ? ''
          : `\n\n### Tools\n\n${pieChart(tools)}${count > 0 ? `\n\n${TOOL_TABLE_HEAD}` : ''}`,
      (index) => `\n${toolRow(tools[index]!)}`,
    ),
    files: new GrowablePart(
      files.length,
      (count) => (count > 0 ? `\n\n### Sessions\n\n${FILE_TABLE_HEAD}` : ''),
      (index) => `\n${fileRow(files[index]!, context)}`,
    ),
    details: new GrowablePart(
      files.length,
      () => '',
      (index) => `\n\n${fileDetails(files[index]!)}`,
    ),
    unreadable: new GrowablePart(
      unreadable.length,
      (count) =>
        unreadable.length === 0
          ? ''
          : `\n\n> ⚠️ ${plural(unreadable.length, 'file')} could not be read:${count > 0 ? '\n>' : ''}`,
      (index) => `\n${unreadableLine(unreadable[index]!)}`,
    ),
  }
  const note = (shown: Shown): string => {
    const line = omissions(analysis, context, shown)
    return line === '' ? '' : `\n\n${line}`
  }
  return {
    ...parts,
    fixedText: head + foot,
    note,
    assemble: (shown: Shown): string =>
      head +
      parts.tools.text(shown.tools) +
      parts.files.text(shown.files) +
      parts.details.text(shown.details) +
      parts.unreadable.text(shown.unreadable) +
      note(shown) +
      foot,
  }
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

function toolRow(usage: ToolUsage): string {
  return tableRow([
    code(truncate(usage.tool, TOOL_NAME_MAX)),
    count(usage.calls),
    percent(usage.share),
    count(usage.files),
  ])
}

function fileRow(file: FileSummary, context: ReportContext): string {
  return tableRow([
    link(text(baseName(file.path)), context.fileUrl?.(file.path)),
    code(file.sessionId.slice(0, 8)),
    span(file.start, file.end),
    file.durationMs === null ? '—' : duration(file.durationMs),
    count(file.interactions),
    count(file.kinds.tool_call),
    topTools(file),
  ])
}

function topTools(file: FileSummary): string {
  if (file.tools.length === 0) return '—'
  return toolCounts(file, TOP_TOOLS_IN_FILE_ROW, ', ')
}

/** The first `max` tools of a file with their calls, and how many more there are. */
function toolCounts(file: FileSummary, max: number, separator: string): string {
  const top = file.tools
    .slice(0, max)
    .map(({ tool, calls }) => `${text(truncate(tool, TOOL_NAME_MAX))} ${count(calls)}`)
  const rest = file.tools.length - max
  return rest > 0 ? `${top.join(separator)} +${rest}` : top.join(separator)
}

function fileDetails(file: FileSummary): string {
  const heading = [
    plural(file.summaries.length, 'assistant summary', 'assistant summaries'),
    plural(file.tools.length, 'tool'),
    ...(file.problems.length > 0 ? [plural(file.problems.length, 'problem')] : []),
  ].join(', ')
  const body: string[] = [
    `Session ${code(truncate(file.sessionId, SESSION_ID_MAX))} · ${bytes(file.bytes)} · ${HEADER_KINDS.map(
      ([kind, one, many]) => plural(file.kinds[kind], one, many),
    ).join(', ')}`,
  ]
  if (file.summaries.length > 0) {
    const lines = file.summaries
      .slice(0, SUMMARIES_IN_DETAILS)
      .map(
        (summary) =>
          `- ${summary.timestamp ? `${dateTime(summary.timestamp).slice(11)} ` : ''}${text(truncate(summary.text, SUMMARY_TEXT_MAX))}`,
      )
    const rest = file.summaries.length - SUMMARIES_IN_DETAILS
    if (rest > 0) lines.push(`- … and ${plural(rest, 'later summary', 'later summaries')}`)
    body.push(lines.join('\n'))
  }
  if (file.tools.length > 0) body.push(`Tools: ${toolCounts(file, TOOLS_IN_DETAILS, ' · ')}`)
  if (file.problems.length > 0)
    body.push(file.problems.map((problem) => `- ⚠️ ${text(problem)}`).join('\n'))
  return details(`${text(baseName(file.path))} — ${heading}`, body.join('\n\n'))
}

function unreadableLine(file: UnreadableFile): string {
  const where = file.position ? ` (line ${file.position.line}, column ${file.position.column})` : ''
  return `> - ${code(file.path)}: ${text(file.reason)}${where}`
}

function omissions(analysis: Analysis, context: ReportContext, shown: Shown): string {
  const left: string[] = []
  const hiddenDetails = analysis.files.length - shown.details
  if (hiddenDetails > 0) left.push(`the details of ${plural(hiddenDetails, 'file')}`)
  const hiddenFiles = analysis.files.length - shown.files
  if (hiddenFiles > 0) left.push(`the rows of the ${plural(hiddenFiles, 'oldest file')}`)
  const hiddenTools = analysis.tools.length - shown.tools
  if (hiddenTools > 0) left.push(plural(hiddenTools, 'less used tool'))
  const hiddenUnreadable = analysis.unreadable.length - shown.unreadable
  if (hiddenUnreadable > 0)
    left.push(`${plural(hiddenUnreadable, 'more unreadable file')} (each has a warning)`)
  if (left.length === 0) return ''
  const where = context.fullReportUrl
    ? ` The full report is in the [run's step summary](${context.fullReportUrl}).`
    : context.reportFile
      ? ' The JSON report has everything.'
      : ''
  return `_Left out to stay within GitHub's size limit: ${left.join(', ')}.${where}_`
}

function footer(context: ReportContext, totals: Totals): string {
  const everyFile = context.scope?.overall ?? totals
  const matched = plural(everyFile.files + everyFile.unreadableFiles, 'file')
  const shownPatterns = context.patterns
    .slice(0, PATTERNS_SHOWN)
    .map((pattern) => code(truncate(pattern, PATTERN_MAX)))
  const morePatterns = context.patterns.length - PATTERNS_SHOWN
  if (morePatterns > 0) shownPatterns.push(`${plural(morePatterns, 'more pattern')}`)
  const parts = [`${matched} matched ${shownPatterns.join(', ')}`]
  if (context.reportFile)
    parts.push(`JSON report: ${code(truncate(context.reportFile, PATTERN_MAX))}`)
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
