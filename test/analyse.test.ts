import { describe, expect, it } from 'vitest'
import { analyse } from '../src/analyse.js'
import { BUILT_IN_PRICES } from '../src/pricing.js'
import { kinds, readFile, response, transcriptFile, unreadableFile } from './support/outcomes.js'

const MINUTE = 60_000

describe('analyse: totals', () => {
  const analysis = analyse([
    readFile('logs/session_2026-03-02.json', {
      sessionId: 'aaaa',
      kinds: kinds({ user_message: 2, tool_call: 5, tool_result: 5, assistant_summary: 1 }),
      toolCalls: { Read: 3, Bash: 2 },
    }),
    readFile('logs/session_2026-03-03.json', {
      sessionId: 'bbbb',
      start: '2026-03-03T14:00:00.000Z',
      end: '2026-03-03T14:30:00.000Z',
      kinds: kinds({ user_message: 1, tool_call: 1, tool_result: 1, other: 2 }),
      toolCalls: { Edit: 1 },
    }),
    unreadableFile('logs/session_2026-03-04.json'),
  ])

  it('adds up interactions by kind over the readable files', () => {
    expect(analysis.totals).toMatchObject({
      files: 2,
      unreadableFiles: 1,
      sessions: 2,
      interactions: 18,
      kinds: { user_message: 3, tool_call: 6, tool_result: 6, assistant_summary: 1, other: 2 },
      toolCalls: 6,
      distinctTools: 3,
    })
  })

  it('gives each file its interactions and tools, most called first', () => {
    const [newest, oldest] = analysis.files
    expect(newest).toMatchObject({
      path: 'logs/session_2026-03-03.json',
      interactions: 5,
      tools: [{ tool: 'Edit', calls: 1 }],
      durationMs: 30 * MINUTE,
    })
    expect(oldest).toMatchObject({
      path: 'logs/session_2026-03-02.json',
      interactions: 13,
      tools: [
        { tool: 'Read', calls: 3 },
        { tool: 'Bash', calls: 2 },
      ],
      durationMs: 10 * MINUTE,
    })
  })

  it('lists unreadable files with their reason and position', () => {
    const withPosition = analyse([
      unreadableFile('b.json', 'invalid JSON: x', { line: 3, column: 9 }),
      unreadableFile('a.json', 'is not UTF-8 text'),
    ])
    expect(withPosition.unreadable).toEqual([
      { path: 'a.json', reason: 'is not UTF-8 text' },
      { path: 'b.json', reason: 'invalid JSON: x', position: { line: 3, column: 9 } },
    ])
    expect(withPosition.totals).toMatchObject({
      files: 0,
      unreadableFiles: 2,
      sessions: 0,
      interactions: 0,
      firstActivity: null,
      lastActivity: null,
      busiestDay: null,
      activeDays: 0,
    })
  })

  it('analyses nothing into zeros', () => {
    const empty = analyse([])
    expect(empty).toEqual({
      totals: {
        files: 0,
        unreadableFiles: 0,
        sessions: 0,
        interactions: 0,
        kinds: kinds(),
        toolCalls: 0,
        distinctTools: 0,
        sessionTimeMs: 0,
        activeDays: 0,
        firstActivity: null,
        lastActivity: null,
        busiestDay: null,
        prompts: 0,
        responses: 0,
        toolErrors: 0,
        subagents: 0,
      },
      tools: [],
      files: [],
      unreadable: [],
      sessions: [],
      usage: null,
      pricing: expect.objectContaining({ source: 'built-in' }),
    })
  })
})

describe('analyse: sessions', () => {
  // One session that ran past midnight: the recorder wrote it into two daily files.
  const crossing = [
    readFile('session_2026-03-02.json', {
      sessionId: 'night',
      start: '2026-03-02T23:40:00.000Z',
      end: '2026-03-03T00:25:00.000Z',
      toolCalls: { Bash: 4 },
    }),
    readFile('session_2026-03-03.json', {
      sessionId: 'night',
      start: '2026-03-02T23:40:00.000Z',
      end: '2026-03-03T00:25:00.000Z',
      toolCalls: { Bash: 1 },
    }),
  ]

  it('counts a session written into two files once', () => {
    const { totals } = analyse(crossing)
    expect(totals.files).toBe(2)
    expect(totals.sessions).toBe(1)
  })

  it('counts its time once, the longest span recorded for it', () => {
    const partial = readFile('session_2026-03-02.json.bak', {
      sessionId: 'night',
      start: '2026-03-02T23:40:00.000Z',
      end: '2026-03-02T23:50:00.000Z',
    })
    expect(analyse(crossing).totals.sessionTimeMs).toBe(45 * MINUTE)
    expect(analyse([partial, ...crossing]).totals.sessionTimeMs).toBe(45 * MINUTE)
  })

  it('adds up the time of distinct finalized sessions only', () => {
    const { totals, files } = analyse([
      readFile('a.json', { sessionId: 'a' }),
      readFile('b.json', {
        sessionId: 'b',
        start: '2026-03-03T09:00:00.000Z',
        end: '2026-03-03T10:30:00.000Z',
      }),
      readFile('c.json', { sessionId: 'c', start: '2026-03-04T09:00:00.000Z', end: null }),
      readFile('d.json', { sessionId: 'd', start: null, end: '2026-03-04T09:00:00.000Z' }),
    ])
    expect(totals.sessionTimeMs).toBe(100 * MINUTE)
    expect(files.map((file) => [file.path, file.durationMs])).toEqual([
      ['c.json', null],
      ['b.json', 90 * MINUTE],
      ['a.json', 10 * MINUTE],
      ['d.json', null],
    ])
  })
})

