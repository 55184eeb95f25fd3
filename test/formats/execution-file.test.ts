import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readGivenExecutionFile } from '../../src/execution-file.js'
import { digestExecutionFile } from '../../src/formats/execution-file/digest.js'
import { readLogFiles } from '../../src/read.js'
import { usage } from '../support/transcript.js'

const SESSION = '9e2b7c14-0000-4000-8000-00000000000a'

function message(type: string, fields: Record<string, unknown>) {
  return { type, session_id: SESSION, parent_tool_use_id: null, ...fields }
}

const RUN = [
  message('system', {
    subtype: 'init',
    cwd: '/home/runner/work/app/app',
    model: 'claude-sonnet-4-5-20250929',
    tools: ['Bash', 'Read'],
    claude_code_version: '2.0.37',
  }),
  message('assistant', {
    message: {
      id: 'msg_x1',
      model: 'claude-sonnet-4-5-20250929',
      content: [{ type: 'tool_use', id: 'toolu_x1', name: 'Task', input: {} }],
      usage: usage(4, 50, 2000, 0),
    },
  }),
  message('assistant', {
    parent_tool_use_id: 'toolu_x1',
    message: {
      id: 'msg_x2',
      model: 'claude-haiku-4-5-20251001',
      content: [{ type: 'tool_use', id: 'toolu_x2', name: 'Bash', input: { command: 'ls' } }],
      usage: usage(3, 20, 0, 900),
    },
  }),
  message('user', {
    parent_tool_use_id: 'toolu_x1',
    message: {
      role: 'user',
      content: [{ type: 'tool_result', tool_use_id: 'toolu_x2', content: 'no', is_error: true }],
    },
  }),
  message('user', {
    message: {
      role: 'user',
      content: [{ type: 'tool_result', tool_use_id: 'toolu_x1', content: 'ok' }],
    },
  }),
  message('result', {
    subtype: 'error_max_turns',
    is_error: false,
    duration_ms: 61_000,
    duration_api_ms: 52_000,
    num_turns: 3,
    total_cost_usd: 0.0421,
    usage: { input_tokens: 7, output_tokens: 70 },
    modelUsage: {
      'claude-sonnet-4-5-20250929': {
        inputTokens: 4,
        outputTokens: 50,
        cacheReadInputTokens: 0,
        cacheCreationInputTokens: 2000,
        webSearchRequests: 0,
        costUSD: 0.04,
      },
    },
  }),
]

describe('digestExecutionFile', () => {
  const result = digestExecutionFile(JSON.stringify(RUN, null, 2), 'claude-execution-output')
  if (!result.ok) throw new Error(result.reason)
  const { digest } = result

  it('reads the messages with the transcript rules', () => {
    expect(digest).toMatchObject({
      format: 'execution-file',
      sessionId: SESSION,
      projectPath: '/home/runner/work/app/app',
      kinds: { user_message: 0, tool_call: 2, tool_result: 2, assistant_summary: 2 },
    })
    expect(digest.transcript!.responses.map((r) => [r.id, r.sidechain])).toEqual([
      ['msg_x1', false],
      ['msg_x2', true],
    ])
    expect(Object.fromEntries(digest.transcript!.toolErrors)).toEqual({ Bash: 1 })
    expect(digest.transcript!.subagentsStarted).toBe(1)
    expect(digest.transcript!.versions).toEqual(['2.0.37'])
  })

  it('takes a negative cost, duration or turn count for unknown, not as a fact', () => {
    const odd = RUN.map((item) =>
      item.type === 'result'
        ? {
            ...item,
            total_cost_usd: -5,
            duration_ms: -1,
            duration_api_ms: -2,
            num_turns: -3,
            modelUsage: { m: { inputTokens: 1, costUSD: -0.5 } },
          }
        : item,
    )
    const read = digestExecutionFile(JSON.stringify(odd), 'claude-execution-output')
    if (!read.ok) throw new Error(read.reason)
    expect(read.digest.transcript!.run).toMatchObject({
      costUsd: null,
      numTurns: null,
      durationMs: null,
      durationApiMs: null,
      models: [expect.objectContaining({ model: 'm', costUsd: null })],
    })
  })

  it('keeps the run as Claude Code reported it', () => {
    expect(digest.transcript!.run).toEqual({
      costUsd: 0.0421,
      models: [
        {
          model: 'claude-sonnet-4-5-20250929',
          tokens: {
            input: 4,
            output: 50,
            cacheWrite5m: 2000,
            cacheWrite1h: 0,
            cacheRead: 0,
            webSearches: 0,
          },
          costUsd: 0.04,
        },
      ],
      numTurns: 3,
      durationMs: 61_000,
      durationApiMs: 52_000,
      isError: true,
      subtype: 'error_max_turns',
    })
  })

  it('refuses what is not an array of messages', () => {
    for (const text of ['[1, 2]', '[{"type": "user_message", "content": "x"}]', '{}'])
      expect(digestExecutionFile(text, 'x')).toEqual({
        ok: false,
        shape: true,
        reason:
          'not a claude-code-action execution file: expected a JSON array of Agent SDK messages (with "type" and "session_id")',
      })
    expect(digestExecutionFile('[{"type": "result",', 'x')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^invalid JSON: /),
    })
  })
})

