/**
 * Redaction of a log file itself, rather than of what is published from it: every JSON string in
 * the file goes through the redactor, and every other byte is copied as it was, so that the file
 * stays valid, a transcript stays one JSON object per line, and the action reads the same numbers
 * from it.
 */
import { Transform } from 'node:stream'
import { withoutInvisible } from './invisible.js'
import { namesSecret, REDACTED, type Redactor } from './redact.js'

/** What a redaction changed, counted as the bytes pass. */
export interface RedactionTally {
  /** Strings rewritten: values and object keys. */
  strings: number
  /** Of those, object keys (a key can hold data: a header, a path, a name). */
  keys: number
  /** Lines that are not JSON text, redacted whole as plain text. */
  textLines: number
  /** Of those, the lines that redaction changed. */
  textLinesChanged: number
  /** Lines read, the last one counted even without its line break. */
  lines: number
}

/** Whether the redaction changed anything. */
export function changedAnything(tally: RedactionTally): boolean {
  return tally.strings + tally.textLinesChanged > 0
}

export function emptyTally(): RedactionTally {
  return { strings: 0, keys: 0, textLines: 0, textLinesChanged: 0, lines: 0 }
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const NEWLINE = 0x0a
const COLON = 0x3a

/**
 * Bytes allowed between strings: whitespace, the structural characters, and what numbers are
 * made of. Letters other than a number's exponent must spell `true`, `false` or `null`.
 */
const BETWEEN = new Uint8Array(256)
for (const char of ' \t\r\n{}[]:,0123456789+-.eE') BETWEEN[char.charCodeAt(0)] = 1
const LITERAL_BYTES = new Map(
  ['true', 'false', 'null'].map((word) => [word.charCodeAt(0), Buffer.from(word)]),
)

/**
 * A stream that redacts each JSON string of the bytes written to it and passes everything else
 * through unchanged, one line at a time.
 *
 * JSON forbids a raw line break inside a string, so in a valid file, pretty-printed or one object
 * per line, every string lies within one line and a line can be handled on its own: memory grows
 * with the longest line, never with the file. Each string is decoded, redacted, and written again
 * (`JSON.stringify`) only when redaction changed more than its invisible characters; otherwise its
 * bytes are copied as they were, escapes and all.
 *
 * A line that is not JSON text (a truncated or hand-edited line, a broken file) may hold a secret
 * anywhere: it is redacted whole as plain text, and left as it was when that finds nothing.
 *
 * Throws (as a stream error) when a line is too long to be held as one string of text.
 */
export function redactingStream(redact: Redactor, tally: RedactionTally = emptyTally()): Transform {
  let pending: Buffer[] = []
  let pendingLength = 0
  const line = (bytes: Buffer): Buffer[] => {
    tally.lines++
    return redactLine(bytes, redact, tally)
  }
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        const out: Buffer[] = []
        let from = 0
        for (;;) {
          const end = chunk.indexOf(NEWLINE, from)
          if (end === -1) break
          const piece = chunk.subarray(from, end)
          const whole =
            pendingLength === 0
              ? piece
              : Buffer.concat([...pending, piece], pendingLength + end - from)
          pending = []
          pendingLength = 0
          out.push(...line(whole), NEWLINE_BYTES)
          from = end + 1
        }
        if (from < chunk.length) {
          pending.push(chunk.subarray(from))
          pendingLength += chunk.length - from
        }
        pushAll(this, out)
        done()
      } catch (error) {
        done(error as Error)
      }
    },
    flush(done) {
      try {
        if (pendingLength === 0) return done()
        pushAll(this, line(Buffer.concat(pending, pendingLength)))
        done()
      } catch (error) {
        done(error as Error)
      }
    },
  })
}

const NEWLINE_BYTES = Buffer.from('\n')

/**
 * Passes the parts on: joined when small (one write for many short lines), one by one when large,
 * so that a line of a huge string is not copied once more.
 */
function pushAll(stream: Transform, parts: readonly Buffer[]): void {
  let length = 0
  for (const part of parts) length += part.length
  if (length === 0) return
  if (length <= JOIN_AT_MOST) stream.push(Buffer.concat(parts, length))
  else for (const part of parts) if (part.length > 0) stream.push(part)
}

const JOIN_AT_MOST = 1024 * 1024

/**
 * One line, redacted: its parts in order, or the line itself when nothing changed. Linear in the
 * line's length: each byte is looked at a bounded number of times.
 *
 * A string value whose key names a secret (`"password": "…"`, `"GITHUB_TOKEN": "…"`) is redacted
 * whole, as the `password=…` rule redacts the value after such a name in text; the key is known
 * when it is on the value's line, as every JSON writer puts it.
 */
