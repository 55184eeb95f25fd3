import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { load } from 'js-yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { changelogSections, checkRelease } from '../scripts/release.ts'
import { ROOT } from '../scripts/run-action.ts'

const CHANGELOG = `# Changelog

## [Unreleased]

## [1.1.0] - 2026-12-20

### Added

- A thing.

## [1.0.0] - 2026-12-02

- First.

[Unreleased]: https://example.test/compare/v1.1.0...HEAD
[1.1.0]: https://example.test/compare/v1.0.0...v1.1.0
`

describe('a release tag', () => {
  it("moves the major tag when it is package.json's version, with the changelog's notes", () => {
    expect(checkRelease('v1.1.0', '1.1.0', CHANGELOG)).toEqual({
      majorTag: 'v1',
      notes: '### Added\n\n- A thing.',
    })
    // The last section's notes stop at the link definitions.
    expect(checkRelease('v1.0.0', '1.0.0', CHANGELOG).notes).toBe('- First.')
  })

  it.each([
    ['1.1.0', '1.1.0', /not a release tag/],
    ['v1.1', '1.1.0', /not a release tag/],
    ['v1.1.0-rc.1', '1.1.0', /not a release tag/],
    ['v01.1.0', '1.1.0', /not a release tag/],
    ['v1.2.0', '1.1.0', /not package.json's version \(1.1.0\): set "version" to 1.2.0/],
  ])('refuses %s when package.json says %s', (tag, version, message) => {
    expect(() => checkRelease(tag, version, CHANGELOG)).toThrow(message)
  })

  it('refuses a version the changelog says nothing of', () => {
    expect(() => checkRelease('v1.2.0', '1.2.0', CHANGELOG)).toThrow(
      'CHANGELOG.md has no section "## [1.2.0] - YYYY-MM-DD"',
    )
    const empty = CHANGELOG.replace(
      '## [1.0.0] - 2026-12-02\n\n- First.',
      '## [1.0.0] - 2026-12-02',
    )
    expect(() => checkRelease('v1.0.0', '1.0.0', empty)).toThrow(/no section/)
  })

  it('refuses a changelog heading that is not a version and a date', () => {
    expect(() => changelogSections('## [1.0.0]\n\n- x\n')).toThrow(
      /needs a version x.y.z and a date/,
    )
    expect(() => changelogSections('## 1.0.0 - 2026-12-02\n')).toThrow(/neither/)
  })
})

describe("the project's changelog", () => {
  it('opens with what is unreleased, then versions newest first, each dated', async () => {
    const sections = changelogSections(await readFile(path.join(ROOT, 'CHANGELOG.md'), 'utf8'))
    expect(sections[0]?.version).toBe('Unreleased')
    expect(sections[0]?.body).toMatch(/### Added/)
    const released = sections.slice(1)
    const byVersion = [...released].sort((a, b) =>
      b.version.localeCompare(a.version, 'en', { numeric: true }),
    )
    expect(released).toEqual(byVersion)
  })
})

interface Workflow {
  on: { push: { tags: string[]; branches?: unknown } }
  permissions: Record<string, string>
  jobs: Record<
    string,
    { needs?: string; permissions?: Record<string, string>; steps: { run?: string }[] }
  >
}

describe('the release workflow', async () => {
  const workflow = load(
    await readFile(path.join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8'),
  ) as Workflow
  const runs = (job: string) => workflow.jobs[job]!.steps.map((step) => step.run ?? '').join('\n')

  it('runs on release tags alone', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } })
  })

  it('checks the tag, the freshness of dist/ and the tests before anything is released', () => {
    const check = runs('check')
    expect(check).toContain('node scripts/release.ts "$GITHUB_REF_NAME"')
    expect(check).toMatch(/npm run package\n\s*if \[ -n "\$\(git status --porcelain -- dist\)" \]/)
    expect(check).toContain('npm test')
    expect(check).toContain('git merge-base --is-ancestor "$GITHUB_SHA" origin/main')
  })

  it('moves the major tag only after the checks, with the only write permission', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' })
    expect(workflow.jobs.release!.needs).toBe('check')
    expect(workflow.jobs.release!.permissions).toEqual({ contents: 'write' })
    expect(workflow.jobs.check!.permissions).toBeUndefined()
    const release = runs('release')
    expect(release).toContain('major="${GITHUB_REF_NAME%%.*}"')
    expect(release).toContain('git push --force origin "refs/tags/$major"')
    expect(release).toContain('gh release create "$GITHUB_REF_NAME"')
  })
})

describe("the release workflow's move of the major tag", async () => {
  const workflow = load(
    await readFile(path.join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8'),
  ) as { jobs: { release: { steps: { name?: string; run?: string }[] } } }
  const script = workflow.jobs.release.steps.find(
    (step) => step.name === 'Move the major tag',
  )!.run!
  let dir = ''
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.test', ...args], {
      cwd,
      encoding: 'utf8',
    }).trim()

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'release-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  /** Runs the step as the workflow would for `tag`, in a clone of `origin`; returns v1's commit there. */
  async function release(clone: string, origin: string, tag: string): Promise<string> {
    git(clone, 'fetch', '--quiet', '--tags', '--force', 'origin')
    const output = path.join(dir, 'output')
    await writeFile(output, '')
    execFileSync('bash', ['-e', '-c', script], {
      cwd: clone,
      env: {
        ...process.env,
        GITHUB_REF_NAME: tag,
        GITHUB_SHA: git(clone, 'rev-parse', `${tag}^{commit}`),
        GITHUB_OUTPUT: output,
      },
      stdio: 'ignore',
    })
    expect(await readFile(output, 'utf8')).toBe('tag=v1\n')
    return git(origin, 'rev-parse', 'v1^{commit}')
  }

  it('moves v1 to each newer release, and never back to an older one', async () => {
    const origin = path.join(dir, 'origin.git')
    const work = path.join(dir, 'work')
    const clone = path.join(dir, 'clone')
    git(dir, 'init', '--quiet', '--bare', origin)
    git(dir, 'clone', '--quiet', origin, work)
    const commit = (version: string) => {
      git(work, 'commit', '--quiet', '--allow-empty', '-m', version)
      git(work, 'tag', `v${version}`)
      git(work, 'push', '--quiet', 'origin', `HEAD:refs/heads/release-${version}`, `v${version}`)
      return git(work, 'rev-parse', 'HEAD')
    }
    const first = commit('1.0.0')
    git(dir, 'clone', '--quiet', origin, clone)
    expect(await release(clone, origin, 'v1.0.0')).toBe(first)
    const second = commit('1.10.0')
    expect(await release(clone, origin, 'v1.10.0')).toBe(second)
    // A fix of 1.9 released after 1.10: v1 stays on 1.10.
    git(work, 'checkout', '--quiet', first)
    commit('1.9.1')
    expect(await release(clone, origin, 'v1.9.1')).toBe(second)
  })
})
