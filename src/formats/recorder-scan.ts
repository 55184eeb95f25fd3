import type { SessionDigest } from '../model.js'
import {
  DigestBuilder,
  factsOf,
  hashBytes,
  HASHES,
  hashText,
  InstantParser,
  jsonKind,
  type InteractionFacts,
  type JsonKind,
  type LogHeader,
  type WrongKind,
} from './digest-builder.js'
import { ESCAPED_KEY, keyTables } from './key-table.js'
import { RecentStrings } from './recent-strings.js'
import { START_STATE, structuralIndex, WINDOW } from './structural-index.js'

/**
 * What the scan of one log gives: the digest and a skeleton of the top level (each field the
 * top-level check looks at, with its value or a stand-in of the same JSON kind), or the byte offset
 * of the first JSON syntax error found.
 */
export type ScanResult =
  | { readonly ok: true; readonly top: unknown; readonly digest: SessionDigest }
  | {
      readonly ok: false
      readonly offset: number
      readonly reason: string
      /** False when the text may be valid JSON but breaks a limit of the scanner. */
      readonly syntax: boolean
    }

// What the scanner expects next, as in the JSON grammar.
const VALUE = 0
const KEY_OR_END = 1
const KEY = 2
const COLON = 3
const VALUE_OR_END = 4
const COMMA_OR_END = 5
const AFTER_END = 6

// The role of an open container: which facts its members feed. Odd roles are objects.
const TOP = 1
const INTERACTIONS = 2
const ITEM = 3
const SKIPPED_OBJECT = 5
const SKIPPED_ARRAY = 6
const CONTENT = 7

// Where a value goes: the slot set by the key (or the container) it belongs to.
const NOWHERE = 0
const ROOT = 1
const SESSION_ID = 2
const START = 3
const END = 4
const PROJECT = 5
const INTERACTION_LIST = 6
const INTERACTION = 7
const ID = 8
const TYPE = 9
const TIMESTAMP = 10
const CONTENT_VALUE = 11
const TOOL = 12
const SUMMARY = 13
/** Slots whose string value is kept (decoded); the rest only need the value's kind. */
const KEPT = Uint8Array.from({ length: 14 }, (_, slot) =>
  slot >= SESSION_ID && slot !== INTERACTION_LIST && slot !== INTERACTION ? 1 : 0,
)
/**
 * The interaction type each slot serves: a tool name only counts for a call, a summary (or a
 * string content) only for a summary. For any other type the string is stepped over unread.
 */
const SERVES: Readonly<Record<number, string>> = {
  [TOOL]: 'tool_call',
  [SUMMARY]: 'assistant_summary',
  [CONTENT_VALUE]: 'assistant_summary',
}

// What becomes of a string value: stepped over, kept, or kept while it fits the limit (its
// interaction's type is not known yet, and may not need it).
const STEP = 0
const KEEP = 1
const KEEP_IF_SMALL = 2

// A token cut by the end of a chunk, resumed with the next one.
const NO_TOKEN = 0
const STRING_TOKEN = 1
const NUMBER_TOKEN = 2
const LITERAL_TOKEN = 3

const BOM = [0xef, 0xbb, 0xbf]
/** 1 for a byte that goes on a run outside strings (a number, a literal): not whitespace, not `"{}[]:,`. */
const RUN_BYTE = Uint8Array.from({ length: 256 }, (_, byte) =>
  ' \n\r\t"{}[]:,'.includes(String.fromCharCode(byte)) ? 0 : 1,
)
const QUOTE = 0x22
const BACKSLASH = 0x5c

const KEYS_OF: Record<number, readonly (readonly [string, number])[]> = {
  [TOP]: [
    ['session_id', SESSION_ID],
    ['start_timestamp', START],
    ['end_timestamp', END],
    ['project_path', PROJECT],
    ['interactions', INTERACTION_LIST],
  ],
  [ITEM]: [
    ['interaction_id', ID],
    ['type', TYPE],
    ['timestamp', TIMESTAMP],
    ['content', CONTENT_VALUE],
  ],
  [CONTENT]: [
    ['tool', TOOL],
    ['summary', SUMMARY],
  ],
}
/** Per role, the keys it reads, looked up from their bytes. */
const KEY_TABLES = keyTables(KEYS_OF)

