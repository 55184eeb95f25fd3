import { describe, expect, it } from 'vitest'
import { findJsonSyntaxError, positionOf } from '../../src/formats/json-syntax.js'
import { logText, recorderLog, toolUse, userMessage } from '../support/recorder-log.js'
import { seededRandom } from '../../bench/corpus.ts'

/** Valid texts covering every part of the JSON grammar (RFC 8259). */
const VALID = [
  '{}',
  '[]',
  '0',
  '-0.5e+10',
  '"x"',
  'true',
  'false',
  'null',
  ' \t\r\n[ 1 , -2.5E-3 , 0 , 10 ] \n',
  '{"a":{"b":[true,false,null]},"c":"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00"}',
  '["é", "日本", "😀", "\u2028"]',
  logText(
    recorderLog({
      interactions: [userMessage('Why?'), ...toolUse('Read', '2026-03-02T09:14:25Z')],
    }),
  ),
]

describe('findJsonSyntaxError', () => {
  it.each(VALID)('returns null for valid JSON %j', (text) => {
    expect(() => JSON.parse(text)).not.toThrow()
    expect(findJsonSyntaxError(text)).toBeNull()
  })

  // [input, offset of the error, message]: the offset is where RFC 8259's grammar first fails.
  it.each([
    ['', 0, 'the file holds no JSON value (empty?)'],
    [' \n\t', 3, 'the file holds no JSON value (empty?)'],
    ['{', 1, 'the file ends inside an object (truncated?)'],
    ['[1, 2', 5, 'the file ends inside an array (truncated?)'],
    ['{"a": [1, {"b": 2}', 18, 'the file ends inside an array (truncated?)'],
    ['{"a": [1, {"b": 2', 17, 'the file ends inside an object (truncated?)'],
    ['{"a": "abc', 6, 'the file ends inside a string (truncated?)'],
    ['"abc\\', 0, 'the file ends inside a string (truncated?)'],
    ['{"a": tr', 6, 'the file ends inside a literal (truncated?)'],
    ['[fals', 1, 'the file ends inside a literal (truncated?)'],
    ['[1.5e', 1, 'the file ends inside a number (truncated?)'],
    ['-', 0, 'the file ends inside a number (truncated?)'],
    ['{a: 1}', 1, "expected a property name in double quotes, found 'a'"],
    ["{'a': 1}", 1, "expected a property name in double quotes, found '''"],
    ['{"a": 1,}', 8, "expected a property name in double quotes, found '}'"],
    ['{,"a": 1}', 1, "expected a property name in double quotes, found ','"],
    ['{]', 1, "expected a property name in double quotes, found ']'"],
    ['{"a" 1}', 5, "expected ':' after a property name, found '1'"],
    ['{"a"=1}', 4, "expected ':' after a property name, found '='"],
    ['{"a":}', 5, "unexpected '}' where a value was expected"],
    ['{"a"::1}', 5, "unexpected ':' where a value was expected"],
    ['{"a": 1 "b": 2}', 8, "expected ',' or '}', found '\"'"],
    ['{"a": 1]', 7, "expected ',' or '}', found ']'"],
    ['[1 2]', 3, "expected ',' or ']', found '2'"],
    ['[1}', 2, "expected ',' or ']', found '}'"],
    ['[1,]', 3, "unexpected ']' where a value was expected"],
    ['[1,,2]', 3, "unexpected ',' where a value was expected"],
    ['[}', 1, "unexpected '}' where a value was expected"],
    ['{} x', 3, "unexpected 'x' after the end of the JSON value"],
    ['{}{}', 2, "unexpected '{' after the end of the JSON value"],
    ['{}\u0000', 2, 'unexpected control character U+0000 after the end of the JSON value'],
    // Numbers: no leading zeros, no bare sign or point, no plus sign, no NaN or Infinity.
    ['01', 1, "unexpected '1' after the end of the JSON value"],
    ['[01]', 2, "expected ',' or ']', found '1'"],
    ['[-01]', 3, "expected ',' or ']', found '1'"],
    ['[-]', 2, "expected a digit in a number, found ']'"],
    ['[-x]', 2, "expected a digit in a number, found 'x'"],
    ['[.5]', 1, "unexpected '.' where a value was expected"],
    ['[1.]', 3, "expected a digit in a number, found ']'"],
    ['[1.e5]', 3, "expected a digit in a number, found 'e'"],
    ['[1e]', 3, "expected a digit in a number, found ']'"],
    ['[1E+]', 4, "expected a digit in a number, found ']'"],
    ['[0x1F]', 2, "expected ',' or ']', found 'x'"],
    ['[+1]', 1, "unexpected '+' where a value was expected"],
    ['[NaN]', 1, "unexpected 'N' where a value was expected"],
    ['[Infinity]', 1, "unexpected 'I' where a value was expected"],
    // Literals are lower case and whole.
    ['[True]', 1, "unexpected 'T' where a value was expected"],
    ['[nul]', 4, "expected null, found ']'"],
    ['[nil]', 2, "expected null, found 'i'"],
    ['{"a": truth}', 9, "expected true, found 't'"],
    ['[undefined]', 1, "unexpected 'u' where a value was expected"],
    // Strings: only the eight short escapes and \uXXXX; no raw control characters.
    ['["a\\x"]', 3, "invalid escape in a string: a backslash followed by 'x'"],
    ["['a']", 1, "unexpected ''' where a value was expected"],
    ['["\\u12G4"]', 2, 'invalid \\u escape in a string'],
    ['["\\u12"]', 2, 'invalid \\u escape in a string'],
    ['["a\tb"]', 3, 'unescaped control character (a raw line break?) in a string'],
    ['["a\nb"]', 3, 'unescaped control character (a raw line break?) in a string'],
    [
      '["\\\u0001"]',
      2,
      'invalid escape in a string: a backslash followed by control character U+0001',
    ],
    // Only space, tab, line feed and carriage return are whitespace; no comments, no BOM.
    ['\u00a0[]', 0, 'unexpected character U+00A0 where a value was expected'],
    ['\ufeff{}', 0, 'unexpected character U+FEFF where a value was expected'],
    ['\u000b[]', 0, 'unexpected control character U+000B where a value was expected'],
    ['// note\n{}', 0, "unexpected '/' where a value was expected"],
    ['[1 /* two */]', 3, "expected ',' or ']', found '/'"],
    ['[😀]', 1, 'unexpected character U+1F600 where a value was expected'],
    ['{"a": 1}😀', 8, 'unexpected character U+1F600 after the end of the JSON value'],
  ])('%j fails at offset %i: %s', (text, offset, message) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError)
    expect(findJsonSyntaxError(text)).toEqual({ offset, message })
  })

  it('checks 10,000 levels of nesting without overflowing the stack', () => {
    const arrays = `${'['.repeat(10_000)}${']'.repeat(10_000)}`
    const objects = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`
    expect(findJsonSyntaxError(arrays)).toBeNull()
    expect(findJsonSyntaxError(objects)).toBeNull()
    const million = '[{"a":'.repeat(500_000)
    expect(findJsonSyntaxError(million)).toEqual({
      offset: million.length,
      message: 'the file ends inside an object (truncated?)',
    })
    const closedWrong = `${'['.repeat(10_000)}${']'.repeat(9_999)}}`
    expect(findJsonSyntaxError(closedWrong)).toEqual({
      offset: 19_999,
      message: "expected ',' or ']', found '}'",
    })
  })

  describe('against JSON.parse on mutated session logs', () => {
    const log = logText(
      recorderLog({
        interactions: [
          userMessage('Rename "total" to \\"sum\\" in src/money, then run the tests\ttwice'),
          ...toolUse('Edit', '2026-03-02T09:14:25Z'),
          ...toolUse('Bash', '2026-03-02T09:15:02Z'),
          {
            interaction_id: 'x',
            timestamp: null,
            type: 'note',
            content: [-1.25, 3e-7, 1e21, true],
          },
        ],
      }),
    )
    const random = seededRandom(20260302)
    const pick = (chars: string): string => chars[Math.floor(random() * chars.length)]!
    const stringStarts = stringInteriors(log)

    it('agrees with JSON.parse on validity for 3,000 one-character edits', () => {
      const alphabet = '{}[]:,"\\ \n0123456789-+.eEtrufalsn\u0000é😀x'
      let invalid = 0
      for (let trial = 0; trial < 3_000; trial++) {
        const at = Math.floor(random() * log.length)
        const edit = trial % 3
        const text =
          edit === 0
            ? log.slice(0, at) + log.slice(at + 1)
            : edit === 1
              ? log.slice(0, at) + pick(alphabet) + log.slice(at)
              : log.slice(0, at) + pick(alphabet) + log.slice(at + 1)
        let parses = true
        try {
          JSON.parse(text)
        } catch {
          parses = false
        }
        const error = findJsonSyntaxError(text)
        expect({ text, valid: error === null }).toEqual({ text, valid: parses })
        if (error) {
          invalid++
          expect(error.offset).toBeGreaterThanOrEqual(0)
          expect(error.offset).toBeLessThanOrEqual(text.length)
        }
      }
      expect(invalid).toBeGreaterThan(1_000)
    })

    it('points exactly at a stray character put anywhere outside a string', () => {
      for (let at = 0; at <= log.length; at++) {
        if (stringStarts.has(at)) continue
        const text = `${log.slice(0, at)}#${log.slice(at)}`
        const error = findJsonSyntaxError(text)
        expect({ at, offset: error?.offset }).toEqual({ at, offset: at })
        expect(error!.message).toContain("'#'")
      }
    })

    it('reports a truncation at the cut, or at the start of the string, number or literal it cuts', () => {
      for (let cut = 1; cut < log.trimEnd().length; cut++) {
        const text = log.slice(0, cut)
        const error = findJsonSyntaxError(text)
        expect(error, text).not.toBeNull()
        const { offset, message } = error!
        expect(message, text).toMatch(
          /^the file ends inside (an object|an array|a string|a number|a literal) \(truncated\?\)$/,
        )
        if (stringStarts.has(cut)) {
          expect({ cut, offset, message }).toEqual({
            cut,
            offset: stringStarts.get(cut),
            message: 'the file ends inside a string (truncated?)',
          })
        } else if (/inside a (number|literal)/.test(message)) {
          expect(text.slice(offset), text).toMatch(/^[-+.\deEtruefalsn]+$/)
          expect(text[offset - 1], text).toMatch(/[\s,[:]/)
        } else {
          expect({ cut, offset }).toEqual({ cut, offset: cut })
        }
      }
    })
  })
})

