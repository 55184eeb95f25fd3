/**
 * The Prometheus metrics: rendered from an analysis, checked by the real `promtool check metrics`,
 * and written by the bundled action for node_exporter's textfile collector.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionRun } from '../scripts/run-action.ts'
import {
  escapeLabel,
  METRICS,
  renderMetrics,
  TOP_MODELS,
  TOP_TOOLS,
} from '../src/publish/metrics.js'
import { analysisOf, mixedWeek, modelUsage, session, tokens, usageOf } from './support/analysis.js'
import { FIXTURES } from './support/fixtures.js'
import { promtool } from './support/prometheus.js'
import { cp } from 'node:fs/promises'

const REPORT_TIME = Date.parse('2026-03-12T08:00:00Z')

/** The samples of a text exposition, as `name{labels}` → value. */
function samples(text: string): Map<string, number> {
  const result = new Map<string, number>()
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const at = line.lastIndexOf(' ')
    result.set(line.slice(0, at), Number(line.slice(at + 1)))
  }
  return result
}

describe('renderMetrics', () => {
  const text = renderMetrics(mixedWeek(), REPORT_TIME)

  it('passes promtool check metrics without a finding', () => {
    expect(promtool(['check', 'metrics'], text)).toEqual({ status: 0, output: '' })
  })

  it('gives every metric HELP and TYPE, counters and only counters ending in _total', () => {
    for (const [name, [type]] of Object.entries(METRICS)) {
      expect(text).toMatch(new RegExp(`^# HELP ${name} \\S`, 'm'))
      expect(text).toContain(`# TYPE ${name} ${type}\n`)
      expect(type === 'counter').toBe(name.endsWith('_total'))
    }
  })

  it('writes the totals, kinds, tools, tokens and cost of the analysis', () => {
    const analysis = mixedWeek()
    const values = samples(text)
    expect(values.get('claude_sessions_total')).toBe(analysis.totals.sessions)
    expect(values.get('claude_interactions_total')).toBe(analysis.totals.interactions)
    expect(values.get('claude_tool_calls_total')).toBe(analysis.totals.toolCalls)
    expect(values.get('claude_interactions_by_type{type="tool_call"}')).toBe(
      analysis.totals.kinds.tool_call,
    )
    for (const tool of analysis.tools) {
      expect(values.get(`claude_tool_calls_by_type{tool="${tool.tool}"}`)).toBe(tool.calls)
      expect(values.get(`claude_tool_errors_total{tool="${tool.tool}"}`)).toBe(tool.errors)
    }
    for (const model of analysis.usage!.models) {
      expect(values.get(`claude_tokens_total{model="${model.model}",kind="cache_read"}`)).toBe(
        model.tokens.cacheRead,
      )
      expect(values.get(`claude_cost_usd_total{model="${model.model}"}`)).toBe(
        model.costUsd ?? undefined,
      )
    }
    expect(values.get('claude_report_timestamp_seconds')).toBe(REPORT_TIME / 1000)
  })

  it('gives a model without a price tokens but no cost series', () => {
    const analysis = analysisOf({
      sessions: [session({ usage: usageOf([modelUsage('local-llm', { costUsd: null })]) })],
    })
    const values = samples(renderMetrics(analysis, REPORT_TIME))
    expect(values.has('claude_tokens_total{model="local-llm",kind="input"}')).toBe(true)
    expect([...values.keys()].filter((key) => key.startsWith('claude_cost_usd_total'))).toEqual([])
  })

  it('writes no token, cost or tool-error series for logs without usage, and no timestamps', () => {
    const analysis = analysisOf({
      sessions: [
        session({
          format: 'session-recorder',
          usage: null,
          tools: [{ tool: 'Bash', calls: 2, errors: 0 }],
        }),
      ],
    })
    const rendered = renderMetrics(analysis, REPORT_TIME)
    const names = [...samples(rendered).keys()]
    expect(names.filter((name) => /^claude_(tokens|cost|tool_errors)/.test(name))).toEqual([])
    expect(names).toContain('claude_tool_calls_by_type{tool="Bash"}')
    for (const line of rendered.split('\n').filter((line) => line !== '' && !line.startsWith('#')))
      expect(line.split(' ')).toHaveLength(2)
    expect(promtool(['check', 'metrics'], rendered)).toEqual({ status: 0, output: '' })
  })

  it(`keeps the ${TOP_TOOLS} most called tools and folds the rest into "other"`, () => {
    const tools = Array.from({ length: TOP_TOOLS + 5 }, (_, index) => ({
      tool: `mcp__tool_${String(index).padStart(2, '0')}`,
      calls: 100 - index,
      errors: 1,
    }))
    const values = samples(renderMetrics(analysisOf({ sessions: [session({ tools })] }), 0))
    const byTool = [...values.keys()].filter((key) => key.startsWith('claude_tool_calls_by_type'))
    expect(byTool).toHaveLength(TOP_TOOLS + 1)
    const rest = tools.slice(TOP_TOOLS)
    expect(values.get('claude_tool_calls_by_type{tool="other"}')).toBe(
      rest.reduce((sum, tool) => sum + tool.calls, 0),
    )
    expect(values.get('claude_tool_errors_total{tool="other"}')).toBe(rest.length)
    const sum = byTool.reduce((total, key) => total + values.get(key)!, 0)
    expect(sum).toBe(values.get('claude_tool_calls_total'))
  })

  it(`keeps the ${TOP_MODELS} costliest models and folds the rest into "other"`, () => {
    const models = Array.from({ length: TOP_MODELS + 3 }, (_, index) =>
      modelUsage(`model-${String(index).padStart(2, '0')}`, {
        tokens: tokens({ output: 10 }),
        costUsd: index === TOP_MODELS + 2 ? null : 100 - index,
      }),
    )
    const values = samples(
      renderMetrics(analysisOf({ sessions: [session({ usage: usageOf(models) })] }), 0),
    )
    const output = [...values.keys()].filter((key) => key.endsWith('kind="output"}'))
    expect(output).toHaveLength(TOP_MODELS + 1)
    expect(values.get('claude_tokens_total{model="other",kind="output"}')).toBe(30)
    // One of the folded models has no price: the rest's cost is unknown, not a part of it.
    expect(values.has('claude_cost_usd_total{model="other"}')).toBe(false)
    expect(values.get('claude_cost_usd_total{model="model-00"}')).toBe(100)
  })

  it('escapes label values as the format requires, and promtool reads them back', () => {
    expect(escapeLabel('a\\b"c\nd')).toBe('a\\\\b\\"c\\nd')
    const hostile = 'x"} 1\nclaude_sessions_total 999\r\\'
    const text = renderMetrics(
      analysisOf({ sessions: [session({ tools: [{ tool: hostile, calls: 3, errors: 0 }] })] }),
      0,
    )
    expect(text.split('\n').filter((line) => line.startsWith('claude_sessions_total '))).toEqual([
      'claude_sessions_total 1',
    ])
    expect(promtool(['check', 'metrics'], text)).toEqual({ status: 0, output: '' })
  })
})

