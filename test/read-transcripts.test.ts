import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FileOutcome } from '../src/model.js'
import { readLogFiles } from '../src/read.js'
import { FIXTURES } from './support/fixtures.js'
import { logText, recorderLog, userMessage } from './support/recorder-log.js'
import { jsonl, prompt } from './support/transcript.js'

const SET = path.join(FIXTURES, 'claude-code')
const SESSION = '7d0c5e2a-41b6-4f7e-9c3d-2b8e6f1a9d40'
const FOLDER = path.join(SET, '.claude', 'projects', '-home-dev-invoice-service')
const MAIN = path.join(FOLDER, `${SESSION}.jsonl`)
const AGENT = path.join(FOLDER, SESSION, 'subagents', 'agent-a9f3c2e1b7d40.jsonl')

function readable(outcome: FileOutcome | undefined) {
  if (!outcome?.ok) throw new Error(`expected a readable file, got: ${outcome?.reason}`)
  return outcome
}

describe('reading a committed Claude Code project folder', () => {
  let main: ReturnType<typeof readable>
  let agent: ReturnType<typeof readable>
  beforeAll(async () => {
    const outcomes = await readLogFiles(SET, [MAIN, AGENT])
    main = readable(outcomes[0])
    agent = readable(outcomes[1])
  })

  it('tells the format from the content', () => {
    expect(main.digest.format).toBe('claude-code')
    expect(main.path).toBe(`.claude/projects/-home-dev-invoice-service/${SESSION}.jsonl`)
  })

  it('digests the session, skipping the half line with its number', () => {
    expect(main.digest).toMatchObject({
      sessionId: SESSION,
      projectPath: '/home/dev/invoice-service',
      start: '2026-03-02T09:13:46.120Z',
      end: '2026-03-02T09:15:31.000Z',
      kinds: { user_message: 1, tool_call: 2, tool_result: 2, assistant_summary: 3, other: 0 },
      problems: ['line 8: not JSON (the line ends inside a string (truncated?)); skipped'],
    })
    expect(main.digest.transcript).toMatchObject({
      agent: null,
      subagentsStarted: 1,
      activeMs: 104_000,
      versions: ['2.1.17'],
      branches: ['fix/rounding'],
    })
    expect(Object.fromEntries(main.digest.transcript!.toolErrors)).toEqual({ Bash: 1 })
    expect(main.digest.transcript!.responses.map((r) => [r.id, r.tokens.output])).toEqual([
      ['msg_01A', 88],
      ['msg_01B', 40],
      ['msg_01C', 120],
    ])
  })

  it('gives a subagent file its parent session, its agent and the meta file beside it', () => {
    expect(agent.digest.sessionId).toBe(SESSION)
    expect(agent.digest.kinds.user_message).toBe(0)
    expect(agent.digest.transcript!.agent).toEqual({
      agentId: 'a9f3c2e1b7d40',
      type: 'Explore',
      description: 'Find rounding callers',
    })
    expect(agent.digest.transcript!.responses.map((r) => r.model)).toEqual([
      'claude-sonnet-4-5-20250929',
      'claude-haiku-4-5-20251001',
    ])
  })
})

describe('the format input and detection', () => {
  let workspace: string
  beforeAll(async () => {
    workspace = await mkdtemp(path.join(tmpdir(), 'read-transcripts-'))
  })
  afterAll(async () => {
    await rm(workspace, { recursive: true, force: true })
  })
  async function put(name: string, content: string): Promise<string> {
    const file = path.join(workspace, name)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, content)
    return file
  }

  it('reads a recorder log and a transcript side by side, whatever their names', async () => {
    const recorder = await put(
      'a.jsonl',
      logText(recorderLog({ interactions: [userMessage('x')] })),
    )
    const transcript = await put('b.json', jsonl([prompt('y')]))
    const [first, second] = await readLogFiles(workspace, [recorder, transcript])
    expect(readable(first).digest.format).toBe('session-recorder')
    expect(readable(second).digest.format).toBe('claude-code')
  })

  it('reads every file as the format chosen', async () => {
    const transcript = await put('c.jsonl', jsonl([prompt('y')]))
    const [asRecorder] = await readLogFiles(workspace, [transcript], { format: 'session-recorder' })
    expect(asRecorder).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^not a session-recorder log/),
    })
    const recorder = await put('d.json', logText(recorderLog({ interactions: [] })))
    const [asTranscript] = await readLogFiles(workspace, [recorder], { format: 'claude-code' })
    expect(asTranscript).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^not a Claude Code transcript/),
    })
  })

  it('takes a transcript with a broken first line for a transcript', async () => {
    const file = await put('e.jsonl', jsonl(['<<<<<<< HEAD', prompt('y'), prompt('z')]))
    const [outcome] = await readLogFiles(workspace, [file])
    expect(readable(outcome).digest.kinds.user_message).toBe(2)
  })
})
