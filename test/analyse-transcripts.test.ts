/**
 * The analysis of Claude Code transcripts and execution files: each API response counted once
 * across files, sessions with their subagents, tool errors, tokens and cost.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { analyse } from '../src/analyse.js'
import type { ExecutionRun, ResponseRecord } from '../src/model.js'
import { costOf, type PriceTable } from '../src/pricing.js'
import { createRedactor, REDACTED, redactOutcomes } from '../src/redact.js'
import {
  kinds,
  readFile,
  response,
  tokens,
  transcriptFile,
  type ResponseOverrides,
} from './support/outcomes.js'

/*
 * Prices are another module's concern: here a stand-in prices a response at list price, doubled
 * when the request's input passes 200,000 tokens (as long context is), so that summing cost per
 * response can be told from pricing a model's totals.
 */
const { listCost } = vi.hoisted(() => ({
  listCost: (response: ResponseRecord, table: PriceTable): number | null => {
    const price = table.models.get(response.model)
    if (price === undefined) return null
    const t = response.tokens
    const input = t.input + t.cacheWrite5m + t.cacheWrite1h + t.cacheRead
    const dollars =
      (t.input * price.input +
        t.output * price.output +
        t.cacheWrite5m * price.cacheWrite5m +
        t.cacheWrite1h * price.cacheWrite1h +
        t.cacheRead * price.cacheRead) /
      1e6
    return input > 200_000 ? dollars * 2 : dollars
  },
}))
vi.mock('../src/pricing.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../src/pricing.js')>()),
  costOf: vi.fn(listCost),
}))

const prices: PriceTable = {
  date: '2026-11-30',
  source: 'prices.json',
  models: new Map([
    [
      'claude-sonnet-4-5',
      { input: 3, output: 15, cacheWrite5m: 3.75, cacheWrite1h: 6, cacheRead: 0.3 },
    ],
    [
      'claude-opus-4-5',
      { input: 5, output: 25, cacheWrite5m: 6.25, cacheWrite1h: 10, cacheRead: 0.5 },
    ],
  ]),
}

const cost = (id: string, overrides: ResponseOverrides = {}) =>
  listCost(response(id, overrides), prices)!
const MINUTE = 60_000
const SESSION = '5c0ffee0-aaaa-4bbb-8ccc-000000000001'
const main = (path: string, responses: ResponseRecord[], rest = {}) =>
  transcriptFile(path, { sessionId: SESSION, facts: { responses }, ...rest })
const agentFile = (path: string, agentId: string, responses: ResponseRecord[], rest = {}) =>
  transcriptFile(path, {
    sessionId: SESSION,
    facts: {
      responses,
      agent: { agentId, type: 'Explore', description: 'Find the invoice totals' },
    },
    ...rest,
  })

beforeEach(() => {
  vi.mocked(costOf).mockClear()
})