export function redactLine(line: Buffer, redact: Redactor, tally: RedactionTally): Buffer[] {
  const parts: Buffer[] = []
  let copied = 0
  let pos = 0
  let changedStrings = 0
  let changedKeys = 0
  let key: string | null = null
  while (pos < line.length) {
    const open = line.indexOf(QUOTE, pos)
    const stop = open === -1 ? line.length : open
    if (!onlyStructure(line, pos, stop)) return redactAsText(line, redact, tally)
    if (open === -1) break
    const close = closingQuote(line, open + 1)
    if (close === -1) return redactAsText(line, redact, tally)
    const value = decodeString(line, open, close)
    // A control character or a bad escape inside the quotes.
    if (value === null) return redactAsText(line, redact, tally)
    const isKey = followedByColon(line, close + 1)
    const secretValue =
      !isKey && key !== null && value !== '' && precededByColon(line, open) && namesSecret(key)
    const shown = secretValue
      ? value === REDACTED
        ? null
        : REDACTED
      : redactedOrNull(value, redact)
    if (shown !== null) {
      parts.push(line.subarray(copied, open), ...encodeString(shown))
      copied = close + 1
      changedStrings++
      if (isKey) changedKeys++
    }
    if (isKey) key = value
    pos = close + 1
  }
  tally.strings += changedStrings
  tally.keys += changedKeys
  if (copied === 0) return [line]
  parts.push(line.subarray(copied))
  return parts
}

/** Characters a JSON string cannot hold as they are: quote, backslash, controls. */
// eslint-disable-next-line no-control-regex -- the controls are what is looked for
const NEEDS_ESCAPE = /["\\\x00-\x1f]/
// eslint-disable-next-line no-control-regex -- as above
const NEEDS_ESCAPE_OR_SURROGATE = /["\\\x00-\x1f\ud800-\udfff]/

/**
 * The string whose quotes are at `open` and `close`, decoded; null when it is not a valid JSON
 * string. Most strings have no escape: their bytes are their text, and JSON.parse is skipped.
 */
function decodeString(line: Buffer, open: number, close: number): string | null {
  const escaped = line.indexOf(BACKSLASH, open + 1)
  if (escaped === -1 || escaped > close) {
    const value = line.toString('utf8', open + 1, close)
    return NEEDS_ESCAPE.test(value) ? null : value
  }
  try {
    return JSON.parse(line.toString('utf8', open, close + 1)) as string
  } catch {
    return null
  }
}

/** A string as JSON writes it, quotes included, in parts. */
function encodeString(value: string): Buffer[] {
  // JSON.stringify escapes a lone surrogate, which UTF-8 cannot hold; a pair it keeps.
  return NEEDS_ESCAPE_OR_SURROGATE.test(value)
    ? [Buffer.from(JSON.stringify(value))]
    : [QUOTE_BYTES, Buffer.from(value), QUOTE_BYTES]
}

const QUOTE_BYTES = Buffer.from('"')

/** The text redacted, or null when redaction found nothing (removing invisibles alone is nothing). */
function redactedOrNull(text: string, redact: Redactor): string | null {
  const shown = redact(text)
  if (shown === text) return null
  // Every rule writes REDACTED: without one, only invisibles went (and no second pass is needed
  // to tell, unless the text held REDACTED already).
  if (!text.includes(REDACTED)) return shown.includes(REDACTED) ? shown : null
  return shown === withoutInvisible(text) ? null : shown
}

/** A line that is not JSON text, redacted as text: rewritten only when that found a secret. */
function redactAsText(line: Buffer, redact: Redactor, tally: RedactionTally): Buffer[] {
  tally.textLines++
  if (line.length > MAX_TEXT_BYTES)
    throw new Error(
      `line ${tally.lines} is not JSON and is ${line.length} bytes long, too long to redact as text`,
    )
  const shown = redactedOrNull(line.toString('utf8'), redact)
  if (shown === null) return [line]
  tally.textLinesChanged++
  return [Buffer.from(shown)]
}

/** The longest line that is redacted as one text (a JavaScript string holds 2^29 - 24 units). */
const MAX_TEXT_BYTES = 2 ** 29 - 24

/** Whether the bytes from `from` to `to` hold nothing but structure, numbers and literals. */
function onlyStructure(line: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const byte = line[i]!
    if (BETWEEN[byte] === 1) continue
    const word = LITERAL_BYTES.get(byte)
    if (
      word === undefined ||
      i + word.length > to ||
      line.compare(word, 0, word.length, i, i + word.length) !== 0
    )
      return false
    i += word.length - 1
  }
  return true
}

/**
 * The position of the quote that closes a string whose content starts at `from`, or -1. A quote
 * closes it when an even number of backslashes precede it. Each backslash is counted once: the
 * runs counted back from successive quotes do not overlap.
 */
function closingQuote(line: Buffer, from: number): number {
  let search = from
  for (;;) {
    const quote = line.indexOf(QUOTE, search)
    if (quote === -1) return -1
    let backslashes = 0
    for (let i = quote - 1; i >= search && line[i] === BACKSLASH; i--) backslashes++
    if (backslashes % 2 === 0) return quote
    search = quote + 1
  }
}

/** Whether the string that ends before `pos` is an object's key: a colon follows it. */
function followedByColon(line: Buffer, pos: number): boolean {
  let i = pos
  while (i < line.length && isBlank(line[i]!)) i++
  return line[i] === COLON
}

/** Whether the string that starts at `pos` is a value in an object: a colon precedes it. */
function precededByColon(line: Buffer, pos: number): boolean {
  let i = pos - 1
  while (i >= 0 && isBlank(line[i]!)) i--
  return line[i] === COLON
}

function isBlank(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0d
}
