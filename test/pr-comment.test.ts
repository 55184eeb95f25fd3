/**
 * The pull-request comment, end to end: the bundled action runs as a process against a loopback
 * server that plays GitHub's REST API, with real webhook payloads as the event. Every request the
 * action makes is checked against GitHub's REST description; a test fails on any that does not fit.
 */
import { spawnSync } from 'node:child_process'
import { copyFile, mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ACTION, ROOT, runAction, runnerEnv, type ActionRun } from '../scripts/run-action.ts'
import {
  FakeGitHub,
  GRAPHQL,
  MAX_COMMENT_LENGTH,
  type PullRequestFile,
} from './support/github-api.ts'
import { sessionLog, writeLogs } from './support/session-log.ts'

const require = createRequire(import.meta.url)
const webhooks = require('@octokit/webhooks-examples') as {
  name: string
  examples: Record<string, unknown>[]
}[]

const EXAMPLES = path.join(ROOT, 'examples')
const REPOSITORY = 'Codertocat/Hello-World'
/** The webhook examples' pull request. */
const PR = 2
const WORKFLOW_TOKEN = 'ghs_workflow0token'
const PERSONAL_TOKEN = 'ghp_personal0token'
/** An installation token of a GitHub App, as `actions/create-github-app-token` makes one. */
const APP_TOKEN = 'ghs_app0installation0token'
const BOT = 'github-actions[bot]'
const APP_BOT = 'acme-reports[bot]'
const MARKER = '<!-- claude-session-report:default -->'
const LOGS = '.claude/session_logs'

/** What the pull request changes: two of the three example logs, a removed log, and code. */
const PR_FILES: PullRequestFile[] = [
  { filename: `${LOGS}/session_2026-03-03.json`, status: 'modified' },
  { filename: `${LOGS}/session_2026-03-04.json`, status: 'added' },
  { filename: `${LOGS}/session_2026-02-27.json`, status: 'removed' },
  { filename: 'src/billing/invoice.ts', status: 'modified' },
]

function webhook(name: string, action?: string): Record<string, unknown> {
  const examples = webhooks.find((definition) => definition.name === name)?.examples ?? []
  const example = examples.find((candidate) => action === undefined || candidate.action === action)
  if (example === undefined) throw new Error(`no ${name}.${action} example`)
  return structuredClone(example)
}

let api: FakeGitHub

beforeEach(async () => {
  api = await new FakeGitHub(REPOSITORY).start()
  api.tokens.set(WORKFLOW_TOKEN, { kind: 'installation', login: BOT })
  api.tokens.set(PERSONAL_TOKEN, { kind: 'user', login: 'octo-dev' })
  api.tokens.set(APP_TOKEN, { kind: 'installation', login: APP_BOT })
  api.pullRequests.set(PR, PR_FILES)
})

afterEach(async () => {
  await api.stop()
})

interface RunOptions {
  readonly inputs?: Record<string, string>
  readonly event?: string
  readonly payload?: Record<string, unknown>
  readonly workspace?: string
}

async function run(options: RunOptions = {}): Promise<ActionRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pr-comment-'))
  const eventPath = path.join(dir, 'event.json')
  await writeFile(eventPath, JSON.stringify(options.payload ?? webhook('pull_request', 'opened')))
  const result = await runAction({
    workspace: options.workspace ?? EXAMPLES,
    inputs: { 'comment-on-pr': 'true', 'github-token': WORKFLOW_TOKEN, ...options.inputs },
    env: {
      GITHUB_API_URL: api.url,
      GITHUB_EVENT_NAME: options.event ?? 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: REPOSITORY,
    },
    outDir: dir,
  })
  expect(api.violations).toEqual([])
  expect(result.stderr).toBe('')
  expect(result.exitCode).toBe(0)
  return result
}

/** The step summary is written whatever happens to the comment, and holds every example log. */
function expectFullSummary(result: ActionRun): void {
  expect(result.summary).toContain('**5 files**')
  expect(result.summary).toContain('session_2026-03-02.json')
}

/** Workflow commands of one kind (`notice`, `warning`, `error`), decoded. */
function annotations(result: ActionRun, kind: string): string[] {
  return result.stdout
    .split('\n')
    .filter((line) => line.startsWith(`::${kind}`))
    .map((line) =>
      line
        .slice(line.indexOf('::', 2) + 2)
        .replace(/%0A/g, '\n')
        .replace(/%0D/g, '\r')
        .replace(/%25/g, '%'),
    )
}