describe('each API response counted once', () => {
  it('keeps the main-chain copy over a subagent file’s replay, and counts it in the main file', () => {
    const analysis = analyse(
      [
        main('p/s.jsonl', [response('msg_a', { tokens: { input: 100, output: 50 } })]),
        agentFile('p/s/subagents/agent-1.jsonl', '1', [
          // The replay even claims more tokens: the main chain's copy is still the one counted.
          response('msg_a', { sidechain: true, tokens: { input: 100, output: 60 } }),
          response('msg_b', { sidechain: true, tokens: { input: 10, output: 5 } }),
        ]),
      ],
      prices,
    )
    expect(analysis.usage!.tokens).toEqual(tokens({ input: 110, output: 55 }))
    expect(analysis.usage!.models).toEqual([
      expect.objectContaining({ model: 'claude-sonnet-4-5', responses: 2 }),
    ])
    expect(analysis.totals.responses).toBe(2)
    const [session] = analysis.sessions
    expect(session!.usage!.tokens).toEqual(tokens({ input: 110, output: 55 }))
    expect(session!.agents).toEqual([
      expect.objectContaining({ agentId: '1', responses: 1, usage: expect.anything() }),
    ])
    expect(session!.agents[0]!.usage.tokens).toEqual(tokens({ input: 10, output: 5 }))
  })

  it('keeps the copy with the larger token total across files (streaming lines, resumed sessions)', () => {
    const analysis = analyse(
      [
        transcriptFile('p/resumed.jsonl', {
          sessionId: 'resumed',
          firstActivity: '2026-03-03T10:00:00.000Z',
          lastActivity: '2026-03-03T10:05:00.000Z',
          facts: { responses: [response('msg_c', { tokens: { input: 3, output: 1 } })] },
        }),
        transcriptFile('p/original.jsonl', {
          sessionId: 'original',
          facts: { responses: [response('msg_c', { tokens: { input: 3, output: 250 } })] },
        }),
      ],
      prices,
    )
    expect(analysis.usage!.tokens).toEqual(tokens({ input: 3, output: 250 }))
    const byId = new Map(analysis.sessions.map((session) => [session.sessionId, session]))
    expect(byId.get('original')!.usage!.tokens).toEqual(tokens({ input: 3, output: 250 }))
    expect(byId.get('original')!.responses).toBe(1)
    expect(byId.get('resumed')!.usage).toEqual({
      models: [],
      tokens: tokens(),
      costUsd: 0,
      unpricedModels: [],
    })
    expect(byId.get('resumed')!.responses).toBe(0)
    // Priced once, not once per copy.
    expect(costOf).toHaveBeenCalledTimes(1)
    expect(analysis.usage!.costUsd).toBeCloseTo(
      cost('msg_c', { tokens: { input: 3, output: 250 } }),
      12,
    )
  })

  it('counts copies equal in all else in the file that started first, whatever the read order', () => {
    const same = { tokens: { input: 40, output: 40 } }
    const outcomes = [
      transcriptFile('a/later.jsonl', {
        sessionId: 'later',
        firstActivity: '2026-03-05T08:00:00.000Z',
        lastActivity: '2026-03-05T08:01:00.000Z',
        facts: { responses: [response('msg_d', same)] },
      }),
      transcriptFile('z/earlier.jsonl', {
        sessionId: 'earlier',
        facts: { responses: [response('msg_d', same)] },
      }),
    ]
    const analysis = analyse(outcomes, prices)
    expect(analysis.sessions.map((session) => [session.sessionId, session.responses])).toEqual([
      ['later', 0],
      ['earlier', 1],
    ])
    expect(analyse(outcomes.toReversed(), prices)).toEqual(analysis)
  })

  it('counts the tool uses of a replayed response once, in the file where it is kept', () => {
    const toolUses = ['Read', 'Bash']
    const analysis = analyse([
      main('p/s.jsonl', [response('msg_a', { toolUses })]),
      agentFile('p/s/subagents/agent-1.jsonl', '1', [
        response('msg_a', { toolUses, sidechain: true }),
        response('msg_b', { toolUses: ['Read'], sidechain: true }),
      ]),
    ])
    expect(analysis.totals.toolCalls).toBe(3)
    expect(analysis.totals.kinds.tool_call).toBe(3)
    expect(analysis.tools.map(({ tool, calls, files }) => [tool, calls, files])).toEqual([
      ['Read', 2, 2],
      ['Bash', 1, 1],
    ])
    const agentSummary = analysis.files.find((file) => file.path.includes('agent-1'))!
    expect(agentSummary.kinds).toMatchObject({ assistant_summary: 1, tool_call: 1 })
    expect(agentSummary.tools).toEqual([{ tool: 'Read', calls: 1 }])
    expect(analysis.sessions[0]!.toolCalls).toBe(3)
    expect(analysis.sessions[0]!.agents[0]!.toolCalls).toBe(1)
  })
})

