import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { closingQuote, viewOf } from '../src/formats/json-bytes.js'
import { STRUCTURAL_INDEX_WASM } from '../src/formats/structural-index-wasm.js'
import {
  START_STATE,
  StructuralIndex,
  WALK_CLOSE,
  WALK_NUMBER,
  WALK_OPEN,
  WALK_REST,
  WALK_STRING,
  WALK_TRUE,
  WINDOW,
  type LineSchema,
} from '../src/formats/structural-index.js'
import { assembledSource, MODULE_TS } from '../scripts/wasm.ts'

/**
 * The index as a byte-by-byte loop gives it: the same rules, one byte at a time. Escapes are
 * followed everywhere (a backslash outside a string is an error the scanner reports first).
 */
function referenceIndex(bytes: Uint8Array): number[] {
  const found: number[] = []
  let inString = false
  let escapeNext = false
  let otherBefore = false
  for (let p = 0; p < bytes.length; p++) {
    const c = bytes[p]!
    const escaped: boolean = escapeNext
    escapeNext = c === 0x5c && !escaped
    if (c === 0x22 && !escaped) {
      inString = !inString
      found.push(p)
      otherBefore = false
    } else if (inString || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      otherBefore = false
    } else if ('{}[]:,'.includes(String.fromCharCode(c))) {
      found.push(p)
      otherBefore = false
    } else {
      if (!otherBefore) found.push(p)
      otherBefore = true
    }
  }
  return found
}

/** The index of `bytes` taken in windows of the lengths given, then of `WINDOW` bytes. */
function indexInWindows(index: StructuralIndex, bytes: Uint8Array, lengths: number[]): number[] {
  const found: number[] = []
  let state = START_STATE
  for (let start = 0, w = 0; start < bytes.length; w++) {
    const end = Math.min(bytes.length, start + Math.min(lengths[w] ?? WINDOW, WINDOW))
    const count = index.index(bytes, start, end, state)
    for (let k = 0; k < count; k++) found.push(start + index.entries[k]!)
    state = index.stateAfter
    start = end
  }
  return found
}