/** Types and tool names come from a small set, shared by the files a thread reads. */
const RECENT_TYPES = new RecentStrings(8)
const RECENT_TOOLS = new RecentStrings(32)

const WRONG: Readonly<Record<JsonKind, WrongKind>> = {
  object: { wrongKind: 'object' },
  array: { wrongKind: 'array' },
  string: { wrongKind: 'string' },
  number: { wrongKind: 'number' },
  boolean: { wrongKind: 'boolean' },
  null: { wrongKind: 'null' },
}
/** Stand-ins for a string value that was not kept: stepped over, or dropped for being over the limit. */
const STEPPED_OVER: WrongKind = { wrongKind: 'string' }
const OVERLONG: WrongKind = { wrongKind: 'string' }
const LITERALS = [
  { bytes: new TextEncoder().encode('true'), kind: 'boolean' as JsonKind, value: true },
  { bytes: new TextEncoder().encode('false'), kind: 'boolean' as JsonKind, value: false },
  { bytes: new TextEncoder().encode('null'), kind: 'null' as JsonKind, value: null },
]

/**
 * Strings the report keeps are held whole, streamed or not; past this size the file is refused
 * rather than let one value take the memory (the plain parser could not hold such a file either).
 * A string the report does not use (a tool result, a prompt) is never held, whatever its size.
 */
export const KEPT_STRING_LIMIT = 64 * 1024 * 1024

/** Why the scan stopped: a JSON syntax error (or, with `syntax` false, a limit) at a byte offset. */
class SyntaxFault {
  readonly at: number
  readonly reason: string
  readonly syntax: boolean
  constructor(at: number, reason: string, syntax = true) {
    this.at = at
    this.reason = reason
    this.syntax = syntax
  }
}

/**
 * A streaming reader of session-recorder logs: it reads the JSON bytes window by window, going
 * from token to token by the window's structural index (`structural-index.ts`: whitespace and
 * the inside of strings are never looked at in JavaScript), and decodes only the strings the
 * report uses (header fields, type, timestamp, ids, tool names, summaries).
 * Each interaction's facts go to the same `DigestBuilder` as the reference parser's, so the rules
 * are never repeated here. Memory stays bounded by the largest kept string, whatever the file size.
 *
 * Deliberately lenient, for speed: inside a string that is stepped over (tool results, arguments,
 * keys of ignored objects), invalid escapes and raw control characters are not reported, where
 * `JSON.parse` would reject the file. Everything outside such strings is checked as strictly as
 * `JSON.parse` checks it.
 */
export class RecorderScanner {
  private readonly makeBuilder: () => DigestBuilder
  private builder: DigestBuilder
  private top: unknown = undefined
  private expect = VALUE
  private slot = ROOT
  /** Roles of the open containers, innermost last. */
  private readonly roles: number[] = []
  private role = 0
  private fault: SyntaxFault | null = null
  /** Bytes pushed before the current chunk. */
  private base = 0
  /** Bytes of a leading byte-order mark seen so far; its length once past it. */
  private bomBytes = 0

  /** Where the structural index of the text stands after the bytes pushed so far. */
  private indexState = START_STATE

  // The token cut by the end of the previous chunk, if any.
  private token = NO_TOKEN
  private stringIsKey = false
  private stringKept = false
  /** The string cut by the chunk's end is dropped, not refused, once over the limit. */
  private stringDroppable = false
  private stringOverlong = false
  /** The offset of the cut string's opening quote, where an error in it is reported. */
  private stringAt = 0
  private pieces: Buffer[] = []
  private keptBytes = 0
  private numberState = 0
  /** The offset where the number being read starts, where an error in it is reported. */
  private numberAt = 0
  private literal = 0
  private literalAt = 0