describe('cost', () => {
  it('adds up each response’s own cost, so a per-request premium applies per request', () => {
    const big = { tokens: { input: 150_000, output: 1_000 } }
    const analysis = analyse(
      [main('p/s.jsonl', [response('msg_1', big), response('msg_2', big)])],
      prices,
    )
    // Priced on the model's totals (300,000 input tokens), both would pay the premium.
    expect(analysis.usage!.costUsd).toBeCloseTo(2 * cost('msg_1', big), 12)
    expect(analysis.usage!.models[0]!.costUsd).toBeCloseTo(2 * cost('msg_1', big), 12)
    expect(analysis.sessions[0]!.usage!.costUsd).toBeCloseTo(2 * cost('msg_1', big), 12)
  })

  it('lists a model without a price with its tokens, last, never counted as $0', () => {
    const analysis = analyse(
      [
        main('p/s.jsonl', [
          response('msg_1', { model: 'claude-mystery-9', tokens: { input: 7, output: 70 } }),
          response('msg_2', { model: 'claude-opus-4-5', tokens: { input: 10, output: 20 } }),
          response('msg_3', { tokens: { input: 1_000, output: 2_000 } }),
        ]),
      ],
      prices,
    )
    const usage = analysis.usage!
    expect(usage.models.map((model) => [model.model, model.costUsd === null])).toEqual([
      ['claude-sonnet-4-5', false],
      ['claude-opus-4-5', false],
      ['claude-mystery-9', true],
    ])
    expect(usage.models[2]).toEqual({
      model: 'claude-mystery-9',
      responses: 1,
      tokens: tokens({ input: 7, output: 70 }),
      costUsd: null,
    })
    expect(usage.unpricedModels).toEqual(['claude-mystery-9'])
    expect(usage.tokens).toEqual(tokens({ input: 1_017, output: 2_090 }))
    expect(usage.costUsd).toBeCloseTo(
      cost('msg_2', { model: 'claude-opus-4-5', tokens: { input: 10, output: 20 } }) +
        cost('msg_3', { tokens: { input: 1_000, output: 2_000 } }),
      12,
    )
  })

  it('neither lists nor prices the <synthetic> responses Claude Code makes for API errors', () => {
    const analysis = analyse(
      [
        main('p/s.jsonl', [
          response('msg_1', { tokens: { input: 5, output: 5 } }),
          response('msg_2', { model: '<synthetic>' }),
        ]),
      ],
      prices,
    )
    expect(analysis.usage!.models.map((model) => model.model)).toEqual(['claude-sonnet-4-5'])
    expect(analysis.usage!.unpricedModels).toEqual([])
    expect(costOf).toHaveBeenCalledTimes(1)
  })

  it('reports the price table’s date and source', () => {
    expect(analyse([], prices).pricing).toEqual({ date: '2026-11-30', source: 'prices.json' })
  })
})

describe('execution files', () => {
  const run: ExecutionRun = {
    costUsd: 0.4321,
    models: [
      {
        model: 'claude-sonnet-4-5',
        tokens: tokens({ input: 500, output: 900, cacheWrite5m: 20, cacheRead: 3_000 }),
        costUsd: 0.4,
      },
      {
        model: 'claude-haiku-4-5',
        tokens: tokens({ input: 50, output: 90 }),
        costUsd: 0.0321,
      },
    ],
    numTurns: 4,
    durationMs: 95_000,
    durationApiMs: 80_000,
    isError: true,
    subtype: 'error_max_turns',
  }
  const execution = transcriptFile('claude-execution-output.json', {
    sessionId: 'run-1',
    start: null,
    end: null,
    firstActivity: null,
    lastActivity: null,
    facts: {
      run,
      responses: [
        response('msg_r1', { tokens: { input: 1, output: 1 } }),
        response('msg_r2', { tokens: { input: 1, output: 1 }, toolUses: ['Bash'] }),
        response('msg_r3', { model: 'claude-haiku-4-5', tokens: { input: 1, output: 1 } }),
      ],
    },
  })

  it('takes the run’s own cost and tokens as they are, never recomputed', () => {
    const analysis = analyse([execution], prices)
    const usage = analysis.usage!
    expect(usage.costUsd).toBe(0.4321)
    expect(usage.tokens).toEqual(
      tokens({ input: 550, output: 990, cacheWrite5m: 20, cacheRead: 3_000 }),
    )
    expect(usage.models).toEqual([
      { model: 'claude-sonnet-4-5', responses: 2, tokens: run.models[0]!.tokens, costUsd: 0.4 },
      { model: 'claude-haiku-4-5', responses: 1, tokens: run.models[1]!.tokens, costUsd: 0.0321 },
    ])
    expect(costOf).not.toHaveBeenCalled()
    expect(analysis.totals.toolCalls).toBe(1)
  })

  it('counts a transcript’s copy of the run’s responses no more', () => {
    const copy = transcriptFile('p/run-1.jsonl', {
      sessionId: 'run-1',
      facts: { responses: [response('msg_r1', { tokens: { input: 1, output: 99 } })] },
    })
    const analysis = analyse([copy, execution], prices)
    expect(analysis.usage!.costUsd).toBe(0.4321)
    expect(analysis.usage!.tokens.output).toBe(990)
    expect(analysis.sessions[0]!.responses).toBe(3)
  })

  it('says whether the run ended in error, and how long it ran when no line has a time', () => {
    const [session] = analyse([execution], prices).sessions
    expect(session).toMatchObject({
      sessionId: 'run-1',
      format: 'execution-file',
      runError: true,
      activeMs: 95_000,
      durationMs: 95_000,
    })
  })

  it('prices the responses of a run cut short, which has no totals', () => {
    const cut = transcriptFile('claude-execution-output.json', {
      facts: {
        run: { ...run, costUsd: null, models: [], isError: true, subtype: null },
        responses: [response('msg_r1', { tokens: { input: 10, output: 10 } })],
      },
    })
    expect(analyse([cut], prices).usage!.costUsd).toBeCloseTo(
      cost('msg_r1', { tokens: { input: 10, output: 10 } }),
      12,
    )
  })
})

