import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findLogFiles } from '../src/find.js'
import { DEFAULTS } from '../src/inputs.js'
import {
  interactionRows,
  ROW_TEXT_MAX,
  rowSources,
  type InteractionRow,
  type RowOptions,
} from '../src/interactions.js'
import { readFound } from '../src/main.js'
import { emptyKindCounts, type FileOutcome, type KindCounts } from '../src/model.js'
import { createRedactor, redactOutcomes } from '../src/redact.js'
import { RecorderItemSplitter } from '../src/rows/recorder-items.js'
import { FIXTURES } from './support/fixtures.js'
import {
  assistantSummary,
  logText,
  recorderLog,
  toolCall,
  toolUse,
  userMessage,
} from './support/recorder-log.js'
import {
  assistant,
  jsonl,
  prompt,
  SESSION,
  text,
  toolResult,
  toolUseBlock,
  usage,
} from './support/transcript.js'

const EXAMPLES = path.join(import.meta.dirname, '..', 'examples')
const redact = createRedactor()
const GITHUB_TOKEN = `ghp_${'a1B2'.repeat(9)}`

/** Everything a run reads in a workspace, redacted, and its rows. */
async function rowsOf(
  workspace: string,
  options: { executionFile?: string; rows?: Partial<RowOptions> } = {},
): Promise<{ outcomes: FileOutcome[]; rows: InteractionRow[]; skipped: string[] }> {
  const found = await findLogFiles(DEFAULTS.path.split('\n'), {
    workspace,
    followSymbolicLinks: false,
  })
  const executionFile = options.executionFile ?? ''
  const outcomes = redactOutcomes(
    await readFound(workspace, found, { format: 'auto', executionFile }),
    redact,
  )
  const skipped: string[] = []
  const rows: InteractionRow[] = []
  const sources = rowSources(workspace, found, outcomes, executionFile, undefined)
  for await (const row of interactionRows(sources, {
    redact,
    onSkipped: (file, reason) => skipped.push(`${file}: ${reason}`),
    ...options.rows,
  }))
    rows.push(row)
  return { outcomes, rows, skipped }
}

function kindsOf(rows: readonly InteractionRow[]): KindCounts {
  const counts = emptyKindCounts()
  for (const row of rows) counts[row.kind]++
  return counts
}

function toolCallsOf(rows: readonly InteractionRow[]): Map<string, number> {
  const tools = new Map<string, number>()
  for (const row of rows)
    if (row.kind === 'tool_call') tools.set(row.tool!, (tools.get(row.tool!) ?? 0) + 1)
  return tools
}

/** Each readable file's rows agree with its digest: kinds, tools, session, positions. */
function expectRowsToMatch(outcomes: readonly FileOutcome[], rows: readonly InteractionRow[]) {
  const readable = outcomes.filter((outcome) => outcome.ok)
  expect(readable.length).toBeGreaterThan(0)
  for (const outcome of readable) {
    const own = rows.filter((row) => row.file === outcome.path)
    expect(kindsOf(own), outcome.path).toEqual(outcome.digest.kinds)
    expect(toolCallsOf(own), outcome.path).toEqual(new Map(outcome.digest.tools))
    expect(own.map((row) => row.index)).toEqual(own.map((_, index) => index))
    expect(new Set(own.map((row) => row.session_id))).toEqual(new Set([outcome.digest.sessionId]))
  }
  expect(new Set(rows.map((row) => row.file))).toEqual(new Set(readable.map((file) => file.path)))
}

