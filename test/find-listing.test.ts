/**
 * The folder listing that serves the usual patterns must find exactly what @actions/glob's walk
 * finds. Both run here on one tree full of near misses, for many patterns, following links or not.
 */
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { realpathSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { listByFolder, listByTree, walk } from '../src/find.js'

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
    '.claude/projects/-home-dev-app/5b1c.jsonl',
    '.claude/projects/-home-dev-app/5b1c/subagents/agent-a1.jsonl',
    '.claude/projects/-home-dev-app/5b1c/subagents/agent-a1.meta.json',
    '.claude/projects/-home-dev-app/.hidden/x.jsonl',
  ]
  for (const file of files) {
    await mkdir(path.dirname(path.join(workspace, file)), { recursive: true })
    await writeFile(path.join(workspace, file), '{}')
  }
  await mkdir(path.join(workspace, LOGS, 'session_dir.json'))
  await symlink('session_2026-03-01.json', path.join(workspace, LOGS, 'session_link.json'))
  await symlink('missing.json', path.join(workspace, LOGS, 'session_broken.json'))
  await mkdir(path.join(workspace, '.claude/projects/-home-dev-app/folder.jsonl'))
  await symlink(
    path.join(workspace, '.claude/projects/-home-dev-app/5b1c'),
    path.join(workspace, '.claude/projects/linked'),
  )
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
]

describe('listing a folder', () => {
  for (const follow of [false, true]) {
    for (const patterns of PATTERNS) {
      it(`finds what the walk finds for ${patterns.join(' ')} (links ${follow ? '' : 'not '}followed)`, async () => {
        const real = realpathSync.native(workspace)
        const listed = listByFolder(patterns, workspace, real, follow)
        expect(listed).not.toBeNull()
        expect([...listed!].sort()).toEqual((await walk(patterns, workspace, follow)).sort())
      })
    }
  }

  it('leaves to the walk what a listing cannot answer', async () => {
    const real = realpathSync.native(workspace)
    for (const patterns of [
      ['**/session_*.json'],
      ['*/session_*.json'],
      [`${LOGS}/`],
      [`${LOGS}/session_*.json`, '!**/nested'],
    ]) {
      expect(listByFolder(patterns, workspace, real, false)).toBeNull()
    }
    const linked = await mkdtemp(path.join(tmpdir(), 'find-listing-linked-'))
    await symlink(path.join(workspace, LOGS), path.join(linked, 'logs'))
    expect(listByFolder(['logs/*.json'], linked, realpathSync.native(linked), false)).toBeNull()
  })
})

describe('listing a tree', () => {
  const TREE_PATTERNS: readonly (readonly string[])[] = [
    ['**/session_*.json'],
    ['*/session_*.json'],
    [`${LOGS}/**`],
    ['**/*.json', '!**/nested/**'],
    ['**/*.json', '!notes/*'],
    [`${LOGS}/session_*.json`, '!**/nested'],
    ['.claude/**/session_2026-03-0[1-3].json', 'notes/**/*.json'],
    [`.claude/session_logs/session_*.json`, '.claude/projects/**/*.jsonl'],
    ['absent/**/*.json'],
  ]
  for (const patterns of TREE_PATTERNS) {
    it(`finds what the walk finds for ${patterns.join(' ')}`, async () => {
      const real = realpathSync.native(workspace)
      const listed = listByTree(patterns, workspace, real, false)
      expect(listed).not.toBeNull()
      expect([...listed!].sort()).toEqual((await walk(patterns, workspace, false)).sort())
    })
  }

  it('leaves links followed and trailing slashes to the walk', () => {
    const real = realpathSync.native(workspace)
    expect(listByTree(['**/*.json'], workspace, real, true)).toBeNull()
    expect(listByTree([`${LOGS}/`], workspace, real, false)).toBeNull()
  })
})