describe('sessions', () => {
  const parent = transcriptFile('p/s.jsonl', {
    sessionId: SESSION,
    prompts: 2,
    firstActivity: '2026-03-02T09:00:00.000Z',
    lastActivity: '2026-03-02T09:30:00.000Z',
    toolErrors: { Bash: 2 },
    facts: {
      responses: [
        response('msg_1', { tokens: { input: 10, output: 100 }, toolUses: ['Task', 'Bash'] }),
        response('msg_2', { model: 'claude-opus-4-5', tokens: { input: 20, output: 200 } }),
      ],
      subagentsStarted: 1,
      compactions: 1,
      apiErrors: 2,
      activeMs: 12 * MINUTE,
      versions: ['2.1.3'],
      branches: ['main', 'fix/totals'],
    },
  })
  const agent = transcriptFile('p/s/subagents/agent-a1.jsonl', {
    sessionId: SESSION,
    firstActivity: '2026-03-02T09:05:00.000Z',
    lastActivity: '2026-03-02T09:40:00.000Z',
    toolErrors: { Edit: 1 },
    facts: {
      agent: { agentId: 'a1', type: 'Explore', description: 'Find the invoice totals' },
      responses: [
        response('msg_3', {
          sidechain: true,
          tokens: { input: 3, output: 30 },
          toolUses: ['Edit'],
        }),
      ],
      versions: ['2.1.3', '2.1.4'],
      branches: ['fix/totals'],
    },
  })
  const older = transcriptFile('p/older.jsonl', {
    sessionId: 'older',
    firstActivity: '2026-03-01T09:00:00.000Z',
    lastActivity: '2026-03-01T09:01:00.000Z',
  })
  const analysis = analyse([agent, older, parent], prices)

  it('folds a subagent’s file into its parent session, newest session first', () => {
    expect(analysis.totals.sessions).toBe(2)
    expect(analysis.sessions.map((session) => [session.sessionId, session.paths])).toEqual([
      [SESSION, ['p/s.jsonl', 'p/s/subagents/agent-a1.jsonl']],
      ['older', ['p/older.jsonl']],
    ])
  })

  it('lists the subagent with its own responses, tool uses and usage', () => {
    const [session] = analysis.sessions
    expect(session!.agents).toEqual([
      {
        agentId: 'a1',
        type: 'Explore',
        description: 'Find the invoice totals',
        path: 'p/s/subagents/agent-a1.jsonl',
        responses: 1,
        toolCalls: 1,
        usage: {
          models: [
            {
              model: 'claude-sonnet-4-5',
              responses: 1,
              tokens: tokens({ input: 3, output: 30 }),
              costUsd: cost('msg_3', { tokens: { input: 3, output: 30 } }),
            },
          ],
          tokens: tokens({ input: 3, output: 30 }),
          costUsd: cost('msg_3', { tokens: { input: 3, output: 30 } }),
          unpricedModels: [],
        },
      },
    ])
    expect(session!.subagents).toBe(1)
    expect(analysis.totals.subagents).toBe(1)
  })

  it('includes the subagents’ usage in the session’s, by model', () => {
    const usage = analysis.sessions[0]!.usage!
    expect(usage.tokens).toEqual(tokens({ input: 33, output: 330 }))
    expect(usage.models.map((model) => [model.model, model.responses])).toEqual([
      ['claude-opus-4-5', 1],
      ['claude-sonnet-4-5', 2],
    ])
  })

  it('lasts from its first to its last activity in any of its files; active time from turn durations', () => {
    expect(analysis.sessions[0]).toMatchObject({
      firstActivity: '2026-03-02T09:00:00.000Z',
      lastActivity: '2026-03-02T09:40:00.000Z',
      durationMs: 40 * MINUTE,
      activeMs: 12 * MINUTE,
    })
    expect(analysis.sessions[1]).toMatchObject({ durationMs: MINUTE, activeMs: null })
    expect(analysis.totals.sessionTimeMs).toBe(41 * MINUTE)
  })

  it('counts tool errors by tool, in the session and overall', () => {
    const [session] = analysis.sessions
    expect(session!.toolErrors).toBe(3)
    expect(session!.tools).toEqual([
      { tool: 'Bash', calls: 1, errors: 2 },
      { tool: 'Edit', calls: 1, errors: 1 },
      { tool: 'Task', calls: 1, errors: 0 },
    ])
    expect(analysis.totals.toolErrors).toBe(3)
    expect(analysis.tools.map(({ tool, calls, errors }) => [tool, calls, errors])).toEqual([
      ['Bash', 1, 2],
      ['Edit', 1, 1],
      ['Task', 1, 0],
    ])
  })

  it('gathers prompts, responses, compactions, API errors, versions and branches', () => {
    expect(analysis.sessions[0]).toMatchObject({
      format: 'claude-code',
      prompts: 2,
      responses: 3,
      toolCalls: 3,
      compactions: 1,
      apiErrors: 2,
      versions: ['2.1.3', '2.1.4'],
      branches: ['main', 'fix/totals'],
      runError: null,
    })
    expect(analysis.totals).toMatchObject({ prompts: 2, responses: 3, toolCalls: 3 })
  })
})