describe('the execution-file input', () => {
  let workspace: string
  let temp: string
  beforeAll(async () => {
    workspace = await mkdtemp(path.join(tmpdir(), 'exec-workspace-'))
    temp = await mkdtemp(path.join(tmpdir(), 'exec-runner-temp-'))
    await mkdir(path.join(temp, 'claude-execution-1'))
    await writeFile(
      path.join(temp, 'claude-execution-1', 'claude-execution-output.json'),
      JSON.stringify(RUN),
    )
    await writeFile(path.join(workspace, 'run.json'), JSON.stringify(RUN))
    await symlink(path.join(tmpdir()), path.join(workspace, 'outside'))
  })
  afterAll(async () => {
    await rm(workspace, { recursive: true, force: true })
    await rm(temp, { recursive: true, force: true })
  })

  it('reads a file under RUNNER_TEMP, shown relative to it', () => {
    const file = path.join(temp, 'claude-execution-1', 'claude-execution-output.json')
    expect(readGivenExecutionFile(file, workspace, temp)).toMatchObject({
      ok: true,
      path: '$RUNNER_TEMP/claude-execution-1/claude-execution-output.json',
      digest: { format: 'execution-file', sessionId: SESSION },
    })
  })

  it('reads a file in the workspace', () => {
    expect(readGivenExecutionFile('run.json', workspace, temp)).toMatchObject({
      ok: true,
      path: 'run.json',
    })
  })

  it('refuses any other place, links included', async () => {
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'exec-elsewhere-'))
    await writeFile(path.join(elsewhere, 'run.json'), JSON.stringify(RUN))
    expect(() => readGivenExecutionFile(path.join(elsewhere, 'run.json'), workspace, temp)).toThrow(
      /outside the workspace and RUNNER_TEMP/,
    )
    expect(() =>
      readGivenExecutionFile(`outside/${path.basename(elsewhere)}/run.json`, workspace, undefined),
    ).toThrow(/outside the workspace and RUNNER_TEMP/)
    await rm(elsewhere, { recursive: true, force: true })
  })

  it('reports a missing file as unreadable', () => {
    expect(readGivenExecutionFile('gone.json', workspace, temp)).toEqual({
      ok: false,
      path: 'gone.json',
      reason: 'does not exist',
    })
  })

  it('is told from its content when a path pattern matches it', async () => {
    const [outcome] = await readLogFiles(workspace, [path.join(workspace, 'run.json')])
    expect(outcome).toMatchObject({ ok: true, digest: { format: 'execution-file' } })
  })
})
