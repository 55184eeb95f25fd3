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
      inputs: { 'report-file': 'reports/streamed.json' },
      env: {
        PEAK_RSS_FILE: peakFile,
        NODE_OPTIONS: `--import=${path.join(ROOT, 'bench', 'peak-rss.ts')}`,
      },
      outDir: out,
    })
    expect(run.exitCode, run.stderr).toBe(0)
    const report = JSON.parse(await readFile(run.outputs['report-file']!, 'utf8'))
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
      inputs: { 'report-file': 'reports/threads.json' },
      outDir: out,
    })
    expect(run.exitCode, run.stderr).toBe(0)
    const report = JSON.parse(await readFile(run.outputs['report-file']!, 'utf8'))
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
