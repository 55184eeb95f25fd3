import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, runAction } from '../scripts/run-action.ts'
import { KEPT_STRING_LIMIT } from '../src/formats/recorder-scan.js'
import { readLogFile, readLogFiles, REREAD_LIMIT_BYTES } from '../src/read.js'

const MB = 1024 * 1024
const PAIRS = 12_000
let workspace: string
let big: string

/**
 * A 220 MB log: one tool result holding a 100 MB string (with escapes all through it), then
 * thousands of ordinary call/result pairs with 10 kB results. Too large for a chunk, so streamed.
 */
async function writeBigLog(file: string): Promise<void> {
  const out = createWriteStream(file)
  const write = async (text: string | Buffer): Promise<void> => {
    if (!out.write(text)) await once(out, 'drain')
  }
  await write('{\n  "session_id": "big",\n  "start_timestamp": "2025-06-01T08:00:00Z",\n')
  await write('  "end_timestamp": "2025-06-01T20:00:00Z",\n  "interactions": [\n')
  await write(
    '    {"type": "tool_result", "timestamp": "2025-06-01T08:00:00Z", "content": {"tool": "Bash", "result": "',
  )
  const piece = Buffer.from('a \\"quoted\\" line with a \\\\ backslash\\n'.repeat(1024))
  for (let written = 0; written < 100 * MB; written += piece.length) await write(piece)
  await write('"}}')
  const result = 'x'.repeat(10_000)
  for (let i = 0; i < PAIRS; i++) {
    const at = `2025-06-01T${String(8 + Math.floor(i / 1200)).padStart(2, '0')}:00:00Z`
    await write(
      `,\n    {"interaction_id": "c${i}", "timestamp": "${at}", "type": "tool_call", "content": {"tool": "Read", "arguments": {"file_path": "/a/b.ts"}}}` +
        `,\n    {"interaction_id": "r${i}", "timestamp": "${at}", "type": "tool_result", "content": {"tool": "Read", "result": "${result}", "tool_call_id": "c${i}"}}`,
    )
  }
  await write('\n  ]\n}\n')
  out.end()
  await once(out, 'finish')
}

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'large-'))
  const logs = path.join(workspace, '.claude', 'session_logs')
  await mkdir(logs, { recursive: true })
  big = path.join(logs, 'session_2025-06-01.json')
  await writeBigLog(big)
  // A few ordinary days beside it, so that the work is shared out among threads.
  for (let day = 2; day <= 5; day++) {
    const interactions = Array.from({ length: 200 }, (_, i) => ({
      interaction_id: `${day}-${i}`,
      timestamp: `2025-06-0${day}T10:00:00Z`,
      type: i % 3 === 0 ? 'user_message' : 'tool_call',
      content: i % 3 === 0 ? 'do it\n' : { tool: i % 2 ? 'Edit' : 'Grep', arguments: { n: i } },
    }))
    await writeFile(
      path.join(logs, `session_2025-06-0${day}.json`),
      JSON.stringify({ session_id: `s${day}`, start_timestamp: null, interactions }, null, 2),
    )
  }
}, 120_000)
afterAll(async () => {
  await rm(workspace, { recursive: true, force: true })
})

