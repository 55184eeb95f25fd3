/**
 * The retry policy of requests to services outside GitHub, against a loopback server: what is
 * retried (network errors, timeouts, 5xx, 429), how long it waits, and what is final.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { retryAfterMs, send, type Clock, type RetryPolicy } from '../src/publish/http.js'
import { fakeEndpoint, type Answer, type FakeEndpoint } from './support/fake-endpoint.js'

const POLICY: RetryPolicy = { attempts: 4, timeoutMs: 500, backoffMs: 100, maxRetryAfterMs: 5_000 }

let endpoint: FakeEndpoint | undefined
afterEach(async () => {
  await endpoint?.close()
  endpoint = undefined
})

/** A clock that records each wait and never really waits; jitter fixed at `random`. */
function recordingClock(random = 1): Clock & { waits: number[] } {
  const waits: number[] = []
  return { waits, sleep: async (ms) => void waits.push(ms), random: () => random }
}

async function sendTo(script: readonly Answer[], clock = recordingClock(), url?: string) {
  endpoint = await fakeEndpoint(script)
  const outcome = await send(
    {
      url: new URL(url ?? `${endpoint.url}/hook`),
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
    },
    POLICY,
    clock,
  )
  return { outcome, clock, received: endpoint.received }
}

describe('send', () => {
  it('sends once when the first answer is a success', async () => {
    const { outcome, received } = await sendTo([{ status: 204 }])
    expect(outcome).toEqual({ ok: true, status: 204, attempts: 1 })
    expect(received.map((request) => [request.method, request.url, request.body])).toEqual([
      ['POST', '/hook', '{"a":1}'],
    ])
    expect(received[0]!.headers['content-type']).toBe('application/json')
  })

  it('retries 5xx with exponential back-off and jitter, and stops at the first success', async () => {
    const clock = recordingClock(0)
    const { outcome } = await sendTo([{ status: 503 }, { status: 502 }, { status: 200 }], clock)
    expect(outcome).toEqual({ ok: true, status: 200, attempts: 3 })
    // random() = 0 takes half of each back-off: 100 ms then 200 ms, halved.
    expect(clock.waits).toEqual([50, 100])
  })

  it('gives up after the last attempt, naming the status', async () => {
    const { outcome, clock, received } = await sendTo([{ status: 500 }])
    expect(outcome).toEqual({
      ok: false,
      status: 500,
      reason: 'it answered 500 (4 attempts)',
      attempts: 4,
    })
    expect(received).toHaveLength(4)
    expect(clock.waits).toEqual([100, 200, 400])
  })

  it('does not retry another 4xx', async () => {
    const { outcome, received } = await sendTo([{ status: 400, body: '{"code":50035}' }])
    expect(outcome).toEqual({ ok: false, status: 400, reason: 'it answered 400', attempts: 1 })
    expect(received).toHaveLength(1)
  })

  it('waits as a 429 asks: Retry-After in seconds, or Discord’s retry_after in the body', async () => {
    const { outcome, clock } = await sendTo([
      { status: 429, headers: { 'retry-after': '2' } },
      { status: 429, body: '{"retry_after":0.25,"global":false}' },
      { status: 200 },
    ])
    expect(outcome).toEqual({ ok: true, status: 200, attempts: 3 })
    expect(clock.waits).toEqual([2_000, 250])
  })

  it('gives up at once when a 429 asks for a wait beyond the cap', async () => {
    const { outcome, received } = await sendTo([
      { status: 429, headers: { 'retry-after': '3600' } },
    ])
    expect(outcome).toEqual({
      ok: false,
      status: 429,
      reason: 'it answered 429 and asked to wait 3600 s, longer than 5 s',
      attempts: 1,
    })
    expect(received).toHaveLength(1)
  })

  it('times out an attempt that gets no answer, and retries it', async () => {
    const { outcome, received } = await sendTo([{ status: 200, delayMs: 2_000 }, { status: 200 }])
    expect(outcome).toEqual({ ok: true, status: 200, attempts: 2 })
    expect(received).toHaveLength(2)
  })

  it('names a timeout when every attempt outlasts it', async () => {
    const { outcome } = await sendTo([{ status: 200, delayMs: 2_000 }])
    expect(outcome).toMatchObject({ ok: false, reason: 'no answer within 0.5 s (4 attempts)' })
  })

  it('sends a user and password of the URL as Basic authorization, and never in a reason', async () => {
    endpoint = await fakeEndpoint([{ status: 401 }])
    const url = endpoint.url.replace('http://', 'http://robot:s%3Acret@')
    const outcome = await send(
      { url: new URL(`${url}/x`), method: 'PUT', headers: {}, body: '' },
      POLICY,
      recordingClock(),
    )
    expect(endpoint.received[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from('robot:s:cret').toString('base64')}`,
    )
    expect(JSON.stringify(outcome)).not.toContain('cret')
  })
})

describe('retryAfterMs', () => {
  it('reads seconds, an HTTP date, or a JSON body; null otherwise', () => {
    const now = Date.parse('2026-03-12T08:00:00Z')
    expect(retryAfterMs('5', '', now)).toBe(5_000)
    expect(retryAfterMs('Thu, 12 Mar 2026 08:00:30 GMT', '', now)).toBe(30_000)
    expect(retryAfterMs(null, '{"retry_after": 1.5}', now)).toBe(1_500)
    expect(retryAfterMs(null, 'slow down', now)).toBeNull()
    expect(retryAfterMs(null, '{"retry_after": -1}', now)).toBeNull()
  })
})
