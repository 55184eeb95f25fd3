/**
 * `claude-session-report serve`, started in-process on port 0 over the examples and a log of
 * hostile text, and asked with real HTTP requests: the guide's API, its errors, its headers, and
 * the page's escaping.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import { PAGE_CSP } from '../src/serve/server.js'
import { assistantSummary, recorderLog, toolUse, userMessage } from './support/recorder-log.js'
import { writeLogs } from './support/session-log.js'

const EXAMPLES = path.join(import.meta.dirname, '..', 'examples')
const TRANSCRIPT_SESSION = '7c1e9a52-3b84-4d0f-a6e2-5f9d0c8b2a17'
const UNICODE_SESSION = 'séance-✓-会话-🚀'
const HOSTILE_SESSION = 'hostile-</script><script>alert(1)</script>'
const TOKEN = `ghp_${'x9Y8'.repeat(9)}`

let folder: string
let base: string
let stop: AbortController
let served: Promise<number>
let stderr = ''

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'cli-serve-'))
  await cp(EXAMPLES, folder, { recursive: true })
  await writeLogs(folder, [
    {
      name: 'session_2026-04-01.json',
      log: recorderLog({
        session_id: UNICODE_SESSION,
        start_timestamp: '2026-04-01T08:00:00Z',
        end_timestamp: '2026-04-01T08:30:00Z',
        interactions: [userMessage('bonjour', { timestamp: '2026-04-01T08:01:00Z' })],
      }),
    },
    {
      name: 'session_2026-04-02.json',
      log: recorderLog({
        session_id: HOSTILE_SESSION,
        start_timestamp: '2026-04-02T08:00:00Z',
        end_timestamp: null,
        interactions: [
          userMessage(`<script>alert("prompt")</script> with ${TOKEN}`, {
            timestamp: '2026-04-02T08:01:00Z',
          }),
          ...toolUse('<img src=x onerror=alert(2)>', '2026-04-02T08:02:00Z'),
          assistantSummary('</script><script>alert(3)</script>', {
            timestamp: '2026-04-02T08:03:00Z',
          }),
        ],
      }),
    },
  ])
  stop = new AbortController()
  served = main(['serve', folder, '--port', '0'], {
    cwd: folder,
    out: () => undefined,
    err: (text) => (stderr += text),
    signal: stop.signal,
  })
  for (let waited = 0; !/ at (http:\S+)\/ /.test(stderr); waited += 20) {
    if (waited > 20_000) throw new Error(`the server did not start: ${stderr}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  base = / at (http:\S+)\/ /.exec(stderr)![1]!
})

afterAll(async () => {
  stop?.abort()
  await served
  await rm(folder, { recursive: true, force: true })
})

interface Answer {
  readonly status: number
  readonly headers: Record<string, string | string[] | undefined>
  readonly body: string
}

/** A request with the path sent exactly as given (fetch would resolve `..` and re-encode). */
function ask(
  rawPath: string,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<Answer> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    const sent = request({ hostname, port, path: rawPath, method, headers }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body }),
      )
    })
    sent.on('error', reject)
    sent.end()
  })
}

async function json(rawPath: string): Promise<{ status: number; value: unknown; answer: Answer }> {
  const answer = await ask(rawPath)
  expect(answer.headers['content-type']).toBe('application/json; charset=utf-8')
  return { status: answer.status, value: JSON.parse(answer.body), answer }
}

const at = (id: string) => `/sessions/${encodeURIComponent(id)}`

