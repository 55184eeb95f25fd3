/**
 * The command as it ships: `src/cli/index.ts` bundled by ncc as `npm run package` bundles it,
 * then run as a process. It starts with a shebang, carries Chart.js beside it, leaves the GitHub
 * Actions toolkit out, prints the report, and serves until it is sent SIGTERM.
 */
import { execFile, spawn } from 'node:child_process'
import { readdir, readFile, rm, stat } from 'node:fs/promises'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'

const ROOT = path.join(import.meta.dirname, '..')
const EXAMPLES = path.join(ROOT, 'examples')
const run = promisify(execFile)
let out: string
let bundle: string

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'cli-bundle-'))
  await run(
    path.join(ROOT, 'node_modules', '.bin', 'ncc'),
    ['build', 'src/cli/index.ts', '-o', out],
    {
      cwd: ROOT,
    },
  )
  bundle = path.join(out, 'index.js')
}, 300_000)

afterAll(() => rm(out, { recursive: true, force: true }))

/** Runs the bundle with Node 24 (the one running the tests). */
function cli(args: readonly string[]) {
  return run(process.execPath, [bundle, ...args], { cwd: ROOT }).then(
    (done) => ({ code: 0, ...done }),
    (failed: { code: number; stdout: string; stderr: string }) => failed,
  )
}

it('is an executable node script with Chart.js beside it and no GitHub Actions toolkit', async () => {
  const text = await readFile(bundle, 'utf8')
  expect(text.split('\n', 1)[0]).toBe('#!/usr/bin/env node')
  expect((await stat(bundle)).mode & 0o111).not.toBe(0)
  expect(await readdir(out)).toContain('chart.umd.min.js')
  const all = await Promise.all(
    (await readdir(out))
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFile(path.join(out, name), 'utf8')),
  )
  for (const code of all) {
    expect(code).not.toContain('@actions/core')
    expect(code).not.toContain('::warning')
  }
})

it('prints the report, and answers bad usage with exit code 2', async () => {
  const report = await cli(['report', EXAMPLES])
  expect(report.code).toBe(0)
  expect(report.stdout).toMatch(/^## 🤖 Claude Code sessions\n/)
  expect(report.stderr).toBe(
    'Read 5 of 5 matched files: 4 sessions, 107 interactions, 40 tool calls.\n',
  )
  const json = await cli(['report', '--json', EXAMPLES])
  expect(JSON.parse(json.stdout).totals.sessions).toBe(4)
  const bad = await cli(['report', '--nope'])
  expect(bad.code).toBe(2)
  expect(bad.stdout).toBe('')
  expect(bad.stderr).toMatch(/Unknown option '--nope'/)
})

it('serves the API and Chart.js until SIGTERM, then exits 0', async () => {
  const child = spawn(process.execPath, [bundle, 'serve', EXAMPLES, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr.setEncoding('utf8')
  const base = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk
      const match = / at (http:\S+)\/ /.exec(stderr)
      if (match) resolve(match[1]!)
    })
    child.on('exit', (code) => reject(new Error(`serve exited (${code}): ${stderr}`)))
  })
  try {
    const sessions = (await (await fetch(`${base}/sessions`)).json()) as unknown[]
    expect(sessions).toHaveLength(4)
    const chart = await fetch(`${base}/assets/chart.umd.min.js`)
    expect(chart.status).toBe(200)
    expect(await chart.text()).toContain('Chart.js v4')
  } finally {
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  }
})
