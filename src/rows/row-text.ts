import type { Redactor } from '../redact.js'
import { truncate } from '../truncate.js'

/** Longest text kept in a row, in characters (code points), a cut marked with an ellipsis. */
export const ROW_TEXT_MAX = 2000

/**
 * Characters of a text read before it is redacted and cut to `ROW_TEXT_MAX`. Redaction comes
 * first, on more than is kept, so that a secret the cut falls inside is still matched whole.
 */
export const SOURCE_TEXT_MAX = 16 * 1024

/** Turns a piece of log text into the text of a row (null stays null). */
export type RowText = (text: string | null) => string | null

/** Redacts a text, then cuts it to `ROW_TEXT_MAX`. */
export function rowText(redact: Redactor): RowText {
  return (text) => {
    if (text === null) return null
    let source = text.length > SOURCE_TEXT_MAX ? text.slice(0, SOURCE_TEXT_MAX) : text
    // A character cut in half by the slice is left out.
    const last = source.charCodeAt(source.length - 1)
    if (last >= 0xd800 && last <= 0xdbff) source = source.slice(0, -1)
    return truncate(redact(source), ROW_TEXT_MAX)
  }
}