  // The facts of the interaction being read.
  private type: string | WrongKind | undefined
  private timestamp: string | WrongKind | undefined
  /** The timestamp's value (NaN when absent or not a valid instant). */
  private at = Number.NaN
  private readonly instants = new InstantParser()
  /** Whether the id is a string, its two hashes, and its text when it repeats an earlier one. */
  private idIsText = false
  private idA = 0
  private idB = 0
  private contentKind: JsonKind | undefined
  private tool: string | WrongKind | undefined
  private summary: string | WrongKind | undefined
  private id: string | WrongKind | undefined

  /** @param makeBuilder where the facts go (tests pass a builder that also records them) */
  constructor(makeBuilder = (): DigestBuilder => new DigestBuilder()) {
    this.makeBuilder = makeBuilder
    this.builder = makeBuilder()
  }

  /** Feeds the next bytes of the file. Returns false once a syntax error was found. */
  push(chunk: Buffer): boolean {
    for (let start = 0; start < chunk.length && !this.fault; start += WINDOW)
      this.pushWindow(chunk.length <= WINDOW ? chunk : chunk.subarray(start, start + WINDOW))
    return this.fault === null
  }

  /** Feeds up to `WINDOW` bytes: indexes them, then goes from token to token. */
  private pushWindow(b: Buffer): void {
    let i = 0
    try {
      // A leading byte-order mark is dropped, as TextDecoder drops it (even cut by a chunk's end).
      while (this.bomBytes < BOM.length && i < b.length) {
        if (b[i] !== BOM[this.bomBytes]) {
          if (this.bomBytes > 0)
            throw new SyntaxFault(0, 'expected a value, found a non-ASCII character')
          this.bomBytes = BOM.length
          break
        }
        this.bomBytes++
        i++
      }
      const index = structuralIndex()
      const count = index.index(b, i, b.length, this.indexState)
      this.indexState = index.stateAfter
      const origin = i
      if (this.token !== NO_TOKEN) i = this.resume(b, origin, count)
      if (i >= 0) {
        // Entries before where scanning goes on belong to the token just finished.
        const entries = index.entries
        let k = 0
        while (k < count && origin + entries[k]! < i) k++
        this.scan(b, origin, k, count, this.strayAt(b, i, origin, k, count))
      }
    } catch (error) {
      if (!(error instanceof SyntaxFault)) throw error
      this.fault = error
    }
    this.base += b.length
  }

  /** Ends the file: the digest and top-level skeleton, or the first syntax error. */
  end(): ScanResult {
    if (!this.fault && this.token === NUMBER_TOKEN && this.numberEnds()) {
      this.token = NO_TOKEN
      this.scalarDone('number', 0)
    }
    if (!this.fault && (this.token !== NO_TOKEN || this.expect !== AFTER_END)) {
      const reason =
        this.token === STRING_TOKEN
          ? 'the file ends inside a string (truncated?)'
          : this.roles.length > 0 || this.token !== NO_TOKEN
            ? 'the file ends before the JSON value does (truncated?)'
            : 'the file holds no JSON value (empty?)'
      this.fault = new SyntaxFault(this.base, reason)
    }
    if (this.fault) {
      const { at, reason, syntax } = this.fault
      return { ok: false, offset: at, reason, syntax }
    }
    return { ok: true, top: this.top, digest: this.builder.build(provisionalHeader(this.top)) }
  }

  /**
   * Finishes the token cut by the previous chunk, from `from` (where the window's `count` entries
   * start); returns where scanning goes on, or -1.
   */
  private resume(b: Buffer, from: number, count: number): number {
    const n = b.length
    if (this.token === STRING_TOKEN) {
      // Inside a string the index has no entry but the quote that closes it.
      if (count === 0) {
        if (this.stringKept) this.keep(b.subarray(from, n))
        return -1
      }
      const close = from + structuralIndex().entries[0]!
      this.token = NO_TOKEN
      // Its last piece may take it over the limit, and it is dropped then.
      if (this.stringKept) this.keep(b.subarray(from, close))
      if (this.stringKept) {
        const bytes = Buffer.concat(this.pieces)
        this.pieces = []
        if (this.stringIsKey) this.keyDone(bytes, 0, bytes.length, this.stringAt)
        else this.stringValueDone(decode(bytes, 0, bytes.length, this.stringAt))
      } else if (!this.stringIsKey) {
        this.stringValueDone(this.stringOverlong ? OVERLONG : this.notKept())
      }
      return close + 1
    }
    if (this.token === NUMBER_TOKEN) {
      const end = this.number(b, from)
      if (end === -1) return -1
      this.token = NO_TOKEN
      this.scalarDone('number', 0)
      return end
    }
    const end = this.literalFrom(b, from)
    if (end === -1) return -1
    this.token = NO_TOKEN
    const { kind, value } = LITERALS[this.literal]!
    this.scalarDone(kind, value)
    return end
  }

