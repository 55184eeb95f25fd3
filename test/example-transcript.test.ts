/**
 * The Claude Code session in examples/ shows what the report makes of a transcript (the README
 * points at it, and docs/example-report.md renders it). This keeps it the example it claims to be,
 * counted plainly and apart from the action's own code: a subagent in its own folder with its
 * meta.json, two models, tool errors, responses written over several lines.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { expect, test } from 'vitest'
import { ROOT } from '../scripts/run-action.ts'

const PROJECT = path.join(
  ROOT,
  'examples',
  '.claude',
  'projects',
  '-home-dev-projects-invoice-service',
)
const SESSION = '7c1e9a52-3b84-4d0f-a6e2-5f9d0c8b2a17'
const AGENT = 'a3f9c2e1b7d40568'

/** List prices in dollars per million tokens: input, output, 5-minute and 1-hour writes, reads. */
const PRICES: Record<string, readonly number[]> = {
  'claude-opus-4-5-20251101': [5, 25, 6.25, 10, 0.5],
  'claude-haiku-4-5-20251001': [1, 5, 1.25, 2, 0.1],
}

interface Line {
  type: string
  isSidechain?: boolean
  sessionId?: string
  agentId?: string
  message?: {
    id?: string
    model?: string
    content: string | { type: string; id?: string; name?: string; is_error?: boolean }[]
    usage?: Record<string, number> & {
      cache_creation?: { ephemeral_5m_input_tokens: number; ephemeral_1h_input_tokens: number }
    }
  }
}

async function lines(file: string): Promise<Line[]> {
  const text = await readFile(file, 'utf8')
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Line)
}

test('the example transcript is a session with a subagent, two models and tool errors', async () => {
  const main = await lines(path.join(PROJECT, `${SESSION}.jsonl`))
  const folder = path.join(PROJECT, SESSION, 'subagents')
  expect((await readdir(folder)).sort()).toEqual([
    `agent-${AGENT}.jsonl`,
    `agent-${AGENT}.meta.json`,
  ])
  expect(JSON.parse(await readFile(path.join(folder, `agent-${AGENT}.meta.json`), 'utf8'))).toEqual(
    {
      agentType: 'Explore',
      description: 'Find where VAT is computed',
    },
  )
  const agent = await lines(path.join(folder, `agent-${AGENT}.jsonl`))
  expect(
    new Set(agent.map((line) => [line.sessionId, line.agentId, line.isSidechain].join())),
  ).toEqual(new Set([`${SESSION},${AGENT},true`]))

  const all = [...main, ...agent]
  const assistantLines = all.filter((line) => line.type === 'assistant')
  // The most complete line of each response: the one with the largest token total.
  const responses = new Map<string, NonNullable<Line['message']>>()
  const total = (usage: Record<string, unknown> = {}) =>
    ['input_tokens', 'output_tokens', 'cache_creation_input_tokens', 'cache_read_input_tokens']
      .map((key) => Number(usage[key] ?? 0))
      .reduce((sum, n) => sum + n, 0)
  for (const { message } of assistantLines) {
    const seen = responses.get(message!.id!)
    if (seen === undefined || total(message!.usage) > total(seen.usage))
      responses.set(message!.id!, message!)
  }
  expect(assistantLines.length).toBeGreaterThan(responses.size)

  const byModel = new Map<string, number[]>()
  for (const { model, usage } of responses.values()) {
    const sums = byModel.get(model!) ?? [0, 0, 0, 0, 0, 0]
    const parts = [
      usage!.input_tokens!,
      usage!.output_tokens!,
      usage!.cache_creation!.ephemeral_5m_input_tokens,
      usage!.cache_creation!.ephemeral_1h_input_tokens,
      usage!.cache_read_input_tokens!,
      1,
    ]
    byModel.set(
      model!,
      sums.map((sum, index) => sum + parts[index]!),
    )
  }
  expect(Object.fromEntries(byModel)).toEqual({
    'claude-opus-4-5-20251101': [14, 2_022, 11_250, 18_940, 346_778, 10],
    'claude-haiku-4-5-20251001': [28, 397, 12_818, 0, 32_166, 4],
  })
  const cost = [...byModel].reduce(
    (sum, [model, tokens]) =>
      sum +
      PRICES[model]!.reduce((dollars, price, index) => dollars + (price * tokens[index]!) / 1e6, 0),
    0,
  )
  expect(cost.toFixed(4)).toBe('0.5050')

  const blocks = all.flatMap((line) =>
    typeof line.message?.content === 'string' ? [] : (line.message?.content ?? []),
  )
  const toolUses = new Map(
    blocks.filter((block) => block.type === 'tool_use').map((block) => [block.id, block.name]),
  )
  expect(toolUses.size).toBe(11)
  expect(blocks.filter((block) => block.type === 'tool_result' && block.is_error)).toHaveLength(2)
  const prompts = main.filter(
    (line) => line.type === 'user' && typeof line.message?.content === 'string',
  )
  expect(prompts).toHaveLength(2)
})
