import {
  clearBlockFacts,
  clearLineFacts,
  clearUsageFacts,
  emptyBlockFacts,
  emptyLineFacts,
  emptyUsageFacts,
  TEXT_START_CHARS,
  type BlockFacts,
  type LineFacts,
  type UsageFacts,
} from './line-facts.js'
import { closingQuote, trailingEscape, viewOf } from '../json-bytes.js'
import { ESCAPED_KEY, keyTables } from '../key-table.js'
import { RecentStrings } from '../recent-strings.js'
import {
  structuralIndex,
  WALK_CLOSE,
  WALK_NUMBER,
  WALK_OPEN,
  WALK_REST,
  WALK_STRING,
  WALK_TRUE,
  type LineSchema,
} from '../structural-index.js'

/** Where the facts of each line go. */
export interface LineSink {
  /**
   * A line that is a JSON value; `facts` (its blocks and usage too) is reused for the next line,
   * so copy what is kept.
   */
  line(facts: LineFacts, isObject: boolean, lineNumber: number): void
  /** A line that is not JSON (a truncated last line among them), with the reason. */
  badLine(lineNumber: number, reason: string): void
}

// What the scanner expects next, as in the JSON grammar.
const VALUE = 0
const KEY_OR_END = 1
const KEY = 2
const COLON = 3
const VALUE_OR_END = 4
const COMMA_OR_END = 5
const AFTER_END = 6

// The role of an open container whose members feed facts. Odd roles are objects.
const LINE = 1
const CONTENT = 2
const MESSAGE = 3
const BLOCK = 5
const USAGE = 7
const CACHE_SPLIT = 9
const SERVER_TOOL = 11

// Where a value goes: the slot set by its key (or by the array it is in).
const NOWHERE = 0
const ROOT = 1
const TYPE = 2
const TIMESTAMP = 3
const SESSION_ID = 4
const AGENT_ID = 5
const VERSION = 6
const BRANCH = 7
const CWD = 8
const SUBTYPE = 9
const MODEL = 10
const MESSAGE_ID = 11
const BLOCK_TYPE = 12
const BLOCK_ID = 13
const BLOCK_NAME = 14
const TOOL_USE_ID = 15
const SPEED = 16
const GEO = 17
/** Slots below this one keep their whole string; the next two keep only its start. */
const LAST_WHOLE_STRING = GEO
const CONTENT_VALUE = 18
const BLOCK_TEXT = 19
const DURATION = 20
const IS_SIDECHAIN = 21
const IS_META = 22
const IS_COMPACT = 23
const IS_API_ERROR = 24
const IS_ERROR = 25
const MESSAGE_VALUE = 26
const USAGE_VALUE = 27
const BLOCK_ITEM = 28
const INPUT = 29
const OUTPUT = 30
const CACHE_CREATION = 31
const CACHE_READ = 32
const CACHE_SPLIT_VALUE = 33
const CACHE_5M = 34
const CACHE_1H = 35
const SERVER_TOOL_VALUE = 36
const WEB_SEARCHES = 37
const TOOL_USE_RESULT = 38

// A token cut by the end of a chunk, resumed with the next one.
const NO_TOKEN = 0
const STRING_TOKEN = 1
const NUMBER_TOKEN = 2
const LITERAL_TOKEN = 3

const QUOTE = 0x22
const BACKSLASH = 0x5c
const NEWLINE = 0x0a

const KEYS_OF: Record<number, readonly (readonly [string, number])[]> = {
  [LINE]: [
    ['type', TYPE],
    ['timestamp', TIMESTAMP],
    ['sessionId', SESSION_ID],
    ['agentId', AGENT_ID],
    ['version', VERSION],
    ['gitBranch', BRANCH],
    ['cwd', CWD],
    ['subtype', SUBTYPE],
    ['durationMs', DURATION],
    ['isSidechain', IS_SIDECHAIN],
    ['isMeta', IS_META],
    ['isCompactSummary', IS_COMPACT],
    ['isApiErrorMessage', IS_API_ERROR],
    ['message', MESSAGE_VALUE],
    ['toolUseResult', TOOL_USE_RESULT],
  ],
  [MESSAGE]: [
    ['id', MESSAGE_ID],
    ['model', MODEL],
    ['content', CONTENT_VALUE],
    ['usage', USAGE_VALUE],
  ],
  [BLOCK]: [
    ['type', BLOCK_TYPE],
    ['id', BLOCK_ID],
    ['name', BLOCK_NAME],
    ['tool_use_id', TOOL_USE_ID],
    ['is_error', IS_ERROR],
    ['text', BLOCK_TEXT],
  ],
  [USAGE]: [
    ['input_tokens', INPUT],
    ['output_tokens', OUTPUT],
    ['cache_creation_input_tokens', CACHE_CREATION],
    ['cache_read_input_tokens', CACHE_READ],
    ['cache_creation', CACHE_SPLIT_VALUE],
    ['server_tool_use', SERVER_TOOL_VALUE],
    ['speed', SPEED],
    ['inference_geo', GEO],
  ],
  [CACHE_SPLIT]: [
    ['ephemeral_5m_input_tokens', CACHE_5M],
    ['ephemeral_1h_input_tokens', CACHE_1H],
  ],
  [SERVER_TOOL]: [['web_search_requests', WEB_SEARCHES]],
}