describe('serve: the API', () => {
  it('lists the sessions, with tokens and cost where the logs hold usage', async () => {
    const { status, value } = await json('/sessions')
    expect(status).toBe(200)
    const list = value as {
      session_id: string
      start: string | null
      end: string | null
      interactions: number
      tokens?: unknown
      cost_usd?: number
    }[]
    expect(list.map((session) => session.session_id).sort()).toEqual(
      [
        TRANSCRIPT_SESSION,
        UNICODE_SESSION,
        'hostile-</script><script>alert(1)</script>',
        'dfd43f37-1200-439d-8687-39fa9d1de2a0',
        '39194242-a2ed-4bbd-9464-ecc280b0c08b',
        'f1d69ed6-17f5-4837-9708-20fe119a72d1',
      ].sort(),
    )
    const transcript = list.find((session) => session.session_id === TRANSCRIPT_SESSION)!
    expect(transcript).toEqual({
      session_id: TRANSCRIPT_SESSION,
      start: '2026-03-05T10:02:11.204Z',
      end: '2026-03-05T10:05:57.260Z',
      interactions: 38,
      tokens: { input: 42, output: 2419, cache_creation: 43008, cache_read: 378944 },
      cost_usd: expect.any(Number),
    })
    expect(transcript.cost_usd).toBeCloseTo(0.5, 1)
    // A session not finalized ends, so far, at its last interaction.
    expect(list.find((session) => session.session_id === HOSTILE_SESSION)!.end).toBe(
      '2026-04-02T08:03:00.000Z',
    )
    const unicode = list.find((session) => session.session_id === UNICODE_SESSION)!
    expect(unicode).toEqual({
      session_id: UNICODE_SESSION,
      start: '2026-04-01T08:00:00.000Z',
      end: '2026-04-01T08:30:00.000Z',
      interactions: 1,
    })
  })

  it('gives one session, with its entry of the JSON report', async () => {
    const { status, value } = await json(at(TRANSCRIPT_SESSION))
    expect(status).toBe(200)
    const detail = value as {
      session_id: string
      interactions: number
      report: { sessionId: string; paths: string[]; agents: unknown[] }
    }
    expect(detail.session_id).toBe(TRANSCRIPT_SESSION)
    expect(detail.interactions).toBe(38)
    expect(detail.report.sessionId).toBe(TRANSCRIPT_SESSION)
    expect(detail.report.paths).toHaveLength(2)
    expect(detail.report.agents).toHaveLength(1)
    const unicode = await json(at(UNICODE_SESSION))
    expect(unicode.status).toBe(200)
    expect((unicode.value as { session_id: string }).session_id).toBe(UNICODE_SESSION)
  })

  it("gives a session's interactions, one row each, redacted", async () => {
    const transcript = await json(`${at(TRANSCRIPT_SESSION)}/interactions`)
    expect(transcript.status).toBe(200)
    const rows = transcript.value as {
      session_id: string
      kind: string
      file: string
      tokens: unknown
    }[]
    expect(rows).toHaveLength(38)
    expect(new Set(rows.map((row) => row.session_id))).toEqual(new Set([TRANSCRIPT_SESSION]))
    expect(new Set(rows.map((row) => row.file)).size).toBe(2)
    expect(rows.filter((row) => row.kind === 'tool_call')).toHaveLength(11)
    expect(rows.some((row) => row.tokens !== null)).toBe(true)

    const hostile = await json(`${at(HOSTILE_SESSION)}/interactions`)
    expect(hostile.status).toBe(200)
    const texts = (hostile.value as { text: string | null; tool: string | null }[]).map(
      (row) => row.text ?? row.tool,
    )
    expect(texts).toEqual([
      '<script>alert("prompt")</script> with [REDACTED]\n',
      '<img src=x onerror=alert(2)>',
      '<img src=x onerror=alert(2)>',
      '</script><script>alert(3)</script>',
    ])
    // No `<` of a log reaches the body as is.
    expect(hostile.answer.body).not.toContain('<')
    expect(hostile.answer.body).not.toContain(TOKEN)
  })

  it('answers 404 with a JSON error for unknown and hostile ids, and unknown paths', async () => {
    const paths = [
      '/sessions/no-such-session',
      '/sessions/no-such-session/interactions',
      '/sessions/..%2F..%2Fetc%2Fpasswd',
      '/sessions/..%2F..%2Fetc%2Fpasswd/interactions',
      '/sessions/../../etc/passwd',
      '/sessions/%2E%2E/%2E%2E/package.json',
      `/sessions/${'a'.repeat(10_000)}`,
      `/sessions/${'%F0%9F%9A%80'.repeat(1_000)}`,
      '/sessions/%00',
      `/sessions/${encodeURIComponent(TRANSCRIPT_SESSION)}%00`,
      `/sessions/${encodeURIComponent(TRANSCRIPT_SESSION.toUpperCase())}`,
      `/sessions/${encodeURIComponent(` ${TRANSCRIPT_SESSION}`)}`,
      '/sessions/%E0%A4%A',
      '/sessions/%',
      '/sessions/',
      `${at(TRANSCRIPT_SESSION)}/`,
      `${at(TRANSCRIPT_SESSION)}/files`,
      `${at(TRANSCRIPT_SESSION)}/interactions/0`,
      '/etc/passwd',
      '/assets/../package.json',
      '/assets/..%2F..%2Fpackage.json',
      '/assets/',
      '/favicon.ico',
      '/index.html',
      '//sessions',
    ]
    for (const rawPath of paths) {
      const { status, value, answer } = await json(rawPath)
      expect(status, rawPath.slice(0, 80)).toBe(404)
      expect(value, rawPath.slice(0, 80)).toEqual({ error: expect.any(String) })
      expect(answer.headers['x-content-type-options']).toBe('nosniff')
    }
    expect((await json('/sessions/nope')).value).toEqual({ error: 'no session with this id' })
  })

  it('answers 405 to any method but GET and HEAD', async () => {
    for (const [method, rawPath] of [
      ['POST', '/sessions'],
      ['PUT', at(TRANSCRIPT_SESSION)],
      ['DELETE', at(TRANSCRIPT_SESSION)],
      ['PATCH', '/'],
      ['OPTIONS', '/sessions'],
    ] as const) {
      const answer = await ask(rawPath, method)
      expect(answer.status, method).toBe(405)
      expect(answer.headers.allow).toBe('GET, HEAD')
      expect(JSON.parse(answer.body)).toEqual({ error: expect.stringContaining(method) })
    }
    const head = await ask('/sessions', 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
  })

  it('answers only requests addressed to loopback (no DNS rebinding)', async () => {
    const answer = await ask('/sessions', 'GET', { Host: 'attacker.example' })
    expect(answer.status).toBe(421)
    expect(answer.body).not.toContain(TRANSCRIPT_SESSION)
    const { port } = new URL(base)
    expect((await ask('/sessions', 'GET', { Host: `localhost:${port}` })).status).toBe(200)
  })

  it('sends its security headers on every answer', async () => {
    for (const rawPath of ['/', '/sessions', at(TRANSCRIPT_SESSION), '/nope', '/assets/page.js']) {
      const answer = await ask(rawPath)
      expect(answer.headers['x-content-type-options'], rawPath).toBe('nosniff')
      expect(answer.headers['content-type'], rawPath).toMatch(/; charset=utf-8$/)
      expect(answer.headers['content-security-policy'], rawPath).toMatch(/default-src 'none'/)
      expect(answer.headers['cache-control'], rawPath).toBe('no-store')
      expect(answer.headers['access-control-allow-origin'], rawPath).toBeUndefined()
    }
    expect((await ask('/')).headers['content-security-policy']).toBe(PAGE_CSP)
  })
})

describe('serve: the page', () => {
  it('escapes every piece of log text, and holds no script but its own', async () => {
    const page = await ask('/')
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    const body = page.body
    expect(body).not.toContain('<img')
    expect(body).not.toContain('alert(1)</script>')
    // Prompts are not on the page, as they are not in the report; only /interactions has them.
    expect(body).not.toContain('alert("prompt")')
    expect(body).not.toContain(TOKEN)
    expect(body).toContain('hostile-&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(body).toContain('<code>&lt;img src=x onerror=alert(2)&gt;</code>')
    expect(body.match(/<script/g)).toHaveLength(3)
    expect(body.match(/<\/script>/g)).toHaveLength(3)
    // The chart data parses back to the names as logged.
    const data = /<script type="application\/json" id="chart-data">(.*?)<\/script>/s.exec(body)![1]!
    const charts = JSON.parse(data) as { tools: { tool: string }[] }
    expect(charts.tools.map((tool) => tool.tool)).toContain('<img src=x onerror=alert(2)>')
    // Links to each session's API, its id percent-encoded.
    expect(body).toContain(`href="/sessions/${encodeURIComponent(UNICODE_SESSION)}"`)
    expect(body).toContain(
      `href="/sessions/${encodeURIComponent(HOSTILE_SESSION).replaceAll("'", '&#39;')}/interactions"`,
    )
  })

  it('serves Chart.js and its own script and style from memory', async () => {
    const chart = await ask('/assets/chart.umd.min.js')
    expect(chart.status).toBe(200)
    expect(chart.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(chart.body).toMatch(/^\/\*!\n \* Chart\.js v4\./)
    expect(chart.body).not.toContain('sourceMappingURL')
    expect((await ask('/assets/page.css')).headers['content-type']).toBe('text/css; charset=utf-8')
  })
})

describe('serve: the command', () => {
  it('refuses a bad port or host with exit code 2', async () => {
    for (const [args, message] of [
      [['serve', '--port', 'x'], /--port is "x": expected a port number/],
      [['serve', '--port', '70000'], /--port is "70000"/],
      [['serve', '--host', ''], /--host: expected an address/],
    ] as const) {
      let err = ''
      const code = await main(args, {
        cwd: folder,
        out: () => undefined,
        err: (text) => (err += text),
      })
      expect(code).toBe(2)
      expect(err).toMatch(message)
    }
  })

  it('says when the port is taken, with exit code 1', async () => {
    let err = ''
    const { port } = new URL(base)
    const code = await main(['serve', folder, '--port', port], {
      cwd: folder,
      out: () => undefined,
      err: (text) => (err += text),
    })
    expect(code).toBe(1)
    expect(err).toContain(`port ${port} of 127.0.0.1 is in use; choose another with --port`)
  })
})
