import {
  emptyKindCounts,
  type AgentInfo,
  type ResponseRecord,
  type SessionDigest,
  type TokenCounts,
} from '../../model.js'
import { parseInstant, Problems, UNKNOWN_TOOL } from '../digest-builder.js'
import type { LineFacts, UsageFacts } from './line-facts.js'
import type { LineSink } from './line-scanner.js'

const DAY_MS = 86_400_000
/** Tools that start a subagent. */
const SUBAGENT_TOOLS = new Set(['Task', 'Agent'])
/** `model` of the error messages Claude Code makes up itself: no API response, no usage. */
export const SYNTHETIC_MODEL = '<synthetic>'

/**
 * How a user line's text starts when Claude Code wrote it rather than the user: command output,
 * interruption notices, notifications and editor context. A slash command (`<command-name>`) and a
 * shell command (`<bash-input>`) were typed, and count as prompts.
 */
const NOT_TYPED = [
  '<local-command-stdout>',
  '<local-command-stderr>',
  '<local-command-caveat>',
  '<bash-stdout>',
  '<bash-stderr>',
  '<task-notification>',
  '<ide_',
  '<system-reminder>',
  '[Request interrupted',
  'Caveat: The messages below',
]

/** What the reader knows of a file apart from its lines. */
export interface TranscriptContext {
  /** Session id when no line has one: the `<sessionId>` folder of a subagent, or the file name. */
  readonly fallbackSessionId: string
  /** The agent id in an `agent-<id>.jsonl` file name, when the file is named so. */
  readonly agentIdFromName: string | null
  /** `agentType` and `description` of `agent-<id>.meta.json`, when present. */
  readonly agentMeta: { readonly type: string | null; readonly description: string | null } | null
}

/** The outcome of a whole transcript: a digest, or why the file is not one. */
export type TranscriptResult =
  | { readonly ok: true; readonly digest: SessionDigest }
  | { readonly ok: false; readonly reason: string }

interface ResponseEntry {
  id: string
  model: string
  tokens: TokenCounts
  total: number
  sidechain: boolean
  fast: boolean
  inferenceGeo: string | null
  toolUses: string[]
}

/**
 * The rules that turn transcript lines into a digest: each API response once by `message.id`
 * (its most complete line kept), each `tool_use` and `tool_result` once by id, typed prompts told
 * from tool results and Claude Code's own lines. Fed by `TranscriptLineScanner` or, in tests, by
 * lines parsed with `JSON.parse`.
 */
export class TranscriptDigestBuilder implements LineSink {
  private readonly context: TranscriptContext
  private readonly kinds = emptyKindCounts()
  private readonly tools = new Map<string, number>()
  private readonly days = new Map<number, number>()
  private readonly problems = new Problems()
  private first = Number.POSITIVE_INFINITY
  private last = Number.NEGATIVE_INFINITY
  private sessionId: string | undefined
  private cwd: string | undefined
  private agentId: string | undefined
  private readonly versions = new Set<string>()
  private readonly branches = new Set<string>()
  private readonly responses = new Map<string, ResponseEntry>()
  /** tool_use id → tool name, for naming the tool of a result. */
  private readonly toolUseNames = new Map<string, string>()
  private readonly results = new Set<string>()
  private readonly toolErrors = new Map<string, number>()
  private readonly apiErrors = new Set<string>()
  private apiErrorsWithoutId = 0
  private subagentsStarted = 0
  private compactions = 0
  private activeMs: number | null = null
  private transcriptLines = 0
  private firstBadLine: string | null = null
  private lastStamp: string | undefined
  private lastStampMs = Number.NaN
  /** The last valid day seen (`YYYY-MM-DDT`) and its start. */
  private dayText = '\u0000'
  private dayMs = 0

  constructor(context: TranscriptContext) {
    this.context = context
  }

  badLine(lineNumber: number, reason: string): void {
    const message = `line ${lineNumber}: not JSON (${reason}); skipped`
    this.firstBadLine ??= message
    this.problems.add(message, 'not JSON')
  }

