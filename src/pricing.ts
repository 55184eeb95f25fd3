import type { ResponseRecord, TokenCounts } from './model.js'

/** US dollars per million tokens, by kind of token. */
export interface TokenPrices {
  readonly input: number
  readonly output: number
  readonly cacheWrite5m: number
  readonly cacheWrite1h: number
  readonly cacheRead: number
}

/** US dollars per million tokens for one model, from a given date. */
export interface ModelPrice extends TokenPrices {
  /** The day (YYYY-MM-DD) from which this price applies: a price changes over time. */
  readonly since?: string
  /**
   * Long context: a request whose input (input + cache writes + cache reads) exceeds `aboveTokens`
   * pays these prices for all of its tokens (Anthropic's rule is per request, not per token).
   */
  readonly longContext?: TokenPrices & { readonly aboveTokens: number }
  /** Fast mode (`usage.speed: "fast"`): every price multiplied by this. */
  readonly fastMultiplier?: number
  /** US-only inference (`usage.inference_geo: "us"`): every price multiplied by this. */
  readonly usOnlyMultiplier?: number
  /** US dollars per web search request (`server_tool_use.web_search_requests`). */
  readonly webSearch?: number
}

/** A dated table of model prices. */
export interface PriceTable {
  /** When the prices were checked (YYYY-MM-DD); the report shows it. */
  readonly date: string
  /** `built-in`, or the pricing file's path relative to the workspace. */
  readonly source: string
  /** Model id (without a date suffix) → its price. */
  readonly models: ReadonlyMap<string, ModelPrice>
}

/** The model id Claude Code writes on lines it makes itself (API errors, interruptions). */
export const SYNTHETIC_MODEL = '<synthetic>'

/** Cache prices as multiples of the input price: 5-minute writes, 1-hour writes, reads. */
const WRITE_5M = 1.25
const WRITE_1H = 2
const READ = 0.1

/** Every token price of a model, from its input and output prices and the cache multiples. */
function listPrices(input: number, output: number): TokenPrices {
  return {
    input,
    output,
    cacheWrite5m: input * WRITE_5M,
    cacheWrite1h: input * WRITE_1H,
    cacheRead: input * READ,
  }
}

/** $10 per 1,000 web searches, the same on every model. */
const WEB_SEARCH = 0.01
/** US-only inference exists from Opus 4.6 on (older models refuse `inference_geo`), at 1.1×. */
const US_ONLY = 1.1
/** Sonnet 4 and 4.5: above 200,000 input tokens a request pays $6 / $22.50, caches scaled alike. */
const SONNET_LONG_CONTEXT = { ...listPrices(6, 22.5), aboveTokens: 200_000 }

/**
 * One entry per model; the date is the day the price took effect (the model's release). Opus 4.6
 * and 4.7 in fast mode cost 6×; Opus 4.8 and 5 in fast mode cost 2× (Claude Code's fast-mode
 * page: $10 / $50 on Opus 4.8, $30 / $150 on Opus 4.7 and 4.6).
 */