  /**
   * Goes from token to token: the index's entries `k..count` (offsets from `origin`), and first
   * `stray`, the offset of a byte the index does not mark (-1 for none; see `strayAt`).
   */
  private scan(b: Buffer, origin: number, k: number, count: number, stray: number): void {
    const entries = structuralIndex().entries
    while (stray !== -1 || k < count) {
      let i: number
      if (stray !== -1) {
        i = stray
        stray = -1
      } else {
        i = origin + entries[k++]!
      }
      const c = b[i]!
      switch (this.expect) {
        case COMMA_OR_END:
          if (c === 0x2c) {
            this.afterComma()
            continue
          }
          if (c === (this.role & 1 ? 0x7d : 0x5d)) {
            this.close()
            // The comma after a member that closes, as after a string, is taken at once.
            if (b[i + 1] === 0x2c && this.expect === COMMA_OR_END) {
              k++
              this.afterComma()
            }
            continue
          }
          throw this.unexpected(b, i, `expected ',' or '${this.role & 1 ? '}' : ']'}'`)
        case KEY_OR_END:
        case KEY: {
          if (c !== QUOTE) {
            if (c === 0x7d && this.expect === KEY_OR_END) {
              this.close()
              continue
            }
            throw this.unexpected(b, i, 'expected a property name in double quotes')
          }
          const keyed = this.role === TOP || this.role === ITEM || this.role === CONTENT
          if (k === count) return this.cut(b, i + 1, true, keyed ? KEEP : STEP)
          const close = origin + entries[k++]!
          if (keyed) this.keyDone(b, i + 1, close, this.base + i)
          // The colon usually follows at once: take it here rather than on another turn.
          if (b[close + 1] === 0x3a) {
            k++
            this.expect = VALUE
          } else {
            this.expect = COLON
          }
          continue
        }
        case COLON:
          if (c !== 0x3a) throw this.unexpected(b, i, "expected ':' after a property name")
          this.expect = VALUE
          continue
        case VALUE_OR_END:
        case VALUE:
          if (c === 0x5d && this.expect === VALUE_OR_END) {
            this.close()
            continue
          }
          if (c === QUOTE) {
            const use = this.use()
            if (k === count) return this.cut(b, i + 1, false, use)
            const close = origin + entries[k++]!
            if (this.slot === NOWHERE) this.expect = COMMA_OR_END
            else if (this.slot === ID || this.slot === TIMESTAMP)
              this.idOrStampBytes(b, i + 1, close, this.base + i)
            else
              this.stringValueDone(
                use === STEP
                  ? this.notKept()
                  : this.kept(this.slot, b, i + 1, close, this.base + i),
              )
            // As with the colon, a comma right after a member is taken at once.
            if (b[close + 1] === 0x2c && this.expect === COMMA_OR_END) {
              k++
              this.afterComma()
            }
            continue
          }
          if (c === 0x7b) {
            this.open('object')
            continue
          }
          if (c === 0x5b) {
            this.open('array')
            continue
          }
          if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
            this.numberState = 0
            this.numberAt = this.base + i
            const end = this.number(b, i)
            if (end === -1) {
              this.token = NUMBER_TOKEN
              return
            }
            this.scalarDone('number', 0)
            stray = this.strayAt(b, end, origin, k, count)
            continue
          }
          this.literal = c === 0x74 ? 0 : c === 0x66 ? 1 : c === 0x6e ? 2 : -1
          if (this.literal === -1) throw this.unexpected(b, i, 'expected a value')
          {
            this.literalAt = 0
            const end = this.literalFrom(b, i)
            if (end === -1) {
              this.token = LITERAL_TOKEN
              return
            }
            const { kind, value } = LITERALS[this.literal]!
            this.scalarDone(kind, value)
            stray = this.strayAt(b, end, origin, k, count)
          }
          continue
        default:
          throw this.unexpected(b, i, 'unexpected text after the end of the JSON value')
      }
    }
  }

  /**
   * `at` when the byte there must be read as a token though the index does not mark it: a byte
   * right after a number or literal that goes on its run (`1x`, `truex`), which the grammar then
   * refuses where it stands; otherwise -1.
   */
  private strayAt(b: Buffer, at: number, origin: number, k: number, count: number): number {
    if (at >= b.length || RUN_BYTE[b[at]!] !== 1) return -1
    return k < count && origin + structuralIndex().entries[k]! === at ? -1 : at
  }

  /** What becomes of the string value that starts in the current slot. */
  private use(): number {
    if (KEPT[this.slot] !== 1) return STEP
    const serves = SERVES[this.slot]
    if (serves === undefined) return KEEP
    // The type usually comes first; when it comes after, the value is kept while it is small.
    if (this.type === undefined) return KEEP_IF_SMALL
    return this.type === serves ? KEEP : STEP
  }

  /** The value placed for a string that was stepped over. */
  private notKept(): WrongKind | undefined {
    return KEPT[this.slot] === 1 ? STEPPED_OVER : undefined
  }

  /** Remembers a string cut by the chunk's end, and the bytes kept of it. */
  private cut(b: Buffer, start: number, isKey: boolean, use: number): void {
    const kept = use !== STEP
    this.token = STRING_TOKEN
    this.stringIsKey = isKey
    this.stringKept = kept
    this.stringDroppable = use === KEEP_IF_SMALL
    this.stringOverlong = false
    this.stringAt = this.base + start - 1
    this.pieces = []
    this.keptBytes = 0
    if (kept) this.keep(b.subarray(start))
    else if (isKey) this.expect = COLON
  }

  private keyDone(b: Buffer, start: number, end: number, at: number): void {
    this.expect = COLON
    this.slot = NOWHERE
    const table = KEY_TABLES[this.role]!
    const slot = table.slotOf(b, start, end)
    this.slot = slot === ESCAPED_KEY ? table.slotOfName(decode(b, start, end, at)) : slot
  }

  /** Keeps a piece of a string the report uses, up to `KEPT_STRING_LIMIT` bytes in all. */
  private keep(piece: Buffer): void {
    this.keptBytes += piece.length
    if (this.keptBytes > KEPT_STRING_LIMIT) {
      if (!this.stringDroppable) throw overLimit(this.base)
      // Its interaction's type decides, once known, whether this was needed (then the file is refused).
      this.pieces = []
      this.stringKept = false
      this.stringOverlong = true
      return
    }
    this.pieces.push(Buffer.from(piece))
  }

  /**
   * An interaction id or timestamp read from its bytes: the id hashed and the timestamp parsed
   * without decoding either, when their bytes allow it (plain ASCII; the plugin's form).
   */
  private idOrStampBytes(b: Buffer, start: number, end: number, at: number): void {
    if (this.slot === ID) {
      if (hashBytes(b, start, end)) this.idHashed(undefined, b, start, end, at)
      else this.place('string', decode(b, start, end, at))
    } else {
      const ms = this.instants.parseBytes(b, start, end)
      if (ms === undefined) this.place('string', decode(b, start, end, at))
      else {
        this.timestamp = ''
        this.at = ms
      }
    }
    this.afterValue()
  }

  /** Takes the id just hashed into `HASHES`; its text is needed only when it repeats one. */
  private idHashed(
    text: string | undefined,
    b: Buffer,
    start: number,
    end: number,
    at: number,
  ): void {
    this.idIsText = true
    this.idA = HASHES[0]!
    this.idB = HASHES[1]!
    this.id = this.builder.idSeenAt() === -1 ? '' : (text ?? decode(b, start, end, at))
  }

  /** Decodes a kept string; the few values that repeat (types, tools) are reused. */
  private kept(slot: number, b: Buffer, start: number, end: number, at: number): string {
    const recent = slot === TYPE ? RECENT_TYPES : slot === TOOL ? RECENT_TOOLS : null
    if (recent === null || end - start > RecentStrings.LONGEST) return decode(b, start, end, at)
    const known = recent.find(b, start, end)
    if (known !== undefined) return known
    const text = decode(b, start, end, at)
    recent.add(b, start, end, text)
    return text
  }

  private stringValueDone(value: string | WrongKind | undefined): void {
    this.place('string', value ?? '')
    this.afterValue()
  }

  private scalarDone(kind: JsonKind, value: unknown): void {
    this.place(kind, value)
    this.afterValue()
  }

  /** After a comma: the next member's key, or the next item. */
  private afterComma(): void {
    this.expect = this.role & 1 ? KEY : VALUE
    this.slot = this.role === INTERACTIONS ? INTERACTION : NOWHERE
  }

  private afterValue(): void {
    this.expect = this.roles.length === 0 ? AFTER_END : COMMA_OR_END
  }

  /** Records a value of `kind` in the current slot; containers are recorded when they open. */
  private place(kind: JsonKind, value: unknown): void {
    const fact = kind === 'string' ? (value as string) : WRONG[kind]
    switch (this.slot) {
      case NOWHERE:
        return
      case ROOT:
        this.top = standIn(kind, value)
        return
      case SESSION_ID:
      case START:
      case END:
      case PROJECT:
      case INTERACTION_LIST:
        ;(this.top as Record<string, unknown>)[TOP_FIELD[this.slot]!] = standIn(kind, value)
        return
      case INTERACTION:
        // An object is added when it closes, with its facts.
        if (kind !== 'object') this.builder.add({ kind })
        return
      case ID:
        this.idIsText = false
        if (typeof fact === 'string') {
          hashText(fact)
          this.idHashed(fact, EMPTY, 0, 0, 0)
        } else this.id = fact
        return
      case TYPE:
        this.type = fact
        return
      case TIMESTAMP:
        this.timestamp = fact
        this.at = typeof fact === 'string' ? this.instants.parse(fact) : Number.NaN
        return
      case CONTENT_VALUE:
        this.contentKind = kind
        this.tool = undefined
        this.summary = kind === 'string' ? (value as string) : undefined
        return
      case TOOL:
        this.tool = fact
        return
      case SUMMARY:
        this.summary = fact
        return
    }
  }

  private open(kind: 'object' | 'array'): void {
    const object = kind === 'object'
    let role = object ? SKIPPED_OBJECT : SKIPPED_ARRAY
    switch (this.slot) {
      case ROOT:
        if (object) role = TOP
        break
      case INTERACTION_LIST:
        if (!object) {
          role = INTERACTIONS
          // A repeated key keeps its last value, as JSON.parse does: start the count again.
          this.builder = this.makeBuilder()
        }
        break
      case INTERACTION:
        if (object) {
          role = ITEM
          this.type = this.timestamp = this.tool = this.summary = this.id = undefined
          this.contentKind = undefined
          this.at = Number.NaN
          this.idIsText = false
        }
        break
      case CONTENT_VALUE:
        if (object) role = CONTENT
        break
    }
    // The top level's skeleton makes its own stand-in: nothing is made for the containers it skips.
    this.place(kind, null)
    this.roles.push(role)
    this.role = role
    this.expect = object ? KEY_OR_END : VALUE_OR_END
    this.slot = role === INTERACTIONS ? INTERACTION : NOWHERE
  }

  private close(): void {
    const role = this.roles.pop()!
    this.role = this.roles[this.roles.length - 1] ?? 0
    if (role === ITEM) {
      const facts: InteractionFacts = {
        kind: 'object',
        type: this.type,
        timestamp: this.timestamp,
        contentKind: this.contentKind,
        tool: this.type === 'tool_call' ? this.needed(this.tool) : undefined,
        summary: this.type === 'assistant_summary' ? this.needed(this.summary) : undefined,
        id: this.id,
      }
      HASHES[0] = this.idA
      HASHES[1] = this.idB
      this.builder.addParsed(facts, this.at, this.idIsText)
    }
    this.afterValue()
  }

  /** A value the interaction's type uses: one that was not kept makes the file unreadable. */
  private needed(value: string | WrongKind | undefined): string | WrongKind | undefined {
    if (value === OVERLONG) throw overLimit(this.base)
    if (value === STEPPED_OVER)
      throw new SyntaxFault(
        this.base,
        'an interaction gives its "type" again after content that the first type did not use',
        false,
      )
    return value
  }

  /**
   * Steps over a number from `at` (checking JSON's grammar); returns the index after it, or -1
   * when the chunk ends first.
   */
  private number(b: Buffer, at: number): number {
    const n = b.length
    let state = this.numberState
    let i = at
    for (; i < n; i++) {
      const c = b[i]!
      const digit = c >= 0x30 && c <= 0x39
      switch (state) {
        case 0: // start
          if (c === 0x2d) state = 1
          else if (c === 0x30) state = 2
          else if (digit) state = 3
          else throw this.numberFault()
          continue
        case 1: // after '-'
          if (c === 0x30) state = 2
          else if (digit) state = 3
          else throw this.numberFault()
          continue
        case 2: // after a leading 0
          if (c === 0x2e) state = 4
          else if (c === 0x65 || c === 0x45) state = 6
          else if (digit) throw this.numberFault()
          else return this.numberEnd(i)
          continue
        case 3: // integer digits
          if (digit) continue
          if (c === 0x2e) state = 4
          else if (c === 0x65 || c === 0x45) state = 6
          else return this.numberEnd(i)
          continue
        case 4: // after '.'
          if (digit) state = 5
          else throw this.numberFault()
          continue
        case 5: // fraction digits
          if (digit) continue
          if (c === 0x65 || c === 0x45) state = 6
          else return this.numberEnd(i)
          continue
        case 6: // after 'e'
          if (c === 0x2b || c === 0x2d) state = 7
          else if (digit) state = 8
          else throw this.numberFault()
          continue
        case 7: // after the exponent's sign
          if (digit) state = 8
          else throw this.numberFault()
          continue
        case 8: // exponent digits
          if (digit) continue
          return this.numberEnd(i)
      }
    }
    this.numberState = state
    return -1
  }

  private numberEnd(i: number): number {
    this.numberState = 0
    return i
  }

  /** Whether a number cut by the end of the file is complete as it stands. */
  private numberEnds(): boolean {
    const state = this.numberState
    return state === 2 || state === 3 || state === 5 || state === 8
  }

  private numberFault(): SyntaxFault {
    return new SyntaxFault(this.numberAt, 'invalid number')
  }

  /** Matches the rest of `true`, `false` or `null`; returns the index after it, or -1. */
  private literalFrom(b: Buffer, at: number): number {
    const bytes = LITERALS[this.literal]!.bytes
    let i = at
    while (this.literalAt < bytes.length) {
      if (i >= b.length) return -1
      if (b[i] !== bytes[this.literalAt]) throw this.unexpected(b, i, 'expected a value')
      i++
      this.literalAt++
    }
    return i
  }

  private unexpected(b: Buffer, i: number, expected: string): SyntaxFault {
    return new SyntaxFault(this.base + i, `${expected}, found ${describeByte(b[i]!)}`)
  }
}

