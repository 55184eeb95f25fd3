import { describe, expect, it } from 'vitest'
import { emptyTokenCounts, type ResponseRecord, type TokenCounts } from '../src/model.js'
import { BUILT_IN_PRICES, costOf, priceOf, type PriceTable } from '../src/pricing.js'

/** A response of `model` with the given tokens; standard speed, global inference. */
function response(
  model: string,
  tokens: Partial<TokenCounts>,
  extra: Partial<ResponseRecord> = {},
): ResponseRecord {
  return {
    id: 'msg_01',
    model,
    tokens: { ...emptyTokenCounts(), ...tokens },
    sidechain: false,
    fast: false,
    inferenceGeo: null,
    toolUses: [],
    ...extra,
  }
}

const cost = (r: ResponseRecord, table: PriceTable = BUILT_IN_PRICES) => costOf(r, table)

describe('costOf: list prices', () => {
  it('prices Opus 5 as ccusage does on the real corpus ($3.44)', () => {
    // 88 × $5 + 35,222 × $25 + 140,763 × $10 (1-hour writes) + 2,307,314 × $0.50, per million.
    const opus5 = response('claude-opus-5', {
      input: 88,
      output: 35_222,
      cacheWrite1h: 140_763,
      cacheRead: 2_307_314,
    })
    expect(cost(opus5)).toBeCloseTo(3.442277, 9)
  })

  it('prices 5-minute writes at 1.25× input, 1-hour writes at 2×, reads at 0.1×', () => {
    // Haiku 4.5: $1 input, so a million of each costs $1.25, $2 and $0.10.
    expect(cost(response('claude-haiku-4-5', { cacheWrite5m: 1_000_000 }))).toBeCloseTo(1.25, 12)
    expect(cost(response('claude-haiku-4-5', { cacheWrite1h: 1_000_000 }))).toBeCloseTo(2, 12)
    expect(cost(response('claude-haiku-4-5', { cacheRead: 1_000_000 }))).toBeCloseTo(0.1, 12)
    // Opus 4.1: 1,000 input ($0.015) + 2,000 output ($0.15).
    expect(cost(response('claude-opus-4-1', { input: 1000, output: 2000 }))).toBeCloseTo(0.165, 12)
  })

  it("keeps Claude 3 Haiku's rounded cache prices", () => {
    // $0.30 per million 5-minute writes and $0.03 per million reads, not 1.25× and 0.1× of $0.25.
    const haiku3 = response('claude-3-haiku', { cacheWrite5m: 1_000_000, cacheRead: 1_000_000 })
    expect(cost(haiku3)).toBeCloseTo(0.33, 12)
  })

  it('prices web searches at $10 per 1,000', () => {
    expect(cost(response('claude-haiku-4-5', { webSearches: 3 }))).toBeCloseTo(0.03, 12)
  })
})

describe('BUILT_IN_PRICES', () => {
  // Anthropic's list prices per million tokens: input, output, 5-minute write, 1-hour write, read.
  const LIST: Record<string, readonly [number, number, number, number, number]> = {
    'claude-opus-4-5': [5, 25, 6.25, 10, 0.5],
    'claude-opus-4-6': [5, 25, 6.25, 10, 0.5],
    'claude-opus-4-7': [5, 25, 6.25, 10, 0.5],
    'claude-opus-4-8': [5, 25, 6.25, 10, 0.5],
    'claude-opus-5': [5, 25, 6.25, 10, 0.5],
    'claude-opus-4': [15, 75, 18.75, 30, 1.5],
    'claude-opus-4-1': [15, 75, 18.75, 30, 1.5],
    'claude-sonnet-4': [3, 15, 3.75, 6, 0.3],
    'claude-sonnet-4-5': [3, 15, 3.75, 6, 0.3],
    'claude-sonnet-4-6': [3, 15, 3.75, 6, 0.3],
    'claude-3-7-sonnet': [3, 15, 3.75, 6, 0.3],
    'claude-3-5-sonnet': [3, 15, 3.75, 6, 0.3],
    'claude-sonnet-5': [2, 10, 2.5, 4, 0.2],
    'claude-sonnet-5-5': [2, 10, 2.5, 4, 0.2],
    'claude-haiku-4-5': [1, 5, 1.25, 2, 0.1],
    'claude-3-5-haiku': [0.8, 4, 1, 1.6, 0.08],
    'claude-3-haiku': [0.25, 1.25, 0.3, 0.5, 0.03],
  }

  it('holds the list price of every model, and no other model', () => {
    expect([...BUILT_IN_PRICES.models.keys()].sort()).toEqual(Object.keys(LIST).sort())
    for (const [model, [input, output, write5m, write1h, read]] of Object.entries(LIST)) {
      const price = BUILT_IN_PRICES.models.get(model)!
      expect(price.input, model).toBe(input)
      expect(price.output, model).toBe(output)
      expect(price.cacheWrite5m, model).toBeCloseTo(write5m, 12)
      expect(price.cacheWrite1h, model).toBeCloseTo(write1h, 12)
      expect(price.cacheRead, model).toBeCloseTo(read, 12)
    }
  })
})

