import path from 'node:path'

/**
 * What the runner tells the action through its environment. Read directly rather than through
 * `@actions/github`, so that a run that posts no comment never loads the API client.
 */
export interface RunnerContext {
  readonly workspace: string
  readonly serverUrl: string
  readonly repository: string | null
  readonly sha: string | null
  readonly runId: string | null
}

export function runnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  return {
    workspace: path.resolve(env.GITHUB_WORKSPACE || process.cwd()),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    repository: env.GITHUB_REPOSITORY || null,
    sha: env.GITHUB_SHA || null,
    runId: env.GITHUB_RUN_ID || null,
  }
}

/** Link to a workspace file at the run's commit, or undefined outside GitHub. */
export function fileUrlAtCommit(context: RunnerContext): ((file: string) => string) | undefined {
  const { serverUrl, repository, sha } = context
  if (repository === null || sha === null) return undefined
  return (file) =>
    `${serverUrl}/${repository}/blob/${sha}/${file.split('/').map(encodeURIComponent).join('/')}`
}

/** Link to the run's page (where the step summary shows), or undefined outside GitHub. */
export function runUrl(context: RunnerContext): string | undefined {
  const { serverUrl, repository, runId } = context
  return repository === null || runId === null
    ? undefined
    : `${serverUrl}/${repository}/actions/runs/${runId}`
}
