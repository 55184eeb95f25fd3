/**
 * Nothing outside the workspace is read: not through a symbolic link, a linked folder, `../` or
 * an absolute pattern.
 */
import { mkdir, mkdtemp, realpath, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, test, vi } from 'vitest'
import { textOf, type LogPath } from '../src/log-path.js'
import { anchorPattern, findLogFiles } from '../src/find.ts'
import { runInProcess } from './fake-core.ts'
import { json, LOG_DIR, sessionLog } from './log-factory.ts'

vi.mock('@actions/core', () => import('./fake-core.ts'))

const DEFAULT = '.claude/session_logs/session_*.json'
let workspace: string
let outside: string

/**
 * workspace/
 *   .claude/session_logs/session_2026-01-01.json      a log
 *   .claude/session_logs/session_2026-01-02.json   →  ../../archive/session_2026-01-02.json (inside)
 *   .claude/session_logs/session_2026-01-03.json   →  <outside>/session_2026-01-03.json
 *   archive/session_2026-01-02.json
 *   linked-out/                                     →  <outside>
 *   linked-in/                                      →  archive/
 * <outside>/session_2026-01-03.json, secret.json
 */
beforeAll(async () => {
  const root = await realpath(await mkdtemp(path.join(tmpdir(), 'boundary-')))
  workspace = path.join(root, 'workspace')
  outside = path.join(root, 'outside')
  const logs = path.join(workspace, LOG_DIR)
  await mkdir(logs, { recursive: true })
  await mkdir(path.join(workspace, 'archive'))
  await mkdir(outside)
  await writeFile(path.join(logs, 'session_2026-01-01.json'), json(sessionLog('2026-01-01')))
  await writeFile(
    path.join(workspace, 'archive', 'session_2026-01-02.json'),
    json(sessionLog('2026-01-02')),
  )
  await writeFile(path.join(outside, 'session_2026-01-03.json'), json(sessionLog('2026-01-03')))
  await writeFile(path.join(outside, 'secret.json'), json(sessionLog('2026-01-04')))
  await symlink('../../archive/session_2026-01-02.json', path.join(logs, 'session_2026-01-02.json'))
  await symlink(
    path.join(outside, 'session_2026-01-03.json'),
    path.join(logs, 'session_2026-01-03.json'),
  )
  await symlink(outside, path.join(workspace, 'linked-out'))
  await symlink(path.join(workspace, 'archive'), path.join(workspace, 'linked-in'))
})

const find = (patterns: string[], followSymbolicLinks: boolean) =>
  findLogFiles(patterns, { workspace, followSymbolicLinks })
const relative = (files: readonly LogPath[]) =>
  files.map((file) => path.relative(workspace, textOf(file)))

describe('follow-symbolic-links: false (the default)', () => {
  test('a symbolically linked log is not read, whether it points inside or outside', async () => {
    const found = await find([DEFAULT], false)
    expect(relative(found.files)).toEqual([`${LOG_DIR}/session_2026-01-01.json`])
    expect(found.refused).toEqual([
      {
        path: `${LOG_DIR}/session_2026-01-02.json`,
        reason: 'is a symbolic link, not read (set follow-symbolic-links: true to read links)',
      },
      {
        path: `${LOG_DIR}/session_2026-01-03.json`,
        reason: 'is a symbolic link, not read (set follow-symbolic-links: true to read links)',
      },
    ])
  })

  test('a linked folder is not searched', async () => {
    const found = await find(['linked-in/*.json', 'linked-out/*.json'], false)
    expect(found).toEqual({ files: [], refused: [] })
  })

  test('a file named literally through a linked folder is refused', async () => {
    const found = await find(['linked-in/session_2026-01-02.json', 'linked-out/secret.json'], false)
    expect(found.files).toEqual([])
    expect(found.refused).toEqual([
      {
        path: 'linked-in/session_2026-01-02.json',
        reason:
          'is reached through a symbolically linked folder, not read (set follow-symbolic-links: true to read it)',
      },
      {
        path: 'linked-out/secret.json',
        reason: 'resolves to a path outside the workspace, not read',
      },
    ])
  })
})

