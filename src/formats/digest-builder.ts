import {
  emptyKindCounts,
  KNOWN_KINDS,
  type AssistantSummary,
  type InteractionKind,
  type SessionDigest,
} from '../model.js'

/**
 * What a parser extracts from one interaction: only the fields the report uses. A field is
 * `undefined` when absent, and carries its JSON kind when present but of the wrong kind.
 */
export interface InteractionFacts {
  /** JSON kind of the interaction itself: only `object` is a real interaction. */
  readonly kind: JsonKind
  readonly type?: string | WrongKind
  /** `interaction_id`: a repeated id is reported as a problem. */
  readonly id?: string | WrongKind
  readonly timestamp?: string | WrongKind
  /** JSON kind of `content`. */
  readonly contentKind?: JsonKind
  /** `content.tool`, or `content.summary` (or `content` itself when it is a string) of a summary. */
  readonly tool?: string | WrongKind
  readonly summary?: string | WrongKind
}

export type JsonKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null'

/** A value present but not a string: only its JSON kind is kept. */
export interface WrongKind {
  readonly wrongKind: JsonKind
}

/** The top-level fields of a session-recorder log, already checked to be of the right kinds. */
export interface LogHeader {
  readonly sessionId: string
  readonly startTimestamp: string | null
  readonly endTimestamp: string | null
  readonly projectPath: string | null
}

/** Placeholder for a tool call whose tool name is missing or not a string. */
export const UNKNOWN_TOOL = '(unknown tool)'

const DAY_MS = 86_400_000
const KNOWN = new Set<string>(KNOWN_KINDS)
/** ISO 8601 date-time with a zone, as the plugin writes (seconds required, fraction optional). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/

/**
 * The instants a four-digit year can name in UTC. An offset can carry a stamp written in year 9999
 * or 0000 across the edge, and `toISOString` would then show it as `+010000-…` or `-000001-…`.
 */
const FIRST_INSTANT = Date.parse('0000-01-01T00:00:00.000Z')
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z')

/** Parses a strict ISO 8601 instant to epoch milliseconds, or NaN (also outside years 0000–9999 UTC). */
export function parseInstant(value: unknown): number {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return Number.NaN
  // Date.parse rolls a day that the month does not have (Feb 30) over into the next month.
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number]
  if (day > daysInMonth(year, month)) return Number.NaN
  const ms = Date.parse(value)
  return ms >= FIRST_INSTANT && ms <= LAST_INSTANT ? ms : Number.NaN
}

/** Days in a month of the proleptic Gregorian calendar (year 0 is a leap year, as ISO 8601 has it). */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
}

/**
 * `parseInstant` for a stream of timestamps, as fast as the plugin's own form allows: a stamp
 * written `YYYY-MM-DDTHH:MM:SSZ` on the same day as the one before it is read digit by digit, the
 * day's start taken from the previous stamp. Any other stamp (a new day, a fraction, an offset, an
 * hour past 23 or a second past 59) goes through `parseInstant`, so the value is the same.
 */
export class InstantParser {
  /** The `YYYY-MM-DD` of the last stamp read the long way, and its midnight (NaN for no such day). */
  private day: string | null = null
  private dayMs = Number.NaN
  /** The same day's ten characters, as bytes. */
  private readonly dayBytes = new Uint8Array(10)

  /**
   * The value of a stamp given as the bytes of a JSON string (`start..end`, quotes excluded), when
   * it is in the plugin's form on the day of the stamp before; undefined otherwise, and the caller
   * decodes the string and calls `parse`. Such bytes hold no escape, so they are the text itself.
   */
  parseBytes(b: Uint8Array, start: number, end: number): number | undefined {
    if (end - start !== 20 || this.day === null) return undefined
    const day = this.dayBytes
    for (let k = 0; k < 10; k++) if (b[start + k] !== day[k]) return undefined
    if (
      b[start + 19] !== 0x5a || // Z
      b[start + 10] !== 0x54 || // T
      b[start + 13] !== 0x3a ||
      b[start + 16] !== 0x3a
    )
      return undefined
    const hours = twoDigitBytes(b, start + 11)
    const minutes = twoDigitBytes(b, start + 14)
    const seconds = twoDigitBytes(b, start + 17)
    if (hours > 23 || minutes > 59 || seconds > 59) return undefined
    return this.dayMs + hours * 3_600_000 + minutes * 60_000 + seconds * 1000
  }