/** The payload as GitHub sends it when the pull request's branch lives in a fork. */
function fromFork(payload: Record<string, unknown>): Record<string, unknown> {
  const pullRequest = payload.pull_request as { head: { repo: Record<string, unknown> } }
  pullRequest.head.repo = {
    ...pullRequest.head.repo,
    id: 999_001,
    name: 'Hello-World',
    full_name: 'contributor/Hello-World',
    fork: true,
  }
  return payload
}

function comments() {
  return api.comments.get(PR) ?? []
}

describe('the pull-request comment', () => {
  it('is created on the first run, with the sessions of the pull request', async () => {
    const result = await run()

    expect(api.requests.map((request) => request.operationId)).toEqual([
      'pulls/list-files',
      GRAPHQL,
      'issues/list-comments',
      'issues/create-comment',
    ])
    expect(api.calls('pulls/list-files')[0]!.query).toEqual({ per_page: '100' })
    expect(api.calls('issues/list-comments')[0]!.query).toEqual({ per_page: '100' })
    const [comment] = comments()
    expect(comments()).toHaveLength(1)
    expect(comment!.login).toBe(BOT)
    expect(comment!.body.startsWith(`${MARKER}\n`)).toBe(true)
    await expect(comment!.body).toMatchFileSnapshot('outputs/pr-comment.md')
    expect(result.outputs['comment-id']).toBe(String(comment!.id))
    expect(result.outputs['comment-url']).toBe(
      `https://github.com/${REPOSITORY}/pull/${PR}#issuecomment-${comment!.id}`,
    )
    // Only the logs the pull request adds or changes are detailed; the rest is one line.
    expect(comment!.body).toContain('session_2026-03-04.json')
    expect(comment!.body).toContain('session_2026-03-03.json')
    expect(comment!.body).not.toContain('session_2026-03-02.json')
    expect(comment!.body).toMatch(
      /\*\*Session logs added or changed in this pull request:\*\* \*\*2 files\*\*/,
    )
    expect(comment!.body).toMatch(/All session logs: .*\*\*5 files\*\*/)
  })

  it('is updated in place on the next run, and left alone when nothing changed', async () => {
    await run()
    const [first] = comments()

    const synchronize = webhook('pull_request', 'synchronize')
    api.pullRequests.set(PR, [
      ...PR_FILES,
      { filename: `${LOGS}/session_2026-03-02.json`, status: 'added' },
    ])
    api.requests.length = 0
    const second = await run({ payload: synchronize })

    expect(api.calls('issues/create-comment')).toEqual([])
    const [update] = api.calls('issues/update-comment')
    expect(update!.path).toBe(`/repos/${REPOSITORY}/issues/comments/${first!.id}`)
    expect(comments()).toHaveLength(1)
    expect(comments()[0]!.body).toContain('session_2026-03-02.json')
    expect(second.outputs['comment-id']).toBe(String(first!.id))

    api.requests.length = 0
    const third = await run({ payload: synchronize })
    // Only reads: no comment written, none edited.
    expect(api.requests.map((request) => request.operationId)).toEqual([
      'pulls/list-files',
      GRAPHQL,
      'issues/list-comments',
    ])
    expect(third.outputs['comment-id']).toBe(String(first!.id))
  })

  it('leaves alone a comment by someone else that quotes the marker, and a minimized one', async () => {
    const quoted = `> ${MARKER}\n> the old report said…\n\nWhy did this change?`
    const human = api.addComment(PR, { body: quoted, login: 'octocat' })
    const hidden = api.addComment(PR, { body: `${MARKER}\nold`, login: BOT, minimized: true })

    await run()

    expect(api.calls('issues/update-comment')).toEqual([])
    expect(api.calls('issues/create-comment')).toHaveLength(1)
    expect(comments().find((comment) => comment.id === human)!.body).toBe(quoted)
    expect(comments().find((comment) => comment.id === hidden)!.body).toBe(`${MARKER}\nold`)
    expect(comments()).toHaveLength(3)
  })

  it('finds its comment on the third page of a busy pull request', async () => {
    for (let n = 0; n < 230; n++)
      api.addComment(PR, { body: `LGTM ${n}`, login: n % 2 === 0 ? 'octocat' : 'hubot' })
    const own = api.addComment(PR, { body: `${MARKER}\nan older report`, login: BOT })
    for (let n = 0; n < 20; n++) api.addComment(PR, { body: `nit ${n}`, login: 'octocat' })

    const result = await run()

    expect(api.calls('issues/list-comments').map((request) => request.query)).toEqual([
      { per_page: '100' },
      { per_page: '100', page: '2' },
      { per_page: '100', page: '3' },
    ])
    expect(api.calls('issues/create-comment')).toEqual([])
    expect(api.calls('issues/update-comment')[0]!.path).toMatch(new RegExp(`/comments/${own}$`))
    expect(result.outputs['comment-id']).toBe(String(own))
    expect(comments()).toHaveLength(251)
  })

  it('finds the comments of a personal token by the login GitHub gives for it', async () => {
    const own = api.addComment(PR, { body: `${MARKER}\nan older report`, login: 'octo-dev' })
    const bots = api.addComment(PR, { body: `${MARKER}\nfrom the workflow token`, login: BOT })

    await run({ inputs: { 'github-token': PERSONAL_TOKEN } })

    expect(api.calls(GRAPHQL)[0]!.status).toBe(200)
    expect(api.calls('issues/update-comment')[0]!.path).toMatch(new RegExp(`/comments/${own}$`))
    expect(comments().find((comment) => comment.id === bots)!.body).toContain('from the workflow')
  })

  it.each([
    ['the workflow token', WORKFLOW_TOKEN, BOT],
    ["a GitHub App's installation token", APP_TOKEN, APP_BOT],
    ['a personal token', PERSONAL_TOKEN, 'octo-dev'],
  ])('finds and updates the comment of %s, never a second one', async (_, token, login) => {
    // Every other kind of token has a comment with the marker too: none of them is taken.
    const others = [BOT, APP_BOT, 'octo-dev'].filter((other) => other !== login)
    for (const other of others) api.addComment(PR, { body: `${MARKER}\nby ${other}`, login: other })

    await run({ inputs: { 'github-token': token } })
    const synchronize = webhook('pull_request', 'synchronize')
    api.pullRequests.set(PR, [
      ...PR_FILES,
      { filename: `${LOGS}/session_2026-03-02.json`, status: 'added' },
    ])
    const second = await run({ inputs: { 'github-token': token }, payload: synchronize })

    const own = comments().filter((comment) => comment.login === login)
    expect(own).toHaveLength(1)
    expect(own[0]!.body).toContain('session_2026-03-02.json')
    expect(api.calls('issues/create-comment')).toHaveLength(1)
    expect(api.calls('issues/update-comment')).toHaveLength(1)
    expect(second.outputs['comment-id']).toBe(String(own[0]!.id))
    for (const other of others)
      expect(comments().find((comment) => comment.login === other)!.body).toBe(
        `${MARKER}\nby ${other}`,
      )
    expect(api.calls('users/get-authenticated')).toEqual([])
  })

  it.each([
    ['a personal token, by REST', PERSONAL_TOKEN, 'octo-dev'],
    ['the workflow token, assumed when REST refuses to say', WORKFLOW_TOKEN, BOT],
  ])('falls back when GraphQL does not answer: %s', async (_, token, login) => {
    const own = api.addComment(PR, { body: `${MARKER}\nan older report`, login })
    api.faults.push({
      operationId: GRAPHQL,
      status: 200,
      message: 'API rate limit exceeded for user.',
      times: 1,
    })

    const result = await run({ inputs: { 'github-token': token } })

    expect(api.calls(GRAPHQL).map((request) => request.status)).toEqual([200])
    expect(api.calls('users/get-authenticated')).toHaveLength(1)
    expect(api.calls('issues/create-comment')).toEqual([])
    expect(api.calls('issues/update-comment')[0]!.path).toMatch(new RegExp(`/comments/${own}$`))
    expect(result.stdout).toContain("GitHub's GraphQL API did not say who the token is")
  })

  it('fails, naming the input, when GitHub does not know the token', async () => {
    api.tokens.delete(WORKFLOW_TOKEN)

    const dir = await mkdtemp(path.join(tmpdir(), 'pr-comment-'))
    await writeFile(path.join(dir, 'event.json'), JSON.stringify(webhook('pull_request', 'opened')))
    const result = await runAction({
      workspace: EXAMPLES,
      inputs: { 'comment-on-pr': 'true', 'github-token': WORKFLOW_TOKEN, 'comment-scope': 'all' },
      env: {
        GITHUB_API_URL: api.url,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
        GITHUB_REPOSITORY: REPOSITORY,
      },
      outDir: dir,
    })

    expect(api.violations).toEqual([])
    expect(result.exitCode).toBe(1)
    expect(api.calls(GRAPHQL).map((request) => request.status)).toEqual([401])
    expect(api.calls('users/get-authenticated')).toEqual([])
    expect(annotations(result, 'error')[0]).toContain(
      'Could not find the earlier comment on pull request #2: GitHub answered 401',
    )
    expect(annotations(result, 'error')[0]).toContain("Check that 'github-token' is a valid token.")
    expectFullSummary(result)
  })

  it('recreates the comment: posts a new one, then deletes the earlier', async () => {
    const old = api.addComment(PR, { body: `${MARKER}\nan older report`, login: BOT })

    const result = await run({ inputs: { 'comment-mode': 'recreate' } })

    expect(api.requests.map((request) => request.operationId).slice(-2)).toEqual([
      'issues/create-comment',
      'issues/delete-comment',
    ])
    expect(api.calls('issues/delete-comment')[0]!.path).toMatch(new RegExp(`/comments/${old}$`))
    expect(comments()).toHaveLength(1)
    expect(comments()[0]!.id).not.toBe(old)
    expect(result.outputs['comment-id']).toBe(String(comments()[0]!.id))
  })

  it('posts a new comment every run in mode new, without looking for earlier ones', async () => {
    api.addComment(PR, { body: `${MARKER}\nan older report`, login: BOT })

    await run({ inputs: { 'comment-mode': 'new' } })
    await run({ inputs: { 'comment-mode': 'new' } })

    expect(api.calls('issues/list-comments')).toEqual([])
    expect(api.calls(GRAPHQL)).toEqual([])
    expect(api.calls('issues/create-comment')).toHaveLength(2)
    expect(comments()).toHaveLength(3)
  })

  it('shows every log with comment-scope all, for the pr-number of a workflow_run', async () => {
    const result = await run({
      event: 'workflow_run',
      payload: webhook('workflow_run', 'completed'),
      inputs: { 'comment-scope': 'all', 'pr-number': String(PR) },
    })

    expect(api.calls('pulls/list-files')).toEqual([])
    const body = comments()[0]!.body
    await expect(body).toMatchFileSnapshot('outputs/pr-comment-all.md')
    for (const day of ['02', '03', '04']) expect(body).toContain(`session_2026-03-${day}.json`)
    expect(body).not.toContain('All session logs:')
    expect(result.outputs['comment-id']).toBe(String(comments()[0]!.id))
  })

  it('says so, without posting, when the pull request changes no session log', async () => {
    api.pullRequests.set(PR, [{ filename: 'README.md', status: 'modified' }])

    const result = await run()

    expect(api.calls('issues/create-comment')).toEqual([])
    expect(annotations(result, 'notice')).toEqual([
      `No session log was added or changed in this pull request: no comment was posted on pull request #${PR}.`,
    ])
    expect(result.outputs['comment-id']).toBeUndefined()
  })

  it('skips a pull request from a fork up front, with a notice', async () => {
    const result = await run({ payload: fromFork(webhook('pull_request', 'opened')) })

    expect(api.requests).toEqual([])
    expectFullSummary(result)
    expect(annotations(result, 'notice')).toEqual([
      expect.stringMatching(/^Pull request #2 comes from a fork.*`workflow_run`/),
    ])
    expect(result.outputs['comment-id']).toBeUndefined()
  })

  it('comments on a pull request from a fork under pull_request_target, whose token may write', async () => {
    const result = await run({
      event: 'pull_request_target',
      payload: fromFork(webhook('pull_request', 'opened')),
    })

    expect(comments()).toHaveLength(1)
    expect(result.outputs['comment-id']).toBe(String(comments()[0]!.id))
  })

  it('warns with the permissions to grant when GitHub answers 403, and the step passes', async () => {
    api.tokens.set(WORKFLOW_TOKEN, { kind: 'installation', login: BOT, readOnly: true })

    const result = await run()

    expect(api.calls('issues/create-comment')[0]!.status).toBe(403)
    expect(comments()).toEqual([])
    const [warning] = annotations(result, 'warning')
    expect(warning).toContain(
      `Could not create a comment on pull request #${PR}: GitHub answered 403 (Resource not accessible by integration`,
    )
    expect(warning).toContain('permissions:\n  contents: read\n  pull-requests: write')
    expect(result.outputs['comment-id']).toBeUndefined()
    expect(result.outputs.files).toBe('5')
    expectFullSummary(result)
  })

  it('retries a server error, then succeeds', async () => {
    api.faults.push({
      operationId: 'issues/create-comment',
      status: 500,
      message: 'Server Error',
      times: 1,
    })

    const result = await run()

    expect(api.calls('issues/create-comment').map((request) => request.status)).toEqual([500, 201])
    expect(comments()).toHaveLength(1)
    expect(result.outputs['comment-id']).toBe(String(comments()[0]!.id))
  })

  it('waits out a secondary rate limit, then succeeds', async () => {
    api.faults.push({
      operationId: 'pulls/list-files',
      status: 403,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes.',
      headers: { 'retry-after': '1' },
      times: 1,
    })

    await run()

    expect(api.calls('pulls/list-files').map((request) => request.status)).toEqual([403, 200])
    expect(comments()).toHaveLength(1)
  })

  it('leaves out detail to stay within 65,536 characters, and links the step summary', async () => {
    const workspace = await mkdtemp(path.join(tmpdir(), 'pr-comment-many-'))
    const logs = Array.from({ length: 600 }, (_, n) => {
      const day = new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)
      return {
        name: `session_${day}.json`,
        log: sessionLog({
          sessionId: `${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`,
          day,
          tools: ['Read', 'Edit', 'Bash'],
          summaries: [`Refactored module ${n} of the invoice service and its tests`],
        }),
      }
    })
    const paths = await writeLogs(workspace, logs)
    api.pullRequests.set(
      PR,
      paths.map((filename) => ({ filename, status: 'added' })),
    )

    const result = await run({ workspace })

    expect(api.calls('pulls/list-files')).toHaveLength(6)
    const body = comments()[0]!.body
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    expect(body).toContain('**600 files**')
    expect(body).toMatch(
      /_Left out to stay within GitHub's size limit: the details of [\d,]+ files, the rows of the [\d,]+ oldest files\. The full report is in the \[run's step summary\]\(https:\/\/github\.com\/Codertocat\/Hello-World\/actions\/runs\/4242\)\._/,
    )
    // The newest files keep their rows; the step summary, with its larger limit, keeps them all.
    expect(body).toContain('session_2025-08-22.json')
    expect(body).not.toContain('session_2024-01-01.json')
    expect(result.summary).toContain('session_2024-01-01.json')
  })

  it('keeps log text from forging the marker, closing a details block, pinging or adding HTML', async () => {
    const hostile = [
      MARKER,
      '<!-- claude-session-report:default -->',
      '</details></summary><img src=x onerror=alert(1)>',
      '@octocat and @acme/security-team, see #1 and https://evil.example',
      '<script>alert(1)</script> [click](javascript:alert(1)) ![x](https://evil.example/x.png)',
    ]
    const workspace = await mkdtemp(path.join(tmpdir(), 'pr-comment-hostile-'))
    const paths = await writeLogs(workspace, [
      {
        name: 'session_2026-03-05.json',
        log: sessionLog({
          sessionId: '7f0c9a1e-5b2d-4c3e-9f10-2a3b4c5d6e7f',
          day: '2026-03-05',
          prompts: hostile,
          tools: hostile,
          summaries: hostile,
        }),
      },
    ])
    api.pullRequests.set(PR, [{ filename: paths[0]!, status: 'added' }])

    await run({ workspace })

    const body = comments()[0]!.body
    expect(body.startsWith(`${MARKER}\n`)).toBe(true)
    expect(body.indexOf('<!--', MARKER.length)).toBe(-1)
    expect(body.match(/<details>/g)).toHaveLength(1)
    expect(body.match(/<\/details>/g)).toHaveLength(1)
    expect(body.match(/<\/summary>/g)).toHaveLength(1)
    expect(body).not.toMatch(/@[\p{L}\p{N}]/u)
    expect(body).not.toMatch(/(?<!&)#\d/)
    expect(body).not.toMatch(/<(img|script)/i)
    expect(body).not.toContain('](javascript')
    expect(body).not.toContain('https://evil')
    // The text is still there to read: the escapes render as the characters written.
    expect(body).toContain('@&#8203;octocat')
  })

  it('redacts secrets in the sessions of the pull request, as in the step summary', async () => {
    const secrets = [
      'deploy with token=s3cr3t-value-123',
      'export GITHUB_TOKEN=ghp_0123456789abcdefghijABCDEFGHIJ012345',
      'AKIAIOSFODNN7EXAMPLE is the key',
    ]
    const workspace = await mkdtemp(path.join(tmpdir(), 'pr-comment-secrets-'))
    const paths = await writeLogs(workspace, [
      {
        name: 'session_2026-03-06.json',
        log: sessionLog({
          sessionId: '5e0c9a1e-5b2d-4c3e-9f10-2a3b4c5d6e70',
          day: '2026-03-06',
          tools: ['Bash'],
          summaries: secrets,
        }),
      },
    ])
    api.pullRequests.set(PR, [{ filename: paths[0]!, status: 'added' }])

    const result = await run({ workspace })

    const body = comments()[0]!.body
    expect(body).toContain('&#91;REDACTED&#93;')
    for (const secret of ['s3cr3t-value-123', 'ghp_0123456789', 'AKIAIOSFODNN7EXAMPLE']) {
      expect(body).not.toContain(secret)
      expect(result.summary).not.toContain(secret)
    }
  })

  it('skips with a notice when there is no pull request to comment on', async () => {
    const result = await run({ event: 'push', payload: webhook('push') })

    expect(api.requests).toEqual([])
    expectFullSummary(result)
    expect(annotations(result, 'notice')).toEqual([
      "No pull request to comment on: the push event names none and 'pr-number' is empty. No comment was posted.",
    ])
  })

  it('fails the step, naming the input, when a comment input is invalid', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pr-comment-'))
    const result = await runAction({
      workspace: EXAMPLES,
      inputs: { 'comment-on-pr': 'true', 'comment-mode': 'sometimes', 'pr-number': '#2' },
      env: { GITHUB_API_URL: api.url },
      outDir: dir,
    })

    expect(result.exitCode).toBe(1)
    expect(annotations(result, 'error')).toEqual([
      `Invalid inputs: input 'comment-mode' is "sometimes": expected one of update, recreate, new; ` +
        `input 'pr-number' is "#2": expected a pull request number, or nothing`,
    ])
    expect(api.requests).toEqual([])
  })

  it('is the only part of the action that loads the API client, from a chunk of its own', async () => {
    const dist = path.dirname(ACTION)
    const chunks = (await readdir(dist)).filter((name) => /^\d+\.index\.js$/.test(name))
    expect(chunks.length).toBeGreaterThan(0)
    // The bundle without its chunks still makes a report, as long as no comment is asked for.
    const bare = await mkdtemp(path.join(tmpdir(), 'pr-comment-dist-'))
    for (const name of ['index.js', 'package.json'])
      await copyFile(path.join(dist, name), path.join(bare, name))
    const dir = await mkdtemp(path.join(tmpdir(), 'pr-comment-'))
    const files = {
      summary: path.join(dir, 'summary.md'),
      output: path.join(dir, 'outputs.txt'),
      temp: dir,
    }
    await writeFile(files.summary, '')
    await writeFile(files.output, '')
    const start = (inputs: Record<string, string>) =>
      spawnSync(process.execPath, [path.join(bare, 'index.js')], {
        cwd: EXAMPLES,
        env: runnerEnv({ workspace: EXAMPLES, inputs }, files),
        encoding: 'utf8',
      })

    expect(start({}).status).toBe(0)
    const withComment = start({ 'comment-on-pr': 'true', 'github-token': WORKFLOW_TOKEN })
    expect(withComment.status).toBe(1)
    expect(withComment.stdout).toMatch(/::error::Cannot find module .*\d+\.index\.js/)
  })
})
