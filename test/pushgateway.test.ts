/**
 * The push to a real Pushgateway (Debian's `prometheus-pushgateway`), started on a free loopback
 * port by the tests themselves, and read back from its own /metrics.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction } from '../scripts/run-action.ts'
import { renderMetrics } from '../src/publish/metrics.js'
import { groupUrl, pushMetrics } from '../src/publish/pushgateway.js'
import { analysisOf, mixedWeek, session } from './support/analysis.js'
import { FIXTURES } from './support/fixtures.js'
import { freePort, startPushgateway, type Pushgateway } from './support/prometheus.js'

const FAST = { attempts: 3, timeoutMs: 2_000, backoffMs: 1, maxRetryAfterMs: 1_000 }

let gateway: Pushgateway
const temporary: string[] = []
beforeAll(async () => {
  gateway = await startPushgateway()
})
afterAll(async () => {
  await gateway?.stop()
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })))
})

/** The lines of the Pushgateway's /metrics that belong to a job. */
async function seriesOf(job: string): Promise<string[]> {
  const text = await (await fetch(`${gateway.url}/metrics`)).text()
  return text
    .split('\n')
    .filter((line) => line.startsWith('claude_') && line.includes(`job="${job}"`))
}

describe('groupUrl', () => {
  it('puts the job base64url-encoded in one segment, after any path of the base', () => {
    expect(groupUrl(new URL('https://push.example/prefix/'), 'acme/invoice-service').href).toBe(
      'https://push.example/prefix/metrics/job@base64/YWNtZS9pbnZvaWNlLXNlcnZpY2U',
    )
  })
})

describe('pushMetrics to a real Pushgateway', () => {
  it('pushes every series under the job, with no instance label, and reads back the values', async () => {
    const analysis = mixedWeek()
    const job = 'acme/invoice-service "nightly"'
    const pushed = await pushMetrics(new URL(gateway.url), job, renderMetrics(analysis, 0), FAST)
    expect(pushed).toEqual({ ok: true, status: 200, attempts: 1 })
    const series = await seriesOf('acme/invoice-service \\"nightly\\"')
    expect(series).toContain(
      `claude_sessions_total{instance="",job="acme/invoice-service \\"nightly\\""} ${analysis.totals.sessions}`,
    )
    const model = analysis.usage!.models[0]!
    expect(series).toContain(
      `claude_tokens_total{instance="",job="acme/invoice-service \\"nightly\\"",kind="output",model="${model.model}"} ${model.tokens.output}`,
    )
  })

  it('replaces the job’s series on the next push (PUT), so a folded tool leaves nothing behind', async () => {
    const base = new URL(gateway.url)
    const twoTools = analysisOf({
      sessions: [
        session({
          tools: [
            { tool: 'Bash', calls: 3, errors: 0 },
            { tool: 'Read', calls: 1, errors: 0 },
          ],
        }),
      ],
    })
    const oneTool = analysisOf({
      sessions: [session({ tools: [{ tool: 'Bash', calls: 5, errors: 0 }] })],
    })
    expect((await pushMetrics(base, 'replace', renderMetrics(twoTools, 0), FAST)).ok).toBe(true)
    expect((await pushMetrics(base, 'replace', renderMetrics(oneTool, 0), FAST)).ok).toBe(true)
    const byTool = (await seriesOf('replace')).filter((line) =>
      line.startsWith('claude_tool_calls_by_type'),
    )
    expect(byTool).toEqual(['claude_tool_calls_by_type{instance="",job="replace",tool="Bash"} 5'])
  })

  it('gives up with a reason, not an exception, when nothing listens', async () => {
    const down = new URL(`http://127.0.0.1:${await freePort()}/`)
    const pushed = await pushMetrics(down, 'down', 'x 1\n', FAST)
    expect(pushed).toEqual({
      ok: false,
      status: null,
      reason: 'the request failed (ECONNREFUSED) (3 attempts)',
      attempts: 3,
    })
  })
})

describe('the bundled action and a Pushgateway', () => {
  let workspace: string
  beforeAll(async () => {
    workspace = await mkdtemp(path.join(tmpdir(), 'push-workspace-'))
    temporary.push(workspace)
    await cp(path.join(FIXTURES, 'team-week'), workspace, { recursive: true })
  })

  it('pushes under the repository by default, and never prints the URL but to mask it', async () => {
    const url = `${gateway.url}/`
    const result = await runAction({ workspace, inputs: { 'pushgateway-url': url } })
    expect(result.exitCode).toBe(0)
    const series = await seriesOf('acme/invoice-service')
    expect(series).toContain(
      `claude_sessions_total{instance="",job="acme/invoice-service"} ${result.outputs.sessions}`,
    )
    expect(series).toContain(
      `claude_tool_calls_total{instance="",job="acme/invoice-service"} ${result.outputs['tool-calls']}`,
    )
    const printed = `${result.stdout}${result.stderr}`
    expect(printed).toContain(`::add-mask::${url}\n`)
    expect(printed.replace(`::add-mask::${url}\n`, '')).not.toContain(gateway.url)
    expect(printed).toContain(
      'Pushed the metrics to the Pushgateway under job "acme/invoice-service".',
    )
  })

  it('warns, and passes, when the Pushgateway stays down; the URL still unprinted', async () => {
    const url = `http://user:hunter2@127.0.0.1:${await freePort()}/push`
    const result = await runAction({
      workspace,
      inputs: { 'pushgateway-url': url, 'pushgateway-job': 'nightly' },
    })
    expect(result.exitCode).toBe(0)
    const warnings = result.stdout.split('\n').filter((line) => line.startsWith('::warning'))
    expect(warnings).toEqual([
      `::warning title=Metrics not pushed::The metrics were not pushed to the Pushgateway (input 'pushgateway-url') under job "nightly": the request failed (ECONNREFUSED) (4 attempts).`,
    ])
    expect(result.stdout.replace(`::add-mask::${url}\n`, '')).not.toContain('hunter2')
  }, 30_000)

  it('refuses a URL that is not http or https at start-up, without showing it', async () => {
    const result = await runAction({
      workspace,
      inputs: { 'pushgateway-url': 'ftp://secret-host/' },
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      "::error::Invalid input: input 'pushgateway-url' is (a secret, not shown): expected an http or https URL",
    )
    expect(result.stdout.replace('::add-mask::ftp://secret-host/\n', '')).not.toContain(
      'secret-host',
    )
  })
})
