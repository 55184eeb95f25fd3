import { readFile, realpath } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { isInside } from './find.js'
import { quoted } from './log-text.js'
import { BUILT_IN_PRICES, SYNTHETIC_MODEL, type ModelPrice, type PriceTable } from './pricing.js'

/** US dollars per million tokens: a finite number, zero or more. */
const dollars = z.number().finite().nonnegative()
const day = z.iso.date({ message: 'expected a date written YYYY-MM-DD' })
const multiplier = z.number().finite().min(1, { message: 'expected a multiplier of 1 or more' })

/** Token prices; cache prices default to Anthropic's multiples of the input price. */
const TokenPricesSchema = z.strictObject({
  input: dollars,
  output: dollars,
  cacheWrite5m: dollars.optional(),
  cacheWrite1h: dollars.optional(),
  cacheRead: dollars.optional(),
})

const ModelPriceSchema = TokenPricesSchema.extend({
  since: day.optional(),
  longContext: TokenPricesSchema.extend({
    aboveTokens: z.number().int().positive(),
  }).optional(),
  fastMultiplier: multiplier.optional(),
  usOnlyMultiplier: multiplier.optional(),
  webSearch: dollars.optional(),
})

/** The pricing file, as docs/pricing-file.md describes it. */
export const PricingFileSchema = z.strictObject({
  date: day,
  models: z.record(z.string().min(1), ModelPriceSchema).superRefine((models, context) => {
    if (Object.keys(models).length === 0)
      context.addIssue({ code: 'custom', message: 'expected at least one model' })
    if (SYNTHETIC_MODEL in models)
      context.addIssue({
        code: 'custom',
        path: [SYNTHETIC_MODEL],
        message: `${SYNTHETIC_MODEL} is written by Claude Code itself and is never priced`,
      })
  }),
})

type TokenPricesInput = z.infer<typeof TokenPricesSchema>

/** Fills in the cache prices a file leaves out: 1.25×, 2× and 0.1× the input price. */
function withCachePrices<T extends TokenPricesInput>(prices: T) {
  return {
    ...prices,
    cacheWrite5m: prices.cacheWrite5m ?? prices.input * 1.25,
    cacheWrite1h: prices.cacheWrite1h ?? prices.input * 2,
    cacheRead: prices.cacheRead ?? prices.input * 0.1,
  }
}

/**
 * The price table a pricing file gives: the built-in table with the file's models added, or put
 * in place of the built-in entries of the same id. Throws an Error that names the file and each
 * field at fault.
 */
export function parsePricingFile(text: string, source: string): PriceTable {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new Error(
      `The pricing file ${quoted(source)} is not valid JSON: ${(error as Error).message}. See docs/pricing-file.md for its shape.`,
    )
  }
  const parsed = PricingFileSchema.safeParse(json)
  if (!parsed.success)
    throw new Error(
      `The pricing file ${quoted(source)} is not a valid price table (see docs/pricing-file.md):\n${z.prettifyError(parsed.error)}`,
    )
  const models = new Map<string, ModelPrice>(BUILT_IN_PRICES.models)
  for (const [model, { longContext, ...price }] of Object.entries(parsed.data.models)) {
    models.set(model, {
      ...withCachePrices(price),
      ...(longContext && { longContext: withCachePrices(longContext) }),
    })
  }
  return { date: parsed.data.date, source, models }
}

/**
 * Reads the pricing file named by the `pricing-file` input, relative to the workspace. Only a file
 * inside the workspace is read (a link that leads out of it is refused too).
 */
export async function loadPricingFile(workspace: string, file: string): Promise<PriceTable> {
  const absolute = path.resolve(workspace, file)
  const shown = path.relative(workspace, absolute).split(path.sep).join('/')
  const outside = `The pricing file ${quoted(file)} is outside the workspace (${workspace}); only a file inside the workspace is read.`
  if (!isInside(workspace, absolute)) throw new Error(outside)
  let text: string
  try {
    const target = await realpath(absolute)
    if (!isInside(await realpath(workspace), target)) throw new Error(outside)
    text = await readFile(target, 'utf8')
  } catch (error) {
    if (error instanceof Error && error.message === outside) throw error
    throw new Error(
      `The pricing file ${quoted(shown)} could not be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`,
    )
  }
  return parsePricingFile(text, shown)
}
