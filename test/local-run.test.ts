/**
 * `npm run local-action` links the report's files to the repository of the folder it reads, at
 * its commit, and to nothing when there is none: never to a repository that is not the folder's.
 */
import { execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repositoryOf, webRepository } from '../scripts/local-repository.ts'
import { localRun } from '../scripts/local-run.ts'
import { FIXTURES } from './support/fixtures.js'

let root = ''
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'local-run-'))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

function git(folder: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-C', folder, '-c', 'user.name=Test', '-c', 'user.email=test@example.test', ...args],
    { encoding: 'utf8' },
  ).trim()
}

/** A repository holding the team-week logs in `sessions/`, committed, with the given remotes. */
async function repository(name: string, remotes: Record<string, string>, commit = true) {
  const dir = path.join(root, name)
  await mkdir(dir)
  git(dir, 'init', '--quiet')
  await cp(path.join(FIXTURES, 'team-week'), path.join(dir, 'sessions'), { recursive: true })
  if (commit) {
    git(dir, 'add', '--all')
    git(dir, 'commit', '--quiet', '--message', 'logs')
  }
  for (const [remote, url] of Object.entries(remotes)) git(dir, 'remote', 'add', remote, url)
  return dir
}

describe("a git remote's web address", () => {
  it.each([
    ['https://github.com/octo/logs.git', 'https://github.com', 'octo/logs'],
    ['https://github.com/octo/logs', 'https://github.com', 'octo/logs'],
    [
      'https://x-access-token:ghs_secret@github.com/octo/logs.git',
      'https://github.com',
      'octo/logs',
    ],
    ['git@github.com:octo/logs.git', 'https://github.com', 'octo/logs'],
    ['ssh://git@github.com:22/octo/logs.git', 'https://github.com', 'octo/logs'],
    ['https://git.example.test:8443/team/logs.git', 'https://git.example.test:8443', 'team/logs'],
  ])('of %s is %s/%s, without credentials', (remote, serverUrl, name) => {
    expect(webRepository(remote)).toEqual({ serverUrl, repository: name })
  })

  it.each(['/srv/git/logs.git', '../logs', 'file:///srv/git/logs.git', 'https://github.com/', ''])(
    'of %j is none',
    (remote) => {
      expect(webRepository(remote)).toBeNull()
    },
  )
})

describe('the repository of a folder', () => {
  it('is none without a remote, without a commit, or with a remote on this machine', async () => {
    expect(repositoryOf(await repository('no-remote', {}))).toBeNull()
    expect(
      repositoryOf(await repository('no-commit', { origin: 'https://github.com/o/r' }, false)),
    ).toBeNull()
    expect(repositoryOf(await repository('local-remote', { origin: '/srv/git/r.git' }))).toBeNull()
  })

  it("is origin's when there are several remotes, at the checked-out commit", async () => {
    const dir = await repository('two-remotes', {
      fork: 'https://github.com/someone/logs.git',
      origin: 'git@github.com:octo/logs.git',
    })
    expect(repositoryOf(path.join(dir, 'sessions'))).toEqual({
      serverUrl: 'https://github.com',
      repository: 'octo/logs',
      sha: git(dir, 'rev-parse', 'HEAD'),
      prefix: 'sessions/',
    })
  })
})

describe('npm run local-action', () => {
  it("links each file to the folder's repository at its commit, at its path there", async () => {
    const dir = await repository('linked', { origin: 'https://github.com/octo/logs.git' })
    const sha = git(dir, 'rev-parse', 'HEAD')
    const run = await localRun({
      source: path.join(dir, 'sessions'),
      outDir: path.join(root, 'out-linked'),
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.files).toBe('4')
    const links = [...run.summary.matchAll(/https?:\/\/[^\s)"'<>]+\/blob\/[^\s)"'<>]+/g)].map(
      (match) => match[0],
    )
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) {
      expect(link).toMatch(
        new RegExp(`^https://github\\.com/octo/logs/blob/${sha}/sessions/\\.claude/session_logs/`),
      )
    }
  })

  it('links to nothing for a folder in no repository', async () => {
    const dir = path.join(root, 'plain')
    await cp(path.join(FIXTURES, 'team-week'), dir, { recursive: true })
    const run = await localRun({ source: dir, outDir: path.join(root, 'out-plain') })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.files).toBe('4')
    expect(run.repository).toBeNull()
    expect(run.summary).not.toMatch(/\/blob\//)
    expect(run.summary).not.toContain('acme')
  })
})