describe('large files', () => {
  it('streams a 220 MB log with a 100 MB string in one result, in bounded memory', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'large-run-'))
    const peakFile = path.join(out, 'peak-rss')
    const run = await runAction({
      workspace,
      inputs: { 'report-file': 'report.json' },
      env: {
        PEAK_RSS_FILE: peakFile,
        NODE_OPTIONS: `--import=${path.join(ROOT, 'bench', 'peak-rss.ts')}`,
      },
      outDir: out,
    })
    expect(run.exitCode, run.stderr).toBe(0)
    const report = JSON.parse(await readFile(path.join(workspace, 'report.json'), 'utf8'))
    const file = report.files.find((entry: { path: string }) => entry.path.endsWith('06-01.json'))
    expect(file.byType).toEqual({
      user_message: 0,
      tool_call: PAIRS,
      tool_result: PAIRS + 1,
      assistant_summary: 0,
      other: 0,
    })
    expect(file.tools).toEqual({ Read: PAIRS })
    // The file is 220 MB; holding it as text would take at least that much again.
    const peak = Number(await readFile(peakFile, 'utf8'))
    expect(peak).toBeGreaterThan(0)
    expect(peak).toBeLessThan(160 * MB)
    await rm(out, { recursive: true, force: true })
  }, 120_000)

  it('gives the plain path numbers for every file when the work is shared among threads', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'large-run-'))
    const run = await runAction({
      workspace,
      inputs: { 'report-file': 'report.json' },
      outDir: out,
    })
    expect(run.exitCode, run.stderr).toBe(0)
    const report = JSON.parse(await readFile(path.join(workspace, 'report.json'), 'utf8'))
    expect(report.files).toHaveLength(5)
    for (let day = 2; day <= 5; day++) {
      const name = path.join(workspace, '.claude', 'session_logs', `session_2025-06-0${day}.json`)
      const plain = await readLogFile(workspace, name)
      if (!plain.ok) throw new Error(plain.reason)
      const file = report.files.find((entry: { path: string }) => entry.path === plain.path)
      expect(file.byType).toEqual(plain.digest.kinds)
      expect(file.tools).toEqual(Object.fromEntries(plain.digest.tools))
    }
    await rm(out, { recursive: true, force: true })
  }, 120_000)

  it('places a syntax error in a file too large to read again at the plain path position', async () => {
    const file = path.join(workspace, 'broken.json')
    const filler = `    {"type": "tool_result", "content": {"result": "${'é'.repeat(4000)}"}},\n`
    const lines = Math.ceil(REREAD_LIMIT_BYTES / Buffer.byteLength(filler)) + 10
    await writeFile(
      file,
      `\uFEFF{"session_id": "s", "start_timestamp": null, "interactions": [\n${filler.repeat(lines)}    {"type": "user_message", "content": "é😀"} "oops"]}`,
    )
    const [fast] = await readLogFiles(workspace, [file], { threads: 1 })
    const plain = await readLogFile(workspace, file)
    expect(plain.ok).toBe(false)
    expect(fast).toMatchObject({ ok: false, reason: expect.stringMatching(/^invalid JSON: /) })
    expect(!fast!.ok && fast!.position).toEqual(!plain.ok && plain.position)
    expect(!fast!.ok && fast!.position).toMatchObject({ line: lines + 2 })
  }, 60_000)

  it('refuses, with a clear reason, a file whose kept string is over the limit', async () => {
    const file = path.join(workspace, 'huge-summary.json')
    const summary = 'y'.repeat(KEPT_STRING_LIMIT + 1)
    await writeFile(
      file,
      `{"session_id": "s", "start_timestamp": null, "interactions": [{"type": "assistant_summary", "content": {"summary": "${summary}"}}]}`,
    )
    const [fast] = await readLogFiles(workspace, [file], { threads: 1 })
    expect(fast).toMatchObject({ ok: false, reason: expect.stringContaining('is over 64 MiB') })
  }, 60_000)
})

