import { STRUCTURAL_INDEX_WASM } from './structural-index-wasm.js'

/**
 * Where tokens start in JSON bytes, found 64 bytes at a time by a WebAssembly SIMD module
 * (`structural-index.wat`): each quote that opens or closes a string, each of `{}[]:,` outside
 * strings, and the first byte of every other run of non-whitespace outside strings (a number, a
 * literal, a stray byte). A scanner then goes from token to token, never looking at whitespace or
 * at the inside of a string it does not use.
 *
 * One instance serves every scanner of a thread: `index` leaves its entries in `entries` until the
 * next call, and what carries over from one window of a text to the next is the caller's `state`.
 * Bytes read straight into `window` are indexed where they lie; any others are copied there first.
 */

/** Bytes indexed in one call, at most. */
export const WINDOW = 128 * 1024
/** Where the entries start in the module's memory (after the window and 64 bytes read past it). */
const ENTRIES = WINDOW + 4096
/** Where a line walk's schema lies, after the entries; its keys' bytes from `KEY_BYTES`. */
const TABLES = ENTRIES + WINDOW * 4
const KEY_BYTES = TABLES + 3328
/** Where a line walk writes its events, three numbers each; at most `MAX_EVENTS` of them. */
const EVENTS = TABLES + 4096
const MAX_EVENTS = 10_240

/**
 * What a line walk reads: a scanner's roles (an open object or array whose members are read; odd
 * for objects, even for arrays, below 13) and slots (where a value goes, below 64).
 */
export interface LineSchema {
  /** The slot of the line's own value. */
  readonly root: number
  /** Per object role, the keys read and their slots. */
  readonly keysOf: Readonly<Record<number, readonly (readonly [string, number])[]>>
  /** Per slot, the role that an object or array there opens. */
  readonly opens: Readonly<Record<number, number>>
  /** Per array role, the slot of its items. */
  readonly itemSlot: Readonly<Record<number, number>>
  /**
   * A key of the line's object after which nothing more is read, once the two slots `after`
   * had a string each.
   */
  readonly rest: { readonly slot: number; readonly after: readonly [number, number] }
}

// The kinds of a line walk's events: each is kind × 256 + slot (or role), then two offsets.
/** A string in a slot: where its content starts and ends. */
export const WALK_STRING = 1
/** A plain integer (up to 15 digits) in a slot: where it starts and ends. */
export const WALK_NUMBER = 2
/** `true` in a slot. */
export const WALK_TRUE = 3
/** An object or array of a role opens. */
export const WALK_OPEN = 4
/** The innermost one open closes. */
export const WALK_CLOSE = 5
/** The rest of the line is not read. */
export const WALK_REST = 6

interface IndexExports {
  readonly memory: { readonly buffer: ArrayBuffer }
  readonly state: { value: number }
  index(from: number, length: number, entries: number): number
  stringEnd(at: number, end: number): number
  walkLine(start: number, end: number, root: number): number
  readonly restSlot: { value: number }
  readonly needA: { value: number }
  readonly needB: { value: number }
}

/** The little of the WebAssembly API used here (the project's type libraries do not declare it). */
interface WebAssemblyApi {
  readonly Module: new (bytes: Uint8Array) => object
  readonly Instance: new (module: object) => { readonly exports: unknown }
}
const wasm = (globalThis as unknown as { readonly WebAssembly: WebAssemblyApi }).WebAssembly

/** The state of a text before its first window. */
export const START_STATE = 0

export class StructuralIndex {
  /** Token offsets from the first byte indexed, `count` of them after `index`. */
  readonly entries: Uint32Array
  /** The module's own `WINDOW` bytes, to read into: bytes there are indexed without a copy. */
  readonly window: Buffer
  /** A line walk's events, as `walkLine` left them: offsets are from the start of the memory. */
  readonly events: Int32Array
  private readonly exports: IndexExports
  private readonly memory: ArrayBuffer
  private lastAsked: Uint8Array | null = null
  private lastHeld = false
  private schema: LineSchema | null = null