/** Per role, the keys it reads, looked up from their bytes. */
const KEY_TABLES = keyTables(KEYS_OF)

/** The container role a slot opens, when its value is an object (odd) or an array (even). */
const OPENS: Record<number, number> = {
  [ROOT]: LINE,
  [MESSAGE_VALUE]: MESSAGE,
  [CONTENT_VALUE]: CONTENT,
  [BLOCK_ITEM]: BLOCK,
  [USAGE_VALUE]: USAGE,
  [CACHE_SPLIT_VALUE]: CACHE_SPLIT,
  [SERVER_TOOL_VALUE]: SERVER_TOOL,
}

/**
 * The same reading, for a whole line walked in the structural index's module: `toolUseResult`
 * ends what is read of a line once its type and timestamp came (`skipsRest`).
 */
const SCHEMA: LineSchema = {
  root: ROOT,
  keysOf: KEYS_OF,
  opens: OPENS,
  itemSlot: { [CONTENT]: BLOCK_ITEM },
  rest: { slot: TOOL_USE_RESULT, after: [TYPE, TIMESTAMP] },
}

const LITERALS = [encode('true'), encode('false'), encode('null')]

/**
 * Per slot, its last few values, shared by the files a thread reads: a session's id, versions,
 * branch, models and types repeat from line to line and from file to file.
 */
const RECENT = Array.from(
  { length: LAST_WHOLE_STRING + 1 },
  (_, slot) => new RecentStrings(slot === MESSAGE_ID ? 2 : 4),
)

/** Longest string a whole-string slot keeps (an id, a model, a path): a longer one breaks the line. */
export const KEPT_STRING_LIMIT = 64 * 1024
/** Longer than any key read, so that a long key is never kept whole. */
const KEY_LIMIT = 64
/** Bytes of a prompt kept to read its first `TEXT_START_CHARS` characters. */
const START_BYTES = TEXT_START_CHARS * 4

/** A line found not to be JSON: the rest of it is passed over. */
class BadLine {
  readonly reason: string
  constructor(reason: string) {
    this.reason = reason
  }
}

/**
 * A streaming reader of Claude Code transcripts (JSON lines). It finds each line's end with a
 * native search for the newline, then walks the line's JSON chunk by chunk, reading only the
 * fields `LineFacts` holds: every other value (tool results, `toolUseResult` copies, thinking,
 * inputs) is stepped over, strings by a native search for their closing quote, without ever being
 * decoded. A line of any size streams through in the memory of one chunk.
 *
 * A whole line in the structural index's memory (where files are read) is walked there first, in
 * one call that hands back only the values read (`walkLine`); a line it leaves alone (cut by the
 * chunk's end, not valid, with a float or an escaped key) is read here, byte by byte, as any line
 * elsewhere is.
 *
 * Deliberately lenient inside what is stepped over: a skipped value is only followed far enough
 * to find its end (its strings and brackets), so an invalid escape or number there goes unnoticed
 * where `JSON.parse` would refuse the line, as does an invalid escape in a key it does not read.
 * Everything the report reads is checked strictly.
 */
