import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { emptyTokenCounts, type ResponseRecord } from '../src/model.js'
import { loadPricingFile, parsePricingFile } from '../src/pricing-file.js'
import { BUILT_IN_PRICES, costOf, priceOf } from '../src/pricing.js'

function response(model: string, input: number, output = 0): ResponseRecord {
  return {
    id: 'msg_01',
    model,
    tokens: { ...emptyTokenCounts(), input, output },
    sidechain: false,
    fast: false,
    inferenceGeo: null,
    toolUses: [],
  }
}

/** The message of the error `run` throws. */
function errorOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected an error')
}

const parse = (document: unknown) => parsePricingFile(JSON.stringify(document), 'prices.json')

describe('parsePricingFile', () => {
  const table = parse({
    date: '2026-12-24',
    models: {
      'acme-coder-2': { input: 2, output: 8 },
      'claude-opus-4-5': { input: 4, output: 20, cacheRead: 0.3, since: '2026-12-01' },
      'claude-sonnet-4-5-20250929': {
        input: 3,
        output: 15,
        longContext: { aboveTokens: 100_000, input: 5, output: 20 },
      },
    },
  })

  it("takes the file's date and names the file as its source", () => {
    expect(table.date).toBe('2026-12-24')
    expect(table.source).toBe('prices.json')
  })

  it('adds a model, with cache prices at 1.25×, 2× and 0.1× input when not given', () => {
    expect(priceOf('acme-coder-2', table)).toMatchObject({
      input: 2,
      output: 8,
      cacheWrite5m: 2.5,
      cacheWrite1h: 4,
      cacheRead: 0.2,
    })
    // 1,000,000 input ($2) and 100,000 output ($0.80).
    expect(costOf(response('acme-coder-2-20261201', 1_000_000, 100_000), table)).toBeCloseTo(
      2.8,
      12,
    )
  })

  it('replaces a built-in price, keeping the cache prices it gives', () => {
    expect(priceOf('claude-opus-4-5', table)).toMatchObject({
      input: 4,
      cacheWrite5m: 5,
      cacheRead: 0.3,
      since: '2026-12-01',
    })
    expect(priceOf('claude-opus-4-5', BUILT_IN_PRICES)?.input).toBe(5)
  })

  it('keeps the built-in prices of the models it does not name', () => {
    expect(priceOf('claude-haiku-4-5', table)).toEqual(priceOf('claude-haiku-4-5', BUILT_IN_PRICES))
  })

  it('prices a dated id by its own entry, with its long-context rate', () => {
    // 150,000 input tokens are above the file's 100,000: $5 each, so $0.75.
    expect(costOf(response('claude-sonnet-4-5-20250929', 150_000), table)).toBeCloseTo(0.75, 12)
    // The undated id keeps the built-in rule: 150,000 is below 200,000, so $3 each.
    expect(costOf(response('claude-sonnet-4-5', 150_000), table)).toBeCloseTo(0.45, 12)
  })
})

describe('parsePricingFile: a bad file names the file and the field', () => {
  it('refuses a price that is not a number', () => {
    const message = errorOf(() =>
      parse({ date: '2026-12-24', models: { 'acme-coder-2': { input: '2', output: 8 } } }),
    )
    expect(message).toContain('prices.json')
    expect(message).toMatch(
      /expected number, received string[\s\S]*models\["acme-coder-2"\]\.input/,
    )
  })

  it('refuses a negative price, a missing output and an unknown field', () => {
    const message = errorOf(() =>
      parse({
        date: '2026-12-24',
        models: {
          a: { input: -1, output: 1 },
          b: { input: 1 },
          c: { input: 1, output: 1, cached: 1 },
        },
      }),
    )
    expect(message).toMatch(/>=0[\s\S]*models\.a\.input/)
    expect(message).toMatch(/models\.b\.output/)
    expect(message).toMatch(/"cached"[\s\S]*models\.c/)
  })

  it('refuses a date not written YYYY-MM-DD, and a file without models', () => {
    const message = errorOf(() => parse({ date: '24/12/2026', models: {} }))
    expect(message).toMatch(/expected a date written YYYY-MM-DD[\s\S]*at date/)
    expect(message).toMatch(/expected at least one model[\s\S]*at models/)
  })

  it('refuses a price for <synthetic>', () => {
    const message = errorOf(() =>
      parse({ date: '2026-12-24', models: { '<synthetic>': { input: 1, output: 1 } } }),
    )
    expect(message).toContain('<synthetic> is written by Claude Code itself and is never priced')
  })

  it('refuses a file that is not JSON, naming it', () => {
    const message = errorOf(() => parsePricingFile('{"date": ', 'config/prices.json'))
    expect(message).toMatch(/^The pricing file "config\/prices\.json" is not valid JSON: /)
  })
})

describe('loadPricingFile', () => {
  let workspace: string
  let elsewhere: string
  const valid = JSON.stringify({ date: '2026-12-24', models: { m: { input: 1, output: 2 } } })

  beforeAll(async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'pricing-file-'))
    workspace = path.join(root, 'workspace')
    elsewhere = path.join(root, 'elsewhere')
    await mkdir(path.join(workspace, 'config'), { recursive: true })
    await mkdir(elsewhere)
    await writeFile(path.join(workspace, 'config', 'prices.json'), valid)
    await writeFile(path.join(elsewhere, 'prices.json'), valid)
    await symlink(path.join(elsewhere, 'prices.json'), path.join(workspace, 'linked.json'))
  })

  it('reads a file inside the workspace, shown by its path there', async () => {
    const table = await loadPricingFile(workspace, 'config/prices.json')
    expect(table.source).toBe('config/prices.json')
    expect(priceOf('m', table)?.output).toBe(2)
  })

  it('refuses a path outside the workspace, and a link that leads out of it', async () => {
    await expect(loadPricingFile(workspace, '../elsewhere/prices.json')).rejects.toThrow(
      /outside the workspace/,
    )
    await expect(loadPricingFile(workspace, path.join(elsewhere, 'prices.json'))).rejects.toThrow(
      /outside the workspace/,
    )
    await expect(loadPricingFile(workspace, 'linked.json')).rejects.toThrow(/outside the workspace/)
  })

  it('names a file that does not exist', async () => {
    await expect(loadPricingFile(workspace, 'config/missing.json')).rejects.toThrow(
      'The pricing file "config/missing.json" could not be read: ENOENT.',
    )
  })
})
