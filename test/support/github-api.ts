/**
 * A loopback HTTP server that plays the part of GitHub's REST API for the comment tests: users,
 * a pull request's files and its comments, with pagination, authors, minimized comments, the
 * 403 a read-only token gets, and scripted failures; and the GraphQL query that asks who a token
 * is. Every REST request is checked against GitHub's own description (`RestDescription`); a request
 * it does not describe is a violation, answered 404.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { RestDescription, type Route } from './openapi.ts'

/**
 * Who a token is. An installation token (a workflow's GITHUB_TOKEN, or an App's, whose login is
 * `<app-slug>[bot]`) cannot ask `GET /user`; GraphQL's `viewer` answers for every kind.
 */
export type TokenIdentity =
  | { readonly kind: 'user'; readonly login: string; readonly readOnly?: boolean }
  | { readonly kind: 'installation'; readonly login: string; readonly readOnly?: boolean }

export interface StoredComment {
  readonly id: number
  body: string
  readonly login: string
  readonly type: 'User' | 'Bot'
  readonly minimized: boolean
}

export interface PullRequestFile {
  readonly filename: string
  readonly status: 'added' | 'modified' | 'removed' | 'renamed'
}

/** A scripted answer for the next `times` requests to one operation. */
export interface Fault {
  readonly operationId: string
  readonly status: number
  readonly message: string
  readonly headers?: Readonly<Record<string, string>>
  times: number
}

export interface RecordedRequest {
  readonly method: string
  readonly operationId: string | null
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  readonly body: unknown
  readonly status: number
}

/** The operation id under which the fake records GraphQL requests, and takes faults for them. */
export const GRAPHQL = 'graphql'
const VIEWER_LOGIN = /^\s*(?:query\s*(?:\w+\s*)?)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/

/** GitHub's documented answer when a body is too long; the fake enforces the same limit. */
export const MAX_COMMENT_LENGTH = 65_536

let description: RestDescription | undefined