export class TranscriptLineScanner {
  private readonly sink: LineSink
  private readonly facts: LineFacts = emptyLineFacts()
  private block: BlockFacts = emptyBlockFacts()
  private readonly usage: UsageFacts = emptyUsageFacts()
  /** The block objects of the line's blocks, reused from line to line. */
  private readonly blocks: BlockFacts[] = []
  private blockCount = 0
  private lineNumber = 1
  /** Anything but whitespace seen on this line. */
  private started = false
  private bad: BadLine | null = null
  /** The rest of the line holds nothing the report reads: only its end is looked for. */
  private restSkipped = false
  private topIsObject = false
  private bomBytes = 0
  /** Nothing of this line was read yet. */
  private fresh = true

  private expect = VALUE
  private slot = ROOT
  /** Roles of the open containers whose members are read, `depth` of them, innermost last. */
  private readonly roles: number[] = []
  private depth = 0
  private role = 0
  /** Depth inside a value that is stepped over (0 when reading). */
  private skipDepth = 0

  /** The current chunk, to read four bytes at once. */
  private view = viewOf(Buffer.alloc(0))
  // The token cut by the end of the previous chunk, if any.
  private token = NO_TOKEN
  private stringIsKey = false
  private stringKept = false
  private escapePending = false
  private pieces: Buffer[] = []
  private keptBytes = 0
  private numberText = ''
  private literal = 0
  private literalAt = 0

  constructor(sink: LineSink) {
    this.sink = sink
  }

  /** Feeds the next bytes of the file. */
  push(chunk: Buffer): void {
    this.view = viewOf(chunk)
    let i = 0
    // A leading byte-order mark is dropped, as TextDecoder drops it.
    while (this.bomBytes < 3 && i < chunk.length) {
      if (chunk[i] !== [0xef, 0xbb, 0xbf][this.bomBytes]) {
        this.bomBytes = 3
        break
      }
      this.bomBytes++
      i++
    }
    const n = chunk.length
    while (i < n) {
      const newline = chunk.indexOf(NEWLINE, i)
      const end = newline === -1 ? n : newline
      if (this.bad === null && !this.restSkipped && i < end) {
        try {
          if (newline === -1 || !this.fresh || !this.walk(chunk, i, end)) {
            this.fresh = false
            this.scan(chunk, i, end)
          }
        } catch (error) {
          if (!(error instanceof BadLine)) throw error
          this.bad = error
        }
      }
      if (newline === -1) return
      this.endLine()
      i = newline + 1
    }
  }

  /** The top-level `type` of the line being read, when it is an object and the type came already. */
  typeSoFar(): string | undefined {
    return this.topIsObject && this.bad === null ? this.facts.type : undefined
  }

  /** Ends the file: a last line without a newline is a line too. */
  end(): void {
    if (this.restSkipped)
      this.bad = new BadLine('the line ends before its JSON value does (truncated?)')
    this.endLine()
  }

  private endLine(): void {
    const number = this.lineNumber++
    if (this.restSkipped) {
      this.token = NO_TOKEN
      this.expect = AFTER_END
    }
    if (this.bad === null && this.started) {
      if (this.token === NUMBER_TOKEN && this.depth === 0 && this.skipDepth === 0) {
        // A line that is only a number ends with it.
        this.token = NO_TOKEN
        this.expect = AFTER_END
      }
      if (this.token !== NO_TOKEN || this.expect !== AFTER_END)
        this.bad = new BadLine(
          this.token === STRING_TOKEN
            ? 'the line ends inside a string (truncated?)'
            : 'the line ends before its JSON value does (truncated?)',
        )
    }
    if (this.bad !== null) this.sink.badLine(number, this.bad.reason)
    else if (this.started) this.sink.line(this.facts, this.topIsObject, number)
    this.reset()
  }

  private reset(): void {
    if (this.started) {
      clearLineFacts(this.facts)
      this.blockCount = 0
      this.started = false
    }
    this.bad = null
    this.fresh = true
    this.restSkipped = false
    this.topIsObject = false
    this.expect = VALUE
    this.slot = ROOT
    this.depth = 0
    this.role = 0
    this.skipDepth = 0
    this.token = NO_TOKEN
    this.escapePending = false
    if (this.pieces.length > 0) this.pieces = []
    this.keptBytes = 0
  }

