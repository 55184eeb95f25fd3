/**
 * Byte-level steps of the transcript scanner, which goes byte by byte: finding the quote that
 * closes a string, with SIMD in the structural index's memory (where files are read), four bytes
 * at a time elsewhere.
 */

import { structuralIndex } from './structural-index.js'

const QUOTE = 0x22
const BACKSLASH = 0x5c
/** Strings up to this long are searched in JavaScript: a native search costs more to start. */
const SHORT = 48

/** A view of a chunk's bytes for reading four of them at once. */
export function viewOf(b: Buffer): DataView {
  return new DataView(b.buffer, b.byteOffset, b.length)
}

/**
 * The index of the quote that closes a string whose content starts at `from` (a byte no backslash
 * escapes), before `end`, or -1. Backslashes before a quote are counted back to `floor` (where the
 * string's bytes begin in this chunk). `view` is `viewOf(b)`.
 */
export function closingQuote(
  b: Buffer,
  view: DataView,
  from: number,
  floor: number,
  end: number,
): number {
  const index = structuralIndex()
  if (index.holds(b)) return index.stringEnd(b, from, end)
  const near = Math.min(end, from + SHORT)
  let j = from
  // Four bytes at a time while none is a quote or a backslash (a zero byte of `word ^ 0x22…`).
  while (j + 4 <= near) {
    const word = view.getInt32(j, true)
    const quote = word ^ 0x22222222
    const backslash = word ^ 0x5c5c5c5c
    if ((((quote - 0x01010101) & ~quote) | ((backslash - 0x01010101) & ~backslash)) & 0x80808080)
      break
    j += 4
  }
  // An escaped byte is stepped over with its backslash, so `j` ends on a byte not escaped.
  for (; j < near; j++) {
    const c = b[j]
    if (c === QUOTE) return j
    if (c === BACKSLASH) j++
  }
  if (j >= end) return -1
  for (;;) {
    j = b.indexOf(QUOTE, j)
    if (j === -1 || j >= end) return -1
    let k = j - 1
    while (k >= floor && b[k] === BACKSLASH) k--
    if (((j - 1 - k) & 1) === 0) return j
    j++
  }
}

/** Whether the bytes end with an odd run of backslashes, so the next byte is escaped. */
export function trailingEscape(b: Buffer, floor: number, end: number): boolean {
  let k = end - 1
  while (k >= floor && b[k] === BACKSLASH) k--
  return ((end - 1 - k) & 1) === 1
}
