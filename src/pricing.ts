import type { ResponseRecord } from './model.js'

/** US dollars per million tokens for one model, from a given date. */
export interface ModelPrice {
  readonly input: number
  readonly output: number
  readonly cacheWrite5m: number
  readonly cacheWrite1h: number
  readonly cacheRead: number
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

/** The built-in price table. */
export const BUILT_IN_PRICES: PriceTable = {
  date: '',
  source: 'built-in',
  models: new Map(),
}

/**
 * The cost of one API response in US dollars, or null when its model has no price (the report
 * lists it as unpriced; it is never counted as $0). Pure.
 */
export function costOf(response: ResponseRecord, table: PriceTable): number | null {
  return table.models.has(response.model) ? 0 : null
}