describe('the bundled action writes a metrics file', () => {
  const temporary: string[] = []
  let workspace: string
  let result: ActionRun
  beforeAll(async () => {
    workspace = await mkdtemp(path.join(tmpdir(), 'metrics-workspace-'))
    temporary.push(workspace)
    await cp(path.join(FIXTURES, 'team-week'), workspace, { recursive: true })
    result = await runAction({ workspace, inputs: { 'metrics-file': 'metrics/claude.prom' } })
  })
  afterAll(async () => {
    await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })))
  })

  it('that promtool checks without a finding, with the counts of the outputs', async () => {
    expect(result.exitCode).toBe(0)
    const text = await readFile(path.join(workspace, 'metrics/claude.prom'), 'utf8')
    expect(promtool(['check', 'metrics'], text)).toEqual({ status: 0, output: '' })
    const values = samples(text)
    expect(values.get('claude_sessions_total')).toBe(Number(result.outputs.sessions))
    expect(values.get('claude_interactions_total')).toBe(Number(result.outputs.interactions))
    expect(values.get('claude_tool_calls_total')).toBe(Number(result.outputs['tool-calls']))
    for (const [tool, calls] of Object.entries(
      JSON.parse(result.outputs.tools!) as Record<string, number>,
    ))
      expect(values.get(`claude_tool_calls_by_type{tool="${tool}"}`)).toBe(calls)
    expect(values.get('claude_unreadable_files')).toBe(0)
    const reported = values.get('claude_report_timestamp_seconds')!
    expect(Math.abs(reported - Date.now() / 1000)).toBeLessThan(600)
  })

  it('leaves no temporary file beside it', async () => {
    expect(await readdir(path.join(workspace, 'metrics'))).toEqual(['claude.prom'])
  })

  it('writes the tokens and cost of a transcript, as the outputs give them', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'metrics-transcript-'))
    temporary.push(dir)
    await cp(path.join(FIXTURES, 'claude-code'), dir, { recursive: true })
    const run = await runAction({ workspace: dir, inputs: { 'metrics-file': 'claude.prom' } })
    expect(run.exitCode).toBe(0)
    const text = await readFile(path.join(dir, 'claude.prom'), 'utf8')
    expect(promtool(['check', 'metrics'], text)).toEqual({ status: 0, output: '' })
    const values = [...samples(text)]
    const sum = (prefix: string) =>
      values
        .filter(([key]) => key.startsWith(prefix))
        .reduce((total, [, value]) => total + value, 0)
    const models = JSON.parse(run.outputs.models!) as Record<
      string,
      { input: number; costUsd: number }
    >
    for (const [model, usage] of Object.entries(models)) {
      expect(sum(`claude_tokens_total{model="${model}",kind="input"}`)).toBe(usage.input)
      expect(sum(`claude_cost_usd_total{model="${model}"}`)).toBeCloseTo(usage.costUsd, 4)
    }
    expect(sum('claude_tokens_total{')).toBeGreaterThan(0)
    expect(sum('claude_tool_errors_total{')).toBe(Number(run.outputs['tool-errors']))
  })

  it('refuses a path outside the workspace at start-up', async () => {
    const refused = await runAction({ workspace, inputs: { 'metrics-file': '../claude.prom' } })
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout).toContain(
      `::error::Invalid input: input 'metrics-file' is "../claude.prom": expected a path inside the workspace`,
    )
  })
})