function overLimit(at: number): SyntaxFault {
  return new SyntaxFault(
    at,
    `a string the report uses (a session id, type, timestamp, interaction id, tool name or summary) is over ${KEPT_STRING_LIMIT / 1024 / 1024} MiB`,
    false,
  )
}

const TOP_FIELD: Record<number, string> = {
  [SESSION_ID]: 'session_id',
  [START]: 'start_timestamp',
  [END]: 'end_timestamp',
  [PROJECT]: 'project_path',
  [INTERACTION_LIST]: 'interactions',
}

/**
 * A small file whose start has an object for every this many bytes or fewer is dense with
 * structure (as real logs are, every tool result `"null\n"`: about 100 bytes an object), and V8's
 * native JSON.parse reads it faster than the scanner; with long strings (tool results of thousands
 * of characters) the scanner, which steps over them, is faster.
 */
const DENSE_BYTES_PER_OBJECT = 200
/** How much of a file's start is looked at to judge it. */
const SAMPLE_BYTES = 16 * 1024
/**
 * Files larger than this are scanned however dense. On real-shaped logs the scanner (over its
 * structural index) and JSON.parse cost about the same at 10 kB a file (5.3 and 4.5 ms for 40
 * files); from 50 kB the scanner is faster (13.0 against 17.7 ms; 36.5 against 55.8 at 200 kB),
 * and the objects JSON.parse builds take about ten times the file's bytes.
 */
