/**
 * The report page of `claude-session-report serve` in headless Chromium (Debian's `chromium`):
 * the four charts exist and are drawn with the report's figures, no log text runs as markup or
 * script, and the Content-Security-Policy blocks nothing the page needs.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { Browser } from '../scripts/browser.ts'
import { main } from '../src/cli/main.js'
import { recorderLog, toolUse, userMessage } from './support/recorder-log.js'
import { writeLogs } from './support/session-log.js'

const EXAMPLES = path.join(import.meta.dirname, '..', 'examples')
const HOSTILE_TOOL = '<img src=x onerror=alert(1)>'

let folder: string
let work: string
let base: string
let stop: AbortController
let served: Promise<number>
let browser: Browser

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'serve-page-'))
  work = await mkdtemp(path.join(tmpdir(), 'serve-page-browser-'))
  await cp(EXAMPLES, folder, { recursive: true })
  await writeLogs(folder, [
    {
      name: 'session_2026-03-06.json',
      log: recorderLog({
        session_id: '</script><script>alert(2)</script>',
        start_timestamp: '2026-03-06T08:00:00Z',
        end_timestamp: '2026-03-06T08:10:00Z',
        interactions: [
          userMessage('<script>alert(3)</script>', { timestamp: '2026-03-06T08:01:00Z' }),
          ...toolUse(HOSTILE_TOOL, '2026-03-06T08:02:00Z'),
        ],
      }),
    },
  ])
  let stderr = ''
  stop = new AbortController()
  served = main(['serve', folder, '--port', '0', '--title', 'Sessions <b>here</b>'], {
    cwd: folder,
    out: () => undefined,
    err: (text) => (stderr += text),
    signal: stop.signal,
  })
  for (let waited = 0; !/ at (http:\S+)\/ /.test(stderr); waited += 20) {
    if (waited > 20_000) throw new Error(`the server did not start: ${stderr}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  base = / at (http:\S+)\/ /.exec(stderr)![1]!
  browser = await Browser.launch(path.join(work, 'profile'))
  // Runs before the page's own scripts: records what the policy blocks, and any alert.
  await browser.send('Page.addScriptToEvaluateOnNewDocument', {
    source: `window.__blocked = []; window.__alerts = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__blocked.push(e.violatedDirective + ' ' + e.blockedURI));
      window.alert = (message) => window.__alerts.push(String(message));`,
  })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  stop?.abort()
  await served
  await rm(folder, { recursive: true, force: true })
  await rm(work, { recursive: true, force: true, maxRetries: 5 })
})

interface DrawnChart {
  readonly id: string
  readonly type: string | null
  readonly labels: readonly string[]
  readonly data: readonly (readonly (number | null)[])[]
  readonly painted: number
  readonly width: number
  readonly height: number
}

it('draws the tools, the activity per day, and tokens and cost by model', async () => {
  await browser.load(`${base}/`, 1200)
  const charts = await browser.evaluate<
    DrawnChart[]
  >(`[...document.querySelectorAll('canvas')].map((canvas) => {
    const chart = Chart.getChart(canvas)
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data
    let painted = 0
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++
    return {
      id: canvas.id,
      type: chart ? chart.config.type : null,
      labels: chart ? chart.data.labels : [],
      data: chart ? chart.data.datasets.map((set) => set.data) : [],
      painted, width: canvas.width, height: canvas.height,
    }
  })`)
  expect(charts.map((chart) => chart.id)).toEqual([
    'chart-tools',
    'chart-days',
    'chart-tokens',
    'chart-cost',
  ])
  for (const chart of charts) {
    expect(chart.type, chart.id).toBe('bar')
    expect(chart.width, chart.id).toBeGreaterThan(200)
    expect(chart.height, chart.id).toBeGreaterThan(100)
    // Bars, axes and labels: thousands of pixels drawn on a transparent canvas.
    expect(chart.painted, chart.id).toBeGreaterThan(2_000)
  }
  const [tools, days, tokens, cost] = charts as [DrawnChart, DrawnChart, DrawnChart, DrawnChart]
  // The examples' 40 tool calls and the hostile log's one, most called first.
  expect(tools.labels.slice(0, 3)).toEqual(['Bash', 'Read', 'Edit'])
  expect(tools.labels).toContain(HOSTILE_TOOL)
  expect(tools.data[0]!.reduce((sum, calls) => sum! + calls!, 0)).toBe(41)
  // Every day from the first to the last, idle ones as 0.
  expect(days.labels).toEqual([
    '2026-03-02',
    '2026-03-03',
    '2026-03-04',
    '2026-03-05',
    '2026-03-06',
  ])
  expect(days.data[0]!.reduce((sum, count) => sum! + count!, 0)).toBe(107 + 3)
  expect(tokens.labels).toEqual(['claude-opus-4-5-20251101', 'claude-haiku-4-5-20251001'])
  expect(tokens.data).toEqual([
    [14, 28],
    [2022, 397],
    [11250 + 18940, 12818],
    [346778, 32166],
  ])
  expect(cost.labels).toEqual(tokens.labels)
  expect(cost.data[0]![0]).toBeGreaterThan(cost.data[0]![1]!)
})

it('shows log text as text: no markup, no script, nothing blocked', async () => {
  await browser.load(`${base}/`, 1200)
  const seen = await browser.evaluate<{
    title: string
    heading: string
    images: number
    scripts: string[]
    tools: string
    sessions: string
    blocked: string[]
    alerts: string[]
  }>(`({
    title: document.title,
    heading: document.querySelector('h1').textContent,
    images: document.querySelectorAll('img, b').length,
    scripts: [...document.scripts].map((script) => script.src || script.type),
    tools: [...document.querySelectorAll('table code')].map((code) => code.textContent).join('\\n'),
    sessions: [...document.querySelectorAll('a.id')].map((link) => link.textContent).join('\\n'),
    blocked: window.__blocked,
    alerts: window.__alerts,
  })`)
  expect(seen.title).toBe('Sessions <b>here</b>')
  expect(seen.heading).toBe('Sessions <b>here</b>')
  expect(seen.images).toBe(0)
  expect(seen.scripts).toEqual([
    `${base}/assets/chart.umd.min.js`,
    `${base}/assets/page.js`,
    'application/json',
  ])
  expect(seen.tools).toContain(HOSTILE_TOOL)
  expect(seen.sessions).toContain('</script><script>alert(2)</script>')
  expect(seen.blocked).toEqual([])
  expect(seen.alerts).toEqual([])
})