export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  /** Requests GitHub would not accept, and answers GitHub would not give: each test expects none. */
  readonly violations: string[] = []
  readonly faults: Fault[] = []
  readonly tokens = new Map<string, TokenIdentity>()
  /** Comments by issue (pull request) number, oldest first. */
  readonly comments = new Map<number, StoredComment[]>()
  /** Files by pull request number. */
  readonly pullRequests = new Map<number, PullRequestFile[]>()
  private nextId = 1000
  private baseUrl = ''
  private readonly server = createServer((request, response) => {
    this.handle(request, response).catch((error: unknown) => {
      this.violations.push(`the fake API failed: ${String(error)}`)
      send(response, 500, { message: 'fake API failure' })
    })
  })

  constructor(readonly repository = 'Codertocat/Hello-World') {
    description ??= new RestDescription()
  }

  get url(): string {
    return this.baseUrl
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    const { port } = this.server.address() as AddressInfo
    this.baseUrl = `http://127.0.0.1:${port}`
    return this
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    )
  }

  /** Adds a comment as if someone had written it earlier; returns its id. */
  addComment(
    issue: number,
    comment: { body: string; login: string; type?: 'User' | 'Bot'; minimized?: boolean },
  ): number {
    const id = this.nextId++
    const list = this.comments.get(issue) ?? []
    list.push({
      id,
      body: comment.body,
      login: comment.login,
      type: comment.type ?? (comment.login.endsWith('[bot]') ? 'Bot' : 'User'),
      minimized: comment.minimized ?? false,
    })
    this.comments.set(issue, list)
    return id
  }

  /** Requests to one operation, in order. */
  calls(operationId: string): RecordedRequest[] {
    return this.requests.filter((request) => request.operationId === operationId)
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.baseUrl)
    const raw = await readBody(request)
    let body: unknown
    if (raw !== '') {
      try {
        body = JSON.parse(raw)
      } catch {
        this.violations.push(`${request.method} ${url.pathname}: the body is not JSON`)
      }
    }
    const method = request.method ?? 'GET'
    if (method === 'POST' && url.pathname === '/graphql')
      return this.graphql(request, response, body)
    const checked = description!.checkRequest(method, url.pathname, url.searchParams, body)
    const record = (status: number) =>
      this.requests.push({
        method,
        operationId: checked?.route.operationId ?? null,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body,
        status,
      })
    if (checked === null) {
      this.violations.push(`${method} ${url.pathname}: no such route in GitHub's REST API`)
      record(404)
      return send(response, 404, { message: 'Not Found' })
    }
    for (const problem of checked.problems)
      this.violations.push(`${method} ${url.pathname} (${checked.route.operationId}): ${problem}`)
    if (checked.problems.length > 0) {
      record(422)
      return send(response, 422, validationFailed(checked.problems.join('; ')))
    }

    const fault = this.faults.find(
      (candidate) => candidate.operationId === checked.route.operationId && candidate.times > 0,
    )
    if (fault !== undefined) {
      fault.times--
      record(fault.status)
      return send(response, fault.status, error(fault.message, fault.status), fault.headers)
    }

    const token = /^(?:token|bearer) (.+)$/i.exec(request.headers.authorization ?? '')?.[1]
    const identity = token === undefined ? undefined : this.tokens.get(token)
    const answer =
      identity === undefined
        ? { status: 401, body: error('Bad credentials', 401) }
        : this.answer(checked.route, identity, url.searchParams, body)
    // GitHub describes every success; its lists of error answers are incomplete (a PATCH of a
    // deleted comment answers 404 without saying so), so only successes are checked.
    if (answer.status < 300) {
      for (const problem of description!.checkResponse(
        method,
        checked.route.template,
        answer.status,
        answer.body,
      ))
        this.violations.push(`the fake's answer to ${checked.route.operationId}: ${problem}`)
    }
    record(answer.status)
    send(response, answer.status, answer.body, answer.headers)
  }

  /**
   * GitHub's GraphQL endpoint, for the one query the action asks: who the token is. Every kind of
   * token may ask it; an installation token answers with its App's bot login.
   */
  private graphql(request: IncomingMessage, response: ServerResponse, body: unknown): void {
    const record = (status: number) =>
      this.requests.push({
        method: 'POST',
        operationId: GRAPHQL,
        path: '/graphql',
        query: {},
        body,
        status,
      })
    const query = (body as { query?: unknown } | undefined)?.query
    if (typeof query !== 'string' || !VIEWER_LOGIN.test(query)) {
      this.violations.push(
        `POST /graphql: the fake answers only { viewer { login } }, not ${JSON.stringify(query)}`,
      )
      record(200)
      return send(response, 200, { errors: [{ message: 'unsupported query in the fake API' }] })
    }
    const fault = this.faults.find(
      (candidate) => candidate.operationId === GRAPHQL && candidate.times > 0,
    )
    if (fault !== undefined) {
      fault.times--
      record(fault.status)
      // GitHub answers a failed query with 200 and its errors, and a failed request with a status.
      if (fault.status === 200)
        return send(response, 200, {
          data: null,
          errors: [{ type: 'FORBIDDEN', message: fault.message }],
        })
      return send(response, fault.status, error(fault.message, fault.status), fault.headers)
    }
    const token = /^(?:token|bearer) (.+)$/i.exec(request.headers.authorization ?? '')?.[1]
    const identity = token === undefined ? undefined : this.tokens.get(token)
    if (identity === undefined) {
      record(401)
      return send(response, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/graphql',
      })
    }
    record(200)
    send(response, 200, { data: { viewer: { login: identity.login } } })
  }

  private answer(
    route: Route,
    identity: TokenIdentity,
    query: URLSearchParams,
    body: unknown,
  ): { status: number; body?: unknown; headers?: Record<string, string> } {
    const { owner, repo } = route.params
    if (owner !== undefined && `${owner}/${repo}` !== this.repository)
      return { status: 404, body: error('Not Found', 404) }
    const writes =
      route.operationId !== 'users/get-authenticated' && !/list/.test(route.operationId)
    if (writes && identity.readOnly)
      return { status: 403, body: error('Resource not accessible by integration', 403) }

    switch (route.operationId) {
      case 'users/get-authenticated':
        if (identity.kind === 'installation')
          return { status: 403, body: error('Resource not accessible by integration', 403) }
        return { status: 200, body: user(identity.login, 'User') }
      case 'pulls/list-files': {
        const files = this.pullRequests.get(Number(route.params.pull_number))
        if (files === undefined) return { status: 404, body: error('Not Found', 404) }
        return this.page(
          files.map((file) => diffEntry(this.repository, file)),
          query,
          route,
        )
      }
      case 'issues/list-comments': {
        const issue = Number(route.params.issue_number)
        if (!this.pullRequests.has(issue)) return { status: 404, body: error('Not Found', 404) }
        const comments = this.comments.get(issue) ?? []
        return this.page(
          comments.map((comment) => this.issueComment(issue, comment)),
          query,
          route,
        )
      }
      case 'issues/create-comment': {
        const issue = Number(route.params.issue_number)
        if (!this.pullRequests.has(issue)) return { status: 404, body: error('Not Found', 404) }
        const text = (body as { body: string }).body
        if (text.length > MAX_COMMENT_LENGTH)
          return {
            status: 422,
            body: validationFailed('Body is too long (maximum is 65536 characters)'),
          }
        const id = this.addComment(issue, { body: text, login: identity.login })
        return { status: 201, body: this.issueComment(issue, this.find(id)!.comment) }
      }
      case 'issues/update-comment': {
        const found = this.find(Number(route.params.comment_id))
        if (found === undefined) return { status: 404, body: error('Not Found', 404) }
        const text = (body as { body: string }).body
        if (text.length > MAX_COMMENT_LENGTH)
          return {
            status: 422,
            body: validationFailed('Body is too long (maximum is 65536 characters)'),
          }
        found.comment.body = text
        return { status: 200, body: this.issueComment(found.issue, found.comment) }
      }
      case 'issues/delete-comment': {
        const found = this.find(Number(route.params.comment_id))
        if (found === undefined) return { status: 404, body: error('Not Found', 404) }
        const list = this.comments.get(found.issue)!
        list.splice(list.indexOf(found.comment), 1)
        return { status: 204 }
      }
      default:
        this.violations.push(`${route.operationId} is described by GitHub but not played here`)
        return { status: 501, body: error('Not played by the fake API', 501) }
    }
  }

  private find(id: number): { issue: number; comment: StoredComment } | undefined {
    for (const [issue, comments] of this.comments) {
      const comment = comments.find((candidate) => candidate.id === id)
      if (comment !== undefined) return { issue, comment }
    }
    return undefined
  }

  /** One page of a list, with the `Link` header GitHub sends (first page when `page` is absent). */
  private page(
    items: readonly unknown[],
    query: URLSearchParams,
    route: Route,
  ): { status: number; body: unknown; headers: Record<string, string> } {
    const perPage = Math.min(Number(query.get('per_page') ?? 30), 100)
    const page = Number(query.get('page') ?? 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const link = (n: number, rel: string) => {
      const next = new URLSearchParams(query)
      next.set('page', String(n))
      const pathname = route.template.replace(/\{([^}]+)\}/g, (_, name: string) =>
        encodeURIComponent(route.params[name]!),
      )
      return `<${this.baseUrl}${pathname}?${next}>; rel="${rel}"`
    }
    const links = []
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'))
    return {
      status: 200,
      body: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length > 0 ? { link: links.join(', ') } : {},
    }
  }

  private issueComment(issue: number, comment: StoredComment): object {
    const api = `https://api.github.com/repos/${this.repository}`
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${api}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${this.repository}/pull/${issue}#issuecomment-${comment.id}`,
      body: comment.body,
      user: user(comment.login, comment.type),
      created_at: '2026-03-04T10:00:00Z',
      updated_at: '2026-03-04T10:00:00Z',
      issue_url: `${api}/issues/${issue}`,
      author_association: comment.type === 'Bot' ? 'NONE' : 'MEMBER',
      performed_via_github_app: null,
      pin: null,
      minimized: comment.minimized ? { reason: 'outdated' } : null,
    }
  }
}

