/**
 * `redact` and `capture` reached through the command line's dispatcher, as `claude-session-report
 * redact …` and `claude-session-report capture` run them, with only the text-writing `Io` that the
 * dispatcher's tests give, and with streams of their own.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { describe, expect, test } from 'vitest'
import { main } from '../src/cli/main.ts'
import { REDACTED } from '../src/redact.ts'

const token = `ghp_${'a1B2c3'.repeat(6)}`

async function cli(args: string[], streams: { stdin?: Readable; stdout?: PassThrough } = {}) {
  let stdout = ''
  let stderr = ''
  const cwd = await mkdtemp(path.join(tmpdir(), 'cli-'))
  const code = await main(args, {
    cwd,
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
    ...streams,
    env: { HOME: cwd },
  })
  return { code, stdout, stderr, cwd }
}

describe('the dispatcher', () => {
  test('lists redact and capture in its help', async () => {
    const { code, stdout } = await cli(['--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^ {2}redact {2}/m)
    expect(stdout).toMatch(/^ {2}capture {1}/m)
  })

  test.each(['redact', 'capture'])('%s --help prints its own usage', async (name) => {
    const { code, stdout } = await cli([name, '--help'])
    expect(code).toBe(0)
    expect(stdout).toContain(`Usage: claude-session-report ${name}`)
  })

  test('redact writes through `out` when there is no stdout stream', async () => {
    const { cwd } = await cli(['--help'])
    await writeFile(path.join(cwd, 'log.jsonl'), `{"a":"${token}"}\n`)
    let stdout = ''
    let stderr = ''
    const code = await main(['redact', 'log.jsonl'], {
      cwd,
      out: (text) => (stdout += text),
      err: (text) => (stderr += text),
    })
    expect(code).toBe(0)
    expect(stdout).toBe(`{"a":"${REDACTED}"}\n`)
    expect(stderr).toContain('"log.jsonl": redacted 1 string')
    expect(await readFile(path.join(cwd, 'log.jsonl'), 'utf8')).toContain(token)
  })

  test('redact reads the stdin stream given, and writes bytes to the stdout stream given', async () => {
    const stdout = new PassThrough()
    const chunks: Buffer[] = []
    stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    const input = Buffer.concat([Buffer.from(`{"a":"${token}"}\n`), Buffer.from([0xff, 0x0a])])
    const run = await cli(['redact'], { stdin: Readable.from([input]), stdout })
    expect(run.code).toBe(0)
    expect(Buffer.concat(chunks)).toEqual(
      Buffer.concat([Buffer.from(`{"a":"${REDACTED}"}\n`), Buffer.from([0xff, 0x0a])]),
    )
  })

  test('redact: a usage error exits 2, with a pointer to its help', async () => {
    const { code, stderr } = await cli(['redact', 'a.json', 'b.json'])
    expect(code).toBe(2)
    expect(stderr).toContain("Run 'claude-session-report redact --help' for its usage.")
  })

  test('capture without any input says so and exits 0', async () => {
    const { code, stderr } = await cli(['capture'])
    expect(code).toBe(0)
    expect(stderr).toBe(
      'claude-session-report capture: nothing captured: the hook input is empty\n',
    )
  })
})
