/**
 * Links, loops and files that are not regular files, on the real file system: each is named with
 * the reason it was not read, and the run goes on to report every other file.
 */
import { execFileSync } from 'node:child_process'
import { once } from 'node:events'
import { rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runInProcess } from './fake-core.ts'
import { json, logPath, sessionLog, workspaceWith } from './log-factory.ts'
import { readLogFile, readLogFiles } from '../src/read.js'

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
