import type {
  Analysis,
  FileSummary,
  SessionSummary,
  Totals,
  ToolUsage,
  UsageSummary,
} from '../analyse.js'
import type { AssistantSummary, KindCounts, TokenCounts, UnreadableFile } from '../model.js'
import {
  bytes,
  count,
  dateTime,
  duration,
  percent,
  plural,
  span,
  oneLine,
  startedFor,
  tokenCount,
  usd,
} from './format.js'
import { truncate } from '../truncate.js'
import { code, details, link, table, tableRow, text } from './markdown.js'

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
  /** A cost in US dollars above which the report says so first (`cost-warning-usd`). */
  readonly costWarningUsd?: number
}

/** A report about part of the files: what that part is, and the totals over every file. */
export interface ReportScope {
  /** Where the files come from, as in "added or changed in this pull request". */
  readonly label: string
  /** Totals over every matched file, shown in one line under the headline. */
  readonly overall: Totals
  /** Tokens and cost over every matched file, shown in that line when known. */
  readonly overallUsage?: UsageSummary | null
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
/** A transcript's responses count where a recorder log's summaries do: both are the assistant's. */
const TRANSCRIPT_KINDS: readonly [keyof KindCounts, string, string][] = HEADER_KINDS.map(
  ([kind, one, many]) =>
    kind === 'assistant_summary'
      ? [kind, 'assistant message', 'assistant messages']
      : [kind, one, many],
)
const TOOL_TABLE_HEAD = table(
  ['tool', 'calls', 'share', 'files'],
  [],
  ['left', 'right', 'right', 'right'],
)
const TOOL_TABLE_HEAD_WITH_ERRORS = table(
  ['tool', 'calls', 'errors', 'share', 'files'],
  [],
  ['left', 'right', 'right', 'right', 'right'],
)
const SESSION_TABLE_HEAD = table(
  ['session', 'when (UTC)', 'prompts', 'tool calls', 'tokens', 'cost'],
  [],
  ['left', 'left', 'right', 'right', 'right', 'right'],
)
const MODEL_NAME_MAX = 80
const MODELS_IN_TABLE = 20
const AGENTS_IN_DETAILS = 20
const AGENT_TASK_MAX = 120
const PATHS_IN_DETAILS = 10
const BRANCHES_IN_DETAILS = 5
const FORMAT_NAMES: Readonly<Record<SessionSummary['format'], string>> = {
  'session-recorder': 'session-recorder log',
  'claude-code': 'Claude Code transcript',
  'execution-file': 'claude-code-action run',
}
const FILE_TABLE_HEAD = table(
  ['file', 'when (UTC)', 'interactions', 'tool calls', 'top tools'],
  [],
  ['left', 'left', 'right', 'right', 'left'],
)

/**
 * Renders the report as GitHub-flavoured markdown: the answer first (headline, totals, cost and
 * tokens by model when the logs hold them), then the tools, the sessions (one row per file when
 * every log is a session-recorder log), and each one's detail collapsed. Whatever the input, the
 * result measures at most `limit`: the parts that can grow (tool rows, session or file rows, their
 * details, unreadable files) are let in while they fit, in `FILL_ORDER`, and a closing line says what was left out. Each
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
  const { totals, tools, unreadable } = analysis
  const transcripts = hasTranscripts(analysis)
  const rows =
    transcripts && analysis.sessions.length > 0
      ? sessionRows(analysis, context)
      : fileRows(analysis, context)
  const head = [
    `## 🤖 ${text(context.title)}`,
    costWarning(
      context.scope === undefined ? analysis.usage : (context.scope.overallUsage ?? null),
      context.costWarningUsd,
    ),
    ...headlines(analysis, transcripts, context.scope),
    ...(totals.files > 0
      ? [kindTable(totals, transcripts), activity(totals), usageSection(analysis)]
      : []),
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
          : `\n\n### Tools${count > 0 ? `\n\n${transcripts ? TOOL_TABLE_HEAD_WITH_ERRORS : TOOL_TABLE_HEAD}` : ''}`,
      (index) => `\n${toolRow(tools[index]!, transcripts)}`,
    ),
    files: new GrowablePart(
      rows.length,
      (count) => (count > 0 ? `\n\n### Sessions\n\n${rows.head}` : ''),
      (index) => `\n${rows.row(index)}`,
    ),
    details: new GrowablePart(
      rows.length,
      () => '',
      (index) => `\n\n${rows.details(index)}`,
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
    const line = omissions(analysis, rows, context, shown)
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

/**
 * Whether any log is a transcript or an execution file. A report of session-recorder logs alone
 * reads as it always has: one row per file, no tokens, no tool errors (that format has neither).
 */
function hasTranscripts(analysis: Analysis): boolean {
  return (
    analysis.sessions.some((session) => session.format !== 'session-recorder') ||
    analysis.files.some((file) => file.format !== 'session-recorder')
  )
}

/** The rows of the sessions table and the collapsed details under it, one per file or session. */
interface Rows {
  /** What a row is, for the note on what was left out. */
  readonly noun: string
  readonly length: number
  readonly head: string
  readonly row: (index: number) => string
  readonly details: (index: number) => string
}

function fileRows(analysis: Analysis, context: ReportContext): Rows {
  const { files } = analysis
  return {
    noun: 'file',
    length: files.length,
    head: FILE_TABLE_HEAD,
    row: (index) => fileRow(files[index]!, context),
    details: (index) => fileDetails(files[index]!),
  }
}

function sessionRows(analysis: Analysis, context: ReportContext): Rows {
  const { sessions } = analysis
  const files = new Map(analysis.files.map((file) => [file.path, file]))
  return {
    noun: 'session',
    length: sessions.length,
    head: SESSION_TABLE_HEAD,
    row: (index) => sessionRow(sessions[index]!, context),
    details: (index) => sessionDetails(sessions[index]!, files, context),
  }
}

function headlines(
  analysis: Analysis,
  transcripts: boolean,
  scope: ReportScope | undefined,
): string[] {
  const { totals, usage } = analysis
  if (scope === undefined) return [headline(totals, usage, transcripts)]
  const none = totals.files === 0 && totals.unreadableFiles === 0
  const overallUsage = scope.overallUsage ?? null
  return [
    none
      ? `No session log was ${scope.label}.`
      : `**Session logs ${scope.label}:** ${headline(totals, usage, transcripts)}`,
    `All session logs: ${headline(scope.overall, overallUsage, overallUsage !== null || scope.overall.toolErrors > 0)}`,
  ]
}

/**
 * Says plainly that the logs cost more than the warning threshold; empty when they do not, or
 * when no threshold is set. The cost is that of every matched log, as the `cost-usd` output's.
 */
export function costWarning(usage: UsageSummary | null, thresholdUsd: number | undefined): string {
  if (thresholdUsd === undefined || usage === null || !(usage.costUsd > thresholdUsd)) return ''
  return (
    `⚠️ **Over the cost warning:** the session logs cost **${text(usd(usage.costUsd))}**, ` +
    `more than the ${text(usd(thresholdUsd))} set in <code>cost-warning-usd</code>.`
  )
}

/** The answer in one line: cost and tokens first when the logs hold them, then the activity. */
function headline(totals: Totals, usage: UsageSummary | null, transcripts: boolean): string {
  if (totals.files === 0 && totals.unreadableFiles === 0) return 'No session logs matched.'
  if (totals.files === 0)
    return totals.unreadableFiles === 1
      ? '⚠️ **No session log could be read:** the one file that matched is listed below with the reason.'
      : `⚠️ **No session log could be read:** the ${count(totals.unreadableFiles)} files that matched are listed below with the reasons.`
  const parts: string[] = []
  if (usage !== null && usage.models.length > 0) {
    const unpriced = usage.unpricedModels.length
    parts.push(
      `**${text(usd(usage.costUsd))}**${unpriced > 0 ? ` + ${plural(unpriced, 'unpriced model')}` : ''}`,
      `**${tokenCount(totalTokens(usage.tokens))} tokens**`,
    )
  }
  const toolDetail = [
    plural(totals.distinctTools, 'tool'),
    ...(transcripts ? [plural(totals.toolErrors, 'error')] : []),
  ].join(', ')
  parts.push(
    `**${plural(totals.files, 'file')}**`,
    `**${plural(totals.sessions, 'session')}** on ${plural(totals.activeDays, 'day')}`,
    `**${plural(totals.interactions, 'interaction')}**`,
    `**${plural(totals.toolCalls, 'tool call')}** (${toolDetail})`,
  )
  if (totals.subagents > 0) parts.push(plural(totals.subagents, 'subagent'))
  if (totals.sessionTimeMs > 0) parts.push(`${duration(totals.sessionTimeMs)} of session time`)
  if (totals.unreadableFiles > 0)
    parts.push(`⚠️ ${plural(totals.unreadableFiles, 'file')} unreadable`)
  return parts.join(' · ')
}

/** Every kind of token (web searches are requests, not tokens). */
export function totalTokens(tokens: TokenCounts): number {
  return tokens.input + tokens.output + tokens.cacheWrite5m + tokens.cacheWrite1h + tokens.cacheRead
}

function kindTable(totals: Totals, transcripts: boolean): string {
  const kinds = transcripts ? TRANSCRIPT_KINDS : HEADER_KINDS
  return table(
    ['', ...kinds.map(([, , many]) => many), 'total'],
    [
      [
        '**interactions**',
        ...kinds.map(([kind]) => count(totals.kinds[kind])),
        `**${count(totals.interactions)}**`,
      ],
    ],
    ['left', ...kinds.map(() => 'right' as const), 'right'],
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

/** Tokens and cost by model, with the price table's date; nothing when no log holds usage. */
function usageSection(analysis: Analysis): string {
  const { usage, pricing } = analysis
  if (usage === null || usage.models.length === 0) return ''
  const table = modelTable(usage, MODELS_IN_TABLE)
  const dated = pricing.date === '' ? '' : ` of ${pricing.date}`
  const prices =
    pricing.source === 'built-in'
      ? `the list prices${dated} (built-in price table)`
      : `the prices${dated} in ${code(truncate(pricing.source, PATTERN_MAX))}`
  const runs = analysis.sessions.some((session) => session.format === 'execution-file')
    ? "; a claude-code-action run's cost is the one Claude Code reported"
    : ''
  const sections = [
    '### Cost and tokens',
    table,
    `<sub>Each API response counted once. Costs at ${prices}${runs}.</sub>`,
  ]
  if (usage.unpricedModels.length > 0) {
    const names = usage.unpricedModels
      .slice(0, MODELS_IN_TABLE)
      .map((model) => code(truncate(model, MODEL_NAME_MAX)))
    const more = usage.unpricedModels.length - names.length
    if (more > 0) names.push(plural(more, 'more model'))
    sections.push(
      `⚠️ No price for ${names.join(', ')}: ${usage.unpricedModels.length === 1 ? 'its' : 'their'} tokens are counted, ` +
        `${usage.unpricedModels.length === 1 ? 'its' : 'their'} cost is not in the total. ` +
        'The <code>pricing-file</code> input can add a price.',
    )
  }
  return sections.join('\n\n')
}

/**
 * Tokens and cost by model, the first `max` models and the rest summed in one row, with a total
 * row when there is more than one. The 1-hour cache writes and web searches get a column only
 * when some model has them.
 */
function modelTable(usage: UsageSummary, max: number): string {
  const split = usage.models.some((model) => model.tokens.cacheWrite1h > 0)
  const searches = usage.models.some((model) => model.tokens.webSearches > 0)
  const header = [
    'model',
    'responses',
    'input',
    'output',
    ...(split ? ['cache writes 5 min', 'cache writes 1 h'] : ['cache writes']),
    'cache reads',
    ...(searches ? ['web searches'] : []),
    'cost',
  ]
  const cells = (label: string, responses: number, tokens: TokenCounts, cost: string) => [
    label,
    count(responses),
    count(tokens.input),
    count(tokens.output),
    ...(split
      ? [count(tokens.cacheWrite5m), count(tokens.cacheWrite1h)]
      : [count(tokens.cacheWrite5m + tokens.cacheWrite1h)]),
    count(tokens.cacheRead),
    ...(searches ? [count(tokens.webSearches)] : []),
    cost,
  ]
  const shown = usage.models.length > max + 1 ? usage.models.slice(0, max) : usage.models
  const rows = shown.map((model) =>
    cells(
      code(truncate(model.model, MODEL_NAME_MAX)),
      model.responses,
      model.tokens,
      model.costUsd === null ? 'unpriced' : text(usd(model.costUsd)),
    ),
  )
  const rest = usage.models.slice(shown.length)
  if (rest.length > 0) {
    const restUsage = sumModels(rest)
    rows.push(
      cells(
        `${plural(rest.length, 'more model')}`,
        restUsage.responses,
        restUsage.tokens,
        text(usd(restUsage.costUsd)),
      ),
    )
  }
  if (usage.models.length > 1) {
    const responses = usage.models.reduce((sum, model) => sum + model.responses, 0)
    rows.push(
      cells('**total**', responses, usage.tokens, `**${text(usd(usage.costUsd))}**`).map(
        (cell, index) => (index === 0 || index === header.length - 1 ? cell : `**${cell}**`),
      ),
    )
  }
  return table(header, rows, ['left', ...header.slice(1).map(() => 'right' as const)])
}

/** Responses, tokens and priced cost of some models together. */
function sumModels(models: UsageSummary['models']): {
  responses: number
  tokens: TokenCounts
  costUsd: number
} {
  const add = (key: keyof TokenCounts) => models.reduce((sum, model) => sum + model.tokens[key], 0)
  return {
    responses: models.reduce((sum, model) => sum + model.responses, 0),
    tokens: {
      input: add('input'),
      output: add('output'),
      cacheWrite5m: add('cacheWrite5m'),
      cacheWrite1h: add('cacheWrite1h'),
      cacheRead: add('cacheRead'),
      webSearches: add('webSearches'),
    },
    costUsd: models.reduce((sum, model) => sum + (model.costUsd ?? 0), 0),
  }
}

function toolRow(usage: ToolUsage, withErrors: boolean): string {
  return tableRow([
    code(truncate(usage.tool, TOOL_NAME_MAX)),
    count(usage.calls),
    ...(withErrors ? [count(usage.errors)] : []),
    percent(usage.share),
    count(usage.files),
  ])
}

function sessionRow(session: SessionSummary, context: ReportContext): string {
  const main = session.paths[0]
  const label = [
    link(
      code(session.sessionId.slice(0, 8)),
      main === undefined ? undefined : context.fileUrl?.(main),
    ),
    ...(session.subagents > 0 ? [plural(session.subagents, 'subagent')] : []),
    ...(session.runError === true ? ['⚠️ ended in error'] : []),
  ].join(' · ')
  const { usage } = session
  return tableRow([
    label,
    when(session),
    count(session.prompts),
    session.toolErrors > 0
      ? oneLine(`${count(session.toolCalls)} (${plural(session.toolErrors, 'error')})`)
      : count(session.toolCalls),
    usage === null ? '—' : oneLine(tokenCount(totalTokens(usage.tokens))),
    usage === null ? '—' : sessionCost(usage),
  ])
}

/**
 * When it started and for how long; a recorder session that has not ended (its duration unknown)
 * says so, as its file's row would.
 */
export function when(session: SessionSummary): string {
  if (session.firstActivity === null && session.lastActivity === null) return '—'
  const open = session.format === 'session-recorder' && session.durationMs === null
  return startedFor(
    (session.firstActivity ?? session.lastActivity)!,
    open ? 'not finalized' : session.durationMs,
  )
}

/** `claude-opus-4-5-20251101` → `opus-4-5`: the full names are in the cost table. */
export function shortModel(model: string): string {
  return model.replace(/^claude-/, '').replace(/-\d{8}$/, '') || model
}

function sessionCost(usage: UsageSummary): string {
  const unpriced = usage.unpricedModels.length
  return `${text(usd(usage.costUsd))}${unpriced > 0 ? ` + ${unpriced} unpriced` : ''}`
}

function sessionDetails(
  session: SessionSummary,
  files: ReadonlyMap<string, FileSummary>,
  context: ReportContext,
): string {
  const own = session.paths.map((path) => files.get(path)).filter((file) => file !== undefined)
  const summaries = own.flatMap((file) => file.summaries)
  const problems = own.flatMap((file) =>
    file.problems.map((problem) =>
      own.length > 1 ? `${baseName(file.path)}: ${problem}` : problem,
    ),
  )
  const models = session.usage?.models.length ?? 0
  const heading = [
    FORMAT_NAMES[session.format],
    ...(models > 0 ? [plural(models, 'model')] : []),
    ...(session.subagents > 0 ? [plural(session.subagents, 'subagent')] : []),
    ...(summaries.length > 0
      ? [plural(summaries.length, 'assistant summary', 'assistant summaries')]
      : []),
    plural(session.tools.length, 'tool'),
    ...(problems.length > 0 ? [plural(problems.length, 'problem')] : []),
  ].join(', ')

  const facts = [
    `Session ${code(truncate(session.sessionId, SESSION_ID_MAX))}`,
    ...(session.versions.length > 0
      ? [text(truncate(`Claude Code ${session.versions.join(', ')}`, PATTERN_MAX))]
      : []),
    ...(session.branches.length > 0 ? [branchList(session.branches)] : []),
    ...(session.activeMs !== null ? [`${duration(session.activeMs)} active`] : []),
    ...(session.compactions > 0 ? [plural(session.compactions, 'compaction')] : []),
    ...(session.apiErrors > 0 ? [plural(session.apiErrors, 'API error')] : []),
    ...(session.runError === true ? ['⚠️ the run ended in error'] : []),
  ]
  const body = [facts.join(' · ')]
  const shownPaths = session.paths.slice(0, PATHS_IN_DETAILS)
  const morePaths = session.paths.length - shownPaths.length
  body.push(
    `${session.paths.length === 1 ? 'File' : 'Files'}: ${shownPaths
      .map((path) => link(text(baseName(path)), context.fileUrl?.(path)))
      .join(', ')}${morePaths > 0 ? ` +${plural(morePaths, 'more file')}` : ''}`,
  )
  if (summaries.length > 0) body.push(summaryList(summaries))
  if (session.usage !== null && session.usage.models.length > 0)
    body.push(modelTable(session.usage, MODELS_IN_TABLE))
  if (session.agents.length > 0) body.push(agentTable(session, context))
  if (session.tools.length > 0) {
    const shown = session.tools
      .slice(0, TOOLS_IN_DETAILS)
      .map(
        ({ tool, calls, errors }) =>
          `${text(truncate(tool, TOOL_NAME_MAX))} ${count(calls)}${errors > 0 ? ` (${plural(errors, 'error')})` : ''}`,
      )
    const rest = session.tools.length - shown.length
    body.push(`Tools: ${shown.join(' · ')}${rest > 0 ? ` +${rest}` : ''}`)
  }
  if (problems.length > 0) body.push(problems.map((problem) => `- ⚠️ ${text(problem)}`).join('\n'))
  return details(`${code(session.sessionId.slice(0, 8))} — ${heading}`, body.join('\n\n'))
}

function branchList(branches: readonly string[]): string {
  const shown = branches
    .slice(0, BRANCHES_IN_DETAILS)
    .map((branch) => code(truncate(branch, PATTERN_MAX)))
  const rest = branches.length - shown.length
  return `${branches.length === 1 ? 'branch' : 'branches'} ${shown.join(', ')}${rest > 0 ? ` +${rest}` : ''}`
}

function agentTable(session: SessionSummary, context: ReportContext): string {
  const shown = session.agents.slice(0, AGENTS_IN_DETAILS)
  const rows = shown.map((agent) => [
    link(code(truncate(agent.agentId, SESSION_ID_MAX)), context.fileUrl?.(agent.path)),
    agent.type === null ? '—' : text(truncate(agent.type, TOOL_NAME_MAX)),
    agent.description === null ? '—' : text(truncate(agent.description, AGENT_TASK_MAX)),
    count(agent.responses),
    count(agent.toolCalls),
    tokenCount(totalTokens(agent.usage.tokens)),
    sessionCost(agent.usage),
  ])
  const rest = session.agents.length - shown.length
  if (rest > 0) rows.push([plural(rest, 'more subagent'), '', '', '', '', '', ''])
  return table(['subagent', 'type', 'task', 'responses', 'tool calls', 'tokens', 'cost'], rows, [
    'left',
    'left',
    'left',
    'right',
    'right',
    'right',
    'right',
  ])
}

function fileRow(file: FileSummary, context: ReportContext): string {
  return tableRow([
    link(text(baseName(file.path)), context.fileUrl?.(file.path)),
    file.start === null
      ? '—'
      : startedFor(file.start, file.end === null ? 'not finalized' : file.durationMs),
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
  if (file.summaries.length > 0) body.push(summaryList(file.summaries))
  if (file.tools.length > 0) body.push(`Tools: ${toolCounts(file, TOOLS_IN_DETAILS, ' · ')}`)
  if (file.problems.length > 0)
    body.push(file.problems.map((problem) => `- ⚠️ ${text(problem)}`).join('\n'))
  return details(`${text(baseName(file.path))} — ${heading}`, body.join('\n\n'))
}

/** The first assistant summaries, one per line, with their time of day. */
function summaryList(summaries: readonly AssistantSummary[]): string {
  const lines = summaries
    .slice(0, SUMMARIES_IN_DETAILS)
    .map(
      (summary) =>
        `- ${summary.timestamp ? `${dateTime(summary.timestamp).slice(11)} ` : ''}${text(truncate(summary.text, SUMMARY_TEXT_MAX))}`,
    )
  const rest = summaries.length - SUMMARIES_IN_DETAILS
  if (rest > 0) lines.push(`- … and ${plural(rest, 'later summary', 'later summaries')}`)
  return lines.join('\n')
}

function unreadableLine(file: UnreadableFile): string {
  const where = file.position ? ` (line ${file.position.line}, column ${file.position.column})` : ''
  return `> - ${code(file.path)}: ${text(file.reason)}${where}`
}

function omissions(analysis: Analysis, rows: Rows, context: ReportContext, shown: Shown): string {
  const left: string[] = []
  const hiddenDetails = rows.length - shown.details
  if (hiddenDetails > 0) left.push(`the details of ${plural(hiddenDetails, rows.noun)}`)
  const hiddenRows = rows.length - shown.files
  if (hiddenRows > 0) left.push(`the rows of the ${plural(hiddenRows, `oldest ${rows.noun}`)}`)
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