function user(login: string, type: 'User' | 'Bot'): object {
  const url = `https://api.github.com/users/${encodeURIComponent(login)}`
  return {
    login,
    id: login.length * 1_000 + 7,
    node_id: `U_${login}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${login.length}`,
    gravatar_id: '',
    url,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    site_admin: false,
    user_view_type: 'public',
    name: null,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 2,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
  }
}

function diffEntry(repository: string, file: PullRequestFile): object {
  const sha = '6dcb09b5b57875f334f61aebed695e2e4193db5e'
  const encoded = file.filename.split('/').map(encodeURIComponent).join('/')
  return {
    sha: 'bbcd538c8e72b8c175046e27cc8f907076331401',
    filename: file.filename,
    status: file.status,
    additions: 10,
    deletions: file.status === 'added' ? 0 : 2,
    changes: 12,
    blob_url: `https://github.com/${repository}/blob/${sha}/${encoded}`,
    raw_url: `https://github.com/${repository}/raw/${sha}/${encoded}`,
    contents_url: `https://api.github.com/repos/${repository}/contents/${encoded}?ref=${sha}`,
  }
}

function error(message: string, status: number): object {
  return {
    message,
    documentation_url: 'https://docs.github.com/rest',
    status: String(status),
  }
}

function validationFailed(message: string): object {
  return {
    message: 'Validation Failed',
    errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message }],
    documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  }
}

function send(
  response: ServerResponse,
  status: number,
  body?: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const text = body === undefined ? '' : JSON.stringify(body)
  response.writeHead(status, {
    ...(text !== '' && { 'content-type': 'application/json; charset=utf-8' }),
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    ...headers,
  })
  response.end(text)
}

async function readBody(request: IncomingMessage): Promise<string> {
  let text = ''
  request.setEncoding('utf8')
  for await (const chunk of request) text += chunk as string
  return text
}