describe('analyse: tools', () => {
  const { tools } = analyse([
    readFile('a.json', { toolCalls: { Read: 6, Bash: 2, Grep: 1 } }),
    readFile('b.json', { toolCalls: { Read: 2, Bash: 6 } }),
    readFile('c.json', { toolCalls: { Edit: 3 } }),
    readFile('d.json', { toolCalls: {} }),
  ])

  it('gives each tool its calls, its share of all calls and the files it is called in', () => {
    expect(tools).toEqual([
      { tool: 'Bash', calls: 8, share: 8 / 20, files: 2, errors: 0 },
      { tool: 'Read', calls: 8, share: 8 / 20, files: 2, errors: 0 },
      { tool: 'Edit', calls: 3, share: 3 / 20, files: 1, errors: 0 },
      { tool: 'Grep', calls: 1, share: 1 / 20, files: 1, errors: 0 },
    ])
  })

  it('has shares that add up to one', () => {
    expect(tools.reduce((sum, tool) => sum + tool.share, 0)).toBeCloseTo(1, 12)
  })

  it('orders ties by name, the same on every machine (upper case before lower case)', () => {
    const tied = analyse([
      readFile('a.json', { toolCalls: { read: 1, Read: 1, Écrire: 1, Bash: 1 } }),
    ])
    expect(tied.tools.map((tool) => tool.tool)).toEqual(['Bash', 'Read', 'read', 'Écrire'])
    expect(tied.files[0]!.tools.map((tool) => tool.tool)).toEqual([
      'Bash',
      'Read',
      'read',
      'Écrire',
    ])
  })

  it('gives no share when there are no calls', () => {
    expect(analyse([readFile('a.json')]).tools).toEqual([])
  })
})

describe('analyse: activity', () => {
  const { totals } = analyse([
    readFile('a.json', {
      firstActivity: '2026-03-02T09:00:00.000Z',
      lastActivity: '2026-03-02T17:00:00.000Z',
      interactionsByDay: new Map([['2026-03-02', 30]]),
    }),
    readFile('b.json', {
      firstActivity: '2026-03-01T22:00:00.000Z',
      lastActivity: '2026-03-03T01:00:00.000Z',
      interactionsByDay: new Map([
        ['2026-03-01', 5],
        ['2026-03-02', 10],
        ['2026-03-03', 41],
      ]),
    }),
    readFile('c.json', { firstActivity: null, lastActivity: null, interactionsByDay: new Map() }),
  ])

  it('counts the days with any interaction', () => {
    expect(totals.activeDays).toBe(3)
  })

  it('finds the first and last activity over every file', () => {
    expect(totals.firstActivity).toBe('2026-03-01T22:00:00.000Z')
    expect(totals.lastActivity).toBe('2026-03-03T01:00:00.000Z')
  })

  it('finds the busiest day across files', () => {
    expect(totals.busiestDay).toEqual({ day: '2026-03-03', interactions: 41 })
  })

  it('picks the earliest of equally busy days', () => {
    const tie = analyse([
      readFile('a.json', { interactionsByDay: new Map([['2026-03-05', 7]]) }),
      readFile('b.json', {
        interactionsByDay: new Map([
          ['2026-03-04', 7],
          ['2026-03-06', 2],
        ]),
      }),
    ])
    expect(tie.totals.busiestDay).toEqual({ day: '2026-03-04', interactions: 7 })
  })
})

describe('analyse: order of files', () => {
  it('puts the newest session first, files without a start last, ties by path', () => {
    const { files } = analyse([
      readFile('x/session_2026-03-02.json', { start: '2026-03-02T09:00:00.000Z' }),
      readFile('x/nostart-a.json', { start: null }),
      readFile('x/session_2026-03-04.json', { start: '2026-03-04T08:00:00.000Z' }),
      readFile('x/nostart-b.json', { start: null }),
      readFile('y/session_2026-03-04.json', { start: '2026-03-04T08:00:00.000Z' }),
      readFile('x/session_2026-03-03.json', { start: '2026-03-03T23:59:59.000Z' }),
    ])
    expect(files.map((file) => file.path)).toEqual([
      'y/session_2026-03-04.json',
      'x/session_2026-03-04.json',
      'x/session_2026-03-03.json',
      'x/session_2026-03-02.json',
      'x/nostart-b.json',
      'x/nostart-a.json',
    ])
  })

  it('gives the same analysis whatever order the files were read in', () => {
    const outcomes = [
      readFile('a.json', {
        sessionId: 'a',
        start: '2026-03-02T09:00:00.000Z',
        toolCalls: { Read: 1 },
      }),
      readFile('b.json', {
        sessionId: 'b',
        start: '2026-03-03T09:00:00.000Z',
        toolCalls: { Bash: 1 },
      }),
      unreadableFile('c.json'),
      unreadableFile('d.json'),
    ]
    expect(analyse(outcomes.toReversed())).toEqual(analyse(outcomes))
  })
})

describe('analyse: prices', () => {
  it('prices with the built-in table unless given another, and says which', () => {
    // The figures ccusage gives for Opus 5 on a real session: $3.44.
    const analysis = analyse([
      transcriptFile('p/s.jsonl', {
        facts: {
          responses: [
            response('msg_1', {
              model: 'claude-opus-5',
              tokens: { input: 88, output: 35_222, cacheWrite1h: 140_763, cacheRead: 2_307_314 },
            }),
          ],
        },
      }),
    ])
    expect(analysis.usage!.costUsd).toBeCloseTo(3.44, 2)
    expect(analysis.pricing).toEqual({ date: BUILT_IN_PRICES.date, source: 'built-in' })
  })
})
