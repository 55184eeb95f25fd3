/**
 * Splits a session-recorder log into the JSON text of each entry of its top-level `interactions`
 * array, chunk by chunk, so that a log of any size (even one above the longest string V8 can hold)
 * is read with the memory of its largest entry. Only files the reader already found valid are
 * split: the splitter follows strings and brackets, and leaves checking to `JSON.parse`, which
 * reads each entry.
 */

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const COLON = 0x3a
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
/** Bytes of a top-level string kept to compare it with `interactions` (escapes and all). */
const KEY_BYTES = 64

/** One entry: its bytes, or its size when it is over the limit and was not kept. */
export type RecorderItem =
  | { readonly index: number; readonly bytes: Buffer }
  | { readonly index: number; readonly tooLarge: number }

export class RecorderItemSplitter {
  private readonly limit: number
  private depth = 0
  private inString = false
  private escaped = false
  /** The string being read at the top level, while short enough to be the key looked for. */
  private topString: number[] | null = null
  private lastTopString: number[] | null = null
  private key: string | null = null
  /** Inside the `interactions` array (whose members are at depth 2). */
  private inList = false
  /** How many `interactions` arrays were met: JSON.parse keeps the last of repeated keys. */
  lists = 0
  private index = 0
  private itemOpen = false
  private pieces: Buffer[] = []
  private itemBytes = 0

  /** `limit`: the largest entry kept, in bytes; a larger one is given as its size alone. */
  constructor(limit: number) {
    this.limit = limit
  }

  /**
   * Reads the next bytes. An entry that lies wholly in `chunk` is given as a view of it, valid
   * until the caller reuses `chunk`; parts kept from earlier chunks are copied.
   */
  push(chunk: Buffer): RecorderItem[] {
    const items: RecorderItem[] = []
    let start = 0
    const n = chunk.length
    // Where the next quote and backslash are: inside a string (most of a log's bytes) the scan
    // jumps from one to the next, with the speed of a native search.
    let nextQuote = -1
    let nextBackslash = -1
    for (let i = 0; i < n; i++) {
      if (this.inString && !this.escaped && this.topString === null) {
        if (nextQuote < i) nextQuote = indexOf(chunk, QUOTE, i)
        if (nextBackslash < i) nextBackslash = indexOf(chunk, BACKSLASH, i)
        i = Math.min(nextQuote, nextBackslash)
        if (i >= n) break
      }
      const c = chunk[i]!
      if (this.inString) {
        if (this.topString !== null && this.topString.length <= KEY_BYTES) this.topString.push(c)
        if (this.escaped) this.escaped = false
        else if (c === BACKSLASH) this.escaped = true
        else if (c === QUOTE) {
          this.inString = false
          if (this.topString !== null) {
            this.lastTopString = this.topString
            this.topString = null
          }
        }
        continue
      }
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue
      if (this.inList && this.depth === 2) {
        if (c === COMMA || c === CLOSE_ARRAY) {
          if (this.itemOpen) {
            items.push(this.finish(chunk, start, i))
          }
          if (c === CLOSE_ARRAY) {
            this.inList = false
            this.depth--
          }
          continue
        }
        if (!this.itemOpen) {
          this.itemOpen = true
          start = i
        }
      }
      switch (c) {
        case QUOTE:
          this.inString = true
          if (this.depth === 1) this.topString = [c]
          break
        case COLON:
          if (this.depth === 1) this.key = keyOf(this.lastTopString)
          break
        case COMMA:
          if (this.depth === 1) this.key = null
          break
        case OPEN_ARRAY:
          if (this.depth === 1 && this.key === 'interactions') {
            this.inList = true
            this.lists++
          }
          this.depth++
          break
        case OPEN_OBJECT:
          this.depth++
          break
        case CLOSE_ARRAY:
        case CLOSE_OBJECT:
          this.depth--
          break
      }
    }
    if (this.itemOpen) this.keep(chunk.subarray(start))
    return items
  }

  /** Whether the file ended where it should: after the whole top-level value. */
  complete(): boolean {
    return this.depth === 0 && !this.inString && !this.itemOpen
  }

  private keep(piece: Buffer): void {
    this.itemBytes += piece.length
    if (this.itemBytes <= this.limit) this.pieces.push(Buffer.from(piece))
    else this.pieces = []
  }

  private finish(chunk: Buffer, start: number, end: number): RecorderItem {
    const index = this.index++
    const whole = this.pieces.length === 0 && this.itemBytes === 0
    this.itemBytes += end - start
    const item: RecorderItem =
      this.itemBytes > this.limit
        ? { index, tooLarge: this.itemBytes }
        : whole
          ? { index, bytes: chunk.subarray(start, end) }
          : { index, bytes: Buffer.concat([...this.pieces, chunk.subarray(start, end)]) }
    this.itemOpen = false
    this.pieces = []
    this.itemBytes = 0
    return item
  }
}

/** The position of `byte` in `chunk` from `from`, or the chunk's length when it is not there. */
function indexOf(chunk: Buffer, byte: number, from: number): number {
  const at = chunk.indexOf(byte, from)
  return at === -1 ? chunk.length : at
}

/** A top-level string's value when it may be the key `interactions` (written with escapes or not). */
function keyOf(bytes: number[] | null): string | null {
  if (bytes === null || bytes.length > KEY_BYTES) return null
  try {
    const value: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'))
    return typeof value === 'string' ? value : null
  } catch {
    return null
  }
}
