import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { textOf, type LogPath } from '../src/log-path.js'
import { anchorPattern, findLogFiles } from '../src/find.js'

let root: string

beforeAll(async () => {
  // A workspace whose own path holds glob characters, which must be taken literally.
  root = await mkdtemp(path.join(tmpdir(), 'find [a]*?-'))
  for (const file of [
    '.claude/session_logs/session_2026-03-02.json',
    '.claude/session_logs/session_2026-03-03.json',
    '.claude/session_logs/session_2026-03-03.json.backup.1772528400',
    '.claude/session_logs/notes.txt',
    'archive/2025/session_2025-12-01.json',
    'archive/old/session_2025-01-01.json',
  ]) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), '{}')
  }
  await mkdir(path.join(root, 'archive', 'session_dir.json'))
  await symlink(
    path.join(root, 'archive', '2025', 'session_2025-12-01.json'),
    path.join(root, '.claude', 'session_logs', 'session_2026-03-04.json'),
  )
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

const relative = (files: readonly LogPath[]): string[] =>
  files.map((file) => path.relative(root, textOf(file)).split(path.sep).join('/'))

describe('findLogFiles', () => {
  it('finds the daily logs, not their backups, in a workspace whose path has glob characters', async () => {
    const found = await findLogFiles(['.claude/session_logs/session_*.json'], {
      workspace: root,
      followSymbolicLinks: false,
    })
    expect(relative(found.files)).toEqual([
      '.claude/session_logs/session_2026-03-02.json',
      '.claude/session_logs/session_2026-03-03.json',
    ])
    expect(found.refused).toEqual([
      {
        path: '.claude/session_logs/session_2026-03-04.json',
        reason: 'is a symbolic link, not read (set follow-symbolic-links: true to read links)',
      },
    ])
  })

  it('reads a link that stays inside the workspace when told to follow links', async () => {
    const found = await findLogFiles(['.claude/session_logs/*.json'], {
      workspace: root,
      followSymbolicLinks: true,
    })
    expect(relative(found.files)).toContain('.claude/session_logs/session_2026-03-04.json')
    expect(found.refused).toEqual([])
  })

  it('applies exclusions, lists each file once, and passes over directories quietly', async () => {
    const found = await findLogFiles(
      ['archive/**', 'archive/**/session_*.json', 'archive/2025/*.json', '!archive/old/**'],
      { workspace: root, followSymbolicLinks: false },
    )
    expect(relative(found.files)).toEqual(['archive/2025/session_2025-12-01.json'])
    expect(found.refused).toEqual([
      { path: 'archive/session_dir.json', reason: 'is a directory, not a file' },
    ])
  })

  it('finds nothing without complaint', async () => {
    expect(
      await findLogFiles(['nowhere/*.json'], { workspace: root, followSymbolicLinks: false }),
    ).toEqual({ files: [], refused: [] })
  })
})

describe('anchorPattern', () => {
  const workspace = path.resolve('/home/runner/work/app/app')

  it('anchors a relative pattern in the workspace, keeping a leading !', () => {
    expect(anchorPattern('logs/*.json', workspace)).toBe(`${workspace}/logs/*.json`)
    expect(anchorPattern('!logs/old/**', workspace)).toBe(`!${workspace}/logs/old/**`)
  })

  it('takes the workspace path literally', () => {
    expect(anchorPattern('*.json', '/tmp/ws[1]*')).toBe('/tmp/ws[[]1][*]/*.json')
  })

  it.each(['../other/*.json', '/etc/*.json', '!../*.json', 'logs/../../x.json'])(
    'refuses %s, which reaches outside the workspace',
    (pattern) => {
      expect(() => anchorPattern(pattern, workspace)).toThrow(
        `The path pattern ${JSON.stringify(pattern)} points outside the workspace (${workspace}); only files inside the workspace are read.`,
      )
    },
  )
})
