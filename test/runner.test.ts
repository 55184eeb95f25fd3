import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fileUrlAtCommit, runnerContext, runUrl } from '../src/runner.js'

const github = {
  GITHUB_WORKSPACE: '/home/runner/work/app/app',
  GITHUB_SERVER_URL: 'https://github.example.com/',
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_RUN_ID: '4242',
}

describe('runnerContext', () => {
  it('reads the runner environment', () => {
    expect(runnerContext(github)).toEqual({
      workspace: path.resolve('/home/runner/work/app/app'),
      serverUrl: 'https://github.example.com',
      repository: 'acme/app',
      sha: '0123456789abcdef0123456789abcdef01234567',
      runId: '4242',
    })
  })

  it('falls back to the current folder and github.com outside a runner', () => {
    expect(runnerContext({ GITHUB_REPOSITORY: '' })).toEqual({
      workspace: process.cwd(),
      serverUrl: 'https://github.com',
      repository: null,
      sha: null,
      runId: null,
    })
  })
})

describe('links', () => {
  it('links a file at the commit, each path segment encoded', () => {
    const url = fileUrlAtCommit(runnerContext(github))!
    expect(url('.claude/session_logs/session #2 (copy)?.json')).toBe(
      'https://github.example.com/acme/app/blob/0123456789abcdef0123456789abcdef01234567/.claude/session_logs/session%20%232%20(copy)%3F.json',
    )
  })

  it('links the run', () => {
    expect(runUrl(runnerContext(github))).toBe(
      'https://github.example.com/acme/app/actions/runs/4242',
    )
  })

  it('makes no link without a repository, commit or run', () => {
    expect(fileUrlAtCommit(runnerContext({ GITHUB_REPOSITORY: 'acme/app' }))).toBeUndefined()
    expect(fileUrlAtCommit(runnerContext({ GITHUB_SHA: 'abc' }))).toBeUndefined()
    expect(runUrl(runnerContext({ GITHUB_REPOSITORY: 'acme/app' }))).toBeUndefined()
  })
})