  parse(value: string): number {
    if (
      this.day === null ||
      value.length !== 20 ||
      !value.startsWith(this.day) ||
      value.charCodeAt(19) !== 0x5a || // Z
      value.charCodeAt(10) !== 0x54 || // T
      value.charCodeAt(13) !== 0x3a ||
      value.charCodeAt(16) !== 0x3a
    )
      return this.parseDay(value)
    const hours = twoDigits(value, 11)
    const minutes = twoDigits(value, 14)
    const seconds = twoDigits(value, 17)
    if (hours > 23 || minutes > 59 || seconds > 59) return parseInstant(value)
    return this.dayMs + hours * 3_600_000 + minutes * 60_000 + seconds * 1000
  }

  /** The long way, remembering the stamp's day when it is in the plugin's form. */
  private parseDay(value: string): number {
    const ms = parseInstant(value)
    // Not from `24:00:00` (the next day's midnight) or a leap second, which may roll over.
    if (
      value.length === 20 &&
      value.charCodeAt(19) === 0x5a &&
      !Number.isNaN(ms) &&
      twoDigits(value, 11) <= 23 &&
      twoDigits(value, 14) <= 59 &&
      twoDigits(value, 17) <= 59
    ) {
      this.day = value.slice(0, 10)
      for (let k = 0; k < 10; k++) this.dayBytes[k] = value.charCodeAt(k)
      this.dayMs = Math.floor(ms / DAY_MS) * DAY_MS
    }
    return ms
  }
}

/** Two decimal digits at `at` as a number, or 99 when either is not a digit. */
function twoDigits(value: string, at: number): number {
  const tens = value.charCodeAt(at) - 0x30
  const ones = value.charCodeAt(at + 1) - 0x30
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : 99
}

/** Two decimal digits at `at` as a number, or 99 when either is not a digit. */
function twoDigitBytes(b: Uint8Array, at: number): number {
  const tens = b[at]! - 0x30
  const ones = b[at + 1]! - 0x30
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : 99
}

/** Longest piece of log text (an id) quoted in a problem. */
const QUOTED_MAX = 80
/**
 * Distinct interaction ids remembered per file to find repeats: enough for any real day of
 * sessions, while a file of millions of interactions does not keep millions of ids in memory.
 */
const IDS_REMEMBERED = 100_000

/**
 * The rules that turn a log into a digest, shared by every parser of the format: each interaction
 * is counted (unknown or malformed ones as `other`), and each defect becomes a problem.
 */
export class DigestBuilder {
  private readonly kinds = emptyKindCounts()
  private readonly tools = new Map<string, number>()
  private readonly summaries: AssistantSummary[] = []
  private readonly days = new Map<number, number>()
  private readonly problems = new Problems()
  private first = Number.POSITIVE_INFINITY
  private last = Number.NEGATIVE_INFINITY
  private index = 0
  /** The previous interaction's timestamp text and value: a call and its result share one. */
  private lastStamp: string | undefined
  private lastStampMs = Number.NaN
  private readonly instants = new InstantParser()
  /** The latest valid timestamp so far and where it was, to notice time going backwards. */
  private latestMs = Number.NEGATIVE_INFINITY
  private latestIndex = -1
  /** Interactions of one day in a row are counted here, and added to `days` when the day changes. */
  private runDay = Number.NaN
  private runCount = 0
  /** interaction_id → index of the first interaction that had it. */
  private readonly ids = new SeenIds()

  /** Adds the next interaction of the `interactions` array. */
  add(facts: InteractionFacts): void {
    const id = facts.kind === 'object' && typeof facts.id === 'string'
    if (id) hashText(facts.id as string)
    this.addParsed(facts, this.instant(facts.timestamp), id)
  }

  /**
   * The index of the interaction that first had the id whose hashes `hashBytes` or `hashText`
   * just gave, or -1. Nothing is remembered: `addParsed` does that.
   */
  idSeenAt(): number {
    return this.ids.lookup(HASHES[0]!, HASHES[1]!)
  }