export const WHOLE_PARSE_MAX_BYTES = 32 * 1024

/** Whether a file's bytes are few enough and dense with structure (see above) to read whole. */
export function suitsJsonParse(bytes: Buffer): boolean {
  if (bytes.length > WHOLE_PARSE_MAX_BYTES) return false
  const sample = bytes.subarray(0, SAMPLE_BYTES)
  let objects = 0
  for (let at = sample.indexOf(0x7b); at !== -1; at = sample.indexOf(0x7b, at + 1)) objects++
  return objects > 0 && sample.length <= objects * DENSE_BYTES_PER_OBJECT
}

const wholeText = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/**
 * Reads a whole file's bytes as the plain path does (decoded, then JSON.parse), and gives what a
 * scan gives: the digest and the top level's skeleton. Null when the bytes are not UTF-8 or not
 * valid JSON: the scan then says why, in its words and at its position. Unlike the scan, it reads
 * an interaction that names its type again after its content as JSON.parse does, as the plain
 * path does.
 */
export function digestWhole(bytes: Buffer): ScanResult | null {
  let data: unknown
  try {
    data = JSON.parse(wholeText.decode(bytes))
  } catch {
    return null
  }
  const top = skeletonOf(data)
  const builder = new DigestBuilder()
  const interactions = jsonKind(data) === 'object' && (data as Record<string, unknown>).interactions
  if (Array.isArray(interactions)) for (const item of interactions) builder.add(factsOf(item))
  return { ok: true, top, digest: builder.build(provisionalHeader(top)) }
}