describe('follow-symbolic-links: true', () => {
  test('a link inside the workspace is read; one resolving outside is refused', async () => {
    const found = await find([DEFAULT], true)
    expect(relative(found.files)).toEqual([
      `${LOG_DIR}/session_2026-01-01.json`,
      `${LOG_DIR}/session_2026-01-02.json`,
    ])
    expect(found.refused).toEqual([
      {
        path: `${LOG_DIR}/session_2026-01-03.json`,
        reason: 'resolves to a path outside the workspace, not read',
      },
    ])
  })

  test('a linked folder leading outside is refused, and nothing in it is listed', async () => {
    for (const pattern of ['linked-out/*.json', '**/*.json', 'linked-out/**']) {
      const found = await find([pattern], true)
      expect(relative(found.files)).not.toContain('linked-out/secret.json')
      expect(found.refused).toContainEqual({
        path: 'linked-out',
        reason: 'is a symbolic link to a folder outside the workspace, not searched',
      })
      expect(found.refused.map((file) => file.path)).not.toContain('linked-out/secret.json')
    }
  })

  test('a folder named through a link that leads outside is refused before it is listed', async () => {
    await mkdir(path.join(outside, 'sub'), { recursive: true })
    await writeFile(path.join(outside, 'sub', 'session_2026-01-05.json'), '{}')
    for (const follow of [false, true]) {
      const found = await find(['linked-out/sub/*.json'], follow)
      expect(found).toEqual({
        files: [],
        refused: [
          {
            path: 'linked-out/sub',
            reason: 'is reached through a symbolic link to outside the workspace, not searched',
          },
        ],
      })
    }
  })

  test('a file reached by several paths is read once, by its own path', async () => {
    const found = await find(['**/session_2026-01-02.json'], true)
    expect(relative(found.files)).toEqual(['archive/session_2026-01-02.json'])
  })

  test('the refused link is a warning annotation and a line in the report', async () => {
    const published = await runInProcess(workspace, {
      'follow-symbolic-links': 'true',
      'report-file': '',
    })
    expect(published.outputs).toMatchObject({ files: '2', 'unreadable-files': '1' })
    expect(published.warnings).toEqual([
      {
        message: `${LOG_DIR}/session_2026-01-03.json resolves to a path outside the workspace, not read`,
        properties: { title: 'Session log not read', file: `${LOG_DIR}/session_2026-01-03.json` },
      },
    ])
    expect(published.summary).toContain('resolves to a path outside the workspace')
  })
})

describe('patterns that reach outside the workspace', () => {
  test.each([
    ['../outside/*.json'],
    ['.claude/../../outside/*.json'],
    ['**/../../outside/*.json'],
    ['!../outside/*.json'],
  ])('%s is refused with a clear message', (pattern) => {
    expect(() => anchorPattern(pattern, workspace)).toThrow(
      `The path pattern ${JSON.stringify(pattern)} points outside the workspace (${workspace}); only files inside the workspace are read.`,
    )
  })

  test('an absolute path elsewhere is refused; one inside the workspace is accepted', () => {
    expect(() => anchorPattern(`${outside}/*.json`, workspace)).toThrow(
      /points outside the workspace/,
    )
    expect(() => anchorPattern('/etc/passwd', workspace)).toThrow(/points outside the workspace/)
    expect(anchorPattern(`${workspace}/${DEFAULT}`, workspace)).toBe(`${workspace}/${DEFAULT}`)
  })

  test('the step fails with that message before anything is read', async () => {
    const published = await runInProcess(workspace, { path: `${DEFAULT}\n../outside/*.json` })
    expect(published.failed).toBe(
      `The path pattern "../outside/*.json" points outside the workspace (${workspace}); only files inside the workspace are read.`,
    )
    expect(published.summary).toBe('')
    expect(published.outputs).toEqual({})
  })
})
