/**
 * One HTTP request to a service outside GitHub (a Pushgateway, a webhook), sent with a timeout and
 * retried as the API calls are: network errors, timeouts, 5xx and 429 again after an exponential
 * back-off with jitter, or after the wait a 429 asks for when it is short; any other answer is
 * final. The URL is a secret: it is never part of a reason given back.
 */

/** How hard to try. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly attempts: number
  /** Each attempt gives up after this long. */
  readonly timeoutMs: number
  /** The first back-off; each next one doubles, each taken at a random 50 to 100 %. */
  readonly backoffMs: number
  /** A 429 that asks for a longer wait is not retried. */
  readonly maxRetryAfterMs: number
}

/** Four attempts, after about 1, 2 and 4 s; 10 s each; a 429's wait honoured up to 60 s. */
export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  timeoutMs: 10_000,
  backoffMs: 1_000,
  maxRetryAfterMs: 60_000,
}

export interface HttpRequest {
  readonly url: URL
  readonly method: 'POST' | 'PUT'
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
}

/** What became of a request: the final answer's status, or why there is none. */
export type HttpOutcome =
  | { readonly ok: true; readonly status: number; readonly attempts: number }
  | {
      readonly ok: false
      /** The last answer's status, when the service answered. */
      readonly status: number | null
      readonly reason: string
      readonly attempts: number
    }

/** What the wait between attempts is made of; replaced in tests. */
export interface Clock {
  readonly sleep: (ms: number) => Promise<void>
  readonly random: () => number
}

const REAL_CLOCK: Clock = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
}

/**
 * Sends the request until it gets a final answer or the policy gives up. Never throws. A user and
 * password in the URL are sent as Basic authorization (fetch refuses a URL that holds them).
 */
export async function send(
  request: HttpRequest,
  policy: RetryPolicy = DEFAULT_RETRY,
  clock: Clock = REAL_CLOCK,
): Promise<HttpOutcome> {
  const { url, headers } = withoutCredentials(request.url, request.headers)
  let last: { status: number | null; reason: string } = { status: null, reason: 'not sent' }
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    let waitMs: number | null = null
    try {
      const response = await fetch(url, {
        method: request.method,
        headers,
        body: request.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(policy.timeoutMs),
      })
      const body = await response.text().catch(() => '')
      if (response.status < 300) return { ok: true, status: response.status, attempts: attempt }
      last = { status: response.status, reason: `it answered ${response.status}` }
      if (response.status === 429) {
        waitMs = retryAfterMs(response.headers.get('retry-after'), body)
        if (waitMs !== null && waitMs > policy.maxRetryAfterMs)
          return {
            ok: false,
            ...last,
            reason: `${last.reason} and asked to wait ${Math.ceil(waitMs / 1000)} s, longer than ${policy.maxRetryAfterMs / 1000} s`,
            attempts: attempt,
          }
      } else if (response.status < 500) return { ok: false, ...last, attempts: attempt }
    } catch (error) {
      last = { status: null, reason: networkReason(error, policy.timeoutMs) }
    }
    if (attempt === policy.attempts) break
    await clock.sleep(waitMs ?? policy.backoffMs * 2 ** (attempt - 1) * (0.5 + clock.random() / 2))
  }
  return {
    ok: false,
    ...last,
    reason: `${last.reason} (${policy.attempts} attempts)`,
    attempts: policy.attempts,
  }
}

/**
 * The wait a 429 asks for: the `Retry-After` header (seconds, or an HTTP date), else Discord's
 * `retry_after` in the body (seconds, a float); null when neither says.
 */
export function retryAfterMs(header: string | null, body: string, now = Date.now()): number | null {
  if (header !== null && header.trim() !== '') {
    const value = header.trim()
    if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000
    const date = Date.parse(value)
    if (!Number.isNaN(date)) return Math.max(0, date - now)
  }
  try {
    const seconds = (JSON.parse(body) as { retry_after?: unknown } | null)?.retry_after
    if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0)
      return seconds * 1000
  } catch {
    // Not JSON: no wait given.
  }
  return null
}

function withoutCredentials(
  url: URL,
  headers: Readonly<Record<string, string>>,
): { url: URL; headers: Record<string, string> } {
  if (url.username === '' && url.password === '') return { url, headers: { ...headers } }
  const plain = new URL(url)
  const user = decodeURIComponent(url.username)
  const password = decodeURIComponent(url.password)
  plain.username = ''
  plain.password = ''
  return {
    url: plain,
    headers: {
      ...headers,
      authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
    },
  }
}

/** Why no answer came, in words, without the URL (undici's messages can hold the host). */
function networkReason(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: unknown } | null)?.name
  if (name === 'TimeoutError' || name === 'AbortError')
    return `no answer within ${timeoutMs / 1000} s`
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause
  const code = typeof cause?.code === 'string' ? cause.code : null
  return code === null ? 'the request failed' : `the request failed (${code})`
}
