/**
 * Keeps the report as one comment on a pull request. The only module that writes through the
 * GitHub API; main.ts imports it only when a comment is asked for, so that a run without one
 * never loads the API client.
 */
import * as core from '@actions/core'
import * as github from '@actions/github'
import type { Analysis } from '../analyse.js'
import { Input, type CommentInputs } from '../inputs.js'
import { quoted } from '../log-text.js'
import type { FileOutcome } from '../model.js'
import { commentMarker, renderComment } from '../render/comment.js'
import type { ReportContext } from '../render/report.js'
import { fileUrlAtCommit, runnerContext } from '../runner.js'
import { createOctokit, type Octokit } from './octokit.js'

/**
 * Who writes with a workflow's GITHUB_TOKEN: the login assumed for an installation token when only
 * REST can be asked who the token is (`GET /user` answers 403 to such tokens).
 */
export const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]'

export const PERMISSIONS_SNIPPET = ['permissions:', '  contents: read', '  pull-requests: write']

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']
const SCOPE_LABEL = 'added or changed in this pull request'

/** What the comment is made from. */
export interface CommentJob {
  readonly inputs: CommentInputs
  /** Redacted, as everything published is made from them. */
  readonly outcomes: readonly FileOutcome[]
  /** The analysis of every outcome. */
  readonly analysis: Analysis
  /** Analyses some of the outcomes, as `analysis` was made from all of them. */
  readonly summarise: (outcomes: readonly FileOutcome[]) => Analysis
  /** The report's context; `fullReportUrl` only when the step summary holds the full report. */
  readonly context: ReportContext
}

/** The pull request to comment on, or why there is none. */
export type CommentTarget =
  { readonly number: number; readonly headSha: string | null } | { readonly skip: string }

/** The parts of a webhook payload that name a pull request. */
interface EventPayload {
  readonly pull_request?: {
    readonly number: number
    readonly head: { readonly sha: string; readonly repo: { readonly id: number } | null }
    readonly base: { readonly repo: { readonly id: number } }
  }
  readonly workflow_run?: { readonly head_sha?: string }
}

/**
 * The pull request of a `pull_request`/`pull_request_target` event, else the `pr-number` input.
 * A `pull_request` from a fork is skipped: GitHub gives such a run a read-only token. Pure.
 */
export function commentTarget(
  eventName: string,
  payload: EventPayload,
  prNumber: number | null,
): CommentTarget {
  const pr = PULL_REQUEST_EVENTS.includes(eventName) ? payload.pull_request : undefined
  if (pr !== undefined) {
    if (eventName === 'pull_request' && pr.head.repo?.id !== pr.base.repo.id)
      return {
        skip:
          `Pull request #${pr.number} comes from a fork, and GitHub gives its workflow a read-only ` +
          'token: no comment was posted. The README shows how to comment on pull requests from ' +
          'forks with a second workflow on `workflow_run`.',
      }
    return { number: pr.number, headSha: pr.head.sha }
  }
  if (prNumber !== null)
    return { number: prNumber, headSha: payload.workflow_run?.head_sha ?? null }
  return {
    skip:
      `No pull request to comment on: the ${eventName || 'current'} event names none and ` +
      `'${Input.prNumber}' is empty. No comment was posted.`,
  }
}

/** What the comment step gives back. */
export interface CommentResult {
  /** The comment outputs, empty when none was written. */
  readonly outputs: Record<string, string>
  /** The analysis the comment details (the pull request's logs with `changed`); null for none. */
  readonly shown: Analysis | null
}

/** Posts or updates the comment. */
export async function publishComment(job: CommentJob): Promise<CommentResult> {
  let shown: Analysis | null = null
  const outputs = await commentOutputs(job, (analysis) => (shown = analysis))
  return { outputs, shown }
}

async function commentOutputs(
  job: CommentJob,
  detailed: (analysis: Analysis) => void,
): Promise<Record<string, string>> {
  const { inputs } = job
  const payload = github.context.payload as EventPayload
  const target = commentTarget(github.context.eventName, payload, inputs.prNumber)
  if ('skip' in target) {
    core.notice(target.skip)
    return {}
  }
  if (inputs.token === '')
    throw new Error(
      `Input '${Input.githubToken}' is empty, so the pull-request comment cannot be written: ` +
        `pass a token (the default is \${{ github.token }}) or set '${Input.commentOnPr}' to false.`,
    )
  const pr = { ...github.context.repo, issue_number: target.number }
  const octokit = createOctokit(inputs.token)
  const runner = runnerContext()
  const context: ReportContext = {
    ...job.context,
    fileUrl: fileUrlAtCommit({ ...runner, sha: target.headSha ?? runner.sha }),
    ...(inputs.scope === 'changed' && {
      scope: {
        label: SCOPE_LABEL,
        overall: job.analysis.totals,
        overallUsage: job.analysis.usage,
      },
    }),
  }

  const step = { doing: 'list the files of' }
  try {
    let shown = job.analysis
    if (inputs.scope === 'changed') {
      const changed = await changedFiles(octokit, pr)
      shown = job.summarise(job.outcomes.filter((outcome) => changed.has(outcome.path)))
    }
    detailed(shown)
    const marker = commentMarker(inputs.tag)
    const body = renderComment(shown, context, marker, inputs.layout)
    const nothingToShow = shown.totals.files === 0 && shown.totals.unreadableFiles === 0
    const comment = await writeComment(octokit, pr, { body, marker, nothingToShow }, inputs, step)
    if (comment === null) {
      core.notice(
        `No session log was ${inputs.scope === 'changed' ? SCOPE_LABEL : 'found'}: no comment was posted on pull request #${pr.issue_number}.`,
      )
      return {}
    }
    return { 'comment-id': String(comment.id), 'comment-url': comment.html_url }
  } catch (error) {
    const status = statusOf(error)
    const message = error instanceof Error ? error.message : String(error)
    const answer = status === undefined ? message : `GitHub answered ${status} (${message})`
    const failed = `Could not ${step.doing} pull request #${pr.issue_number}: ${answer}.`
    if (status === 403 || status === 404) {
      core.warning(
        [
          `${failed} The token needs permission to write pull-request comments on this repository` +
            (status === 404 ? ', and the pull request must exist.' : '.') +
            ` A workflow's GITHUB_TOKEN gets it from the job's permissions; a pull request from a ` +
            "fork or Dependabot's gets a read-only token (the README shows the `workflow_run` set-up for those).",
          '',
          ...PERMISSIONS_SNIPPET,
        ].join('\n'),
        { title: 'Pull-request comment not written' },
      )
      return {}
    }
    if (status === 401)
      throw new Error(`${failed} Check that '${Input.githubToken}' is a valid token.`, {
        cause: error,
      })
    throw new Error(failed, { cause: error })
  }
}

