/**
 * `GET /`: the report as one HTML page, with charts drawn by Chart.js (tools, interactions per
 * day, tokens and cost by model) and tables of the same figures. The page holds no script of its
 * own: its data is a JSON block (every `<` of it escaped), drawn by `/assets/page.js`, so that the
 * Content-Security-Policy allows scripts from the server alone.
 */
import type { Analysis } from '../analyse.js'
import { jsonText } from '../json-text.js'
import type { FileOutcome } from '../model.js'
import { count, dateTime, plural, tokenCount, usd } from '../render/format.js'
import { totalTokens } from '../render/report.js'
import { truncate } from '../truncate.js'
import { escapeHtml } from './html.js'
import type { SessionListItem } from './sessions.js'

/** What the charts draw. */
export interface ChartData {
  readonly tools: readonly {
    readonly tool: string
    readonly calls: number
    readonly errors: number
  }[]
  /** Every UTC day from the first to the last with activity, idle days as 0. */
  readonly days: readonly { readonly day: string; readonly interactions: number }[]
  readonly models: readonly {
    readonly model: string
    readonly input: number
    readonly output: number
    readonly cacheWrite: number
    readonly cacheRead: number
    readonly costUsd: number | null
  }[]
}

/** Bars in the tools chart; the table under it lists every tool. */
const TOOLS_CHARTED = 25
/** A label on a chart is cut to this many characters; the tables show names whole. */
const LABEL_MAX = 60
/** Idle days are filled in up to this span; a longer one shows its active days only. */
const DAYS_FILLED_MAX = 3660
const DAY_MS = 86_400_000

export function chartData(analysis: Analysis, outcomes: readonly FileOutcome[]): ChartData {
  return {
    tools: analysis.tools.slice(0, TOOLS_CHARTED).map((tool) => ({
      tool: truncate(tool.tool, LABEL_MAX),
      calls: tool.calls,
      errors: tool.errors,
    })),
    days: interactionsPerDay(outcomes),
    models: (analysis.usage?.models ?? []).map((model) => ({
      model: truncate(model.model, LABEL_MAX),
      input: model.tokens.input,
      output: model.tokens.output,
      cacheWrite: model.tokens.cacheWrite5m + model.tokens.cacheWrite1h,
      cacheRead: model.tokens.cacheRead,
      costUsd: model.costUsd,
    })),
  }
}

function interactionsPerDay(outcomes: readonly FileOutcome[]): ChartData['days'] {
  const days = new Map<string, number>()
  for (const outcome of outcomes)
    if (outcome.ok)
      for (const [day, interactions] of outcome.digest.interactionsByDay)
        days.set(day, (days.get(day) ?? 0) + interactions)
  const active = [...days.keys()].sort()
  if (active.length === 0) return []
  const first = Date.parse(`${active[0]}T00:00:00Z`)
  const last = Date.parse(`${active.at(-1)}T00:00:00Z`)
  const filled =
    Number.isFinite(first) && Number.isFinite(last) && (last - first) / DAY_MS <= DAYS_FILLED_MAX
      ? Array.from({ length: (last - first) / DAY_MS + 1 }, (_, i) =>
          new Date(first + i * DAY_MS).toISOString().slice(0, 10),
        )
      : active
  return filled.map((day) => ({ day, interactions: days.get(day) ?? 0 }))
}

export interface PageContext {
  readonly title: string
  readonly patterns: readonly string[]
}