describe('rows of the committed logs', () => {
  it.each(['team-week', 'damaged', 'claude-code'])('test/fixtures/%s', async (set) => {
    const { outcomes, rows, skipped } = await rowsOf(path.join(FIXTURES, set))
    expectRowsToMatch(outcomes, rows)
    expect(skipped).toEqual([])
  })

  it('examples/, recorder logs and a transcript with its subagent', async () => {
    const { outcomes, rows, skipped } = await rowsOf(EXAMPLES)
    expectRowsToMatch(outcomes, rows)
    expect(skipped).toEqual([])
    const formats = new Set(outcomes.flatMap((o) => (o.ok ? [o.digest.format] : [])))
    expect(formats).toEqual(new Set(['session-recorder', 'claude-code']))
    const agent = rows.filter((row) => row.agent_id !== null)
    expect(agent.length).toBeGreaterThan(0)
    expect(agent.every((row) => row.file.includes('/subagents/'))).toBe(true)
  })

  it('comes grouped by session, then by file', async () => {
    const { rows } = await rowsOf(path.join(FIXTURES, 'team-week'))
    const keys = rows.map((row) => `${row.session_id}\u0000${row.file}`)
    const runs = keys.filter((key, index) => index === 0 || keys[index - 1] !== key)
    expect(runs).toEqual([...new Set(keys)].sort())
  })
})

describe('rows of a transcript', () => {
  let workspace: string
  const folder = '.claude/projects/-home-dev-app'
  const write = (name: string, content: string) =>
    writeFile(path.join(workspace, folder, name), content)
  beforeAll(async () => {
    workspace = await mkdtemp(path.join(tmpdir(), 'rows-'))
    await mkdir(path.join(workspace, folder), { recursive: true })
  })
  afterAll(() => rm(workspace, { recursive: true, force: true }))

  const lines = [
    prompt(`Deploy with ${GITHUB_TOKEN} please`, { timestamp: '2026-03-02T09:13:46.000Z' }),
    prompt('<local-command-stdout>ok</local-command-stdout>'),
    // One response streamed as three lines, the last one with the whole usage.
    assistant('msg_1', [text('Looking.')], { usage: usage(3, 1, 100, 1000) }),
    assistant('msg_1', [text('Running the tests.')], { usage: usage(3, 5, 100, 1000) }),
    assistant('msg_1', [toolUseBlock('toolu_1', 'Bash')], { usage: usage(3, 40, 100, 1000) }),
    toolResult('toolu_1', 'all green'),
    // A resumed session's copy of the same response and result.
    assistant('msg_1', [text('Looking.')], { usage: usage(3, 40, 100, 1000) }),
    toolResult('toolu_1', 'all green'),
    assistant('msg_2', [text('Done.')], { model: 'claude-opus-4-1-20250805' }),
    'not json at all',
    prompt([{ type: 'text', text: 'Second\nline "quoted" \\ back' }]),
  ]

  it('gives each response, tool use, result and typed prompt once, as the digest counts', async () => {
    await write(`${SESSION}.jsonl`, jsonl(lines))
    const { outcomes, rows } = await rowsOf(workspace)
    expectRowsToMatch(outcomes, rows)
    expect(rows.map((row) => [row.kind, row.tool, row.model])).toEqual([
      ['user_message', null, null],
      ['assistant_summary', null, 'claude-sonnet-4-5-20250929'],
      ['tool_call', 'Bash', null],
      ['tool_result', 'Bash', null],
      ['assistant_summary', null, 'claude-opus-4-1-20250805'],
      ['user_message', null, null],
    ])
    expect(rows[0]).toMatchObject({
      session_id: SESSION,
      file: `${folder}/${SESSION}.jsonl`,
      index: 0,
      timestamp: '2026-03-02T09:13:46.000Z',
      text: 'Deploy with [REDACTED] please',
      tokens: null,
      agent_id: null,
    })
    expect(rows[1]!.tokens).toEqual({ input: 3, output: 40, cache_creation: 100, cache_read: 1000 })
    expect(rows[1]!.text).toBe('Looking.\nRunning the tests.')
    expect(rows[5]!.text).toBe('Second\nline "quoted" \\ back')
  })

  it('keeps the positions of earlier rows when the file grows', async () => {
    await write('grown.jsonl', jsonl(lines.slice(0, 6)))
    const before = (await rowsOf(workspace)).rows.filter((row) => row.file.endsWith('grown.jsonl'))
    await write('grown.jsonl', jsonl(lines))
    const after = (await rowsOf(workspace)).rows.filter((row) => row.file.endsWith('grown.jsonl'))
    expect(before).toHaveLength(4)
    expect(after.slice(0, 4).map((row) => [row.index, row.kind])).toEqual(
      before.map((row) => [row.index, row.kind]),
    )
    expect(after).toHaveLength(6)
  })
})

