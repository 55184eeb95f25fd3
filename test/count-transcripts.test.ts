/**
 * The agreement check's own counter, on hand-written lines: it is the reference the action and
 * ccusage are held to, so its two rules are pinned here.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  eachPairOnce,
  eachResponseOnce,
  sumTokens,
  totalsBy,
  unitOf,
  usageLines,
  type UsageLine,
} from '../scripts/count-transcripts.ts'

/** An assistant line of response `id`, with `output` output tokens and 100 cache reads. */
function assistant(
  id: string,
  output: number,
  extra: { requestId?: string; isSidechain?: boolean; sessionId?: string } = {},
): string {
  return JSON.stringify({
    type: 'assistant',
    sessionId: extra.sessionId ?? 's1',
    isSidechain: extra.isSidechain ?? false,
    ...(extra.requestId !== undefined && { requestId: extra.requestId }),
    message: {
      id,
      model: 'claude-opus-4-6',
      usage: {
        input_tokens: 3,
        output_tokens: output,
        cache_creation_input_tokens: 10,
        cache_read_input_tokens: 100,
        cache_creation: { ephemeral_5m_input_tokens: 4, ephemeral_1h_input_tokens: 6 },
      },
    },
  })
}

let projects: string
let lines: UsageLine[]

beforeAll(async () => {
  projects = await mkdtemp(path.join(tmpdir(), 'count-transcripts-'))
  await mkdir(path.join(projects, 'p', 's1', 'subagents'), { recursive: true })
  await writeFile(
    path.join(projects, 'p', 's1.jsonl'),
    [
      // One response streamed over three lines: the last has the full output.
      assistant('msg_a', 1, { requestId: 'req_a' }),
      assistant('msg_a', 2, { requestId: 'req_a' }),
      assistant('msg_a', 50, { requestId: 'req_a' }),
      'not JSON {',
      JSON.stringify({ type: 'user', message: { content: 'hi' } }),
      assistant('msg_b', 20, { requestId: 'req_b' }),
      // A resume copies both responses without requestId.
      assistant('msg_a', 50),
      assistant('msg_b', 20),
      '',
    ].join('\n'),
  )
  await writeFile(
    path.join(projects, 'p', 's1', 'subagents', 'agent-x.jsonl'),
    [
      // A sidechain replay of msg_b under a new requestId, and the agent's own response.
      assistant('msg_b', 20, { requestId: 'req_replay', isSidechain: true }),
      assistant('msg_c', 7, { requestId: 'req_c', isSidechain: true }),
    ].join('\n'),
  )
  lines = ['p/s1.jsonl', 'p/s1/subagents/agent-x.jsonl'].flatMap((file) =>
    usageLines(projects, file),
  )
})

afterAll(() => rm(projects, { recursive: true, force: true }))

describe('the independent count', () => {
  it('reads every assistant line with usage, and steps over lines that are not JSON', () => {
    expect(lines).toHaveLength(8)
    expect(lines[0]).toMatchObject({ line: 1, messageId: 'msg_a', requestId: 'req_a' })
    expect(lines[3]).toMatchObject({ line: 6, messageId: 'msg_b' })
    expect(lines[4]).toMatchObject({ requestId: null, cacheWrite1h: 6 })
  })

  it("names ccusage's session: the file, or the parent for a subagents folder", () => {
    expect(unitOf('p/s1.jsonl')).toBe('s1')
    expect(unitOf('p/s1/subagents/agent-x.jsonl')).toBe('s1')
    expect(unitOf('p/agent-y.jsonl')).toBe('agent-y')
  })

  it('counts each message.id once, its most complete line, a main line over a sidechain copy', () => {
    const once = eachResponseOnce(lines)
    expect(once.map((line) => [line.messageId, line.tokens.output, line.sidechain])).toEqual([
      ['msg_a', 50, false],
      ['msg_b', 20, false],
      ['msg_c', 7, true],
    ])
    expect(sumTokens(totalsBy(once, (line) => line.sessionId).values())).toEqual({
      input: 9,
      output: 77,
      cacheCreation: 30,
      cacheRead: 300,
    })
  })

  it('counts as ccusage does: each (message.id, requestId) once, so copies count again', () => {
    const pairs = eachPairOnce(lines)
    // msg_a/req_a, msg_b/req_b, msg_a and msg_b without requestId, msg_b/req_replay, msg_c.
    expect(pairs).toHaveLength(6)
    expect(sumTokens(pairs.map((line) => line.tokens))).toEqual({
      input: 18,
      output: 50 + 20 + 50 + 20 + 20 + 7,
      cacheCreation: 60,
      cacheRead: 600,
    })
  })
})