/** The whole page. Every piece of text from a log goes through `escapeHtml` or `jsonText`. */
export function renderPage(
  analysis: Analysis,
  sessions: readonly SessionListItem[],
  charts: ChartData,
  context: PageContext,
): string {
  const { totals, usage } = analysis
  const headline = [
    usage === null ? null : `<strong>${escapeHtml(usd(usage.costUsd))}</strong>`,
    usage === null ? null : `<strong>${tokenCount(totalTokens(usage.tokens))} tokens</strong>`,
    plural(totals.sessions, 'session'),
    plural(totals.interactions, 'interaction'),
    plural(totals.toolCalls, 'tool call'),
    plural(totals.files, 'file'),
    totals.unreadableFiles === 0
      ? null
      : plural(totals.unreadableFiles, 'file not read', 'files not read'),
  ].filter((part) => part !== null)
  const noUsage =
    '<p class="empty">These logs hold no token usage (session-recorder logs do not).</p>'
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(context.title)}</title>
<link rel="stylesheet" href="/assets/page.css">
<script src="/assets/chart.umd.min.js" defer></script>
<script src="/assets/page.js" defer></script>
</head>
<body>
<main>
<h1>${escapeHtml(context.title)}</h1>
<p class="headline">${headline.join(' · ')}</p>
${activityLine(analysis)}
<div class="charts">
${figure('chart-tools', 'Tool calls', charts.tools.length === 0 ? '<p class="empty">No tool calls.</p>' : null)}
${figure('chart-days', 'Interactions per day (UTC)', charts.days.length === 0 ? '<p class="empty">No timestamped interactions.</p>' : null)}
${figure('chart-tokens', 'Tokens by model', charts.models.length === 0 ? noUsage : null)}
${figure('chart-cost', 'Cost by model (US dollars)', charts.models.length === 0 ? noUsage : null)}
</div>
${sessionTable(sessions)}
${toolTable(analysis)}
${modelTable(analysis)}
${unreadableList(analysis)}
<footer>
<p>${plural(totals.files + totals.unreadableFiles, 'file')} matched ${context.patterns.map((pattern) => `<code>${escapeHtml(pattern)}</code>`).join(', ')}. Costs at the list prices of ${escapeHtml(analysis.pricing.date)} (${escapeHtml(analysis.pricing.source)} price table). Secrets redacted.</p>
<p>API: <a href="/sessions"><code>/sessions</code></a>, <code>/sessions/&lt;id&gt;</code>, <code>/sessions/&lt;id&gt;/interactions</code>.</p>
</footer>
</main>
<script type="application/json" id="chart-data">${jsonText(charts)}</script>
</body>
</html>
`
}

function activityLine(analysis: Analysis): string {
  const { firstActivity, lastActivity } = analysis.totals
  if (firstActivity === null || lastActivity === null) return ''
  return `<p>Activity ${escapeHtml(dateTime(firstActivity))} → ${escapeHtml(dateTime(lastActivity))} UTC.</p>`
}

function figure(id: string, caption: string, instead: string | null): string {
  const body =
    instead ??
    `<div class="chart" id="${id}-box"><canvas id="${id}" role="img" aria-label="${escapeHtml(caption)}"></canvas></div>`
  return `<figure><figcaption>${escapeHtml(caption)}</figcaption>${body}</figure>`
}

function sessionTable(sessions: readonly SessionListItem[]): string {
  if (sessions.length === 0) return '<h2>Sessions</h2>\n<p class="empty">No sessions.</p>'
  const rows = sessions.map((session) => {
    const href = `/sessions/${encodeURIComponent(session.session_id)}`
    const tokens = session.tokens
    return `<tr><td><a class="id" href="${escapeHtml(href)}">${escapeHtml(session.session_id)}</a></td><td>${escapeHtml(session.start === null ? '' : dateTime(session.start))}</td><td>${escapeHtml(session.end === null ? '' : dateTime(session.end))}</td><td class="n"><a href="${escapeHtml(href)}/interactions">${count(session.interactions)}</a></td><td class="n">${tokens === undefined ? '' : tokenCount(tokens.input + tokens.output + tokens.cache_creation + tokens.cache_read)}</td><td class="n">${session.cost_usd === undefined ? '' : escapeHtml(usd(session.cost_usd))}</td></tr>`
  })
  return `<h2>Sessions</h2>
<table><thead><tr><th>session</th><th>start (UTC)</th><th>end (UTC)</th><th class="n">interactions</th><th class="n">tokens</th><th class="n">cost</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`
}

function toolTable(analysis: Analysis): string {
  if (analysis.tools.length === 0) return ''
  const rows = analysis.tools.map(
    (tool) =>
      `<tr><td><code>${escapeHtml(tool.tool)}</code></td><td class="n">${count(tool.calls)}</td><td class="n">${count(tool.errors)}</td><td class="n">${count(tool.files)}</td></tr>`,
  )
  return `<h2>Tools</h2>