describe('rows of a session-recorder log', () => {
  let workspace: string
  const folder = '.claude/session_logs'
  beforeAll(async () => {
    workspace = await mkdtemp(path.join(tmpdir(), 'rows-'))
    await mkdir(path.join(workspace, folder), { recursive: true })
  })
  afterAll(() => rm(workspace, { recursive: true, force: true }))

  it('gives one row per interaction, malformed ones as other, every text redacted', async () => {
    const [call, result] = toolUse('Edit', '2026-03-02T09:14:25+01:00')
    const long = `${'x'.repeat(ROW_TEXT_MAX - 5)} ${GITHUB_TOKEN} tail`
    const log = recorderLog({
      interactions: [
        userMessage(
          `It's "quoted", back\\slash, new\nline, ünïcode, 🚀, '); DROP TABLE sessions;--`,
        ),
        call,
        result,
        toolCall('', {}),
        assistantSummary(long),
        'a string',
        { type: 'future_kind', timestamp: 'yesterday' },
        userMessage(`password=${'hunter2'}`),
      ],
    })
    await writeFile(path.join(workspace, folder, 'session_2026-03-02.json'), logText(log))
    const { outcomes, rows } = await rowsOf(workspace)
    expectRowsToMatch(outcomes, rows)
    expect(rows.map((row) => [row.kind, row.tool])).toEqual([
      ['user_message', null],
      ['tool_call', 'Edit'],
      ['tool_result', 'Edit'],
      ['tool_call', '(unknown tool)'],
      ['assistant_summary', null],
      ['other', null],
      ['other', null],
      ['user_message', null],
    ])
    expect(rows[0]!.text).toBe(
      `It's "quoted", back\\slash, new\nline, ünïcode, 🚀, '); DROP TABLE sessions;--\n`,
    )
    expect(rows[1]!.timestamp).toBe('2026-03-02T08:14:25.000Z')
    expect(rows[6]!.timestamp).toBeNull()
    // The token straddles the cut: it is redacted before the text is cut.
    expect([...rows[4]!.text!]).toHaveLength(ROW_TEXT_MAX)
    expect(rows[4]!.text).not.toContain('ghp_')
    expect(rows[4]!.text!.endsWith('…')).toBe(true)
    expect(rows[7]!.text).toBe('password=[REDACTED]\n')
    expect(rows.every((row) => row.model === null && row.tokens === null)).toBe(true)
  })

  it('leaves out an interaction over the limit, and says so', async () => {
    const log = recorderLog({
      session_id: 'big-one',
      interactions: [userMessage('small'), userMessage('y'.repeat(5000)), userMessage('small')],
    })
    const name = 'session_2026-03-03.json'
    await writeFile(path.join(workspace, folder, name), logText(log))
    const { rows, skipped } = await rowsOf(workspace, { rows: { itemLimitBytes: 4096 } })
    const own = rows.filter((row) => row.session_id === 'big-one')
    expect(own.map((row) => row.index)).toEqual([0, 2])
    expect(skipped).toHaveLength(1)
    expect(skipped[0]).toMatch(
      /^\.claude\/session_logs\/session_2026-03-03\.json: interactions\[1\] is 5\d{3} bytes, more than the 4096 bytes read for one row; its row is not exported$/,
    )
  })

  it('says so when a file is gone before its rows are made', async () => {
    const found = await findLogFiles([`${folder}/*.json`], {
      workspace,
      followSymbolicLinks: false,
    })
    const outcomes = await readFound(workspace, found)
    await rm(path.join(workspace, folder, 'session_2026-03-03.json'))
    const skipped: string[] = []
    const sources = rowSources(workspace, found, outcomes, '', undefined)
    const rows: InteractionRow[] = []
    for await (const row of interactionRows(sources, {
      redact,
      onSkipped: (file, reason) => skipped.push(`${file}: ${reason}`),
    }))
      rows.push(row)
    expect(skipped).toEqual([
      `${folder}/session_2026-03-03.json: disappeared before it could be read; its rows (or the rest of them) are not exported`,
    ])
    expect(rows.length).toBeGreaterThan(0)
  })
})

