/**
 * The agreement check on real Claude Code transcripts: for every session, the action's token totals
 * against an independent count (each `message.id` once), and that count against ccusage 20.0.24.
 *
 *   node scripts/check-transcripts.ts [corpus folder]     (default ../shared/corpus/claude-code)
 *
 * The corpus's top-level `<owner>__<repo>__<file>.jsonl` files and the project folders under any
 * `real_projects/` are copied into a temporary CLAUDE_CONFIG_DIR as `projects/<project>/…`, the
 * layout Claude Code writes and ccusage reads; the action reads the same copies as its workspace.
 *
 * It fails when the action differs from the independent count in any session; when ccusage differs
 * from what its own rule predicts (each `message.id` + `requestId` pair once, a missing
 * `requestId` taken as empty), since only then is every difference explained by copies;
 * or when, on a session where ccusage counts no copies, the cost from the built-in price table is
 * more than 1% away from ccusage's.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { costOf } from '../src/pricing.ts'
import type { ResponseRecord } from '../src/model.ts'
import { BUILT_IN_PRICES } from '../src/pricing.ts'
import {
  ccusageTokens,
  eachPairOnce,
  eachResponseOnce,
  noTokens,
  runCcusage,
  sameTokens,
  sumTokens,
  TOKEN_KINDS,
  totalsBy,
  usageLines,
  type Tokens,
  type UsageLine,
} from './count-transcripts.ts'
import { runAction } from './run-action.ts'

const corpus = path.resolve(process.argv[2] ?? '../shared/corpus/claude-code')
const scratch = await mkdtemp(path.join(tmpdir(), 'check-transcripts-'))
const configDir = path.join(scratch, 'claude')
const projects = path.join(configDir, 'projects')
const failures: string[] = []

/** Copies the corpus into `projects/<project>/…`; returns the files, relative, sorted. */
async function layOut(): Promise<string[]> {
  for (const entry of await readdir(corpus, { withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.jsonl')) continue
    const cut = entry.name.lastIndexOf('__')
    const project = cut > 0 ? entry.name.slice(0, cut) : 'corpus'
    const name = cut > 0 ? entry.name.slice(cut + 2) : entry.name
    await mkdir(path.join(projects, project), { recursive: true })
    await cp(path.join(corpus, entry.name), path.join(projects, project, name))
  }
  for (const entry of await readdir(corpus, { withFileTypes: true, recursive: true })) {
    if (!entry.isDirectory() || entry.name !== 'real_projects') continue
    await cp(path.join(entry.parentPath, entry.name), projects, { recursive: true })
  }
  const files = (await readdir(projects, { recursive: true }))
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.jsonl'))
  return files.sort()
}

/** The line as the action's pricing sees a response. */
function asResponse(line: UsageLine): ResponseRecord {
  return {
    id: line.messageId,
    model: line.model,
    tokens: {
      input: line.tokens.input,
      output: line.tokens.output,
      cacheWrite5m: line.tokens.cacheCreation - line.cacheWrite1h,
      cacheWrite1h: line.cacheWrite1h,
      cacheRead: line.tokens.cacheRead,
      webSearches: line.webSearches,
    },
    sidechain: line.sidechain,
    fast: line.fast,
    inferenceGeo: line.inferenceGeo,
    toolUses: [],
  }
}

const fmt = (tokens: Tokens) =>
  TOKEN_KINDS.map((kind) => tokens[kind].toLocaleString('en-US')).join(' / ')
const dollars = (value: number) => `$${value.toFixed(4)}`

const files = await layOut()
const lines = files.flatMap((file) => usageLines(projects, file))
const once = eachResponseOnce(lines)
const pairs = eachPairOnce(lines)
console.log(
  `${files.length} transcript files, ${lines.length} assistant lines with usage, ` +
    `${once.length} API responses (message.id), ${pairs.length} (message.id, requestId) lines`,
)

// 1. ccusage against its own rule, session by session (ccusage's sessions: a file, with the
//    `<session>/subagents/` files rolled in).
const ccusage = await runCcusage(configDir)
const oncePerUnit = totalsBy(once, (line) => line.unit)
const pairsPerUnit = totalsBy(pairs, (line) => line.unit)
const costPerUnit = new Map<string, { cost: number; unpriced: Set<string> }>()
for (const line of once) {
  const entry = costPerUnit.get(line.unit) ?? { cost: 0, unpriced: new Set<string>() }
  const cost = costOf(asResponse(line), BUILT_IN_PRICES)
  if (cost === null) {
    if (
      line.tokens.input + line.tokens.output + line.tokens.cacheCreation + line.tokens.cacheRead >
      0
    )
      entry.unpriced.add(line.model)
  } else entry.cost += cost
  costPerUnit.set(line.unit, entry)
}
const units = [...new Set([...oncePerUnit.keys(), ...ccusage.keys()])].sort()
console.log(
  '\nccusage sessions: tokens as input / output / cache creation / cache read\n' +
    '  once = each message.id once; ccusage counts each (message.id, requestId) once: copies = sessions where that gives more\n',
)
console.log(
  `${'session'.padEnd(38)} ${'once'.padEnd(44)} ${'ccusage'.padEnd(44)} ${'copies'.padEnd(7)} ${'cost'.padStart(9)} ${'ccusage'.padStart(9)}  verdict`,
)
let copyUnits = 0
for (const unit of units) {
  const mine = oncePerUnit.get(unit) ?? noTokens()
  const predicted = pairsPerUnit.get(unit) ?? noTokens()
  const theirs = ccusageTokens(ccusage.get(unit))
  const copies = !sameTokens(mine, predicted)
  if (copies) copyUnits++
  const cost = costPerUnit.get(unit) ?? { cost: 0, unpriced: new Set<string>() }
  const theirCost = ccusage.get(unit)?.totalCost ?? 0
  const verdicts: string[] = []
  if (!sameTokens(theirs, predicted)) {
    verdicts.push(`ccusage differs from its rule's ${fmt(predicted)}`)
    failures.push(`${unit}: ccusage gives ${fmt(theirs)}, its rule predicts ${fmt(predicted)}`)
  }
  if (!copies && cost.unpriced.size === 0) {
    const off = theirCost === 0 ? Math.abs(cost.cost) : Math.abs(cost.cost - theirCost) / theirCost
    if (off > 0.01) {
      verdicts.push(`cost ${(off * 100).toFixed(2)}% away`)
      failures.push(`${unit}: cost ${dollars(cost.cost)}, ccusage ${dollars(theirCost)}`)
    }
  }
  if (cost.unpriced.size > 0) verdicts.push(`unpriced: ${[...cost.unpriced].join(', ')}`)
  if (verdicts.length === 0) verdicts.push(copies ? 'ok: the difference is copies' : 'ok')
  console.log(
    `${unit.slice(0, 38).padEnd(38)} ${fmt(mine).padEnd(44)} ${fmt(theirs).padEnd(44)} ${(copies ? 'yes' : '').padEnd(7)} ${dollars(cost.cost).padStart(9)} ${dollars(theirCost).padStart(9)}  ${verdicts.join('; ')}`,
  )
}
const onceTotal = sumTokens(oncePerUnit.values())
const ccusageTotal = sumTokens([...ccusage.values()].map(ccusageTokens))
const costTotal = [...costPerUnit.values()].reduce((sum, entry) => sum + entry.cost, 0)
const ccusageCost = [...ccusage.values()].reduce((sum, session) => sum + session.totalCost, 0)
console.log(
  `${'all'.padEnd(38)} ${fmt(onceTotal).padEnd(44)} ${fmt(ccusageTotal).padEnd(44)} ${String(copyUnits).padEnd(7)} ${dollars(costTotal).padStart(9)} ${dollars(ccusageCost).padStart(9)}`,
)

// 2. The action against the independent count, session by session (its sessions: a `sessionId`,
//    with every subagent file of that session folded in).
const out = path.join(scratch, 'action')
// The action writes its report only inside the workspace, here the copy of the corpus.
const reportFile = path.join(projects, 'report.json')
const run = await runAction({
  workspace: projects,
  inputs: { path: '**/*.jsonl', 'report-file': 'report.json', 'job-summary': 'true' },
  outDir: out,
})
console.log(`\nthe action (dist/index.js): exit code ${run.exitCode}`)
if (run.exitCode !== 0) failures.push(`the action exited with ${run.exitCode}: ${run.stderr}`)
interface ReportSession {
  readonly sessionId: string
  readonly usage?: {
    readonly tokens?: Record<string, number>
    readonly costUsd?: number | null
  } | null
}
const report = JSON.parse(await readFile(reportFile, 'utf8').catch(() => '{}')) as {
  schemaVersion?: number
  sessions?: ReportSession[]
}
const oncePerSession = totalsBy(once, (line) => line.sessionId)
if (!Array.isArray(report.sessions)) {
  failures.push(
    `the action's report (schemaVersion ${report.schemaVersion}) has no sessions: it does not count transcript tokens`,
  )
  console.log('  its report has no sessions: nothing to compare')
} else {
  const actionPerSession = new Map<string, { tokens: Tokens; costUsd: number }>()
  for (const session of report.sessions) {
    const tokens = session.usage?.tokens ?? {}
    actionPerSession.set(session.sessionId, {
      tokens: {
        input: tokens.input ?? 0,
        output: tokens.output ?? 0,
        cacheCreation: tokens.cacheCreation ?? 0,
        cacheRead: tokens.cacheRead ?? 0,
      },
      costUsd: session.usage?.costUsd ?? 0,
    })
  }
  // The same table prices the same responses: the costs differ by the report's rounding alone.
  const costPerSession = new Map<string, number>()
  for (const line of once) {
    const cost = costOf(asResponse(line), BUILT_IN_PRICES) ?? 0
    costPerSession.set(line.sessionId, (costPerSession.get(line.sessionId) ?? 0) + cost)
  }
  console.log(
    `\n${'session id'.padEnd(38)} ${'action'.padEnd(44)} ${'independent count'.padEnd(44)} ${'cost'.padStart(9)} ${'count'.padStart(9)}  verdict`,
  )
  const ids = [...new Set([...oncePerSession.keys(), ...actionPerSession.keys()])].sort()
  for (const id of ids) {
    const mine = oncePerSession.get(id) ?? noTokens()
    const theirs = actionPerSession.get(id) ?? { tokens: noTokens(), costUsd: 0 }
    const counted = costPerSession.get(id) ?? 0
    const same = sameTokens(mine, theirs.tokens)
    const costAgrees = Math.abs(theirs.costUsd - counted) <= 1e-6
    if (!same)
      failures.push(
        `${id}: the action gives ${fmt(theirs.tokens)}, the independent count ${fmt(mine)}`,
      )
    if (!costAgrees)
      failures.push(
        `${id}: the action's cost is ${dollars(theirs.costUsd)}, the independent count's ${dollars(counted)}`,
      )
    console.log(
      `${id.padEnd(38)} ${fmt(theirs.tokens).padEnd(44)} ${fmt(mine).padEnd(44)} ${dollars(theirs.costUsd).padStart(9)} ${dollars(counted).padStart(9)}  ${same && costAgrees ? 'ok' : 'DIFFERS'}`,
    )
  }
}

console.log(
  `\neach response once: ${fmt(onceTotal)}; ccusage: ${fmt(ccusageTotal)} ` +
    `(${copyUnits} of ${units.length} ccusage sessions count copies)`,
)
await rm(scratch, { recursive: true, force: true })
if (failures.length > 0) {
  console.log(`\n${failures.length} disagreement(s):\n  ${failures.join('\n  ')}`)
  process.exit(1)
}
console.log('every session agrees')