  /** Reads the bytes `from..end` of one line (end is the line's end, or the chunk's). */
  private scan(b: Buffer, from: number, end: number): void {
    let i = from
    if (this.token !== NO_TOKEN) {
      i = this.resume(b, i, end)
      if (i < 0) return
    }
    if (this.skipDepth > 0) {
      i = this.skip(b, i, end)
      if (i < 0) return
      this.afterValue()
    }
    while (i < end) {
      const c = b[i]!
      if (c === 0x20 || c === 0x0d || c === 0x09) {
        i++
        continue
      }
      this.started = true
      switch (this.expect) {
        case COMMA_OR_END:
          if (c === 0x2c) {
            i++
            this.expect = this.role & 1 ? KEY : VALUE
            this.slot = this.role === CONTENT ? BLOCK_ITEM : NOWHERE
            continue
          }
          if (c === (this.role & 1 ? 0x7d : 0x5d)) {
            i++
            this.close()
            continue
          }
          throw unexpected(b, i, `expected ',' or '${this.role & 1 ? '}' : ']'}'`)
        case KEY_OR_END:
          if (c === 0x7d) {
            i++
            this.close()
            continue
          }
          this.expect = KEY
          continue
        case KEY: {
          if (c !== QUOTE) throw unexpected(b, i, 'expected a property name in double quotes')
          const close = closingQuote(b, this.view, i + 1, i + 1, end)
          if (close === -1) return this.cut(b, i + 1, end, true)
          this.keyDone(b, i + 1, close)
          if (this.slot === TOOL_USE_RESULT && this.skipsRest()) return
          i = close + 1
          // The colon usually follows at once: take it here rather than on another turn.
          if (b[i] === 0x3a) {
            i++
            this.expect = VALUE
          } else {
            this.expect = COLON
          }
          continue
        }
        case COLON:
          if (c !== 0x3a) throw unexpected(b, i, "expected ':' after a property name")
          i++
          this.expect = VALUE
          continue
        case VALUE_OR_END:
          if (c === 0x5d) {
            i++
            this.close()
            continue
          }
          this.expect = VALUE
          continue
        case VALUE:
          if (c === QUOTE) {
            const close = closingQuote(b, this.view, i + 1, i + 1, end)
            if (close === -1) return this.cut(b, i + 1, end, false)
            if (keepsString(this.slot)) this.stringDone(b, i + 1, close)
            this.afterValue()
            i = close + 1
            continue
          }
          if (c === 0x7b || c === 0x5b) {
            i++
            const role = OPENS[this.slot]
            if (role !== undefined && (role & 1) === (c === 0x7b ? 1 : 0)) {
              this.open(role)
              continue
            }
            this.skipDepth = 1
            i = this.skip(b, i, end)
            if (i < 0) return
            this.afterValue()
            continue
          }
          if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
            const stop = numberEnd(b, i + 1, end)
            if (stop === end) {
              this.token = NUMBER_TOKEN
              this.numberText = b.toString('latin1', i, end)
              return
            }
            this.numberDone(stop - i <= 15 ? integerAt(b, i, stop) : -1, b, i, stop)
            i = stop
            continue
          }
          this.literal = c === 0x74 ? 0 : c === 0x66 ? 1 : c === 0x6e ? 2 : -1
          if (this.literal === -1) throw unexpected(b, i, 'expected a value')
          this.literalAt = 0
          {
            const stop = this.literalFrom(b, i, end)
            if (stop === -1) {
              this.token = LITERAL_TOKEN
              return
            }
            this.literalDone()
            i = stop
          }
          continue
        default:
          throw unexpected(b, i, 'unexpected text after the end of the JSON value')
      }
    }
  }

  /**
   * Reads the whole line `b[start..end)` from the events of its walk in the module; false, with
   * nothing read, when the walk leaves the line to `scan`.
   */
  private walk(b: Buffer, start: number, end: number): boolean {
    const index = structuralIndex()
    if (!index.holds(b)) return false
    const count = index.walkLine(b, start, end, SCHEMA)
    if (count < 0) return false
    this.fresh = false
    this.started = true
    const events = index.events
    const offset = b.byteOffset
    for (let e = 0; e < count * 3; e += 3) {
      const word = events[e]!
      const slot = word & 0xff
      switch (word >> 8) {
        case WALK_STRING:
          if (keepsString(slot)) {
            this.slot = slot
            this.stringDone(b, events[e + 1]! - offset, events[e + 2]! - offset)
          }
          break
        case WALK_NUMBER: {
          const from = events[e + 1]! - offset
          const to = events[e + 2]! - offset
          this.slot = slot
          this.numberDone(integerAt(b, from, to), b, from, to)
          break
        }
        case WALK_TRUE:
          this.slot = slot
          this.literal = 0
          this.literalDone()
          break
        case WALK_OPEN:
          this.open(slot)
          break
        case WALK_CLOSE:
          this.close()
          break
        case WALK_REST:
          this.restSkipped = true
          break
      }
    }
    return true
  }

  /** Finishes the token cut by the previous chunk; returns where reading goes on, or -1. */
  private resume(b: Buffer, from: number, end: number): number {
    if (this.token === STRING_TOKEN) {
      let start = from
      if (this.escapePending) {
        if (start >= end) return -1
        start++
        this.escapePending = false
      }
      const close = closingQuote(b, this.view, start, start, end)
      if (close === -1) {
        this.escapePending = trailingEscape(b, start, end)
        if (this.stringKept) this.keep(b.subarray(from, end))
        return -1
      }
      this.token = NO_TOKEN
      if (this.stringKept) this.keep(b.subarray(from, close))
      if (this.stringKept) {
        const bytes = Buffer.concat(this.pieces)
        this.pieces = []
        this.keptBytes = 0
        if (this.stringIsKey) {
          this.keyDone(bytes, 0, bytes.length)
          this.expect = COLON
          if (this.slot === TOOL_USE_RESULT && this.skipsRest()) return -1
        } else {
          this.stringDone(bytes, 0, bytes.length)
          this.afterValue()
        }
      } else if (this.stringIsKey) {
        this.slot = NOWHERE
        this.expect = COLON
      } else if (this.skipDepth === 0) {
        this.afterValue()
      }
      return close + 1
    }
    if (this.token === NUMBER_TOKEN) {
      const stop = numberEnd(b, from, end)
      this.numberText += b.toString('latin1', from, stop)
      if (stop === end) return -1
      this.token = NO_TOKEN
      const text = Buffer.from(this.numberText, 'latin1')
      this.numberDone(-1, text, 0, text.length)
      return stop
    }
    const stop = this.literalFrom(b, from, end)
    if (stop === -1) return -1
    this.token = NO_TOKEN
    this.literalDone()
    return stop
  }

  /**
   * Steps over the inside of a skipped object or array up to its closing bracket: only strings
   * and brackets matter. Returns the index after it, or -1 when the bytes end first.
   */
  private skip(b: Buffer, from: number, end: number): number {
    let depth = this.skipDepth
    let i = from
    while (i < end) {
      const c = b[i]!
      if (c === QUOTE) {
        const close = closingQuote(b, this.view, i + 1, i + 1, end)
        if (close === -1) {
          this.skipDepth = depth
          this.cut(b, i + 1, end, false)
          return -1
        }
        i = close + 1
        continue
      }
      if (c === 0x7b || c === 0x5b) depth++
      else if ((c === 0x7d || c === 0x5d) && --depth === 0) {
        this.skipDepth = 0
        return i + 1
      }
      i++
    }
    this.skipDepth = depth
    return -1
  }

  /** Remembers a string cut by the bytes' end: kept bytes, and whether a backslash is pending. */
  private cut(b: Buffer, start: number, end: number, isKey: boolean): void {
    this.token = STRING_TOKEN
    this.stringIsKey = isKey
    this.escapePending = trailingEscape(b, start, end)
    this.pieces = []
    this.keptBytes = 0
    this.stringKept = isKey || (this.skipDepth === 0 && keepsString(this.slot))
    if (this.stringKept) this.keep(b.subarray(start, end))
  }

  private keep(piece: Buffer): void {
    if (this.stringIsKey) {
      // No key read is longer than this: a longer one is stepped over, and so is its value.
      if (this.keptBytes + piece.length > KEY_LIMIT) {
        this.stringKept = false
        this.pieces = []
        return
      }
    } else if (this.slot > LAST_WHOLE_STRING) {
      // Only the start of a prompt is read.
      if (this.keptBytes >= START_BYTES) return
      piece = piece.subarray(0, START_BYTES - this.keptBytes)
    } else if (this.keptBytes + piece.length > KEPT_STRING_LIMIT) {
      throw new BadLine(`a field the report reads is over ${KEPT_STRING_LIMIT / 1024} KiB`)
    }
    this.keptBytes += piece.length
    this.pieces.push(Buffer.from(piece))
  }

  private keyDone(b: Buffer, start: number, end: number): void {
    const table = KEY_TABLES[this.role]
    const slot = table === undefined ? NOWHERE : table.slotOf(b, start, end)
    this.slot = slot === ESCAPED_KEY ? table!.slotOfName(decode(b, start, end)) : slot
  }

  /**
   * `toolUseResult` repeats a tool's result in a structure of its own, often the largest part of
   * the line, and comes after the fields the report reads (`type`, `timestamp`, the message): once
   * those were seen, the rest of the line is passed over to its newline, unchecked. The fields some
   * versions write after it (`cwd`, `sessionId`, `version`, `gitBranch`) are on every other line.
   */
  private skipsRest(): boolean {
    if (this.depth !== 1 || this.facts.type === undefined || this.facts.timestamp === undefined)
      return false
    this.restSkipped = true
    return true
  }

  private stringDone(b: Buffer, start: number, end: number): void {
    const slot = this.slot
    if (slot > LAST_WHOLE_STRING) {
      if (slot === CONTENT_VALUE) {
        this.facts.content = 'string'
        this.facts.contentStart = startOf(b, start, end)
      } else if (slot === BLOCK_TEXT) {
        this.block.textStart = startOf(b, start, end)
      }
      return
    }
    const value = this.text(slot, b, start, end)
    const facts = this.facts
    switch (slot) {
      case TYPE:
        facts.type = value
        return
      case TIMESTAMP:
        facts.timestamp = value
        return
      case SESSION_ID:
        facts.sessionId = value
        return
      case AGENT_ID:
        facts.agentId = value
        return
      case VERSION:
        facts.version = value
        return
      case BRANCH:
        facts.gitBranch = value
        return
      case CWD:
        facts.cwd = value
        return
      case SUBTYPE:
        facts.subtype = value
        return
      case MODEL:
        facts.model = value
        return
      case MESSAGE_ID:
        facts.messageId = value
        return
      case BLOCK_TYPE:
        this.block.type = value
        return
      case BLOCK_ID:
        this.block.id = value
        return
      case BLOCK_NAME:
        this.block.name = value
        return
      case TOOL_USE_ID:
        this.block.toolUseId = value
        return
      case SPEED:
        this.usage.speed = value
        return
      case GEO:
        this.usage.geo = value
        return
    }
  }

  /** A kept string's text: decoded, or the same bytes' text decoded lately. */
  private text(slot: number, b: Buffer, start: number, end: number): string {
    // Timestamps and block ids are new on every line.
    if (
      end - start > RecentStrings.LONGEST ||
      slot === TIMESTAMP ||
      slot === BLOCK_ID ||
      slot === TOOL_USE_ID
    )
      return decode(b, start, end)
    const recent = RECENT[slot]!
    const known = recent.find(b, start, end)
    if (known !== undefined) return known
    const text = decode(b, start, end)
    recent.add(b, start, end, text)
    return text
  }

  /** A number ends: `integer` is its value when it is a plain integer (-1 when not known). */
  private numberDone(integer: number, b: Buffer, start: number, end: number): void {
    let value = integer
    if (value < 0) {
      const text = b.toString('latin1', start, end)
      if (!/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text))
        throw new BadLine('invalid number')
      value = Number(text)
    }
    const tokens = value > 0 && Number.isFinite(value) ? value : 0
    switch (this.slot) {
      case DURATION:
        this.facts.durationMs = value
        break
      case INPUT:
        this.usage.input = tokens
        break
      case OUTPUT:
        this.usage.output = tokens
        break
      case CACHE_CREATION:
        this.usage.cacheCreation = tokens
        break
      case CACHE_READ:
        this.usage.cacheRead = tokens
        break
      case CACHE_5M:
        this.usage.cache5m = tokens
        break
      case CACHE_1H:
        this.usage.cache1h = tokens
        break
      case WEB_SEARCHES:
        this.usage.webSearches = tokens
        break
    }
    this.afterValue()
  }

  private literalDone(): void {
    if (this.literal === 0) {
      switch (this.slot) {
        case IS_SIDECHAIN:
          this.facts.isSidechain = true
          break
        case IS_META:
          this.facts.isMeta = true
          break
        case IS_COMPACT:
          this.facts.isCompactSummary = true
          break
        case IS_API_ERROR:
          this.facts.isApiErrorMessage = true
          break
        case IS_ERROR:
          this.block.isError = true
          break
      }
    }
    this.afterValue()
  }

  private afterValue(): void {
    this.expect = this.depth === 0 ? AFTER_END : COMMA_OR_END
  }

  private open(role: number): void {
    switch (role) {
      case LINE:
        this.topIsObject = true
        break
      case CONTENT:
        this.facts.content = 'array'
        break
      case BLOCK:
        this.block = this.blocks[this.blockCount++] ??= emptyBlockFacts()
        clearBlockFacts(this.block)
        break
      case USAGE:
        clearUsageFacts(this.usage)
        break
    }
    this.roles[this.depth++] = role
    this.role = role
    const object = (role & 1) === 1
    this.expect = object ? KEY_OR_END : VALUE_OR_END
    this.slot = role === CONTENT ? BLOCK_ITEM : NOWHERE
  }

  private close(): void {
    const role = this.roles[--this.depth]!
    this.role = this.depth === 0 ? 0 : this.roles[this.depth - 1]!
    if (role === BLOCK) this.facts.blocks.push(this.block)
    else if (role === USAGE) this.facts.usage = this.usage
    this.afterValue()
  }

  /** Matches the rest of `true`, `false` or `null`; returns the index after it, or -1. */
  private literalFrom(b: Buffer, at: number, end: number): number {
    const bytes = LITERALS[this.literal]!
    let i = at
    while (this.literalAt < bytes.length) {
      if (i >= end) return -1
      if (b[i] !== bytes[this.literalAt]) throw unexpected(b, i, 'expected a value')
      i++
      this.literalAt++
    }
    return i
  }
}