describe('costOf: model ids', () => {
  it('prices a dated id as its model, and a dated entry of the table before it', () => {
    // 100,000 input tokens: $0.30 at $3, $1.50 at $15, $0.40 at $4.
    const tokens = { input: 100_000 }
    expect(cost(response('claude-sonnet-4-5-20250929', tokens))).toBeCloseTo(0.3, 12)
    expect(cost(response('claude-opus-4@20250514', tokens))).toBeCloseTo(1.5, 12)
    const table: PriceTable = {
      ...BUILT_IN_PRICES,
      models: new Map([
        ...BUILT_IN_PRICES.models,
        [
          'claude-sonnet-4-5-20250929',
          { input: 4, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 },
        ],
      ]),
    }
    expect(cost(response('claude-sonnet-4-5-20250929', tokens), table)).toBeCloseTo(0.4, 12)
    expect(cost(response('claude-sonnet-4-5', tokens), table)).toBeCloseTo(0.3, 12)
  })

  it('gives null for a model without a price, never $0', () => {
    expect(cost(response('claude-3-sonnet-20240229', { input: 10 }))).toBeNull()
    expect(cost(response('claude-sonnet-4-5-preview', { input: 10 }))).toBeNull()
  })

  it('never prices <synthetic>, whatever the table says', () => {
    const table: PriceTable = {
      ...BUILT_IN_PRICES,
      models: new Map([
        ['<synthetic>', { input: 1, output: 1, cacheWrite5m: 1, cacheWrite1h: 1, cacheRead: 1 }],
      ]),
    }
    expect(cost(response('<synthetic>', {}))).toBeNull()
    expect(cost(response('<synthetic>', { input: 5 }), table)).toBeNull()
    expect(priceOf('<synthetic>', table)).toBeNull()
  })

  it('has an effective date on every built-in entry', () => {
    for (const [model, price] of BUILT_IN_PRICES.models)
      expect(price.since, model).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(BUILT_IN_PRICES.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

describe('costOf: long context (Sonnet 4 and 4.5), per request', () => {
  // 50,000 5-minute writes + 150,000 reads + `input` fresh input tokens, 1,000 output.
  const request = (model: string, input: number) =>
    response(model, { input, cacheWrite5m: 50_000, cacheRead: 150_000, output: 1000 })

  it('pays list prices at exactly 200,000 input tokens', () => {
    // 50,000 × $3.75 + 150,000 × $0.30 + 1,000 × $15 = $0.2475.
    expect(cost(request('claude-sonnet-4-5', 0))).toBeCloseTo(0.2475, 12)
  })

  it('pays $6 / $22.50 on every token above 200,000, caches scaled alike', () => {
    // 10 × $6 + 50,000 × $7.50 + 150,000 × $0.60 + 1,000 × $22.50 = $0.48756.
    expect(cost(request('claude-sonnet-4-5', 10))).toBeCloseTo(0.48756, 12)
    expect(cost(request('claude-sonnet-4-20250514', 10))).toBeCloseTo(0.48756, 12)
  })

  it('scales 1-hour writes too', () => {
    // 200,001 1-hour writes at 2 × $6.
    expect(cost(response('claude-sonnet-4', { cacheWrite1h: 200_001 }))).toBeCloseTo(2.400012, 12)
  })

  it('leaves models without a long-context rate at list prices', () => {
    // Sonnet 4.6: 10 × $3 + 50,000 × $3.75 + 150,000 × $0.30 + 1,000 × $15 = $0.24753.
    expect(cost(request('claude-sonnet-4-6', 10))).toBeCloseTo(0.24753, 12)
  })
})

describe('costOf: fast mode and US-only inference', () => {
  // 1,000 input and 1,000 output on a $5 / $25 Opus: $0.03 at list prices.
  const opus = (model: string, extra: Partial<ResponseRecord>) =>
    response(model, { input: 1000, output: 1000 }, extra)

  it('prices fast mode at 6× on Opus 4.6 and 4.7, 2× on Opus 4.8 and 5', () => {
    expect(cost(opus('claude-opus-4-6', { fast: true }))).toBeCloseTo(0.18, 12)
    expect(cost(opus('claude-opus-4-7', { fast: true }))).toBeCloseTo(0.18, 12)
    expect(cost(opus('claude-opus-4-8', { fast: true }))).toBeCloseTo(0.06, 12)
    expect(cost(opus('claude-opus-5', { fast: true }))).toBeCloseTo(0.06, 12)
    expect(cost(opus('claude-opus-4-6', { fast: false }))).toBeCloseTo(0.03, 12)
  })

  it('ignores fast mode on a model that has none', () => {
    expect(cost(opus('claude-opus-4-5', { fast: true }))).toBeCloseTo(0.03, 12)
  })

  it('prices US-only inference at 1.1× from Opus 4.6 on', () => {
    expect(cost(opus('claude-opus-4-6', { inferenceGeo: 'us' }))).toBeCloseTo(0.033, 12)
    expect(cost(opus('claude-opus-5', { inferenceGeo: 'us' }))).toBeCloseTo(0.033, 12)
    expect(cost(opus('claude-opus-4-6', { inferenceGeo: 'global' }))).toBeCloseTo(0.03, 12)
    expect(cost(opus('claude-opus-4-6', { inferenceGeo: 'not_available' }))).toBeCloseTo(0.03, 12)
    expect(cost(opus('claude-opus-4-5', { inferenceGeo: 'us' }))).toBeCloseTo(0.03, 12)
  })

  it('multiplies both for a fast, US-only request', () => {
    expect(cost(opus('claude-opus-4-7', { fast: true, inferenceGeo: 'us' }))).toBeCloseTo(0.198, 12)
  })
})