interface PullRequest {
  readonly owner: string
  readonly repo: string
  readonly issue_number: number
}

interface Comment {
  readonly id: number
  readonly html_url: string
}

/** Paths of the files a pull request adds or changes (all pages: GitHub lists up to 3,000). */
async function changedFiles(octokit: Octokit, pr: PullRequest): Promise<Set<string>> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.issue_number,
    per_page: 100,
  })
  return new Set(files.filter((file) => file.status !== 'removed').map((file) => file.filename))
}

/**
 * Writes the comment as the mode says. Never starts a new comment only to say there is nothing to
 * show; an existing one is still brought up to date. Returns null when nothing was written.
 */
async function writeComment(
  octokit: Octokit,
  pr: PullRequest,
  comment: { readonly body: string; readonly marker: string; readonly nothingToShow: boolean },
  inputs: CommentInputs,
  step: { doing: string },
): Promise<Comment | null> {
  step.doing = 'find the earlier comment on'
  const earlier = inputs.mode === 'new' ? [] : await ownComments(octokit, pr, comment.marker)
  const latest = earlier.at(-1)
  if (comment.nothingToShow && latest === undefined) return null

  if (inputs.mode === 'update' && latest !== undefined) {
    if (latest.body === comment.body) {
      core.info(`Comment ${latest.html_url} is already up to date.`)
      return latest
    }
    step.doing = 'update the comment on'
    const { data } = await octokit.rest.issues.updateComment({
      owner: pr.owner,
      repo: pr.repo,
      comment_id: latest.id,
      body: comment.body,
    })
    core.info(`Updated comment ${data.html_url}.`)
    return data
  }

  step.doing = 'create a comment on'
  const { data } = await octokit.rest.issues.createComment({ ...pr, body: comment.body })
  core.info(`Created comment ${data.html_url}.`)
  // Posted before the old ones go, so that a failure never leaves the pull request without one.
  step.doing = 'delete the earlier comment on'
  for (const old of inputs.mode === 'recreate' ? earlier : []) {
    await octokit.rest.issues.deleteComment({ owner: pr.owner, repo: pr.repo, comment_id: old.id })
    core.info(`Deleted the earlier comment ${old.html_url}.`)
  }
  return data
}

/**
 * The comments that carry the marker, written by the token's own identity and not minimized,
 * oldest first, from every page: a human who quotes the marker cannot take the comment over.
 */
async function ownComments(
  octokit: Octokit,
  pr: PullRequest,
  marker: string,
): Promise<(Comment & { readonly body: string })[]> {
  const login = await tokenLogin(octokit)
  const found: (Comment & { body: string })[] = []
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...pr,
    per_page: 100,
  })
  for await (const { data } of pages) {
    for (const comment of data) {
      if (
        comment.user?.login === login &&
        // Newer than the client's types: null, or absent on older servers, unless hidden.
        !(comment as { minimized?: unknown }).minimized &&
        comment.body?.includes(marker)
      )
        found.push({ id: comment.id, html_url: comment.html_url, body: comment.body })
    }
  }
  return found
}

/**
 * The login the token writes as. GraphQL's `viewer` answers for every kind of token: a personal
 * token, the workflow's GITHUB_TOKEN (`github-actions[bot]`) and a GitHub App's installation token
 * (`<app-slug>[bot]`). Should GraphQL fail for another reason than a bad token (its own rate limit,
 * a server that does not serve it), REST's `GET /user` answers for a personal token, and an
 * installation token, which it refuses, is taken for the workflow's.
 */
async function tokenLogin(octokit: Octokit): Promise<string> {
  try {
    const { viewer } = await octokit.graphql<{ viewer: { login: string } }>(
      'query { viewer { login } }',
    )
    return viewer.login
  } catch (error) {
    if (statusOf(error) === 401) throw error
    core.info(
      `GitHub's GraphQL API did not say who the token is (${quoted(error instanceof Error ? error.message : String(error))}); asking its REST API.`,
    )
  }
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login
  } catch (error) {
    if (statusOf(error) === 403 && /not accessible by integration/i.test(String(error)))
      return WORKFLOW_TOKEN_LOGIN
    throw error
  }
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}