  constructor() {
    const module = new wasm.Module(Buffer.from(STRUCTURAL_INDEX_WASM, 'base64'))
    this.exports = new wasm.Instance(module).exports as IndexExports
    this.memory = this.exports.memory.buffer
    // The memory's size is fixed (minimum and maximum alike), so these views stay valid.
    this.window = Buffer.from(this.memory, 0, WINDOW)
    this.entries = new Uint32Array(this.memory, ENTRIES, WINDOW)
    this.events = new Int32Array(this.memory, EVENTS, MAX_EVENTS * 3)
  }

  /**
   * Indexes `b[start..end)` (at most `WINDOW` bytes) as the continuation of a text left in
   * `state`; returns the number of entries. `stateAfter` is then the state to pass for the next
   * window.
   */
  index(b: Uint8Array, start: number, end: number, state: number): number {
    let from = b.byteOffset + start
    if (!this.holds(b)) {
      this.window.set(b.subarray(start, end))
      from = 0
    }
    this.exports.state.value = state
    return this.exports.index(from, end - start, ENTRIES)
  }

  get stateAfter(): number {
    return this.exports.state.value
  }

  /**
   * Whether `b`'s bytes lie in the module's memory (read into `window`), for `stringEnd`. The
   * answer for the last array asked about is kept: reading an array's `buffer` is not free, and a
   * scanner asks about the same chunk for every string in it.
   */
  holds(b: Uint8Array): boolean {
    if (b !== this.lastAsked) {
      this.lastAsked = b
      this.lastHeld = b.buffer === this.memory
    }
    return this.lastHeld
  }

  /**
   * The index of the quote that closes a string in `b[from..end)`, where `b[from]` is not
   * escaped, or -1; 16 bytes at a time. `b` must be one that `holds` says yes to.
   */
  stringEnd(b: Uint8Array, from: number, end: number): number {
    const found = this.exports.stringEnd(b.byteOffset + from, b.byteOffset + end)
    return found === -1 ? -1 : found - b.byteOffset
  }

  /**
   * Walks the whole JSON line `b[start..end)` (newline excluded; `b` one that `holds` says yes to)
   * as `schema` reads it, leaving in `events` only what the schema reads, in order; answers their
   * number, or -1 when the line is one to read another way: not a JSON object, not valid, or with
   * a number other than a plain integer or a key written with escapes. Within values in no slot
   * only strings and brackets are followed.
   */
  walkLine(b: Uint8Array, start: number, end: number, schema: LineSchema): number {
    if (schema !== this.schema) this.install(schema)
    return this.exports.walkLine(b.byteOffset + start, b.byteOffset + end, schema.root)
  }

  private install(schema: LineSchema): void {
    const memory = new Uint8Array(this.memory)
    const view = new DataView(this.memory)
    memory.fill(0, TABLES, EVENTS)
    for (const [slot, role] of Object.entries(schema.opens)) memory[TABLES + Number(slot)] = role
    for (const [role, slot] of Object.entries(schema.itemSlot))
      memory[TABLES + 64 + Number(role)] = slot
    let bytesAt = KEY_BYTES
    for (const [role, keys] of Object.entries(schema.keysOf)) {
      // The layout's bounds (structural-index.wat): a mistake here would corrupt another table.
      if (Number(role) > 12 || keys.length > 15) throw new Error(`schema too large: role ${role}`)
      const table = TABLES + 128 + Number(role) * 256
      view.setUint32(table, keys.length, true)
      keys.forEach(([name, slot], k) => {
        const bytes = new TextEncoder().encode(name)
        if (slot > 63 || bytes.length > 255 || bytesAt + bytes.length > EVENTS)
          throw new Error(`schema too large: ${name}`)
        const entry = table + 4 + k * 16
        memory[entry] = bytes.length
        memory[entry + 1] = slot
        view.setUint32(entry + 4, bytesAt, true)
        memory.set(bytes.subarray(0, 8), entry + 8)
        memory.set(bytes, bytesAt)
        bytesAt += bytes.length
      })
    }
    this.exports.restSlot.value = schema.rest.slot
    this.exports.needA.value = schema.rest.after[0]
    this.exports.needB.value = schema.rest.after[1]
    this.schema = schema
  }
}

let shared: StructuralIndex | undefined

/** The thread's index, made on first use. */
export function structuralIndex(): StructuralIndex {
  return (shared ??= new StructuralIndex())
}