  line(facts: LineFacts, isObject: boolean, lineNumber: number): void {
    if (!isObject || facts.type === undefined) {
      const message = `line ${lineNumber}: ${isObject ? 'an object without a string "type"' : 'not an object'}, not a transcript line; skipped`
      this.firstBadLine ??= message
      this.problems.add(message, 'not a transcript line')
      return
    }
    this.transcriptLines++
    if (facts.sessionId) this.sessionId ??= facts.sessionId
    if (facts.cwd) this.cwd ??= facts.cwd
    if (facts.agentId && facts.isSidechain) this.agentId ??= facts.agentId
    if (facts.version) this.versions.add(facts.version)
    if (facts.gitBranch) this.branches.add(facts.gitBranch)
    const at = this.instant(facts.timestamp)
    if (!Number.isNaN(at)) {
      if (at < this.first) this.first = at
      if (at > this.last) this.last = at
    }
    switch (facts.type) {
      case 'assistant':
        this.assistant(facts, at)
        return
      case 'user':
        this.user(facts, at)
        return
      case 'system':
        if (facts.subtype === 'compact_boundary') this.compactions++
        else if (
          facts.subtype === 'turn_duration' &&
          facts.durationMs !== undefined &&
          Number.isFinite(facts.durationMs) &&
          facts.durationMs >= 0
        )
          this.activeMs = (this.activeMs ?? 0) + facts.durationMs
        return
    }
  }

  private assistant(facts: LineFacts, at: number): void {
    const id = facts.messageId
    if (facts.isApiErrorMessage) {
      if (id === undefined) this.apiErrorsWithoutId++
      else this.apiErrors.add(id)
    }
    let entry: ResponseEntry | undefined
    if (id !== undefined && facts.model !== SYNTHETIC_MODEL) {
      entry = this.responses.get(id)
      const usage = facts.usage
      const total = usage ? usage.input + usage.output + usage.cacheCreation + usage.cacheRead : 0
      if (entry === undefined) {
        entry = {
          id,
          model: facts.model ?? '',
          tokens: tokensOf(usage),
          total,
          sidechain: facts.isSidechain,
          fast: usage?.speed === 'fast',
          inferenceGeo: usage?.geo ?? null,
          toolUses: [],
        }
        this.responses.set(id, entry)
        this.kinds.assistant_summary++
        this.countDay(at)
      } else if (
        (entry.sidechain && !facts.isSidechain) ||
        (entry.sidechain === facts.isSidechain && total > entry.total)
      ) {
        // A more complete line of the same response: a non-sidechain copy, or a later stream line.
        entry.model = facts.model ?? entry.model
        entry.tokens = tokensOf(usage)
        entry.total = total
        entry.sidechain = facts.isSidechain
        entry.fast = usage?.speed === 'fast'
        entry.inferenceGeo = usage?.geo ?? null
      }
    }
    for (const block of facts.blocks) {
      if (block.type !== 'tool_use') continue
      const name = block.name || UNKNOWN_TOOL
      if (block.id !== undefined) {
        if (this.toolUseNames.has(block.id)) continue
        this.toolUseNames.set(block.id, name)
      }
      this.kinds.tool_call++
      this.tools.set(name, (this.tools.get(name) ?? 0) + 1)
      this.countDay(at)
      entry?.toolUses.push(name)
      if (SUBAGENT_TOOLS.has(name)) this.subagentsStarted++
    }
  }

  private user(facts: LineFacts, at: number): void {
    let results = 0
    for (const block of facts.blocks) {
      if (block.type !== 'tool_result') continue
      results++
      const id = block.toolUseId
      if (id !== undefined) {
        if (this.results.has(id)) continue
        this.results.add(id)
      }
      this.kinds.tool_result++
      this.countDay(at)
      if (block.isError) {
        const name = (id !== undefined && this.toolUseNames.get(id)) || UNKNOWN_TOOL
        this.toolErrors.set(name, (this.toolErrors.get(name) ?? 0) + 1)
      }
    }
    if (results > 0 || facts.isMeta || facts.isCompactSummary || facts.isSidechain) return
    if (isTypedPrompt(facts)) {
      this.kinds.user_message++
      this.countDay(at)
    }
  }

