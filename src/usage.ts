/**
 * Tokens and cost: which copy of each API response is counted, and how responses and runs add up
 * into a usage summary. Pure.
 */
import type { ModelUsage, UsageSummary } from './analyse.js'
import type { ExecutionRun, ResponseRecord, TokenCounts } from './model.js'
import { SYNTHETIC_MODEL } from './pricing.js'

/** The responses of one file, with what decides between copies of a response in several files. */
export interface ResponseSource {
  readonly responses: readonly ResponseRecord[]
  /** An execution file whose run gives its own tokens and cost: its copies are the ones counted. */
  readonly fromRun: boolean
  /** The file's first activity: of two equal copies, the earlier file's is the original. */
  readonly firstActivity: string | null
}

/**
 * Each response once, by `message.id`, across every source: the most complete copy is kept, and
 * counted in the source that holds it. A response is billed once, whatever its copies (a resumed
 * session rewrites the earlier conversation into its file, a subagent's file can replay its
 * parent's responses). Returns, per source and in its order, the responses kept there.
 * Sources should come in a fixed order (by path), which settles copies that are equal in all else.
 */
export function keepEachResponseOnce(sources: readonly ResponseSource[]): ResponseRecord[][] {
  // A copy that wins is put last, so the map holds each source's kept responses in its order.
  const kept = new Map<string, { readonly record: ResponseRecord; readonly source: number }>()
  sources.forEach((source, index) => {
    for (const record of source.responses) {
      const seen = kept.get(record.id)
      if (seen === undefined) kept.set(record.id, { record, source: index })
      else if (isBetterCopy(sources, record, index, seen.record, seen.source)) {
        kept.delete(record.id)
        kept.set(record.id, { record, source: index })
      }
    }
  })
  const bySource = sources.map((): ResponseRecord[] => [])
  for (const { record, source } of kept.values()) bySource[source]!.push(record)
  return bySource
}

/**
 * A copy in an execution file with a run wins (the run's totals already hold it); then a
 * non-sidechain copy over a sidechain one; then the larger token total (streaming lines carry a
 * partial output count); then the copy in the file that started earlier.
 */
function isBetterCopy(
  sources: readonly ResponseSource[],
  record: ResponseRecord,
  index: number,
  seen: ResponseRecord,
  seenIndex: number,
): boolean {
  const [source, seenSource] = [sources[index]!, sources[seenIndex]!]
  if (source.fromRun !== seenSource.fromRun) return source.fromRun
  if (record.sidechain !== seen.sidechain) return !record.sidechain
  const [total, seenTotal] = [tokenTotal(record.tokens), tokenTotal(seen.tokens)]
  if (total !== seenTotal) return total > seenTotal
  const [first, seenFirst] = [source.firstActivity, seenSource.firstActivity]
  return first !== null && (seenFirst === null || first < seenFirst)
}

/** Tokens as the exports name them (webhooks, rows, the local API): both cache writes together. */
export interface ExportTokens {
  readonly input: number
  readonly output: number
  /** Cache writes, 5-minute and 1-hour together. */
  readonly cache_creation: number
  readonly cache_read: number
}

export function exportTokens(tokens: TokenCounts): ExportTokens {
  return {
    input: tokens.input,
    output: tokens.output,
    cache_creation: tokens.cacheWrite5m + tokens.cacheWrite1h,
    cache_read: tokens.cacheRead,
  }
}

/** Every token of a response, whatever its kind (web searches are requests, not tokens). */
export function tokenTotal(tokens: TokenCounts): number {
  return tokens.input + tokens.output + tokens.cacheWrite5m + tokens.cacheWrite1h + tokens.cacheRead
}

type MutableTokens = { -readonly [K in keyof TokenCounts]: number }

interface ModelTally {
  responses: number
  readonly tokens: MutableTokens
  cost: number
  /** Some of its tokens have no price: its cost is unknown, never $0. */
  unpriced: boolean
}

/** Usage adding up, one model at a time. */
export class UsageTally {
  private readonly models = new Map<string, ModelTally>()
  private cost = 0

  /**
   * Kept responses, each with its cost (`costOf`, at the same index), or null when its model has no
   * price.
   */
  addResponses(responses: readonly ResponseRecord[], costs: readonly (number | null)[]): void {
    for (let index = 0; index < responses.length; index++) {
      const response = responses[index]!
      // Claude Code's own lines for API errors and interruptions: no usage, no price.
      if (response.model === SYNTHETIC_MODEL) continue
      const model = this.model(response.model)
      model.responses += 1
      addTokens(model.tokens, response.tokens)
      this.addCost(model, costs[index]!)
    }
  }

  /**
   * An execution file's run: its tokens and cost per model and its total cost, as Claude Code
   * computed them. `responses` counts the run's responses by model.
   */
  addRun(run: ExecutionRun, responses: ReadonlyMap<string, number>): void {
    let modelsCost = 0
    for (const usage of run.models) {
      const model = this.model(usage.model)
      model.responses += responses.get(usage.model) ?? 0
      addTokens(model.tokens, usage.tokens)
      if (usage.costUsd === null) model.unpriced = true
      else {
        model.cost += usage.costUsd
        modelsCost += usage.costUsd
      }
    }
    // The run's own total is its cost, even where it differs from the sum of its models.
    this.cost += run.costUsd ?? modelsCost
  }

  summary(): UsageSummary {
    const models = [...this.models].map(([model, tally]): ModelUsage => ({
      model,
      responses: tally.responses,
      tokens: { ...tally.tokens },
      costUsd: tally.unpriced ? null : tally.cost,
    }))
    return summaryOf(models, this.cost)
  }

  private model(name: string): ModelTally {
    let tally = this.models.get(name)
    if (tally === undefined) {
      tally = { responses: 0, tokens: zeroTokens(), cost: 0, unpriced: false }
      this.models.set(name, tally)
    }
    return tally
  }

  private addCost(model: ModelTally, costUsd: number | null): void {
    if (costUsd === null) model.unpriced = true
    else {
      model.cost += costUsd
      this.cost += costUsd
    }
  }
}

/**
 * A usage summary of models (sorted here: highest cost first, unpriced last, ties by name), its
 * tokens the sum of theirs. `costUsd` is the priced part, given apart because an execution run's
 * own total may differ from its models' sum.
 */
export function summaryOf(models: readonly ModelUsage[], costUsd: number): UsageSummary {
  const tokens = zeroTokens()
  for (const usage of models) addTokens(tokens, usage.tokens)
  const sorted = models.toSorted(byCost)
  return {
    models: sorted,
    tokens,
    costUsd,
    unpricedModels: sorted.filter((usage) => usage.costUsd === null).map((usage) => usage.model),
  }
}

function byCost(a: ModelUsage, b: ModelUsage): number {
  if ((a.costUsd === null) !== (b.costUsd === null)) return a.costUsd === null ? 1 : -1
  const byDollars = (b.costUsd ?? 0) - (a.costUsd ?? 0)
  if (byDollars !== 0) return byDollars
  return a.model < b.model ? -1 : a.model > b.model ? 1 : 0
}

function zeroTokens(): MutableTokens {
  return { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0, webSearches: 0 }
}

export function addTokens(sum: MutableTokens, tokens: TokenCounts): void {
  sum.input += tokens.input
  sum.output += tokens.output
  sum.cacheWrite5m += tokens.cacheWrite5m
  sum.cacheWrite1h += tokens.cacheWrite1h
  sum.cacheRead += tokens.cacheRead
  sum.webSearches += tokens.webSearches
}
