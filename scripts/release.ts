/**
 * Checks a release tag against the project before the release workflow moves the major tag to
 * it, and prints the release's notes, taken from CHANGELOG.md.
 *
 *   node scripts/release.ts v1.2.3
 *
 * A tag is released when it is `v` and package.json's version, and CHANGELOG.md has a section of
 * that version, with a date, that says something.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from './run-action.ts'

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/

/** The sections of a Keep a Changelog file: `## [Unreleased]`, then `## [1.2.3] - 2026-12-02`. */
export interface ChangelogSection {
  readonly version: string
  readonly date: string | null
  readonly body: string
}

export function changelogSections(changelog: string): ChangelogSection[] {
  const sections: ChangelogSection[] = []
  const headings = [...changelog.matchAll(/^## (.*)$/gm)]
  headings.forEach((heading, i) => {
    const match = /^\[(Unreleased|[^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$/.exec(heading[1]!.trim())
    if (!match) {
      throw new Error(
        `CHANGELOG.md: the heading "## ${heading[1]}" is neither "## [Unreleased]" nor "## [1.2.3] - YYYY-MM-DD".`,
      )
    }
    const [, version, date] = match
    if (version !== 'Unreleased' && (!SEMVER.test(version!) || date === undefined)) {
      throw new Error(
        `CHANGELOG.md: the heading "## ${heading[1]}" needs a version x.y.z and a date, as "## [1.2.3] - YYYY-MM-DD".`,
      )
    }
    const end = headings[i + 1]?.index ?? changelog.search(/^\[[^\]]+\]: /m)
    const body = changelog.slice(heading.index + heading[0].length, end === -1 ? undefined : end)
    sections.push({ version: version!, date: date ?? null, body: body.trim() })
  })
  return sections
}

/**
 * The major tag (`v1`) a release tag moves, once the tag is checked against package.json's
 * version and the changelog; throws saying what to fix otherwise. Returns the release notes too.
 */
export function checkRelease(
  tag: string,
  packageVersion: string,
  changelog: string,
): { majorTag: string; notes: string } {
  const version = tag.replace(/^v/, '')
  if (!tag.startsWith('v') || !SEMVER.test(version)) {
    throw new Error(`The tag "${tag}" is not a release tag: expected v and a version, as v1.2.3.`)
  }
  if (version !== packageVersion) {
    throw new Error(
      `The tag "${tag}" is not package.json's version (${packageVersion}): set "version" to ${version}, commit, and tag that commit.`,
    )
  }
  const section = changelogSections(changelog).find((entry) => entry.version === version)
  if (section === undefined || section.body === '') {
    throw new Error(
      `CHANGELOG.md has no section "## [${version}] - YYYY-MM-DD" saying what changed: move the Unreleased notes under it.`,
    )
  }
  return { majorTag: `v${version.split('.')[0]}`, notes: section.body }
}

if (import.meta.main) {
  const tag = process.argv[2] ?? ''
  const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    version: string
  }
  try {
    const release = checkRelease(
      tag,
      packageJson.version,
      readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8'),
    )
    process.stdout.write(`${release.notes}\n`)
  } catch (error) {
    console.error((error as Error).message)
    process.exitCode = 1
  }
}
