/**
 * The search must find exactly what @actions/glob's walk finds, on a tree without links that leave
 * the workspace or loop. Both run here on one tree full of near misses, for many patterns,
 * following links or not.
 */
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { realpathSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import * as glob from '@actions/glob'
import { anchorPattern, searchTree } from '../src/find.js'

vi.mock('@actions/core', () => ({ debug: vi.fn(), isDebug: () => false }))

const LOGS = '.claude/session_logs'
let workspace = ''

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'find-listing-'))
  const files = [
    `${LOGS}/session_2026-03-01.json`,
    `${LOGS}/session_2026-03-02.json`,
    `${LOGS}/session_2026-03-03.json`,
    `${LOGS}/session_2026-03-02.json.backup.1767225600`,
    `${LOGS}/session_2026-03-03.json.invalid.1767225600`,
    `${LOGS}/.session.lock`,
    `${LOGS}/.current_session_id`,
    `${LOGS}/.session_hidden.json`,
    `${LOGS}/session_[draft].json`,
    `${LOGS}/session with space.json`,
    `${LOGS}/SESSION_2026-03-04.JSON`,
    `${LOGS}/nested/session_2026-03-05.json`,
    'session_root.json',
    'notes/session_2026-03-06.json',
  ]
  for (const file of files) {
    await mkdir(path.dirname(path.join(workspace, file)), { recursive: true })
    await writeFile(path.join(workspace, file), '{}')
  }
  await mkdir(path.join(workspace, LOGS, 'session_dir.json'))
  await symlink('session_2026-03-01.json', path.join(workspace, LOGS, 'session_link.json'))
  await symlink('missing.json', path.join(workspace, LOGS, 'session_broken.json'))
})

const PATTERNS: readonly (readonly string[])[] = [
  [`${LOGS}/session_*.json`],
  [`${LOGS}/*`],
  [`${LOGS}/*.json`],
  [`${LOGS}/session_2026-03-0[1-2].json`],
  [`${LOGS}/sess?on_*.json`],
  [`${LOGS}/session_2026-03-01.json`],
  [`${LOGS}/session_[[]draft].json`],
  [`${LOGS}/session_*.json`, `!${LOGS}/session_2026-03-02.json`],
  [`${LOGS}/session_*.json`, `!${LOGS}/session_2026-*`, `${LOGS}/session_2026-03-03.json`],
  [`${LOGS}/session_*.json`, 'notes/*.json', 'session_root.json'],
  [`${LOGS}/*.JSON`],
  ['absent/session_*.json'],
  [`./${LOGS}/../${LOGS}/session_*.json`],
  ['**/session_*.json'],
  ['**'],
  ['*/session_*.json'],
  ['.claude/**/*.json'],
  [`${LOGS}/`],
  [`${LOGS}/**`, `!${LOGS}/nested/**`],
  [`${LOGS}/session_*.json`, '!**/nested'],
  ['**/*.json', '!**/session_2026-03-0*', `${LOGS}/session_2026-03-02.json`],
  ['.claude/*/session_2026-03-01.json'],
]

/** What @actions/glob's own walk finds: the reference the search is held to. */
async function globWalk(patterns: readonly string[], follow: boolean): Promise<string[]> {
  const globber = await glob.create(
    patterns.map((pattern) => anchorPattern(pattern, workspace)).join('\n'),
    {
      followSymbolicLinks: follow,
      implicitDescendants: false,
      matchDirectories: true,
      omitBrokenSymbolicLinks: true,
    },
  )
  return [...new Set(await globber.glob())].sort()
}

describe('searching the tree', () => {
  for (const follow of [false, true]) {
    for (const patterns of PATTERNS) {
      it(`finds what @actions/glob finds for ${patterns.join(' ')} (links ${follow ? '' : 'not '}followed)`, async () => {
        const real = realpathSync.native(workspace)
        const found = searchTree(patterns, workspace, real, follow)
        expect(found.matches.map((match) => match.text).sort()).toEqual(
          await globWalk(patterns, follow),
        )
      })
    }
  }
})
