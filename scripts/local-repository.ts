/**
 * The repository a folder of logs belongs to, so that a local run links each file to it at its
 * commit, as a run on GitHub links it to the workflow's: the folder's git work tree, its remote's
 * web address and its checked-out commit. Without any of these there is nothing to link to.
 */
import { execFileSync } from 'node:child_process'

/** A repository on the web, at one commit. */
export interface RepositoryAt {
  /** `https://github.com`, or the address of the server the remote is on. */
  readonly serverUrl: string
  /** `owner/name`. */
  readonly repository: string
  readonly sha: string
  /** The folder's path inside the repository, `/`-separated with a trailing `/`; empty for its root. */
  readonly prefix: string
}

/**
 * The web address of a git remote: `https://host/owner/name(.git)`, `git@host:owner/name.git`
 * or `ssh://git@host[:port]/owner/name.git`. Null for a remote that is a path on this machine or
 * of any other form. Credentials in the address are never kept.
 */
export function webRepository(remote: string): { serverUrl: string; repository: string } | null {
  const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+)$/.exec(remote)
  let host: string
  let pathname: string
  if (scp) {
    host = scp[1]!
    pathname = scp[2]!
  } else {
    let url: URL
    try {
      url = new URL(remote)
    } catch {
      return null
    }
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol) || url.hostname === '') {
      return null
    }
    // Only the host: a port is git's (ssh), not the web server's; user and password are dropped.
    host = url.protocol === 'https:' || url.protocol === 'http:' ? url.host : url.hostname
    pathname = url.pathname
  }
  const repository = pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '')
  if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repository)) return null
  return { serverUrl: `https://${host}`, repository }
}

function git(folder: string, args: readonly string[]): string | null {
  try {
    return execFileSync('git', ['-C', folder, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return null
  }
}

/**
 * The repository of the folder: the remote its branch follows, else `origin`, else its only
 * remote; null when the folder is in no work tree, or the repository has no commit or no remote
 * on the web.
 */
export function repositoryOf(folder: string): RepositoryAt | null {
  if (git(folder, ['rev-parse', '--is-inside-work-tree']) !== 'true') return null
  const sha = git(folder, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])
  if (sha === null || !/^[0-9a-f]{40,64}$/.test(sha)) return null
  const remotes = (git(folder, ['remote']) ?? '').split('\n').filter((name) => name !== '')
  const upstream = git(folder, ['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'])
  const followed = remotes.find((name) => upstream?.startsWith(`${name}/`))
  const remote =
    followed ??
    (remotes.includes('origin') ? 'origin' : remotes.length === 1 ? remotes[0] : undefined)
  if (remote === undefined) return null
  const url = git(folder, ['remote', 'get-url', remote])
  const web = url === null ? null : webRepository(url)
  if (web === null) return null
  return { ...web, sha, prefix: git(folder, ['rev-parse', '--show-prefix']) ?? '' }
}
