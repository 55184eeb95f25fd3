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
})
