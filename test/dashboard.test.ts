/**
 * The Grafana dashboard under dashboards/: every query parses as PromQL (the real `promtool check
 * rules`, on a rules file made of the panels' expressions), and every metric it queries is one the
 * action writes, read from a metrics file the bundled action wrote on logs of both formats.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, runAction } from '../scripts/run-action.ts'
import { METRICS } from '../src/publish/metrics.js'
import { FIXTURES } from './support/fixtures.js'
import { promtool } from './support/prometheus.js'

const DASHBOARD = path.join(ROOT, 'dashboards', 'claude-sessions.json')

interface Panel {
  readonly title: string
  readonly type: string
  readonly targets?: readonly { readonly expr: string }[]
  readonly panels?: readonly Panel[]
}

/** Every panel, those inside rows included. */
function allPanels(panels: readonly Panel[]): Panel[] {
  return panels.flatMap((panel) => [panel, ...allPanels(panel.panels ?? [])])
}

/** The metric names an expression queries: every name the action could write starts `claude_`. */
function metricNames(expr: string): string[] {
  return [...new Set(expr.match(/\bclaude_[a-z0-9_]+/g) ?? [])]
}

/** A rules file with one recording rule per expression: JSON is YAML, so no quoting by hand. */
function rulesFile(exprs: readonly string[]): string {
  return JSON.stringify({
    groups: [
      {
        name: 'dashboard',
        rules: exprs.map((expr, index) => ({ record: `dashboard:query_${index}`, expr })),
      },
    ],
  })
}

const temporary: string[] = []
let dashboard: { title: string; panels: Panel[] }
let exprs: { panel: string; expr: string }[]
let written: string

beforeAll(async () => {
  dashboard = JSON.parse(await readFile(DASHBOARD, 'utf8'))
  exprs = allPanels(dashboard.panels).flatMap((panel) =>
    (panel.targets ?? []).map(({ expr }) => ({ panel: panel.title, expr })),
  )
  const workspace = await mkdtemp(path.join(tmpdir(), 'dashboard-'))
  temporary.push(workspace)
  // Session-recorder logs and a transcript: every metric has samples, tokens and cost included.
  await cp(path.join(FIXTURES, 'team-week'), workspace, { recursive: true })
  await cp(path.join(FIXTURES, 'claude-code'), workspace, { recursive: true })
  const result = await runAction({ workspace, inputs: { 'metrics-file': 'claude.prom' } })
  expect(result.exitCode).toBe(0)
  written = await readFile(path.join(workspace, 'claude.prom'), 'utf8')
})
afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })))
})

async function checkRules(content: string) {
  const dir = await mkdtemp(path.join(tmpdir(), 'rules-'))
  temporary.push(dir)
  const file = path.join(dir, 'dashboard.rules.yml')
  await writeFile(file, content)
  return promtool(['check', 'rules', file])
}

describe('the Grafana dashboard', () => {
  it('has the panels the integration guide and the README promise', () => {
    const titles = allPanels(dashboard.panels).map((panel) => panel.title)
    expect(titles).toEqual(
      expect.arrayContaining([
        'Sessions over time',
        'Interactions over time',
        'Tool usage',
        'Tool errors',
        'Tokens by model and kind',
        'Cost by model',
      ]),
    )
    const pie = allPanels(dashboard.panels).find((panel) => panel.title === 'Tool usage')!
    expect(pie.type).toBe('piechart')
    expect(pie.targets!.map(({ expr }) => metricNames(expr))).toEqual([
      ['claude_tool_calls_by_type'],
    ])
  })

  it('queries only metrics the action writes, each declared in a metrics file it wrote', () => {
    const declared = new Set(
      written
        .split('\n')
        .filter((line) => line.startsWith('# TYPE '))
        .map((line) => line.split(' ')[2]),
    )
    expect([...declared].sort()).toEqual(Object.keys(METRICS).sort())
    for (const { panel, expr } of exprs) {
      const names = metricNames(expr)
      expect(names, `${panel}: ${expr}`).not.toEqual([])
      for (const name of names) expect(declared, `${panel}: ${name}`).toContain(name)
    }
  })

  it('queries only metrics that have samples in that file', () => {
    const withSamples = new Set(
      written
        .split('\n')
        .filter((line) => line !== '' && !line.startsWith('#'))
        .map((line) => /^[a-z_]+/.exec(line)![0]),
    )
    for (const { expr } of exprs)
      for (const name of metricNames(expr)) expect(withSamples).toContain(name)
  })

  it('every query parses as PromQL (promtool check rules)', async () => {
    expect(exprs.length).toBeGreaterThanOrEqual(10)
    const checked = await checkRules(rulesFile(exprs.map(({ expr }) => expr)))
    expect(checked.output).toContain(`SUCCESS: ${exprs.length} rules found`)
    expect(checked.status).toBe(0)
  })

  it('would catch a query that does not parse', async () => {
    const checked = await checkRules(rulesFile(['sum by (tool) (claude_tool_calls_by_type']))
    expect(checked.status).not.toBe(0)
  })
})
