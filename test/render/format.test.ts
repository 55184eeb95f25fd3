import { describe, expect, it } from 'vitest'
import {
  bytes,
  count,
  dateTime,
  duration,
  percent,
  plural,
  span,
  tokenCount,
  usd,
} from '../../src/render/format.js'

const S = 1000
const MIN = 60 * S
const H = 60 * MIN

describe('count()', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [12_345, '12,345'],
    [1_234_567, '1,234,567'],
    [2.6, '3'],
  ])('%d → %s', (value, expected) => {
    expect(count(value)).toBe(expected)
  })
})

describe('plural()', () => {
  it.each([
    [0, 'session', undefined, '0 sessions'],
    [1, 'session', undefined, '1 session'],
    [2, 'session', undefined, '2 sessions'],
    [1, 'assistant summary', 'assistant summaries', '1 assistant summary'],
    [3, 'assistant summary', 'assistant summaries', '3 assistant summaries'],
    [1500, 'file', undefined, '1,500 files'],
  ])('%d %s', (value, one, many, expected) => {
    expect(plural(value, one, many)).toBe(expected)
  })
})

describe('percent()', () => {
  it.each([
    [0, '0.0 %'],
    [1, '100.0 %'],
    [0.3961, '39.6 %'],
    [1 / 3, '33.3 %'],
    [0.00049, '0.0 %'],
  ])('%d → %s', (share, expected) => {
    expect(percent(share)).toBe(expected)
  })
})

describe('duration()', () => {
  it.each([
    [0, '0 s'],
    [499, '0 s'],
    [500, '1 s'],
    [59 * S, '59 s'],
    [59.5 * S, '1 min'],
    [60 * S, '1 min'],
    [18 * MIN + 36 * S, '18 min 36 s'],
    [59 * MIN + 59 * S, '59 min 59 s'],
    [59 * MIN + 59.6 * S, '1 h'],
    [H, '1 h'],
    [H + 30 * MIN, '1 h 30 min'],
    [2 * H + 41 * MIN + 20 * S, '2 h 41 min'],
    [47 * H + 59 * MIN, '47 h 59 min'],
    [48 * H, '2 d'],
    [52 * H, '2 d 4 h'],
    [52 * H + 59 * MIN, '2 d 4 h'],
    [30 * 24 * H, '30 d'],
  ])('%d ms → %s', (ms, expected) => {
    expect(duration(ms)).toBe(expected)
  })
})

describe('dates', () => {
  it('shows an instant as a UTC date and minute', () => {
    expect(dateTime('2025-12-02T14:00:53.000Z')).toBe('2025-12-02 14:00')
  })

  it.each([
    ['2025-12-02T14:00:53.000Z', '2025-12-02T14:19:29.000Z', '2025-12-02 14:00 → 14:19'],
    ['2025-12-02T23:50:00.000Z', '2025-12-03T00:10:00.000Z', '2025-12-02 23:50 → 2025-12-03 00:10'],
    ['2025-12-02T14:00:53.000Z', null, '2025-12-02 14:00 → not finalized'],
    [null, '2025-12-02T14:19:29.000Z', '? → 2025-12-02 14:19'],
    [null, null, '? → not finalized'],
  ])('spans %s to %s as %s', (start, end, expected) => {
    expect(span(start, end)).toBe(expected)
  })

  it('names an open end as asked', () => {
    expect(span('2025-12-02T14:00:53.000Z', null, 'now')).toBe('2025-12-02 14:00 → now')
  })
})

describe('bytes()', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KiB'],
    [10_953, '10.7 KiB'],
    [1024 * 1024 - 1, '1024.0 KiB'],
    [1024 * 1024, '1.0 MiB'],
    [5.5 * 1024 ** 3, '5.5 GiB'],
    [3 * 1024 ** 5, '3072.0 TiB'],
  ])('%d → %s', (value, expected) => {
    expect(bytes(value)).toBe(expected)
  })
})

describe('usd()', () => {
  it.each([
    [0, '$0.00'],
    [0.004, '< $0.01'],
    [0.005, '$0.01'],
    [1.2345, '$1.23'],
    [4.875, '$4.88'],
    [1234.5, '$1,234.50'],
    [1_234_567.891, '$1,234,567.89'],
  ])('%d → %s', (value, expected) => {
    expect(usd(value)).toBe(expected)
  })
})

describe('tokenCount()', () => {
  it.each([
    [0, '0'],
    [912, '912'],
    [1000, '1.0 k'],
    [12_345, '12.3 k'],
    [999_949, '999.9 k'],
    [999_960, '1.0 M'],
    [63_399_833, '63.4 M'],
    [4_731_533_000, '4.7 B'],
    [12_345_000_000_000, '12345.0 B'],
  ])('%d → %s', (value, expected) => {
    expect(tokenCount(value)).toBe(expected)
  })
})
