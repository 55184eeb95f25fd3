import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

/** The GitHub API client, with the base URL of the runner's GitHub (`GITHUB_API_URL`). */
export type Octokit = ReturnType<typeof getOctokit>

/** Waits longer than this are not worth holding a job for: the request fails instead. */
const MAX_WAIT_SECONDS = 90
const MAX_RATE_LIMIT_RETRIES = 2

/**
 * The one place the API client is made. Server errors are retried with back-off (three times,
 * after 1, 4 and 9 s); rate-limit answers are retried after the wait GitHub asks for, when short.
 */
export function createOctokit(token: string): Octokit {
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _: unknown, retries: number) => {
      const route = `${request.method} ${request.url}`
      if (retries < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_WAIT_SECONDS) {
        core.info(`GitHub's ${kind} was hit on ${route}: retrying in ${retryAfter} s.`)
        return true
      }
      core.info(`GitHub's ${kind} was hit on ${route}: not retrying (reset in ${retryAfter} s).`)
      return false
    }
  return getOctokit(
    token,
    {
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
    },
    retry,
    throttling,
  )
}
