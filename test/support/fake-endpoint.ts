/**
 * A loopback HTTP server that answers from a script, one answer per request, and records each
 * request: a stand-in for a Pushgateway, Slack, Discord or any webhook endpoint.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http'

export interface Answer {
  readonly status: number
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: string
  /** Wait this long before answering (to outlast a timeout). */
  readonly delayMs?: number
}

export interface Received {
  readonly method: string
  readonly url: string
  readonly headers: IncomingHttpHeaders
  readonly body: string
}

export interface FakeEndpoint {
  readonly url: string
  readonly received: Received[]
  readonly close: () => Promise<void>
}

/** Answers each request with the next answer of the script; once it is spent, with the last one. */
export async function fakeEndpoint(script: readonly Answer[]): Promise<FakeEndpoint> {
  const received: Received[] = []
  const server = createServer((request, response) => {
    let body = ''
    request.setEncoding('utf8').on('data', (chunk: string) => (body += chunk))
    request.on('end', () => {
      received.push({ method: request.method!, url: request.url!, headers: request.headers, body })
      const answer = script[Math.min(received.length - 1, script.length - 1)]!
      const reply = () => {
        if (response.destroyed) return
        response.writeHead(answer.status, answer.headers).end(answer.body ?? '')
      }
      if (answer.delayMs) setTimeout(reply, answer.delayMs)
      else reply()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