const BUILT_IN_ENTRIES: readonly (readonly [string, ModelPrice])[] = [
  // Claude 3 Haiku's cache prices are rounded, not exact multiples of its input price.
  [
    'claude-3-haiku',
    { since: '2024-03-13', ...listPrices(0.25, 1.25), cacheWrite5m: 0.3, cacheRead: 0.03 },
  ],
  ['claude-3-5-sonnet', { since: '2024-06-20', ...listPrices(3, 15) }],
  ['claude-3-5-haiku', { since: '2024-11-04', ...listPrices(0.8, 4) }],
  ['claude-3-7-sonnet', { since: '2025-02-24', ...listPrices(3, 15) }],
  ['claude-opus-4', { since: '2025-05-22', ...listPrices(15, 75) }],
  [
    'claude-sonnet-4',
    { since: '2025-05-22', ...listPrices(3, 15), longContext: SONNET_LONG_CONTEXT },
  ],
  ['claude-opus-4-1', { since: '2025-08-05', ...listPrices(15, 75) }],
  [
    'claude-sonnet-4-5',
    { since: '2025-09-29', ...listPrices(3, 15), longContext: SONNET_LONG_CONTEXT },
  ],
  ['claude-haiku-4-5', { since: '2025-10-15', ...listPrices(1, 5) }],
  ['claude-opus-4-5', { since: '2025-11-24', ...listPrices(5, 25) }],
  [
    'claude-opus-4-6',
    { since: '2026-02-05', ...listPrices(5, 25), fastMultiplier: 6, usOnlyMultiplier: US_ONLY },
  ],
  ['claude-sonnet-4-6', { since: '2026-02-17', ...listPrices(3, 15), usOnlyMultiplier: US_ONLY }],
  [
    'claude-opus-4-7',
    { since: '2026-04-16', ...listPrices(5, 25), fastMultiplier: 6, usOnlyMultiplier: US_ONLY },
  ],
  [
    'claude-opus-4-8',
    { since: '2026-05-28', ...listPrices(5, 25), fastMultiplier: 2, usOnlyMultiplier: US_ONLY },
  ],
  ['claude-sonnet-5', { since: '2026-06-30', ...listPrices(2, 10), usOnlyMultiplier: US_ONLY }],
  [
    'claude-opus-5',
    { since: '2026-07-24', ...listPrices(5, 25), fastMultiplier: 2, usOnlyMultiplier: US_ONLY },
  ],
  ['claude-sonnet-5-5', { since: '2026-09-29', ...listPrices(2, 10), usOnlyMultiplier: US_ONLY }],
]

/**
 * The built-in price table: Anthropic's list prices in US dollars per million tokens, checked
 * on the table's date. A pricing file adds models or replaces these.
 */
export const BUILT_IN_PRICES: PriceTable = {
  date: '2026-12-01',
  source: 'built-in',
  models: new Map(
    BUILT_IN_ENTRIES.map(([model, price]) => [model, { webSearch: WEB_SEARCH, ...price }]),
  ),
}

/** A snapshot date at the end of a model id: `-20250929` (Anthropic) or `@20250929` (Vertex). */
const DATE_SUFFIX = /[-@]\d{8}$/

/** The model id a table is keyed by: the id as written, without its snapshot date. */
export function baseModelId(model: string): string {
  return model.replace(DATE_SUFFIX, '')
}

/**
 * The price of a model: the table's entry for the id as written (a dated snapshot priced on its
 * own), else for the id without its date. Null when there is none, and always for `<synthetic>`.
 */
export function priceOf(model: string, table: PriceTable): ModelPrice | null {
  if (model === SYNTHETIC_MODEL) return null
  let found = resolved.get(table)
  if (found === undefined) resolved.set(table, (found = new Map()))
  let price = found.get(model)
  if (price === undefined) {
    price = table.models.get(model) ?? table.models.get(baseModelId(model)) ?? null
    found.set(model, price)
  }
  return price
}

/**
 * Each table's price of each model id met, once looked up: every response is priced, and a run's
 * thousands of responses name a few models (most with a date, looked up twice).
 */
const resolved = new WeakMap<PriceTable, Map<string, ModelPrice | null>>()

/** The input tokens of one request: what the long-context threshold is measured on. */
export function requestInput(tokens: TokenCounts): number {
  return tokens.input + tokens.cacheWrite5m + tokens.cacheWrite1h + tokens.cacheRead
}

/**
 * The cost of one API response in US dollars, or null when its model has no price (the report
 * lists it as unpriced; it is never counted as $0). Pure.
 */
export function costOf(response: ResponseRecord, table: PriceTable): number | null {
  const price = priceOf(response.model, table)
  if (price === null) return null
  const { tokens } = response
  const long = price.longContext
  const rates: TokenPrices = long && requestInput(tokens) > long.aboveTokens ? long : price
  const perMillion =
    tokens.input * rates.input +
    tokens.output * rates.output +
    tokens.cacheWrite5m * rates.cacheWrite5m +
    tokens.cacheWrite1h * rates.cacheWrite1h +
    tokens.cacheRead * rates.cacheRead
  const multiplier =
    (response.fast ? (price.fastMultiplier ?? 1) : 1) *
    (response.inferenceGeo === 'us' ? (price.usOnlyMultiplier ?? 1) : 1)
  return (perMillion / 1_000_000) * multiplier + tokens.webSearches * (price.webSearch ?? 0)
}
