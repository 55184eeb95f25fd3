import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../bench/corpus.ts'
import {
  DigestBuilder,
  HASHES,
  hashBytes,
  hashText,
  InstantParser,
  parseInstant,
} from '../../src/formats/digest-builder.js'

const HEADER = { sessionId: 's', startTimestamp: null, endTimestamp: null, projectPath: null }
const userMessage = (id: string) =>
  ({ kind: 'object', type: 'user_message', timestamp: '2026-03-02T09:00:00Z', id }) as const

describe('hashes of ids', () => {
  it('are the same from the bytes of plain ASCII as from the text, and refused for other bytes', () => {
    const random = seededRandom(7)
    for (let n = 0; n < 2000; n++) {
      const id = Array.from({ length: Math.floor(random() * 70) }, () =>
        String.fromCharCode(0x20 + Math.floor(random() * 0x5f)),
      ).join('')
      const bytes = Buffer.from(`x${id}y`)
      const plain = !id.includes('\\')
      expect(hashBytes(bytes, 1, bytes.length - 1), id).toBe(plain)
      if (!plain) continue
      const fromBytes = [...HASHES]
      hashText(id)
      expect(fromBytes, id).toEqual([...HASHES])
    }
    for (const text of ['café', 'tab\there', 'a\\u0041', '日本'])
      expect(hashBytes(Buffer.from(text), 0, Buffer.byteLength(text)), text).toBe(false)
  })

  it('tell apart ids whose code units would overlap if read a byte each', () => {
    const pairs = [
      ['\u0100\u0000', '\u0000\u0001'],
      ['ab', 'ab\u0000'],
      ['\u0100', '\u0000\u0001'],
    ]
    for (const [x, y] of pairs) {
      hashText(x!)
      const first = [...HASHES]
      hashText(y!)
      expect(first).not.toEqual([...HASHES])
    }
  })
})

describe('repeated interaction ids', () => {
  it('finds no repeat among 100,000 distinct ids, and names the one repeat added after them', () => {
    const builder = new DigestBuilder()
    const ids = Array.from({ length: 100_000 }, () => randomUUID())
    for (const id of ids) builder.add(userMessage(id))
    builder.add(userMessage(ids[41_999]!))
    expect(builder.build(HEADER).problems).toEqual([
      `interactions[100000] repeats the interaction_id "${ids[41_999]}" of interactions[41999]`,
    ])
  })

  it('tells apart ids that differ in one character anywhere', () => {
    const builder = new DigestBuilder()
    const base = '8115e46a-bdc9-4410-aca5-f8ca04077902'
    for (let at = 0; at < base.length; at++) {
      for (const char of '0123456789abcdef-') {
        const id = base.slice(0, at) + char + base.slice(at + 1)
        if (id !== base) builder.add(userMessage(id))
      }
    }
    builder.add(userMessage(base))
    expect(builder.build(HEADER).problems).toEqual([])
  })
})

describe('timestamps read in a stream', () => {
  it('gives what parseInstant gives, for every stamp of a sequence with odd ones among them', () => {
    const random = seededRandom(13)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
    const two = (max: number): string => String(Math.floor(random() * max)).padStart(2, '0')
    const days = [
      '2025-12-02',
      '2024-02-29',
      '2025-02-29',
      '2025-02-30',
      '0000-01-01',
      '9999-12-31',
    ]
    const odd = [
      '2025-12-02T24:00:00Z',
      '2025-12-02T23:59:60Z',
      '2025-12-02T23:60:00Z',
      '2025-12-02T1a:00:00Z',
      '2025-12-02T10:00:00.5Z',
      '2025-12-02T10:00:00+01:00',
      '2025-12-02 10:00:00Z',
      '2025-12-02T10-00:00Z',
      '2025-12-02T10:00:00z',
      '2025-1a-02T10:00:00Z',
      '',
    ]
    const parser = new InstantParser()
    let day = pick(days)
    for (let n = 0; n < 20_000; n++) {
      if (random() < 0.05) day = pick(days)
      const stamp = random() < 0.1 ? pick(odd) : `${day}T${two(26)}:${two(62)}:${two(62)}Z`
      expect(parser.parse(stamp), stamp).toBe(parseInstant(stamp))
    }
  })

  it('gives what parseInstant gives from the bytes of a stamp, or leaves it to parse', () => {
    const random = seededRandom(99)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
    const two = (below: number): string => String(Math.floor(random() * below)).padStart(2, '0')
    const days = [
      '2026-03-02',
      '2024-02-29',
      '2025-02-29',
      '2025-02-30',
      '0000-01-01',
      '9999-12-31',
    ]
    const odd = [
      '2026-03-02T24:00:00Z',
      '2026-03-02T23:59:60Z',
      '2026-03-02T23:60:00Z',
      '2026-03-02T1a:00:00Z',
      '2026-03-02T10:00:00.5Z',
      '2026-03-02T10:00:00+01:00',
      '2026-03-02 10:00:00Z',
      '2026-03-02T10-00:00Z',
      '2026-03-02T10:00:00z',
      '2026-0a-02T10:00:00Z',
      '',
    ]
    const parser = new InstantParser()
    let day = pick(days)
    let fast = 0
    for (let n = 0; n < 20_000; n++) {
      if (random() < 0.05) day = pick(days)
      const stamp = random() < 0.1 ? pick(odd) : `${day}T${two(26)}:${two(62)}:${two(62)}Z`
      // Within a longer buffer, as a scanner holds it.
      const bytes = Buffer.from(`"${stamp}",`)
      const value = parser.parseBytes(bytes, 1, bytes.length - 2)
      if (value !== undefined) fast++
      expect(value ?? parser.parse(stamp), stamp).toBe(parseInstant(stamp))
    }
    expect(fast).toBeGreaterThan(5_000)
  })
})

describe('parseInstant and the calendar', () => {
  it.each([
    ['0000-02-29T00:00:00Z', true],
    ['0100-02-29T00:00:00Z', false],
    ['1900-02-29T00:00:00Z', false],
    ['2000-02-29T00:00:00Z', true],
    ['2026-02-29T00:00:00Z', false],
    ['2028-02-29T12:00:00Z', true],
    ['2026-04-31T00:00:00Z', false],
    ['2026-13-01T00:00:00Z', false],
  ])('reads %s as a valid day: %s', (stamp, valid) => {
    expect(Number.isNaN(parseInstant(stamp))).toBe(!valid)
  })
})
