/**
 * The user's own patterns (`redact-patterns`) through the bundled action: their engine is a chunk
 * of its own, loaded only when the input is set, so only a run of dist/ shows that it is there.
 */
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runAction } from '../scripts/run-action.ts'
import { sessionLog, writeLogs } from './support/session-log.ts'

let workspace = ''

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'redact-e2e-'))
  await writeLogs(workspace, [
    {
      name: 'session_2026-03-07.json',
      log: sessionLog({
        sessionId: '6a0c9a1e-5b2d-4c3e-9f10-2a3b4c5d6e71',
        day: '2026-03-07',
        tools: ['Bash'],
        summaries: ['Billed customer CUST-20260307 again after the retry'],
      }),
    },
  ])
})

describe('redact-patterns in the bundled action', () => {
  it('redacts what the patterns match, everywhere the text is published', async () => {
    const reportFile = path.join(workspace, 'report.json')
    const run = await runAction({
      workspace,
      inputs: { 'redact-patterns': 'CUST-[0-9]{8}', 'report-file': 'report.json' },
    })
    expect(run.exitCode).toBe(0)
    expect(run.summary).toContain('Billed customer &#91;REDACTED&#93; again')
    expect(run.summary).not.toContain('CUST-2026')
    expect(await readFile(reportFile, 'utf8')).not.toContain('CUST-2026')
  })

  it('fails the step, naming the input and the pattern, when a pattern is not valid RE2', async () => {
    const run = await runAction({ workspace, inputs: { 'redact-patterns': '(?=lookahead)x' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      `::error::Invalid input: input 'redact-patterns' is "(?=lookahead)x": pattern 1 "(?=lookahead)x" is not a valid RE2 regular expression`,
    )
    expect(run.summary).toBe('')
  })
})
