import type { TextPosition } from '../model.js'

/** The first syntax error in a JSON text: where it is and what is wrong, in plain words. */
export interface JsonSyntaxError {
  readonly offset: number
  readonly message: string
}

type Expect = 'value' | 'key-or-end' | 'key' | 'colon' | 'value-or-end' | 'comma-or-end'

const LITERALS: Readonly<Record<string, string>> = { t: 'true', f: 'false', n: 'null' }
const ESCAPABLE = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])
const HEX4 = /[0-9a-fA-F]{4}/y

/**
 * Locates the first JSON syntax error in `text`, or returns null when the text is valid JSON.
 *
 * `JSON.parse` gives no position for some errors and quotes the input in its message (which could
 * publish log content), so the position and wording come from this small checker instead. It is
 * iterative, so deeply nested input cannot overflow the stack; it runs only after a parse failed.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const containers: ('object' | 'array')[] = []
  let expect = 'value' as Expect
  let complete = false
  let i = 0
  const n = text.length

  const fail = (message: string, offset = i): JsonSyntaxError => ({ offset, message })
  const skipWhitespace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break
      i++
    }
  }
  /** Returns an error, or null after moving past the string that starts at `i`. */
  const scanString = (): JsonSyntaxError | null => {
    const start = i
    i++
    while (i < n) {
      const ch = text[i]!
      if (ch === '"') {
        i++
        return null
      }
      if (ch === '\\') {
        const next = text[i + 1]
        if (next === 'u') {
          HEX4.lastIndex = i + 2
          if (!HEX4.test(text)) return fail('invalid \\u escape in a string')
          i += 6
        } else if (next !== undefined && ESCAPABLE.has(next)) {
          i += 2
        } else if (next === undefined) {
          break
        } else {
          return fail(
            `invalid escape in a string: a backslash followed by ${describeChar(text, i + 1)}`,
          )
        }
        continue
      }
      if (ch.charCodeAt(0) < 0x20)
        return fail('unescaped control character (a raw line break?) in a string')
      i++
    }
    return fail('the file ends inside a string (truncated?)', start)
  }
  const skipDigits = (): number => {
    const from = i
    while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++
    return i - from
  }
  /** Returns an error at the first character that breaks the number at `i`, or null past it. */
  const scanNumber = (): JsonSyntaxError | null => {
    const start = i
    const broken = (): JsonSyntaxError =>
      i >= n
        ? fail('the file ends inside a number (truncated?)', start)
        : fail(`expected a digit in a number, found ${describeChar(text, i)}`)
    if (text[i] === '-') i++
    if (text[i] === '0') i++
    else if (skipDigits() === 0) return broken()
    if (text[i] === '.') {
      i++
      if (skipDigits() === 0) return broken()
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++
      if (text[i] === '+' || text[i] === '-') i++
      if (skipDigits() === 0) return broken()
    }
    return null
  }
  /** Returns an error at the first character that differs from `literal`, or null past it. */
  const scanLiteral = (literal: string): JsonSyntaxError | null => {
    const start = i
    for (const expected of literal) {
      if (i >= n) return fail('the file ends inside a literal (truncated?)', start)
      if (text[i] !== expected) return fail(`expected ${literal}, found ${describeChar(text, i)}`)
      i++
    }
    return null
  }
  const afterValue = (): void => {
    if (containers.length === 0) complete = true
    else expect = 'comma-or-end'
  }

  for (;;) {
    skipWhitespace()
    if (i >= n) {
      if (complete) return null
      if (containers.length === 0) return fail('the file holds no JSON value (empty?)')
      const open = containers[containers.length - 1] === 'object' ? 'an object' : 'an array'
      return fail(`the file ends inside ${open} (truncated?)`)
    }
    const ch = text[i]!
    if (complete) return fail(`unexpected ${describeChar(text, i)} after the end of the JSON value`)
    switch (expect) {
      case 'key-or-end':
        if (ch === '}') {
          containers.pop()
          i++
          afterValue()
          continue
        }
        expect = 'key'
        continue
      case 'key':
        if (ch !== '"')
          return fail(`expected a property name in double quotes, found ${describeChar(text, i)}`)
        {
          const error = scanString()
          if (error) return error
        }
        expect = 'colon'
        continue
      case 'colon':
        if (ch !== ':')
          return fail(`expected ':' after a property name, found ${describeChar(text, i)}`)
        i++
        expect = 'value'
        continue
      case 'value-or-end':
        if (ch === ']') {
          containers.pop()
          i++
          afterValue()
          continue
        }
        expect = 'value'
        continue
      case 'comma-or-end': {
        const top = containers[containers.length - 1]
        const close = top === 'object' ? '}' : ']'
        if (ch === ',') {
          i++
          expect = top === 'object' ? 'key' : 'value'
          continue
        }
        if (ch === close) {
          containers.pop()
          i++
          afterValue()
          continue
        }
        return fail(`expected ',' or '${close}', found ${describeChar(text, i)}`)
      }
      case 'value': {
        if (ch === '{' || ch === '[') {
          containers.push(ch === '{' ? 'object' : 'array')
          i++
          expect = ch === '{' ? 'key-or-end' : 'value-or-end'
          continue
        }
        let error: JsonSyntaxError | null
        if (ch === '"') error = scanString()
        else if (ch === '-' || (ch >= '0' && ch <= '9')) error = scanNumber()
        else if (LITERALS[ch] !== undefined) error = scanLiteral(LITERALS[ch])
        else return fail(`unexpected ${describeChar(text, i)} where a value was expected`)
        if (error) return error
        afterValue()
        continue
      }
    }
  }
}

/** 1-based line and column of a character offset. */
export function positionOf(text: string, offset: number): TextPosition {
  let line = 1
  let lineStart = 0
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++
    lineStart = at + 1
  }
  return { line, column: offset - lineStart + 1 }
}

/** Names the character at `offset` by its whole code point (an emoji is one character, not two). */
function describeChar(text: string, offset: number): string {
  const code = text.codePointAt(offset) ?? 0
  const ch = String.fromCodePoint(code)
  if (code < 0x20 || code === 0x7f)
    return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  if (code >= 0x21 && code < 0x7f) return `'${ch}'`
  return `character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
}