/** Writes `parts` in order, a Buffer part standing for that many bytes of `x`, streamed. */
async function writeParts(file: string, parts: readonly (string | number)[]): Promise<void> {
  const out = createWriteStream(file)
  const filler = Buffer.alloc(MB, 'x')
  for (const part of parts) {
    if (typeof part === 'string') {
      if (!out.write(part)) await once(out, 'drain')
      continue
    }
    for (let left = part; left > 0; left -= filler.length)
      if (!out.write(left >= filler.length ? filler : filler.subarray(0, left)))
        await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}

describe('strings the report does not show', () => {
  let dir: string
  const OVER = KEPT_STRING_LIMIT + MB
  const header = '{"session_id": "s", "start_timestamp": null, "interactions": [\n'
  const call =
    '{"type": "tool_call", "timestamp": "2025-06-01T08:00:00Z", "content": {"tool": "Bash"}}'
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'large-strings-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const read = async (name: string, parts: readonly (string | number)[]) => {
    const file = path.join(dir, name)
    await writeParts(file, parts)
    const [outcome] = await readLogFiles(dir, [file], { threads: 1 })
    await rm(file)
    return outcome!
  }

  it('steps over a tool result whose content is a plain string over the limit', async () => {
    const outcome = await read('plain.json', [
      header,
      `${call},\n{"type": "tool_result", "timestamp": "2025-06-01T08:00:01Z", "content": "`,
      OVER,
      `"}\n]}`,
    ])
    expect(outcome.ok, !outcome.ok ? outcome.reason : '').toBe(true)
    expect(outcome.ok && outcome.digest.kinds).toMatchObject({ tool_call: 1, tool_result: 1 })
  }, 60_000)

  it('steps over it too when the type comes after the content', async () => {
    const outcome = await read('type-after.json', [
      header,
      `{"content": "`,
      OVER,
      `", "type": "tool_result"},\n{"content": {"tool": "`,
      OVER,
      `", "result": "ok"}, "type": "user_message"},\n${call}\n]}`,
    ])
    expect(outcome.ok, !outcome.ok ? outcome.reason : '').toBe(true)
    expect(outcome.ok && outcome.digest.kinds).toMatchObject({
      tool_call: 1,
      tool_result: 1,
      user_message: 1,
    })
    expect(outcome.ok && Object.fromEntries(outcome.digest.tools)).toEqual({ Bash: 1 })
  }, 60_000)

  it('still refuses a summary or a tool name over the limit, whatever comes first', async () => {
    for (const parts of [
      [header, '{"type": "assistant_summary", "content": "', OVER, '"}]}'],
      [header, '{"content": {"summary": "', OVER, '"}, "type": "assistant_summary"}]}'],
      [header, '{"content": {"tool": "', OVER, '"}, "type": "tool_call"}]}'],
    ]) {
      const outcome = await read('shown.json', parts)
      expect(outcome).toMatchObject({
        ok: false,
        reason: expect.stringContaining('is over 64 MiB'),
      })
    }
  }, 120_000)

  it('streams a log of large unshown strings in bounded memory', async () => {
    const workspace = await mkdtemp(path.join(tmpdir(), 'large-strings-run-'))
    const logs = path.join(workspace, '.claude', 'session_logs')
    await mkdir(logs, { recursive: true })
    await writeParts(path.join(logs, 'session_2025-06-01.json'), [
      header,
      `${call},\n{"type": "tool_result", "content": "`,
      150 * MB,
      `"},\n{"content": "`,
      OVER,
      `", "type": "tool_result"},\n{"type": "tool_result", "content": {"tool": "`,
      OVER,
      `"}}\n]}`,
    ])
    const out = await mkdtemp(path.join(tmpdir(), 'large-strings-out-'))
    const peakFile = path.join(out, 'peak-rss')
    const run = await runAction({
      workspace,
      inputs: { 'report-file': 'report.json' },
      env: {
        PEAK_RSS_FILE: peakFile,
        NODE_OPTIONS: `--import=${path.join(ROOT, 'bench', 'peak-rss.ts')}`,
      },
      outDir: out,
    })
    expect(run.exitCode, run.stderr).toBe(0)
    const report = JSON.parse(await readFile(path.join(workspace, 'report.json'), 'utf8'))
    expect(report.files).toHaveLength(1)
    expect(report.files[0].byType).toMatchObject({ tool_call: 1, tool_result: 3 })
    // 290 MB of file: only the one string of unknown use is held, and never past the limit.
    const peak = Number(await readFile(peakFile, 'utf8'))
    expect(peak).toBeGreaterThan(0)
    expect(peak).toBeLessThan(KEPT_STRING_LIMIT + 128 * MB)
    await rm(out, { recursive: true, force: true })
    await rm(workspace, { recursive: true, force: true })
  }, 120_000)
})
