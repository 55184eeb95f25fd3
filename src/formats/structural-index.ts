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

interface IndexExports {
  readonly memory: { readonly buffer: ArrayBuffer }
  readonly state: { value: number }
  index(from: number, length: number, entries: number): number
  stringEnd(at: number, end: number): number
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
  private readonly exports: IndexExports
  private readonly memory: ArrayBuffer
  private lastAsked: Uint8Array | null = null
  private lastHeld = false

  constructor() {
    const module = new wasm.Module(Buffer.from(STRUCTURAL_INDEX_WASM, 'base64'))
    this.exports = new wasm.Instance(module).exports as IndexExports
    this.memory = this.exports.memory.buffer
    // The memory's size is fixed (minimum and maximum alike), so these views stay valid.
    this.window = Buffer.from(this.memory, 0, WINDOW)
    this.entries = new Uint32Array(this.memory, ENTRIES, WINDOW)
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
}

let shared: StructuralIndex | undefined

/** The thread's index, made on first use. */
export function structuralIndex(): StructuralIndex {
  return (shared ??= new StructuralIndex())
}