<table><thead><tr><th>tool</th><th class="n">calls</th><th class="n">errors</th><th class="n">files</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`
}

function modelTable(analysis: Analysis): string {
  const models = analysis.usage?.models ?? []
  if (models.length === 0) return ''
  const rows = models.map(
    (model) =>
      `<tr><td><code>${escapeHtml(model.model)}</code></td><td class="n">${count(model.responses)}</td><td class="n">${tokenCount(totalTokens(model.tokens))}</td><td class="n">${model.costUsd === null ? 'no price' : escapeHtml(usd(model.costUsd))}</td></tr>`,
  )
  return `<h2>Models</h2>
<table><thead><tr><th>model</th><th class="n">responses</th><th class="n">tokens</th><th class="n">cost</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`
}

function unreadableList(analysis: Analysis): string {
  if (analysis.unreadable.length === 0) return ''
  const items = analysis.unreadable.map(
    (file) => `<li><code>${escapeHtml(file.path)}</code> ${escapeHtml(file.reason)}</li>`,
  )
  return `<h2>Files not read</h2>
<ul>
${items.join('\n')}
</ul>`
}

/** The page's stylesheet (`/assets/page.css`). */
export const PAGE_STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 8px; }
h2 { font-size: 18px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
.headline { font-size: 16px; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 16px; }
figure { margin: 0; padding: 12px; border: 1px solid var(--line); border-radius: 6px; min-width: 0; }
figcaption { font-weight: 600; margin-bottom: 8px; }
.chart { position: relative; height: 280px; }
.empty { color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
td, code { overflow-wrap: anywhere; }
.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; overflow-wrap: normal; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
a { color: #0969da; }
footer { margin-top: 32px; color: var(--muted); }
`

/**
 * The page's script (`/assets/page.js`): draws the charts from the JSON block, without animation,
 * so that a chart is whole as soon as the page has loaded.
 */
export const PAGE_SCRIPT = `'use strict'
;(function () {
  var data = JSON.parse(document.getElementById('chart-data').textContent)
  var Chart = window.Chart
  Chart.defaults.animation = false
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily
  Chart.defaults.color = '#59636e'
  var blue = '#0969da', red = '#cf222e', green = '#1a7f37', orange = '#bc4c00', purple = '#8250df'
  function draw(id, config) {
    var canvas = document.getElementById(id)
    if (canvas !== null) new Chart(canvas, config)
  }
  function grouped(labels, datasets, options) {
    return {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: Object.assign({ maintainAspectRatio: false, responsive: true }, options)
    }
  }
  var toolBox = document.getElementById('chart-tools-box')
  if (toolBox !== null) toolBox.style.height = Math.max(160, 48 + 22 * data.tools.length) + 'px'
  draw('chart-tools', grouped(
    data.tools.map(function (t) { return t.tool }),
    [
      { label: 'calls', data: data.tools.map(function (t) { return t.calls }), backgroundColor: blue },
      { label: 'errors', data: data.tools.map(function (t) { return t.errors }), backgroundColor: red }
    ],
    { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }
  ))
  draw('chart-days', grouped(
    data.days.map(function (d) { return d.day }),
    [{ label: 'interactions', data: data.days.map(function (d) { return d.interactions }), backgroundColor: blue }],
    { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
  ))
  var models = data.models.map(function (m) { return m.model })
  function tokens(label, key, color) {
    return { label: label, data: data.models.map(function (m) { return m[key] }), backgroundColor: color }
  }
  draw('chart-tokens', grouped(
    models,
    [
      tokens('input', 'input', blue),
      tokens('output', 'output', green),
      tokens('cache writes', 'cacheWrite', orange),
      tokens('cache reads', 'cacheRead', purple)
    ],
    { indexAxis: 'y', scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } } }
  ))
  draw('chart-cost', grouped(
    models,
    [{ label: 'US dollars', data: data.models.map(function (m) { return m.costUsd }), backgroundColor: green }],
    { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true } } }
  ))
})()
`
