/**
 * The read-only HTTP API of the guide, and the report page, with `node:http`: `GET /sessions`,
 * `GET /sessions/<id>`, `GET /sessions/<id>/interactions`, `GET /`, and the page's assets. Ids
 * are compared as exact strings once percent-decoded; nothing a request names is a path on disk,
 * so nothing outside the folder can be reached. Errors are JSON, `{ "error": "..." }`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { interactionRows } from '../interactions.js'
import { jsonText } from '../json-text.js'
import type { Redactor } from '../redact.js'
import type { Asset } from './assets.js'
import type { ServedSessions } from './sessions.js'

/** Everything served, made once when the server starts. */
export interface ServedData {
  readonly sessions: ServedSessions
  /** The page of `GET /`. */
  readonly page: string
  readonly assets: ReadonlyMap<string, Asset>
  /** The redactor the sessions went through, for the rows read on request. */
  readonly redact: Redactor
}

export interface ServerOptions {
  /** The address to listen on; loopback unless the user asks otherwise. */
  readonly host: string
  /** 0 for any free port. */
  readonly port: number
  readonly data: ServedData
  /** Told of a file whose rows could not all be read again, and why. */
  readonly onRowsSkipped?: (file: string, reason: string) => void
  /** Told of a request that failed inside the server. */
  readonly onError?: (error: unknown) => void
}

export interface RunningServer {
  /** `http://host:port`, without a trailing slash. */
  readonly url: string
  readonly port: number
  close(): Promise<void>
}

const TYPES = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
} as const

/** Scripts, styles and data from this server alone; nothing inline, no frames, no forms. */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
/** For everything but the page: nothing may run or load. */
const NONE_CSP = "default-src 'none'; frame-ancestors 'none'"

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
}

interface Answer {
  readonly status: number
  readonly type: keyof typeof TYPES
  readonly body: string
  readonly headers?: Readonly<Record<string, string>>
}

const notFound = (error: string): Answer => ({
  status: 404,
  type: 'json',
  body: jsonText({ error }),
})

/** Loopback addresses: a server bound to one is reachable from this machine only. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { data } = options
  let allowedHosts: ReadonlySet<string> | null = null
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.onError?.(error)
      if (!response.headersSent)
        send(response, { status: 500, type: 'json', body: jsonText({ error: 'internal error' }) })
      else response.destroy()
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? ''
    if (method !== 'GET' && method !== 'HEAD') {
      send(response, {
        status: 405,
        type: 'json',
        body: jsonText({
          error: `method ${method} not allowed: this API is read-only (GET, HEAD)`,
        }),
        headers: { Allow: 'GET, HEAD' },
      })
      return
    }
    // A page elsewhere may make a browser ask for a name it points at this machine (DNS
    // rebinding): on loopback, only requests addressed to loopback are answered.
    if (allowedHosts !== null && !allowedHosts.has((request.headers.host ?? '').toLowerCase())) {
      send(response, {
        status: 421,
        type: 'json',
        body: jsonText({
          error: 'this server answers requests addressed to its loopback address only',
        }),
      })
      return
    }
    const target = request.url ?? ''
    const rawPath = target.split(/[?#]/, 1)[0]!
    if (!rawPath.startsWith('/')) {
      send(response, notFound('not found'))
      return
    }
    const segments = rawPath.slice(1).split('/').map(decodeSegment)
    const [first, id, third, ...more] = segments
    if (rawPath === '/') {
      send(response, {
        status: 200,
        type: 'html',
        body: data.page,
        headers: { 'Content-Security-Policy': PAGE_CSP },
      })
      return
    }
    const asset = data.assets.get(rawPath)
    if (asset !== undefined) {
      send(response, { status: 200, type: asset.type, body: asset.body })
      return
    }
    if (first !== 'sessions' || more.length > 0 || segments.includes(null)) {
      send(response, notFound('not found'))
      return
    }
    if (id === undefined) {
      send(response, { status: 200, type: 'json', body: jsonText(data.sessions.list) })
      return
    }
    const session = data.sessions.byId.get(id!)
    if (session === undefined || third === '') {
      send(response, notFound(session === undefined ? 'no session with this id' : 'not found'))
      return
    }
    if (third === undefined) {
      send(response, { status: 200, type: 'json', body: jsonText(session) })
      return
    }
    if (third !== 'interactions') {
      send(response, notFound('not found'))
      return
    }
    await sendRows(request, response, id!)
  }

  /** A session's rows as a JSON array, read again from its files and written as they come. */
  async function sendRows(
    request: IncomingMessage,
    response: ServerResponse,
    id: string,
  ): Promise<void> {
    response.writeHead(200, {
      ...COMMON_HEADERS,
      'Content-Type': TYPES.json,
      'Content-Security-Policy': NONE_CSP,
    })
    if (request.method === 'HEAD') {
      response.end()
      return
    }
    const rows = interactionRows(data.sessions.sources.get(id) ?? [], {
      redact: data.redact,
      ...(options.onRowsSkipped && { onSkipped: options.onRowsSkipped }),
    })
    let separator = '['
    for await (const row of rows) {
      if (response.destroyed) return
      if (!response.write(`${separator}${jsonText(row)}`))
        await new Promise((resolve) => response.once('drain', resolve))
      separator = ','
    }
    response.end(separator === '[' ? '[]' : ']')
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  if (isLoopback(options.host))
    allowedHosts = new Set(
      [
        '127.0.0.1',
        'localhost',
        '[::1]',
        options.host.includes(':') ? `[${options.host}]` : options.host,
      ].flatMap((name) => [name, `${name}:${port}`]),
    )
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host
  return {
    url: `http://${shownHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}

/** A path segment percent-decoded, or null when it is not valid percent-encoded UTF-8. */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

function send(response: ServerResponse, answer: Answer): void {
  response.writeHead(answer.status, {
    ...COMMON_HEADERS,
    'Content-Type': TYPES[answer.type],
    'Content-Length': Buffer.byteLength(answer.body),
    'Content-Security-Policy': NONE_CSP,
    ...answer.headers,
  })
  response.end(answer.body)
}
