/**
 * Links, loops and files that are not regular files, on the real file system: each is named with
 * the reason it was not read, and the run goes on to report every other file.
 */
import { execFileSync } from 'node:child_process'
import { once } from 'node:events'
import { writeFileSync } from 'node:fs'
import { mkdir, rm, symlink } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runAction } from '../scripts/run-action.ts'
import { runInProcess } from './fake-core.ts'
import { json, LOG_DIR, logPath, sessionLog, workspaceWith } from './log-factory.ts'
import { findLogFiles } from '../src/find.js'
import { PARALLEL_MIN_BYTES, readLogFile, readLogFiles } from '../src/read.js'

vi.mock('@actions/core', () => import('./fake-core.ts'))

const GOOD = logPath('2026-01-05')
const PIPE = logPath('2026-01-06')
const SOCKET = logPath('2026-01-07')
const cleanup: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const clean of cleanup.splice(0)) await clean()
})

async function workspaceWithGoodLog(): Promise<string> {
  const workspace = await workspaceWith({ [GOOD]: json(sessionLog('2026-01-05')) })
  cleanup.push(() => rm(workspace, { recursive: true, force: true }))
  return workspace
}

async function listen(file: string): Promise<Server> {
  const server = createServer()
  server.listen(file)
  await once(server, 'listening')
  cleanup.unshift(() => new Promise((resolve) => server.close(resolve)))
  return server
}

describe('files that are not regular files', () => {
  it('refuses a named pipe and a socket that match the pattern, before opening them', async () => {
    const workspace = await workspaceWithGoodLog()
    execFileSync('mkfifo', [path.join(workspace, PIPE)])
    await listen(path.join(workspace, SOCKET))
    const published = await runInProcess(workspace)
    expect(published.failed).toBeUndefined()
    expect(published.outputs).toMatchObject({ files: '1', 'unreadable-files': '2' })
    expect(published.warnings.map((warning) => warning.message).sort()).toEqual([
      `${PIPE} is a named pipe (FIFO), not a regular file; not read`,
      `${SOCKET} is a socket, not a regular file; not read`,
    ])
  }, 10_000)

  it('refuses, without waiting for a writer, a named pipe put in place after the file was found', async () => {
    const workspace = await workspaceWithGoodLog()
    const pipe = path.join(workspace, PIPE)
    execFileSync('mkfifo', [pipe])
    const reason = 'is a named pipe (FIFO), not a regular file; not read'
    expect(await readLogFiles(workspace, [pipe], { threads: 1 })).toEqual([
      { ok: false, path: PIPE, reason },
    ])
    expect(await readLogFile(workspace, pipe)).toEqual({ ok: false, path: PIPE, reason })
  }, 10_000)
})

describe('symbolic links followed under a ** pattern', () => {
  it('lists loops, dangling links and links leaving the workspace as refused, and goes on', async () => {
    const workspace = await workspaceWithGoodLog()
    const logs = path.join(workspace, LOG_DIR)
    await symlink('.', path.join(logs, 'here'))
    await symlink('..', path.join(logs, 'parent'))
    await symlink('self.json', path.join(logs, 'self.json'))
    await symlink('ping.json', path.join(logs, 'pong.json'))
    await symlink('pong.json', path.join(logs, 'ping.json'))
    await symlink('missing.json', path.join(logs, 'session_gone.json'))
    await symlink('missing', path.join(logs, 'gone'))
    await symlink('/', path.join(workspace, 'root'))
    const published = await runInProcess(workspace, {
      path: '**/*.json',
      'follow-symbolic-links': 'true',
    })
    expect(published.failed).toBeUndefined()
    expect(published.outputs).toMatchObject({ files: '1' })
    expect(published.outputs['unreadable-files']).toBe('7')
    expect(published.warnings.map((warning) => warning.message).sort()).toEqual([
      `${LOG_DIR}/here is a symbolic link to a folder that contains it (a loop), not searched`,
      `${LOG_DIR}/parent is a symbolic link to a folder that contains it (a loop), not searched`,
      `${LOG_DIR}/ping.json is a symbolic link in a loop of links, not read`,
      `${LOG_DIR}/pong.json is a symbolic link in a loop of links, not read`,
      `${LOG_DIR}/self.json is a symbolic link in a loop of links, not read`,
      `${LOG_DIR}/session_gone.json is a symbolic link to nothing (dangling), not read`,
      'root is a symbolic link to a folder outside the workspace, not searched',
    ])
  }, 10_000)

  it('searches a folder reached by several links once, and reads each file once', async () => {
    const workspace = await workspaceWithGoodLog()
    await mkdir(path.join(workspace, 'a', 'b'), { recursive: true })
    await symlink(path.join(workspace, LOG_DIR), path.join(workspace, 'a', 'b', 'logs'))
    await symlink(path.join(workspace, 'a'), path.join(workspace, 'a-again'))
    await symlink(path.join(workspace, 'a'), path.join(workspace, 'a', 'b', 'up'))
    const found = await findLogFiles(['**/*.json'], { workspace, followSymbolicLinks: true })
    expect(found.files).toEqual([path.join(workspace, GOOD)])
    expect(found.refused).toEqual([
      {
        path: 'a/b/up',
        reason: 'is a symbolic link to a folder that contains it (a loop), not searched',
      },
    ])
  })
})

describe('file names that are not UTF-8', () => {
  it('reads the log, and shows each stray byte of its name as \\xHH', async () => {
    const workspace = await workspaceWithGoodLog()
    const name = Buffer.concat([
      Buffer.from(path.join(workspace, LOG_DIR, 'session_2026-01-0')),
      Buffer.from([0xff, 0x36]),
      Buffer.from('.json'),
    ])
    writeFileSync(name, json(sessionLog('2026-01-06')))
    const shown = `${LOG_DIR}/session_2026-01-0\\xFF6.json`
    const published = await runInProcess(workspace)
    expect(published.warnings).toEqual([])
    expect(published.outputs).toMatchObject({ files: '2', 'unreadable-files': '0' })
    expect(JSON.stringify(published.report)).toContain(JSON.stringify(shown).slice(1, -1))
    const [outcome] = await readLogFiles(workspace, [name], { threads: 1 })
    expect(outcome).toMatchObject({ ok: true, path: shown })
    expect(await readLogFile(workspace, name)).toMatchObject({ ok: true, path: shown })
  })

  it('reads such a log on a worker thread too', async () => {
    const workspace = await workspaceWithGoodLog()
    // Enough bytes that the bundled action shares the files out among threads.
    const large = json(
      sessionLog('2026-01-06', {
        interactions: [{ type: 'tool_result', content: 'x'.repeat(PARALLEL_MIN_BYTES) }],
      }),
    )
    for (const byte of [0xfe, 0xff])
      writeFileSync(
        Buffer.concat([
          Buffer.from(path.join(workspace, LOG_DIR, 'session_')),
          Buffer.from([byte]),
          Buffer.from('.json'),
        ]),
        large,
      )
    const run = await runAction({ workspace, inputs: { 'report-file': 'report.json' } })
    expect(run.exitCode, run.stderr).toBe(0)
    expect(run.outputs).toMatchObject({ files: '3', 'unreadable-files': '0' })
  }, 30_000)
})