describe('session-recorder logs', () => {
  const recorder = readFile('.claude/session_logs/session_2026-03-02.json', {
    sessionId: 'rec',
    kinds: kinds({ user_message: 2, tool_call: 3, tool_result: 3, assistant_summary: 1 }),
    toolCalls: { Read: 3 },
  })

  it('alone have no usage at all, and sessions without usage', () => {
    const analysis = analyse([recorder], prices)
    expect(analysis.usage).toBeNull()
    expect(analysis.sessions).toEqual([
      {
        sessionId: 'rec',
        format: 'session-recorder',
        paths: ['.claude/session_logs/session_2026-03-02.json'],
        firstActivity: '2026-03-02T09:00:00.000Z',
        lastActivity: '2026-03-02T09:10:00.000Z',
        durationMs: 10 * MINUTE,
        activeMs: null,
        prompts: 2,
        responses: 1,
        toolCalls: 3,
        toolErrors: 0,
        tools: [{ tool: 'Read', calls: 3, errors: 0 }],
        agents: [],
        subagents: 0,
        usage: null,
        compactions: 0,
        apiErrors: 0,
        versions: [],
        branches: [],
        runError: null,
      },
    ])
    expect(analysis.totals).toMatchObject({ prompts: 2, responses: 1, toolCalls: 3 })
  })

  it('beside a transcript keep a session without usage, while the run has usage', () => {
    const analysis = analyse(
      [recorder, main('p/s.jsonl', [response('msg_1', { tokens: { input: 1 } })])],
      prices,
    )
    expect(analysis.usage!.tokens.input).toBe(1)
    expect(analysis.sessions.find((session) => session.sessionId === 'rec')!.usage).toBeNull()
  })
})