describe('positionOf', () => {
  it.each([
    ['{}', 0, 1, 1],
    ['{}', 1, 1, 2],
    ['{\n  "a"\n}', 2, 2, 1],
    ['{\n  "a"\n}', 4, 2, 3],
    ['{\n  "a"\n}', 8, 3, 1],
    ['{\r\n  "a"\r\n}', 5, 2, 3],
    ['\n\n\n', 3, 4, 1],
    ['abc', 3, 1, 4],
  ])('in %j, offset %i is line %i, column %i', (text, offset, line, column) => {
    expect(positionOf(text, offset)).toEqual({ line, column })
  })

  it('finds a truncation deep in a pretty-printed log', () => {
    const text = logText(recorderLog({ interactions: [userMessage('Find the rounding bug')] }))
    const cut = text.slice(0, text.indexOf('rounding bug'))
    const error = findJsonSyntaxError(cut)!
    // Line 11 is `      "content": "Find the rounding bug\n",`: the cut string opens in column 18.
    expect(positionOf(cut, error.offset)).toEqual({ line: 11, column: 18 })
    expect(text.split('\n')[10]!.slice(17)).toBe('"Find the rounding bug\\n",')
  })
})

/**
 * For each offset inside a string literal (after its opening quote, up to its closing quote), the
 * offset of the opening quote: where a cut at that offset leaves an unterminated string.
 */
function stringInteriors(text: string): Map<number, number> {
  const inside = new Map<number, number>()
  let start = -1
  for (let i = 0; i < text.length; i++) {
    if (start >= 0) {
      inside.set(i, start)
      if (text[i] === '\\') inside.set(++i, start)
      else if (text[i] === '"') start = -1
    } else if (text[i] === '"') {
      start = i
    }
  }
  return inside
}
