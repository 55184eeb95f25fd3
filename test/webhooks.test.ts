/**
 * Webhooks: the payload of each format, built from an analysis (escaped, within the service's
 * limits, cut with a note), and the bundled action posting them to a loopback server.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { runAction } from '../scripts/run-action.ts'
import {
  DISCORD_CONTENT_LIMIT,
  discordEscape,
  SLACK_LIMITS,
  slackEscape,
  webhookPayloads,
} from '../src/publish/webhooks.js'
import { analysisOf, mixedWeek, session } from './support/analysis.js'
import { fakeEndpoint, type FakeEndpoint } from './support/fake-endpoint.js'
import { FIXTURES } from './support/fixtures.js'
import { logText, recorderLog, toolUse, userMessage } from './support/recorder-log.js'
import { mkdir, writeFile } from 'node:fs/promises'

const CONTEXT = {
  title: 'Claude Code sessions',
  runUrl: 'https://github.com/acme/x/actions/runs/1',
}
const HOSTILE = 'Bash"}<!channel> @everyone **bold** `code`\n"end'

/** Many sessions, each with a long id, to pass every limit. */
function manySessions(count: number) {
  return analysisOf({
    sessions: Array.from({ length: count }, (_, index) =>
      session({
        sessionId: `${'s'.repeat(300)}-${index}`,
        firstActivity: `2026-03-02T09:${String(index % 60).padStart(2, '0')}:00.000Z`,
        tools: [{ tool: `mcp__${'t'.repeat(200)}`, calls: 1, errors: 0 }],
      }),
    ),
  })
}

describe('json payloads', () => {
  it('are the guide’s session_complete, one per session, with tokens and cost when known', () => {
    const analysis = mixedWeek()
    const payloads = webhookPayloads(analysis, 'json', CONTEXT) as Record<string, unknown>[]
    expect(payloads).toHaveLength(analysis.sessions.length)
    const [first] = analysis.sessions
    expect(payloads[0]).toMatchObject({
      event: 'session_complete',
      session_id: first!.sessionId,
      start: first!.firstActivity,
      end: first!.lastActivity,
      stats: {
        user_messages: first!.prompts,
        tool_calls: first!.toolCalls,
        summaries: first!.responses,
      },
      tools_used: first!.tools.map(({ tool }) => tool).sort(),
    })
    const recorder = payloads.find((payload) => payload.format === 'session-recorder')!
    expect(recorder).not.toHaveProperty('tokens')
    expect(recorder).not.toHaveProperty('cost_usd')
    const transcript = payloads.find((payload) => payload.format === 'claude-code')!
    expect(transcript.tokens).toEqual(expect.objectContaining({ input: expect.any(Number) }))
  })

  it('carry any text from a log as a JSON string, whole', () => {
    const analysis = analysisOf({
      sessions: [session({ sessionId: HOSTILE, tools: [{ tool: HOSTILE, calls: 1, errors: 0 }] })],
    })
    const [payload] = webhookPayloads(analysis, 'json', CONTEXT)
    const parsed = JSON.parse(JSON.stringify(payload))
    expect(parsed.session_id).toBe(HOSTILE)
    expect(parsed.tools_used).toEqual([HOSTILE])
  })
})

describe('slack messages', () => {
  it('escape &, < and >, so no text becomes a mention or a link', () => {
    expect(slackEscape('<!channel> & <https://x|y>')).toBe(
      '&lt;!channel&gt; &amp; &lt;https://x|y&gt;',
    )
    const [message] = webhookPayloads(
      analysisOf({ sessions: [session({ sessionId: HOSTILE })] }),
      'slack',
      CONTEXT,
    )
    const text = JSON.stringify(message)
    expect(text).not.toContain('<!channel>')
    expect(text).toContain('&lt;!channel&gt;')
  })

  it('stay within Slack’s limits, cut with a note of what is left out', () => {
    const [message] = webhookPayloads(manySessions(200), 'slack', CONTEXT) as {
      text: string
      blocks: { type: string; text?: { text: string }; elements?: { text: string }[] }[]
    }[]
    expect(message!.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks)
    const texts = message!.blocks.map((block) => block.text?.text ?? block.elements![0]!.text)
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText)
    expect(texts.join('').length).toBeLessThanOrEqual(SLACK_LIMITS.allBlocks + 200)
    const note = message!.blocks.at(-1)!
    expect(note.type).toBe('context')
    const shown = message!.blocks.filter((block) => block.type === 'section').length - 1
    expect(note.elements![0]!.text).toContain(`${200 - shown} more sessions are not shown.`)
    expect(message!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.text)
  })
})

describe('discord messages', () => {
  it('escape markdown and switch mentions off', () => {
    expect(discordEscape('**a** @everyone')).toBe('\\*\\*a\\*\\* \\@everyone')
    const [message] = webhookPayloads(
      analysisOf({ sessions: [session({ sessionId: HOSTILE })] }),
      'discord',
      CONTEXT,
    ) as { content: string; allowed_mentions: unknown }[]
    expect(message!.allowed_mentions).toEqual({ parse: [] })
    expect(message!.content).not.toContain(' @everyone')
    expect(message!.content).not.toContain('**bold**')
  })

  it('stay within 2,000 characters, cut with a note', () => {
    const [message] = webhookPayloads(manySessions(50), 'discord', CONTEXT) as {
      content: string
    }[]
    expect(message!.content.length).toBeLessThanOrEqual(DISCORD_CONTENT_LIMIT)
    expect(message!.content).toMatch(/\d+ more sessions are not shown\./)
  })

  it('send nothing when there is no session', () => {
    expect(webhookPayloads(analysisOf({}), 'discord', CONTEXT)).toEqual([])
  })
})