  /**
   * `add`, for a scanner that parsed the timestamp itself (`at`, NaN when it is not a valid
   * instant, whatever `facts.timestamp` holds) and, when `id` is true, hashed the interaction's
   * string id into `HASHES` (`facts.id` then needs to be its text only when `idSeenAt` found it).
   */
  addParsed(facts: InteractionFacts, at: number, id: boolean): void {
    const index = this.index++
    const kind = kindOf(facts)
    this.kinds[kind]++
    if (facts.kind !== 'object') {
      this.problems.add(
        `interactions[${index}] is ${describeKind(facts.kind)}, not an object; counted as other`,
      )
      return
    }
    if (typeof facts.type !== 'string')
      this.problems.add(
        `interactions[${index}] ${facts.type === undefined ? 'has no' : 'has a non-string'} "type"; counted as other`,
      )
    if (id) {
      const first = this.ids.firstIndexOf(HASHES[0]!, HASHES[1]!, index)
      if (first !== undefined)
        this.problems.add(
          `interactions[${index}] repeats the interaction_id ${quote(String(facts.id))} of interactions[${first}]`,
          'repeated interaction_id',
        )
    }
    if (Number.isNaN(at)) {
      this.problems.add(`interactions[${index}] has no valid ISO 8601 "timestamp"`)
    } else {
      if (at < this.latestMs)
        this.problems.add(
          `interactions[${index}] has a timestamp earlier than interactions[${this.latestIndex}] (time goes backwards)`,
        )
      else {
        this.latestMs = at
        this.latestIndex = index
      }
      this.see(at)
      const day = Math.floor(at / DAY_MS)
      if (day === this.runDay) this.runCount++
      else {
        this.endRun()
        this.runDay = day
        this.runCount = 1
      }
    }
    if (kind === 'tool_call') {
      const tool = typeof facts.tool === 'string' && facts.tool !== '' ? facts.tool : null
      if (tool === null)
        this.problems.add(
          `interactions[${index}] is a tool_call ${contentDefect(facts, 'tool')}; counted under ${UNKNOWN_TOOL}`,
        )
      const name = tool ?? UNKNOWN_TOOL
      this.tools.set(name, (this.tools.get(name) ?? 0) + 1)
    } else if (kind === 'assistant_summary') {
      if (typeof facts.summary === 'string') {
        this.summaries.push({
          timestamp: Number.isNaN(at) ? null : new Date(at).toISOString(),
          text: facts.summary,
        })
      } else {
        this.problems.add(
          `interactions[${index}] is an assistant_summary ${contentDefect(facts, 'summary')}`,
        )
      }
    }
  }

  /** Finishes the digest once every interaction was added. */
  build(header: LogHeader): SessionDigest {
    this.endRun()
    const start = parseInstant(header.startTimestamp)
    const end = parseInstant(header.endTimestamp)
    const problems = new Problems()
    if (header.startTimestamp !== null && Number.isNaN(start))
      problems.add('start_timestamp is not an ISO 8601 date-time')
    if (header.endTimestamp !== null && Number.isNaN(end))
      problems.add('end_timestamp is not an ISO 8601 date-time')
    if (!Number.isNaN(start) && !Number.isNaN(end) && end < start)
      problems.add('end_timestamp is before start_timestamp; no duration is shown')
    if (!Number.isNaN(start)) this.see(start)
    if (!Number.isNaN(end)) this.see(end)

    const iso = (ms: number): string | null =>
      Number.isFinite(ms) ? new Date(ms).toISOString() : null
    return {
      format: 'session-recorder',
      sessionId: header.sessionId,
      start: iso(start),
      end: iso(end),
      projectPath: header.projectPath,
      kinds: this.kinds,
      tools: this.tools,
      summaries: this.summaries,
      interactionsByDay: new Map(
        [...this.days]
          .sort((a, b) => a[0] - b[0])
          .map(([day, count]) => [iso(day * DAY_MS)!.slice(0, 10), count]),
      ),
      firstActivity: iso(this.first),
      lastActivity: iso(this.last),
      problems: [...problems.list(), ...this.problems.list()],
      transcript: null,
    }
  }

  private instant(stamp: string | WrongKind | undefined): number {
    if (typeof stamp !== 'string') return Number.NaN
    if (stamp !== this.lastStamp) {
      this.lastStamp = stamp
      this.lastStampMs = this.instants.parse(stamp)
    }
    return this.lastStampMs
  }

  private endRun(): void {
    if (this.runCount === 0) return
    this.days.set(this.runDay, (this.days.get(this.runDay) ?? 0) + this.runCount)
    this.runCount = 0
  }

  private see(ms: number): void {
    if (ms < this.first) this.first = ms
    if (ms > this.last) this.last = ms
  }
}

/**
 * The interaction ids seen in a file, kept as two independent 30-bit hashes of each rather than as
 * strings: a map holding every id string keeps them alive through the whole file, so each file
 * left megabytes for the old generation, and peak memory on a 2 GB corpus rose by about 90 MB.
 * Both hashes must agree for a repeat, so a false one is about as likely as 1 in 10^18 per pair.
 */