/**
 * The value of the digits `start..end` when they are a plain integer without a leading zero, or
 * -1 (a sign, fraction or exponent is read by the slow path, which also checks the grammar).
 */
function integerAt(b: Buffer, start: number, end: number): number {
  if (b[start] === 0x30 && end - start > 1) return -1
  let value = 0
  for (let k = start; k < end; k++) {
    const digit = b[k]! - 0x30
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

/** Where the number starting before `from` ends: the first byte no number has, or `end`. */
function numberEnd(b: Buffer, from: number, end: number): number {
  let i = from
  while (i < end) {
    const c = b[i]!
    if (
      (c >= 0x30 && c <= 0x39) ||
      c === 0x2e ||
      c === 0x65 ||
      c === 0x45 ||
      c === 0x2b ||
      c === 0x2d
    )
      i++
    else break
  }
  return i
}

/** Whether a string in this slot is read (the rest are stepped over, or of the wrong kind). */
function keepsString(slot: number): boolean {
  return slot >= TYPE && slot <= BLOCK_TEXT
}

/** Decodes a kept string's bytes, checking them as JSON.parse would. */
function decode(b: Buffer, start: number, end: number): string {
  let plain = true
  for (let k = start; k < end; k++) {
    const c = b[k]!
    if (c < 0x20 || c === BACKSLASH) {
      plain = false
      break
    }
  }
  const raw = b.toString('utf8', start, end)
  if (plain) return raw
  try {
    return JSON.parse(`"${raw}"`) as string
  } catch {
    throw new BadLine('invalid escape or control character in a string')
  }
}

/**
 * The first characters of a prompt, read leniently: an escape cut short or a character cut in
 * two at the end is dropped, since only the start is compared.
 */
function startOf(b: Buffer, start: number, end: number): string {
  // Plain ASCII, the usual start, is its own text.
  const ascii = Math.min(end, start + TEXT_START_CHARS)
  let k = start
  while (k < ascii && b[k]! >= 0x20 && b[k]! < 0x7f && b[k] !== BACKSLASH) k++
  if (k === ascii) return b.toString('latin1', start, k)
  const raw = b.toString('utf8', start, Math.min(end, start + START_BYTES))
  let text: string
  try {
    text = JSON.parse(`"${raw.replace(/\\u?[0-9a-fA-F]{0,3}$|\\$/, '')}"`) as string
  } catch {
    text = raw
  }
  return text.slice(0, TEXT_START_CHARS)
}

function unexpected(b: Buffer, i: number, expected: string): BadLine {
  const byte = b[i]!
  const found =
    byte < 0x20 || byte === 0x7f
      ? `control character U+${byte.toString(16).toUpperCase().padStart(4, '0')}`
      : byte < 0x7f
        ? `'${String.fromCharCode(byte)}'`
        : 'a non-ASCII character'
  return new BadLine(`${expected}, found ${found}`)
}

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}