describe('the bundled action posts to a webhook', () => {
  const temporary: string[] = []
  let endpoint: FakeEndpoint | undefined
  afterEach(async () => {
    await endpoint?.close()
    endpoint = undefined
  })
  afterAll(async () => {
    await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })))
  })

  async function run(inputs: Record<string, string>) {
    const workspace = await mkdtemp(path.join(tmpdir(), 'webhook-workspace-'))
    temporary.push(workspace)
    await cp(path.join(FIXTURES, 'team-week'), workspace, { recursive: true })
    return runAction({ workspace, inputs })
  }

  it('one json payload per session, as application/json, the URL masked', async () => {
    endpoint = await fakeEndpoint([{ status: 200 }])
    const url = `${endpoint.url}/hooks/secret-path`
    const result = await run({ 'webhook-url': url })
    expect(result.exitCode).toBe(0)
    expect(endpoint.received).toHaveLength(Number(result.outputs.sessions))
    for (const request of endpoint.received) {
      expect(request.method).toBe('POST')
      expect(request.url).toBe('/hooks/secret-path')
      expect(request.headers['content-type']).toBe('application/json')
      expect(JSON.parse(request.body)).toMatchObject({ event: 'session_complete' })
    }
    const ids = endpoint.received.map((request) => JSON.parse(request.body).session_id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(result.stdout).toContain(`::add-mask::${url}\n`)
    expect(result.stdout.replace(`::add-mask::${url}\n`, '')).not.toContain('secret-path')
  })

  it('redacts every payload: secrets in a session id and a tool name, built-in and own patterns', async () => {
    const token = `ghp_${'a'.repeat(36)}`
    const workspace = await mkdtemp(path.join(tmpdir(), 'webhook-redact-'))
    temporary.push(workspace)
    await mkdir(path.join(workspace, '.claude/session_logs'), { recursive: true })
    await writeFile(
      path.join(workspace, '.claude/session_logs/session_2026-03-02.json'),
      logText(
        recorderLog({
          session_id: `session-${token}`,
          interactions: [
            userMessage('deploy'),
            ...toolUse(`mcp__${token}__INTERNAL-42`, '2026-03-02T09:14:25Z'),
          ],
        }),
      ),
    )
    for (const format of ['json', 'slack', 'discord']) {
      endpoint = await fakeEndpoint([{ status: 200 }])
      const result = await runAction({
        workspace,
        inputs: {
          'webhook-url': endpoint.url,
          'webhook-format': format,
          'redact-patterns': 'INTERNAL-\\d+',
        },
      })
      expect(result.exitCode).toBe(0)
      expect(endpoint.received).toHaveLength(1)
      const body = endpoint.received[0]!.body
      expect(body).not.toContain(token)
      expect(body).not.toContain('INTERNAL-42')
      expect(body).toContain('REDACTED')
      await endpoint.close()
      endpoint = undefined
    }
  })

  it('one slack message, retried after a 503', async () => {
    endpoint = await fakeEndpoint([{ status: 503 }, { status: 200, body: 'ok' }])
    const result = await run({ 'webhook-url': endpoint.url, 'webhook-format': 'slack' })
    expect(result.exitCode).toBe(0)
    expect(endpoint.received).toHaveLength(2)
    const message = JSON.parse(endpoint.received[1]!.body)
    expect(message.text).toContain('3 sessions')
    expect(message.blocks[0].type).toBe('section')
  })

  it('warns naming the status, and passes, when the endpoint refuses; no retry of a 4xx', async () => {
    endpoint = await fakeEndpoint([{ status: 404 }])
    const result = await run({ 'webhook-url': endpoint.url, 'webhook-format': 'discord' })
    expect(result.exitCode).toBe(0)
    expect(endpoint.received).toHaveLength(1)
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::warning'))).toEqual([
      "::warning title=Webhook not delivered::The webhook (input 'webhook-url') was not delivered: it answered 404; 0 of 1 payload(s) were sent.",
    ])
  })

  it('fails the step with fail-on-webhook-error, after the report is written', async () => {
    endpoint = await fakeEndpoint([{ status: 400 }])
    const result = await run({
      'webhook-url': endpoint.url,
      'fail-on-webhook-error': 'true',
    })
    expect(result.exitCode).toBe(1)
    expect(result.summary).toContain('Claude Code sessions')
    expect(result.stdout).toContain(
      "::error::The webhook (input 'webhook-url') was not delivered: it answered 400; 0 of 3 payload(s) were sent (fail-on-webhook-error is true).",
    )
    // The first payload that fails stops the rest.
    expect(endpoint.received).toHaveLength(1)
  })
})