class SeenIds {
  /**
   * An open-addressed table, as typed arrays rather than a Map (which cost more than the rest of
   * an interaction's rules): slot `s` holds the first hash plus one (0 for an empty slot), the
   * second hash and the index where the id was first seen.
   */
  private firstHash = new Int32Array(1024)
  private secondHash = new Int32Array(1024)
  private firstIndex = new Int32Array(1024)
  private size = 0

  /** The index where the id of these hashes was first seen, or -1; nothing is remembered. */
  lookup(a: number, b: number): number {
    const mask = this.firstHash.length - 1
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      const held = this.firstHash[slot]!
      if (held === 0) return -1
      if (held === a + 1) return this.secondHash[slot] === b ? this.firstIndex[slot]! : -1
    }
  }

  /**
   * The index where the id of these hashes (`hashText`) was first seen, or undefined (and it is
   * remembered, up to a bound).
   */
  firstIndexOf(a: number, b: number, index: number): number | undefined {
    const mask = this.firstHash.length - 1
    let slot = a & mask
    for (;;) {
      const held = this.firstHash[slot]!
      if (held === 0) break
      // Ids whose first hashes agree and second ones do not are different ids; the later one is
      // not remembered.
      if (held === a + 1) return this.secondHash[slot] === b ? this.firstIndex[slot] : undefined
      slot = (slot + 1) & mask
    }
    if (this.size >= IDS_REMEMBERED) return undefined
    this.firstHash[slot] = a + 1
    this.secondHash[slot] = b
    this.firstIndex[slot] = index
    if (++this.size * 2 > this.firstHash.length) this.grow()
    return undefined
  }

  private grow(): void {
    const [firstHash, secondHash, firstIndex] = [this.firstHash, this.secondHash, this.firstIndex]
    const capacity = firstHash.length * 2
    const newFirst = new Int32Array(capacity)
    const newSecond = new Int32Array(capacity)
    const newIndex = new Int32Array(capacity)
    const mask = capacity - 1
    for (let old = 0; old < firstHash.length; old++) {
      const held = firstHash[old]!
      if (held === 0) continue
      let slot = (held - 1) & mask
      while (newFirst[slot] !== 0) slot = (slot + 1) & mask
      newFirst[slot] = held
      newSecond[slot] = secondHash[old]!
      newIndex[slot] = firstIndex[old]!
    }
    this.firstHash = newFirst
    this.secondHash = newSecond
    this.firstIndex = newIndex
  }
}

/**
 * The two hashes of the last id hashed (`hashText` or `hashBytes`), each cut to 30 bits. Both read
 * the id two UTF-16 code units at a time, each pair one 32-bit word, with different seeds,
 * multipliers and shifts, and mix the result so that its low bits (the table's slot) depend on
 * every unit.
 */
export const HASHES = new Int32Array(2)

function finish(a: number, b: number): void {
  a ^= a >>> 16
  a = Math.imul(a, 0x85ebca6b)
  a ^= a >>> 13
  b ^= b >>> 16
  b = Math.imul(b, 0xc2b2ae35)
  b ^= b >>> 16
  HASHES[0] = a & 0x3fffffff
  HASHES[1] = b & 0x3fffffff
}

/** Hashes an id's text into `HASHES`. */
export function hashText(id: string): void {
  const n = id.length
  let a = 0x811c9dc5 ^ n
  let b = 0x5bd1e995 ^ Math.imul(n, 0x27d4eb2d)
  for (let i = 0; i < n; i += 2) {
    const word = id.charCodeAt(i) | (i + 1 < n ? id.charCodeAt(i + 1) << 16 : 0)
    a = Math.imul(a ^ word, 0x01000193)
    a ^= a >>> 15
    b = Math.imul(b ^ word, 0x5bd1e995)
    b ^= b >>> 13
  }
  finish(a, b)
}

/**
 * Hashes the bytes of a JSON string's content (`start..end`) into `HASHES`, as `hashText` hashes
 * the text they stand for, when they are printable ASCII without escapes (each byte is then one
 * code unit). Returns false, hashing nothing, for any other bytes: decode them and use `hashText`.
 */