/** The skeleton a scan makes of the top level: the fields the check reads, as stand-ins. */
function skeletonOf(data: unknown): unknown {
  const kind = jsonKind(data)
  if (kind !== 'object') return standIn(kind, data)
  const record = data as Record<string, unknown>
  const top: Record<string, unknown> = {}
  for (const field of Object.values(TOP_FIELD))
    if (Object.hasOwn(record, field)) top[field] = standIn(jsonKind(record[field]), record[field])
  return top
}

/** A value of the same JSON kind, enough for the top-level check to say what is wrong. */
function standIn(kind: JsonKind, value: unknown): unknown {
  if (kind === 'object') return {}
  if (kind === 'array') return []
  // The scan does not read numbers' values.
  if (kind === 'number') return 0
  return value
}

/** The header the digest is built with; the top level is checked on its own before it is used. */
function provisionalHeader(top: unknown): LogHeader {
  const fields = (typeof top === 'object' && top !== null ? top : {}) as Record<string, unknown>
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null)
  return {
    sessionId: text(fields.session_id) ?? '',
    startTimestamp: text(fields.start_timestamp),
    endTimestamp: text(fields.end_timestamp),
    projectPath: text(fields.project_path),
  }
}

const EMPTY = Buffer.alloc(0)

/** Decodes a kept string's bytes, checking them as JSON.parse would. */
function decode(b: Buffer, start: number, end: number, at: number): string {
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
    throw new SyntaxFault(at, 'invalid escape or control character in a string')
  }
}

function describeByte(byte: number): string {
  if (byte < 0x20 || byte === 0x7f)
    return `control character U+${byte.toString(16).toUpperCase().padStart(4, '0')}`
  if (byte < 0x7f) return `'${String.fromCharCode(byte)}'`
  return 'a non-ASCII character'
}