describe('redaction of what transcripts add', () => {
  const secret = (label: string) => `${label} token=${'s3cr3t'}${label.length}`
  const outcomes = [
    transcriptFile('p/s.jsonl', {
      sessionId: secret('session'),
      toolErrors: { [secret('tool')]: 1 },
      facts: {
        responses: [
          response('msg_1', { model: secret('m'), tokens: { input: 1 } }),
          response('msg_2', { model: `${secret('m')}x`, tokens: { input: 2 } }),
          response('msg_3', { toolUses: [secret('tool')] }),
        ],
        versions: [secret('version')],
        branches: [secret('branch'), `${secret('branch')}y`],
      },
    }),
    transcriptFile('p/s/subagents/agent-1.jsonl', {
      sessionId: secret('session'),
      facts: {
        agent: {
          agentId: secret('agent'),
          type: secret('type'),
          description: `Look for ${secret('description')}`,
        },
        responses: [response('msg_4', { model: secret('m'), tokens: { output: 4 } })],
      },
    }),
  ]
  const analysis = analyse(outcomes, prices)
  const redacted = analyse(redactOutcomes(outcomes, createRedactor([])), prices)

  it('leaves no secret in session ids, models, versions, branches or agents', () => {
    expect(JSON.stringify(redacted)).not.toContain('s3cr3t')
    const [session] = redacted.sessions
    expect(session!.sessionId).toBe(`session token=${REDACTED}`)
    expect(session!.versions).toEqual([`version token=${REDACTED}`])
    expect(session!.agents[0]).toMatchObject({
      agentId: `agent token=${REDACTED}`,
      type: `type token=${REDACTED}`,
      description: `Look for description token=${REDACTED}`,
    })
    expect(session!.tools).toEqual([{ tool: `tool token=${REDACTED}`, calls: 1, errors: 1 }])
  })

  it('merges what redacts alike, so that tokens and lists still add up', () => {
    const [session] = redacted.sessions
    expect(session!.branches).toEqual([`branch token=${REDACTED}`])
    const model = `m token=${REDACTED}`
    expect(redacted.usage!.models).toEqual([
      expect.objectContaining({ model: 'claude-sonnet-4-5', responses: 1 }),
      expect.objectContaining({ model, responses: 3, tokens: tokens({ input: 3, output: 4 }) }),
    ])
    expect(redacted.usage!.unpricedModels).toEqual([model])
    expect(redacted.usage!.tokens).toEqual(analysis.usage!.tokens)
    expect(session!.agents[0]!.usage.models.map(({ model: name }) => name)).toEqual([model])
  })
  it('redacts each distinct model and tool name once, however many responses repeat it', () => {
    const seen: string[] = []
    const counting = (text: string) => (seen.push(text), text.toUpperCase())
    const many = Array.from({ length: 50 }, (_, k) =>
      response(`msg_${k}`, { model: k % 2 ? 'opus' : 'sonnet', toolUses: ['Read', 'Bash'] }),
    )
    const [file] = redactOutcomes(
      [transcriptFile('p/many.jsonl', { facts: { responses: many } })],
      counting,
    )
    if (!file?.ok) throw new Error('expected a read file')
    const responses = file.digest.transcript!.responses
    expect(responses.map((r) => r.model)).toEqual(many.map((r) => r.model.toUpperCase()))
    expect(responses[49]!.toolUses).toEqual(['READ', 'BASH'])
    for (const name of ['opus', 'sonnet', 'Read', 'Bash'])
      expect(seen.filter((text) => text === name)).toHaveLength(1)
  })
  it('redacts a secret in any of a response’s tool names, and keeps a response without one', () => {
    const plain = response('msg_1', { toolUses: ['Read', 'Bash'] })
    const named = response('msg_2', { toolUses: ['Read', 'Bash', `mcp token=${'t0k'}`] })
    const [file] = redactOutcomes(
      [transcriptFile('p/s.jsonl', { facts: { responses: [plain, named] } })],
      createRedactor([]),
    )
    if (!file?.ok) throw new Error('expected a read file')
    const [first, second] = file.digest.transcript!.responses
    expect(first).toBe(plain)
    expect(second).toEqual({ ...named, toolUses: ['Read', 'Bash', `mcp token=${REDACTED}`] })
  })
})
