/**
 * The fake GitHub API is only as good as its checks: these show that it refuses what GitHub's
 * REST description does not allow, so that the comment tests' "no violations" means something.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FakeGitHub } from './support/github-api.ts'

let api: FakeGitHub

beforeEach(async () => {
  api = await new FakeGitHub('acme/invoice-service').start()
  api.tokens.set('t', { kind: 'user', login: 'octo-dev' })
  api.pullRequests.set(7, [])
})

afterEach(async () => {
  await api.stop()
})

function call(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${api.url}${path}`, {
    method,
    headers: { authorization: 'token t', 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  })
}

describe('the fake GitHub API', () => {
  it('accepts a request that GitHub describes, and answers as GitHub does', async () => {
    const response = await call('POST', '/repos/acme/invoice-service/issues/7/comments', {
      body: 'Thanks!',
    })

    expect(response.status).toBe(201)
    expect(await response.json()).toMatchObject({ body: 'Thanks!', user: { login: 'octo-dev' } })
    expect(api.violations).toEqual([])
  })

  it('records a route that GitHub does not have', async () => {
    const response = await call('GET', '/repos/acme/invoice-service/pulls/7/comment-list')

    expect(response.status).toBe(404)
    expect(api.violations).toEqual([
      "GET /repos/acme/invoice-service/pulls/7/comment-list: no such route in GitHub's REST API",
    ])
  })

  it('records parameters and bodies that do not fit the description', async () => {
    await call('GET', '/repos/acme/invoice-service/issues/seven/comments?per_page=100&sort=new')
    await call('POST', '/repos/acme/invoice-service/issues/7/comments', { text: 'Thanks!' })
    await call('PATCH', '/repos/acme/invoice-service/issues/comments/1', { body: 42 })

    expect(api.violations).toEqual([
      'GET /repos/acme/invoice-service/issues/seven/comments (issues/list-comments): path parameters/issue_number must be integer',
      "GET /repos/acme/invoice-service/issues/seven/comments (issues/list-comments): query parameters must NOT have additional properties ('sort')",
      "POST /repos/acme/invoice-service/issues/7/comments (issues/create-comment): body must have required property 'body'",
      'PATCH /repos/acme/invoice-service/issues/comments/1 (issues/update-comment): body/body must be string',
    ])
  })

  it('answers GraphQL viewer { login } for each kind of token, and only that query', async () => {
    api.tokens.set('workflow', { kind: 'installation', login: 'github-actions[bot]' })
    api.tokens.set('app', { kind: 'installation', login: 'acme-reports[bot]' })
    const viewer = async (token: string, query = 'query { viewer { login } }') => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { authorization: `bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      })
      const body = (await response.json()) as { data?: { viewer: { login: string } } }
      return { status: response.status, body }
    }

    expect(await viewer('t')).toEqual({
      status: 200,
      body: { data: { viewer: { login: 'octo-dev' } } },
    })
    expect((await viewer('workflow')).body.data?.viewer.login).toBe('github-actions[bot]')
    expect((await viewer('app')).body.data?.viewer.login).toBe('acme-reports[bot]')
    expect((await viewer('unknown')).status).toBe(401)
    expect(api.violations).toEqual([])

    await viewer('t', 'query { repository(owner: "a", name: "b") { id } }')
    expect(api.violations).toEqual([
      'POST /graphql: the fake answers only { viewer { login } }, not "query { repository(owner: \\"a\\", name: \\"b\\") { id } }"',
    ])
  })
})
