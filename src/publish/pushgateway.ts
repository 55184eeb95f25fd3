/**
 * Pushes the metrics to a Pushgateway, under one job: `PUT` replaces the job's whole group, so a
 * tool that left the top of the list leaves no stale series behind. A Pushgateway that stays down
 * is a warning, never a failure: the report is already written.
 */
import { send, type Clock, type HttpOutcome, type RetryPolicy } from './http.js'

/**
 * The URL of a job's group: the job name base64url-encoded (`job@base64`), so that any name,
 * slashes included, is one path segment. Pure.
 */
export function groupUrl(base: URL, job: string): URL {
  const url = new URL(base)
  const encoded = Buffer.from(job, 'utf8').toString('base64url')
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/metrics/job@base64/${encoded}`
  url.search = ''
  url.hash = ''
  return url
}

/** The default job name: the repository (`owner/name`), or the action's name outside GitHub. */
export function defaultJob(repository: string | null): string {
  return repository ?? 'claude-session-report'
}

/** Pushes the text exposition under the job, replacing what the job pushed before. */
export async function pushMetrics(
  base: URL,
  job: string,
  metrics: string,
  policy?: RetryPolicy,
  clock?: Clock,
): Promise<HttpOutcome> {
  return send(
    {
      url: groupUrl(base, job),
      method: 'PUT',
      headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' },
      body: metrics,
    },
    policy,
    clock,
  )
}