  /** Finishes the digest, or says why the file is not a transcript. */
  build(): TranscriptResult {
    if (this.transcriptLines === 0)
      return {
        ok: false,
        reason:
          'not a Claude Code transcript: no line is a JSON object with a "type"' +
          (this.firstBadLine === null ? ' (the file is empty)' : ` (${this.firstBadLine})`),
      }
    const iso = (ms: number): string | null =>
      Number.isFinite(ms) ? new Date(ms).toISOString() : null
    const agentId = this.agentId ?? this.context.agentIdFromName
    const agent: AgentInfo | null =
      agentId === null
        ? null
        : {
            agentId,
            type: this.context.agentMeta?.type ?? null,
            description: this.context.agentMeta?.description ?? null,
          }
    const responses: ResponseRecord[] = [...this.responses.values()].map((entry) => ({
      id: entry.id,
      model: entry.model,
      tokens: entry.tokens,
      sidechain: entry.sidechain,
      fast: entry.fast,
      inferenceGeo: entry.inferenceGeo,
      toolUses: entry.toolUses,
    }))
    return {
      ok: true,
      digest: {
        format: 'claude-code',
        sessionId: this.sessionId ?? this.context.fallbackSessionId,
        start: iso(this.first),
        end: iso(this.last),
        projectPath: this.cwd ?? null,
        kinds: this.kinds,
        tools: this.tools,
        summaries: [],
        interactionsByDay: new Map(
          [...this.days]
            .sort((a, b) => a[0] - b[0])
            .map(([day, count]) => [iso(day * DAY_MS)!.slice(0, 10), count]),
        ),
        firstActivity: iso(this.first),
        lastActivity: iso(this.last),
        problems: this.problems.list(),
        transcript: {
          agent,
          responses,
          toolErrors: this.toolErrors,
          subagentsStarted: this.subagentsStarted,
          compactions: this.compactions,
          apiErrors: this.apiErrors.size + this.apiErrorsWithoutId,
          activeMs: this.activeMs,
          versions: [...this.versions],
          branches: [...this.branches],
          run: null,
        },
      },
    }
  }

  private countDay(at: number): void {
    if (Number.isNaN(at)) return
    const day = Math.floor(at / DAY_MS)
    this.days.set(day, (this.days.get(day) ?? 0) + 1)
  }

  private instant(stamp: string | undefined): number {
    if (stamp === undefined) return Number.NaN
    if (stamp !== this.lastStamp) {
      this.lastStamp = stamp
      this.lastStampMs = this.quickInstant(stamp)
    }
    return this.lastStampMs
  }

  /**
   * Claude Code writes every timestamp as `YYYY-MM-DDTHH:MM:SS.mmmZ`: such a stamp on a day
   * already checked needs only its time read; anything else goes through the strict parser.
   */
  private quickInstant(stamp: string): number {
    if (stamp.length !== 24 || stamp.charCodeAt(23) !== 0x5a || stamp.charCodeAt(19) !== 0x2e)
      return parseInstant(stamp)
    if (!stamp.startsWith(this.dayText)) {
      const ms = parseInstant(stamp)
      if (Number.isNaN(ms)) return ms
      this.dayText = stamp.slice(0, 11)
      this.dayMs = Math.floor(ms / DAY_MS) * DAY_MS
      return ms
    }
    const hours = digits(stamp, 11, 2)
    const minutes = digits(stamp, 14, 2)
    const seconds = digits(stamp, 17, 2)
    const millis = digits(stamp, 20, 3)
    if (
      hours > 23 ||
      minutes > 59 ||
      seconds > 59 ||
      Math.min(hours, minutes, seconds, millis) < 0 ||
      stamp.charCodeAt(13) !== 0x3a ||
      stamp.charCodeAt(16) !== 0x3a
    )
      return parseInstant(stamp)
    return this.dayMs + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis
  }
}

/** The number written with `count` decimal digits at `at`, or -1. */
function digits(text: string, at: number, count: number): number {
  let value = 0
  for (let k = at; k < at + count; k++) {
    const digit = text.charCodeAt(k) - 0x30
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

/** A user line the user typed: a string, or text (or an image) not written by Claude Code. */
export function isTypedPrompt(facts: LineFacts): boolean {
  if (facts.content === 'string') return isTyped(facts.contentStart ?? '')
  if (facts.content !== 'array') return false
  return facts.blocks.some(
    (block) => block.type === 'image' || (block.type === 'text' && isTyped(block.textStart ?? '')),
  )
}

function isTyped(start: string): boolean {
  const text = start.trimStart()
  return text !== '' && !NOT_TYPED.some((prefix) => text.startsWith(prefix))
}

/** Tokens of a usage: cache writes split into 5-minute and 1-hour ones, summing to the total. */
export function tokensOf(usage: UsageFacts | undefined): TokenCounts {
  if (usage === undefined)
    return { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0, webSearches: 0 }
  const hour = Math.min(usage.cache1h ?? 0, usage.cacheCreation)
  return {
    input: usage.input,
    output: usage.output,
    cacheWrite5m: usage.cacheCreation - hour,
    cacheWrite1h: hour,
    cacheRead: usage.cacheRead,
    webSearches: usage.webSearches,
  }
}