describe('RecorderItemSplitter', () => {
  const log = {
    session_id: 's',
    'inter\\actions': [1],
    nested: { interactions: [{ no: 1 }] },
    interactions: [
      { type: 'user_message', content: 'a, "b" ] } [ {', timestamp: 'x' },
      'a string, with a comma',
      42,
      null,
      [1, [2, 3]],
      { content: { text: '\\"\\\\' } },
    ],
    end_timestamp: null,
  }
  const bytes = Buffer.from(`\ufeff${JSON.stringify(log, null, 2)}`)

  it.each([1, 2, 3, 7, 64, bytes.length])(
    'gives each entry whole in chunks of %i bytes, read into one reused buffer',
    (size) => {
      const splitter = new RecorderItemSplitter(1024)
      const chunk = Buffer.alloc(size)
      const entries: unknown[] = []
      for (let at = 0; at < bytes.length; at += size) {
        const read = bytes.copy(chunk, 0, at, at + size)
        // Parsed before the buffer is filled again, as the reader does.
        for (const item of splitter.push(chunk.subarray(0, read)))
          entries.push('bytes' in item ? JSON.parse(item.bytes.toString()) : item)
      }
      expect(splitter.complete()).toBe(true)
      expect(splitter.lists).toBe(1)
      expect(entries).toEqual(log.interactions)
    },
  )

  it('gives the size alone of an entry over the limit', () => {
    const splitter = new RecorderItemSplitter(16)
    const items = splitter.push(Buffer.from('{"interactions": ["0123456789abcdef", 1]}'))
    expect(items).toEqual([
      { index: 0, tooLarge: 18 },
      { index: 1, bytes: Buffer.from('1') },
    ])
  })
})

describe('rows of an execution file', () => {
  it('follows the transcript rules on its messages', async () => {
    const workspace = await mkdtemp(path.join(tmpdir(), 'rows-'))
    const message = (type: string, fields: Record<string, unknown>) => ({
      type,
      session_id: 'run-1',
      parent_tool_use_id: null,
      ...fields,
    })
    const run = [
      message('system', { subtype: 'init', cwd: '/w' }),
      message('user', { message: { role: 'user', content: 'Fix the build' } }),
      message('assistant', {
        message: {
          id: 'msg_a',
          model: 'claude-sonnet-4-5-20250929',
          content: [text('On it.'), toolUseBlock('toolu_a', 'Task')],
          usage: usage(4, 50, 2000, 0),
        },
      }),
      message('assistant', {
        parent_tool_use_id: 'toolu_a',
        message: {
          id: 'msg_b',
          model: 'claude-haiku-4-5-20251001',
          content: [toolUseBlock('toolu_b', 'Bash')],
          usage: usage(3, 20, 0, 900),
        },
      }),
      message('user', {
        parent_tool_use_id: 'toolu_a',
        message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_b' }] },
      }),
      message('result', { subtype: 'success', total_cost_usd: 0.01 }),
    ]
    try {
      await writeFile(path.join(workspace, 'run.json'), JSON.stringify(run, null, 2))
      const { outcomes, rows } = await rowsOf(workspace, { executionFile: 'run.json' })
      expect(outcomes).toHaveLength(1)
      expectRowsToMatch(outcomes, rows)
      expect(rows.map((row) => [row.kind, row.tool ?? row.model, row.text])).toEqual([
        ['user_message', null, 'Fix the build'],
        ['assistant_summary', 'claude-sonnet-4-5-20250929', 'On it.'],
        ['tool_call', 'Task', null],
        ['assistant_summary', 'claude-haiku-4-5-20251001', null],
        ['tool_call', 'Bash', null],
        ['tool_result', 'Bash', null],
      ])
      expect(rows.every((row) => row.file === 'run.json' && row.session_id === 'run-1')).toBe(true)
    } finally {
      await rm(workspace, { recursive: true, force: true })
    }
  })
})
