/**
 * Which sessions the webhook gets: with a pull-request comment of the logs it adds or changes,
 * those of the pull request; otherwise every session reported. The bundled action runs against a
 * loopback server that plays GitHub's REST API and a loopback webhook endpoint.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ROOT, runAction } from '../scripts/run-action.ts'
import { FakeGitHub } from './support/github-api.ts'
import { fakeEndpoint, type FakeEndpoint } from './support/fake-endpoint.js'

const require = createRequire(import.meta.url)
const webhooks = require('@octokit/webhooks-examples') as {
  name: string
  examples: Record<string, unknown>[]
}[]

const REPOSITORY = 'Codertocat/Hello-World'
const PR = 2
const TOKEN = 'ghs_workflow0token'
const LOGS = '.claude/session_logs'

let api: FakeGitHub
let endpoint: FakeEndpoint

beforeEach(async () => {
  api = await new FakeGitHub(REPOSITORY).start()
  api.tokens.set(TOKEN, { kind: 'installation', login: 'github-actions[bot]' })
  api.pullRequests.set(PR, [{ filename: `${LOGS}/session_2026-03-04.json`, status: 'added' }])
  endpoint = await fakeEndpoint([{ status: 204 }])
})

afterEach(async () => {
  await api.stop()
  await endpoint.close()
})

/** The session ids posted, and the number of sessions the run read. */
async function postedSessions(
  scope: 'changed' | 'all',
): Promise<{ posted: string[]; sessions: number }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'webhook-scope-'))
  const eventPath = path.join(dir, 'event.json')
  const opened = webhooks
    .find((definition) => definition.name === 'pull_request')!
    .examples.find((example) => example.action === 'opened')!
  await writeFile(eventPath, JSON.stringify(opened))
  const result = await runAction({
    workspace: path.join(ROOT, 'examples'),
    inputs: {
      'comment-on-pr': 'true',
      'comment-scope': scope,
      'github-token': TOKEN,
      'webhook-url': `${endpoint.url}/hook`,
    },
    env: {
      GITHUB_API_URL: api.url,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: REPOSITORY,
    },
    outDir: dir,
  })
  expect(result.exitCode).toBe(0)
  return {
    posted: endpoint.received.map((request) => JSON.parse(request.body).session_id as string),
    sessions: Number(result.outputs.sessions),
  }
}

describe('the webhook on a pull request', () => {
  it('gets the sessions of the logs the pull request adds or changes, with comment-scope changed', async () => {
    const all = await postedSessions('all')
    endpoint.received.length = 0
    const changed = await postedSessions('changed')
    expect(all.sessions).toBeGreaterThan(1)
    expect(all.posted).toHaveLength(all.sessions)
    expect(changed.posted).toHaveLength(1)
    expect(all.posted).toContain(changed.posted[0])
  })
})
