import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KNOWN_FORMATS_HINT } from '../src/formats/detect.js'
import { readLogFile, readLogFiles, workspacePath } from '../src/read.js'
import { logText, recorderLog, toolUse, userMessage } from './support/recorder-log.js'

let workspace: string
const logs = (): string => path.join(workspace, '.claude', 'session_logs')

/** Writes a file under the workspace's log folder and returns its absolute path. */
async function put(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(logs(), name)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, content)
  return file
}

const validLog = logText(
  recorderLog({
    interactions: [
      userMessage('List the failing tests'),
      ...toolUse('Bash', '2026-03-02T09:14:25Z'),
      ...toolUse('Read', '2026-03-02T09:15:02Z'),
    ],
  }),
)

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'read-test-'))
})
afterAll(async () => {
  await rm(workspace, { recursive: true, force: true })
})

describe('readLogFile', () => {
  it('reads a valid log, naming it relative to the workspace with forward slashes', async () => {
    const file = await put('session_2026-03-02.json', validLog)
    const outcome = await readLogFile(workspace, file)
    expect(outcome).toMatchObject({
      ok: true,
      path: '.claude/session_logs/session_2026-03-02.json',
      bytes: Buffer.byteLength(validLog),
    })
    if (!outcome.ok) return
    expect(outcome.digest.kinds).toMatchObject({ user_message: 1, tool_call: 2, tool_result: 2 })
    expect(Object.fromEntries(outcome.digest.tools)).toEqual({ Bash: 1, Read: 1 })
  })

  it('reads a log that starts with a UTF-8 byte-order mark', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(validLog)])
    const outcome = await readLogFile(workspace, await put('session_bom.json', bom))
    expect(outcome).toMatchObject({ ok: true, bytes: validLog.length + 3 })
  })

  it('reads non-ASCII text (a prompt in Japanese, an emoji)', async () => {
    const text = logText(recorderLog({ interactions: [userMessage('テストを直して 🙏')] }))
    const outcome = await readLogFile(workspace, await put('session_ja.json', text))
    expect(outcome).toMatchObject({ ok: true, bytes: Buffer.byteLength(text) })
  })

  it('refuses UTF-16 text and invalid UTF-8', async () => {
    const utf16 = Buffer.from(`\ufeff${validLog}`, 'utf16le')
    const latin1 = Buffer.from(logText(recorderLog({ project_path: '/home/zoë' })), 'latin1')
    for (const [name, bytes] of [
      ['session_utf16.json', utf16],
      ['session_latin1.json', latin1],
    ] as const) {
      expect(await readLogFile(workspace, await put(name, bytes))).toEqual({
        ok: false,
        path: `.claude/session_logs/${name}`,
        reason: 'is not UTF-8 text',
      })
    }
  })

  it('gives the line and column of a truncation', async () => {
    // Cut inside the 3rd interaction's "tool" value: the file ends in an unterminated string.
    const cutAt = validLog.indexOf('"Bash"', validLog.indexOf('"tool_result"')) + 3
    const text = validLog.slice(0, cutAt)
    const outcome = await readLogFile(workspace, await put('session_cut.json', text))
    const lines = text.split('\n')
    expect(lines.at(-1)).toBe('        "tool": "Ba')
    expect(outcome).toEqual({
      ok: false,
      path: '.claude/session_logs/session_cut.json',
      reason: 'invalid JSON: the file ends inside a string (truncated?)',
      position: { line: lines.length, column: 17 },
    })
  })

  it('gives the line and column of a stray character, counting a BOM-less CRLF file', async () => {
    const crlf = validLog
      .replace(/\n/g, '\r\n')
      .replace('"type": "user_message",', '"type": "user_message"')
    const outcome = await readLogFile(workspace, await put('session_crlf.json', crlf))
    const line = crlf.split('\r\n').findIndex((text) => text.includes('"content": "List')) + 1
    expect(outcome).toEqual({
      ok: false,
      path: '.claude/session_logs/session_crlf.json',
      reason: `invalid JSON: expected ',' or '}', found '"'`,
      position: { line, column: 7 },
    })
  })

  it('counts columns from after the BOM, as editors show them', async () => {
    const text = `\ufeff{"session_id": x}`
    const outcome = await readLogFile(workspace, await put('session_bomx.json', text))
    expect(outcome).toMatchObject({ ok: false, position: { line: 1, column: 16 } })
  })

  it('says why a file of the wrong shape is not a session log', async () => {
    const outcome = await readLogFile(workspace, await put('session_array.json', '[]\n'))
    expect(outcome).toEqual({
      ok: false,
      path: '.claude/session_logs/session_array.json',
      reason: `not a session-recorder log: the top level is an array, not an object; ${KNOWN_FORMATS_HINT}`,
    })
  })

  it('says a directory is not a file', async () => {
    const dir = path.join(logs(), 'session_dir.json')
    await mkdir(dir, { recursive: true })
    expect(await readLogFile(workspace, dir)).toEqual({
      ok: false,
      path: '.claude/session_logs/session_dir.json',
      reason: 'is a directory, not a file',
    })
  })

  it('says a file that is gone disappeared', async () => {
    expect(await readLogFile(workspace, path.join(logs(), 'session_gone.json'))).toEqual({
      ok: false,
      path: '.claude/session_logs/session_gone.json',
      reason: 'disappeared before it could be read',
    })
  })

  it('reads a 10,000-level nesting inside an interaction, and reports it truncated', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`
    const text = validLog.replace('"List the failing tests\\n"', deep)
    const outcome = await readLogFile(workspace, await put('session_deep.json', text))
    expect(outcome).toMatchObject({ ok: true })
    const cut = text.slice(0, text.indexOf(deep) + 10_000)
    const truncated = await readLogFile(workspace, await put('session_deepcut.json', cut))
    expect(truncated).toMatchObject({
      ok: false,
      reason: 'invalid JSON: the file ends inside an array (truncated?)',
      position: { line: cut.split('\n').length },
    })
  })
})

describe('readLogFiles', () => {
  it('reads many files, keeping the order they were given in', async () => {
    const names = Array.from(
      { length: 20 },
      (_, i) => `many/session_2026-03-${String(i + 1).padStart(2, '0')}.json`,
    )
    const files = await Promise.all(
      names.map((name, i) =>
        put(name, i % 5 === 4 ? '{' : logText(recorderLog({ session_id: `s${i}` }))),
      ),
    )
    const outcomes = await readLogFiles(workspace, files.toReversed())
    expect(outcomes.map((outcome) => outcome.path)).toEqual(
      names.toReversed().map((name) => `.claude/session_logs/${name}`),
    )
    expect(outcomes.filter((outcome) => !outcome.ok)).toHaveLength(4)
    expect(outcomes.map((outcome) => (outcome.ok ? outcome.digest.sessionId : null))).toEqual(
      names.map((_, i) => (i % 5 === 4 ? null : `s${i}`)).toReversed(),
    )
  })

  it('reads nothing from no files', async () => {
    expect(await readLogFiles(workspace, [])).toEqual([])
  })
})

describe('workspacePath', () => {
  it('is relative to the workspace, with forward slashes', () => {
    const root = path.resolve('/work/repo')
    expect(workspacePath(root, path.join(root, 'a', 'b', 'c.json'))).toBe('a/b/c.json')
  })
})
