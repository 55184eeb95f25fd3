/**
 * The JSON report is written only inside the workspace, whatever the checkout holds at its path
 * or on the way to it; a path that cannot be written is a warning, and the rest of the report
 * still happens.
 */
import {
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  realpath,
  symlink,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { runInProcess } from './fake-core.ts'
import { json, logPath, sessionLog } from './log-factory.ts'

vi.mock('@actions/core', () => import('./fake-core.ts'))

let workspace: string
let outside: string
const ORIGINAL = 'not to be overwritten\n'

/**
 * workspace/
 *   .claude/session_logs/session_2026-01-01.json   a log
 *   archive/
 *   linked-in/       →  archive/
 *   linked-out/      →  <outside>
 *   report-link.json →  <outside>/victim.json
 *   dangling/        →  <outside>/missing
 *   loop             →  loop
 *   committed.json/  a folder where the report would go
 *   a-file           a file where a folder would be
 * <outside>/victim.json
 */
beforeEach(async () => {
  const root = await realpath(await mkdtemp(path.join(tmpdir(), 'report-file-')))
  workspace = path.join(root, 'workspace')
  outside = path.join(root, 'outside')
  await mkdir(path.join(workspace, path.dirname(logPath('2026-01-01'))), { recursive: true })
  await writeFile(path.join(workspace, logPath('2026-01-01')), json(sessionLog('2026-01-01')))
  await mkdir(path.join(workspace, 'archive'))
  await mkdir(path.join(workspace, 'committed.json'))
  await writeFile(path.join(workspace, 'a-file'), 'text\n')
  await mkdir(outside)
  await writeFile(path.join(outside, 'victim.json'), ORIGINAL)
  await symlink(path.join(workspace, 'archive'), path.join(workspace, 'linked-in'))
  await symlink(outside, path.join(workspace, 'linked-out'))
  await symlink(path.join(outside, 'victim.json'), path.join(workspace, 'report-link.json'))
  await symlink(path.join(outside, 'missing'), path.join(workspace, 'dangling'))
  await symlink('loop', path.join(workspace, 'loop'))
})

/** Every entry of the folder outside, with the victim's content: nothing may change there. */
async function outsideState(): Promise<unknown> {
  return {
    entries: (await readdir(outside, { recursive: true })).sort(),
    victim: await readFile(path.join(outside, 'victim.json'), 'utf8'),
  }
}

const UNTOUCHED = { entries: ['victim.json'], victim: ORIGINAL }

describe('a report-file outside the workspace fails the step at start-up', () => {
  test.each([
    ['../victim.json', "with no '..' that leaves it"],
    ['reports/../../outside/victim.json', "with no '..' that leaves it"],
    ['..', "with no '..' that leaves it"],
    ['/tmp/report.json', 'not an absolute one'],
    ['.', 'not of a folder'],
    ['reports/', 'not of a folder'],
  ])('%s', async (value, reason) => {
    const published = await runInProcess(workspace, { 'report-file': value })
    expect(published.failed).toMatch(
      new RegExp(
        `^Invalid input: input 'report-file' is ${escapeRegExp(JSON.stringify(value))}: expected .*${escapeRegExp(reason)}$`,
      ),
    )
    // Nothing was read, nothing published.
    expect(published.infos).toEqual([])
    expect(published.summary).toBe('')
    expect(published.outputs).toEqual({})
    expect(await outsideState()).toEqual(UNTOUCHED)
  })

  test('a path that only passes through .. inside the workspace is accepted', async () => {
    const published = await runInProcess(workspace, { 'report-file': 'archive/../out/r.json' })
    expect(published.failed).toBeUndefined()
    expect(published.outputs['report-file']).toBe(path.join(workspace, 'out', 'r.json'))
    expect(published.report).toMatchObject({ schemaVersion: expect.any(Number) })
  })
})

describe('a report-file that cannot be written is a warning, and the rest still happens', () => {
  test.each([
    ['report-link.json', 'a symbolic link is at that path, and links are not followed'],
    ['linked-out/victim.json', `the folder "linked-out" leads outside the workspace`],
    ['linked-out/new/deeper/report.json', `the folder "linked-out" leads outside the workspace`],
    ['dangling/report.json', `the folder "dangling" is a symbolic link to nothing`],
    ['committed.json', 'a folder is at that path'],
    ['a-file/report.json', `the folder "a-file" is a file, not a folder`],
    ['a-file/deeper/report.json', `the folder "a-file" is a file, not a folder`],
    ['loop/report.json', 'symbolic links on the way form a loop'],
    ['loop', 'a symbolic link is at that path, and links are not followed'],
  ])('%s', async (value, reason) => {
    const published = await runInProcess(workspace, { 'report-file': value })

    expect(published.failed).toBeUndefined()
    expect(published.warnings).toEqual([
      {
        message: `The JSON report was not written to ${JSON.stringify(value)} (input 'report-file'): ${reason}.`,
        properties: { title: 'JSON report not written' },
      },
    ])
    expect(published.summary).toContain('session_2026-01-01.json')
    // The footer names no report that is not there.
    expect(published.summary).not.toContain('JSON report:')
    expect(published.outputs).toMatchObject({ files: '1', 'report-file': '' })
    expect(await outsideState()).toEqual(UNTOUCHED)
    expect(await readlink(path.join(workspace, 'report-link.json'))).toBe(
      path.join(outside, 'victim.json'),
    )
    expect((await lstat(path.join(workspace, 'committed.json'))).isDirectory()).toBe(true)
  })
})

describe('a report-file inside the workspace is written', () => {
  test('creating the folders it needs', async () => {
    const published = await runInProcess(workspace, { 'report-file': 'reports/2026/r.json' })
    expect(published.warnings).toEqual([])
    expect(published.outputs['report-file']).toBe(path.join(workspace, 'reports', '2026', 'r.json'))
    expect(published.report).toMatchObject({ totals: { files: 1 } })
    expect(published.summary).toContain('JSON report:')
  })

  test('through a linked folder that stays inside', async () => {
    const published = await runInProcess(workspace, { 'report-file': 'linked-in/new/r.json' })
    expect(published.warnings).toEqual([])
    const written = JSON.parse(
      await readFile(path.join(workspace, 'archive', 'new', 'r.json'), 'utf8'),
    ) as unknown
    expect(written).toMatchObject({ totals: { files: 1 } })
  })

  test('over an earlier report, leaving no temporary file behind', async () => {
    await writeFile(path.join(workspace, 'archive', 'r.json'), 'an older report\n')
    await runInProcess(workspace, { 'report-file': 'archive/r.json' })
    expect(await readdir(path.join(workspace, 'archive'))).toEqual(['r.json'])
    const written = JSON.parse(await readFile(path.join(workspace, 'archive', 'r.json'), 'utf8'))
    expect(written).toMatchObject({ totals: { files: 1 } })
  })
})

describe('input values in the log', () => {
  test('a report-file holding a line break and a workflow command stays on one line', async () => {
    const value = 'r.json\n::error::injected\r::warning::too\u2028x'
    const published = await runInProcess(workspace, { 'report-file': value })
    expect(published.failed).toBeUndefined()
    const logged = [...published.infos, ...published.warnings.map((w) => w.message)]
    expect(logged.filter((line) => /[\n\r\u2028]/.test(line))).toEqual([])
    expect(published.infos).toContain(
      `Wrote the JSON report to ${JSON.stringify(path.join(workspace, 'r.json\n::error::injected\r::warning::too')).slice(0, -1)}\\u2028x".`,
    )
  })

  test('an invalid input value is quoted with its line breaks escaped', async () => {
    const published = await runInProcess(workspace, { 'report-file': '../x\n::error::injected' })
    expect(published.failed).toMatch(
      /^Invalid input: input 'report-file' is "\.\.\/x\\n::error::injected": /,
    )
  })
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