describe('the structural index', () => {
  const index = new StructuralIndex()
  const text = (s: string): Uint8Array => new TextEncoder().encode(s)

  it('marks strings, structural bytes and the start of every other run', () => {
    const bytes = text('{"a\\"b": [1, -2.5e3, true,null], "c":"{,}" x\\"y  }')
    expect(indexInWindows(index, bytes, [])).toEqual(referenceIndex(bytes))
    expect(indexInWindows(index, bytes, []).map((p) => String.fromCharCode(bytes[p]!))).toEqual([
      ...'{"":[1,-,t,n],"":""x}',
    ])
  })

  it('agrees with the byte loop on any bytes, cut into windows anywhere', () => {
    const alphabet = fc.constantFrom(
      ...[...'"\\{}[]:, \n\t\rab1-'].map((c) => c.charCodeAt(0)),
      0x00,
      0x0b,
      0xc3,
      0xff,
    )
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 600 }),
        fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 8 }),
        (codes, cuts) => {
          const bytes = Uint8Array.from(codes)
          expect(indexInWindows(index, bytes, cuts)).toEqual(referenceIndex(bytes))
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('carries a run of backslashes, a string and a number across windows of every length', () => {
    const bytes = text(`["${'\\'.repeat(67)}"x", 12345678, "${'a'.repeat(130)}\\"", {}]   7`)
    const whole = referenceIndex(bytes)
    for (let cut = 1; cut <= 140; cut++)
      expect(indexInWindows(index, bytes, Array(bytes.length).fill(cut))).toEqual(whole)
  })

  it('indexes full windows back to back', () => {
    const bytes = new Uint8Array(WINDOW * 2 + 100).fill(0x20)
    for (let p = 0; p < bytes.length; p += 7) bytes[p] = p % 2 ? 0x22 : 0x2c
    expect(indexInWindows(index, bytes, [])).toEqual(referenceIndex(bytes))
  })

  it('indexes bytes read into its own window where they lie, as it indexes a copy', () => {
    const bytes = text('  {"a": [1, "b\\"c", {"d": null}]} ')
    const copied = indexInWindows(index, bytes, [])
    index.window.set(bytes, 1000)
    const count = index.index(index.window, 1000, 1000 + bytes.length, START_STATE)
    expect([...index.entries.subarray(0, count)]).toEqual(copied)
  })

  it('finds the quote that closes a string as a byte loop does, in its memory or out of it', () => {
    const alphabet = fc.constantFrom(0x22, 0x5c, 0x61, 0x0a, 0xc3)
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 300 }), fc.nat(), fc.nat(), (codes, a, b) => {
        const bytes = Buffer.from(codes)
        const from = a % (bytes.length + 1)
        const end = from + (b % (bytes.length - from + 1))
        let expected = -1
        for (let j = from; j < end; j += bytes[j] === 0x5c ? 2 : 1)
          if (bytes[j] === 0x22) {
            expected = j
            break
          }
        index.window.set(bytes, 5)
        expect(index.stringEnd(index.window, 5 + from, 5 + end)).toBe(
          expected === -1 ? -1 : expected + 5,
        )
        const inMemory = index.window.subarray(5, 5 + bytes.length)
        expect(closingQuote(inMemory, viewOf(inMemory), from, from, end)).toBe(expected)
        expect(closingQuote(bytes, viewOf(bytes), from, from, end)).toBe(expected)
      }),
      { numRuns: 3000 },
    )
  })

  describe('a line walk', () => {
    // Roles: 1 the line (an object), 2 a list (an array), 3 an item (an object).
    const schema: LineSchema = {
      root: 1,
      keysOf: {
        1: [
          ['kind', 2],
          ['when', 3],
          ['list', 4],
          ['flag', 5],
          ['a_key_longer_than_eight', 6],
          ['later', 7],
        ],
        3: [['n', 9]],
      },
      opens: { 1: 1, 4: 2, 8: 3 },
      itemSlot: { 2: 8 },
      rest: { slot: 7, after: [2, 3] },
    }
    /** The events of a walk over `line`, offsets from the line's start; null when it declines. */
    function walk(line: string): (string | number)[][] | null {
      const bytes = Buffer.from(line)
      index.window.set(bytes, 100)
      const count = index.walkLine(index.window, 100, 100 + bytes.length, schema)
      if (count < 0) return null
      const names = ['', 'string', 'number', 'true', 'open', 'close', 'rest']
      const at = index.window.byteOffset + 100
      return Array.from({ length: count }, (_, e) => {
        const word = index.events[e * 3]!
        const kind = word >> 8
        const event: (string | number)[] = [names[kind]!, word & 0xff]
        if (kind === WALK_STRING || kind === WALK_NUMBER)
          event.push(line.slice(index.events[e * 3 + 1]! - at, index.events[e * 3 + 2]! - at))
        return event
      })
    }

    it('hands back only the values the schema reads, in order', () => {
      expect([WALK_STRING, WALK_NUMBER, WALK_TRUE, WALK_OPEN, WALK_CLOSE, WALK_REST]).toEqual([
        1, 2, 3, 4, 5, 6,
      ])
      const line =
        ' { "skip" : {"kind": "no", "x": [1, "]"]}, "kind":"a\\"b", "list":[{"n":42,"m":15},' +
        ' "s", {}], "flag": true, "a_key_longer_than_eight": "yes", "a_key_longer_than_nine": 7 } \r'
      expect(walk(line)).toEqual([
        ['open', 1],
        ['string', 2, 'a\\"b'],
        ['open', 2],
        ['open', 3],
        ['number', 9, '42'],
        ['close', 0],
        ['string', 8, 's'],
        ['open', 3],
        ['close', 0],
        ['close', 0],
        ['true', 5],
        ['string', 6, 'yes'],
        ['close', 0],
      ])
    })

    it('stops at the key after which nothing is read, once both values came', () => {
      expect(walk('{"kind":"k","when":"w","later":{"broken"')).toEqual([
        ['open', 1],
        ['string', 2, 'k'],
        ['string', 3, 'w'],
        ['rest', 0],
      ])
      expect(walk('{"kind":"k","later":{"x":1},"when":"w"}')).toEqual([
        ['open', 1],
        ['string', 2, 'k'],
        ['string', 3, 'w'],
        ['close', 0],
      ])
    })

    it('declines what it leaves to the scanner', () => {
      for (const line of [
        '',
        '  ',
        '[1]',
        '"text"',
        '{"n":1.5}',
        '{"kind":-1}',
        '{"kind":1e3}',
        '{"kind":0123}',
        '{"kind":1234567890123456}',
        '{"ki\\u006ed":"a"}',
        '{"kind":"a"',
        '{"kind":"a"}}',
        '{"kind":"a",}',
        '{"kind" "a"}',
        '{"kind":tru}',
        '{"kind":"a"} x',
        '{"list":[1 2]}',
        '{"skip":{"a":"b}',
        `${'{"list":['.repeat(1)}${'[{"n":1},'.repeat(0)}${'{},'.repeat(10_001)}{}]}`,
      ])
        expect(walk(line), line.slice(0, 40)).toBeNull()
    })
  })

  it('is the module that structural-index.wat assembles to', async () => {
    expect(readFileSync(MODULE_TS, 'utf8')).toBe(await assembledSource())
    expect(STRUCTURAL_INDEX_WASM.length).toBeGreaterThan(100)
  })
})