export function hashBytes(bytes: Uint8Array, start: number, end: number): boolean {
  const n = end - start
  let a = 0x811c9dc5 ^ n
  let b = 0x5bd1e995 ^ Math.imul(n, 0x27d4eb2d)
  for (let i = start; i < end; i += 2) {
    const low = bytes[i]!
    const high = i + 1 < end ? bytes[i + 1]! : 0
    if (
      low < 0x20 ||
      low >= 0x80 ||
      low === 0x5c ||
      (i + 1 < end && (high < 0x20 || high >= 0x80 || high === 0x5c))
    )
      return false
    const word = low | (high << 16)
    a = Math.imul(a ^ word, 0x01000193)
    a ^= a >>> 15
    b = Math.imul(b ^ word, 0x5bd1e995)
    b ^= b >>> 13
  }
  finish(a, b)
  return true
}

/** Collects problems, keeping the first few of each kind and counting the rest. */
export class Problems {
  static readonly PER_KIND = 3
  private readonly byKind = new Map<string, { shown: string[]; more: number }>()

  /** Adds a problem; `key` groups problems of one kind (by default the message without indexes). */
  add(message: string, key = message.replace(/\[\d+\]/g, '[]')): void {
    const entry = this.byKind.get(key) ?? { shown: [], more: 0 }
    if (entry.shown.length < Problems.PER_KIND) entry.shown.push(message)
    else entry.more++
    this.byKind.set(key, entry)
  }

  list(): string[] {
    return [...this.byKind.values()].flatMap(({ shown, more }) =>
      more > 0 ? [...shown, `… and ${more} more like the one above`] : shown,
    )
  }
}

/** What is wrong with `content` when `content.<field>` is not a usable string. */
function contentDefect(facts: InteractionFacts, field: 'tool' | 'summary'): string {
  if (facts.contentKind === undefined) return 'without content'
  if (facts.contentKind !== 'object' && !(field === 'summary' && facts.contentKind === 'string'))
    return `whose content is ${describeKind(facts.contentKind)}, not an object`
  const value = facts[field]
  if (value === undefined) return `without content.${field}`
  if (typeof value === 'string') return `with an empty content.${field}`
  return `whose content.${field} is ${describeKind(value.wrongKind)}, not a string`
}

/**
 * Log text quoted in a problem, on one line: as it is but for line breaks and tabs made spaces, so
 * that redaction (which runs on the whole problem later) sees it whole. Escaping or cutting it here
 * would hide a secret from redaction: `password\t=` escaped no longer reads as a name given a
 * value, and a token cut short no longer looks like one. Text too long to quote is described.
 */
function quote(value: string): string {
  if (value.length > QUOTED_MAX) return `(${value.length} characters)`
  // Not `\s`, which takes in U+FEFF: an invisible character must stay one, and be removed later.
  return `"${value.replace(/[\t-\r\u2028\u2029]+/g, ' ')}"`
}

function kindOf(facts: InteractionFacts): InteractionKind {
  if (facts.kind !== 'object' || typeof facts.type !== 'string' || !KNOWN.has(facts.type))
    return 'other'
  return facts.type as InteractionKind
}

export function describeKind(kind: JsonKind): string {
  if (kind === 'null') return 'null'
  return kind === 'array' || kind === 'object' ? `an ${kind}` : `a ${kind}`
}

/** The JSON kind of a parsed value. */
export function jsonKind(value: unknown): JsonKind {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value as JsonKind
}

/** The facts the digest rules need from one parsed interaction. */
export function factsOf(item: unknown): InteractionFacts {
  const kind = jsonKind(item)
  if (kind !== 'object') return { kind }
  const record = item as Record<string, unknown>
  const content = record.content
  const contentKind = content === undefined ? undefined : jsonKind(content)
  const fromContent = (field: string): string | WrongKind | undefined =>
    contentKind === 'object' ? stringOrKind((content as Record<string, unknown>)[field]) : undefined
  const type = stringOrKind(record.type)
  // A tool name only counts for a call and a summary only for a summary: the scanner steps over
  // them (however large) for any other type.
  return {
    kind,
    type,
    id: stringOrKind(record.interaction_id),
    timestamp: stringOrKind(record.timestamp),
    ...(contentKind !== undefined && { contentKind }),
    tool: type === 'tool_call' ? fromContent('tool') : undefined,
    summary:
      type !== 'assistant_summary'
        ? undefined
        : contentKind === 'string'
          ? (content as string)
          : fromContent('summary'),
  }
}

function stringOrKind(value: unknown): string | WrongKind | undefined {
  if (value === undefined || typeof value === 'string') return value
  return { wrongKind: jsonKind(value) }
}
