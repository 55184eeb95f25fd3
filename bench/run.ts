/**
 * The benchmark: the bundled action as a whole process (`node dist/index.js` with a runner's
 * environment, step summary on) against the integration guide's jq loop, on generated corpora.
 *
 *   npm run bench                  the full run (about 4.5 GB of corpora under bench/.corpus/)
 *   npm run bench -- --small       a small run, for CI: checks that it works and agrees
 *   npm run bench -- --mb 400 --files 100 --runs 5 --memory-mb 2000 --single-mb 1500
 *                     --tool-files 1000 --tools 200 --long-mib 70 --kept-mib 60 --transcripts-mb 400
 *   npm run bench -- --only 6,7    some sections only
 *
 * Section 8 runs the action against ccusage 20.0.24 (`ccusage session --json --offline`, the
 * native binary of the npm package) on generated Claude Code transcripts (bench/transcripts.ts),
 * and checks the action's tokens per session against the generator's counts.
 *
 * Every run of the action is checked against the counts the generator recorded while writing
 * each file; a disagreement ends the benchmark with exit code 1. Timings are printed, never
 * asserted. Peak RSS comes from GNU time (`%M`, the largest process of the tree, so for the jq
 * loop the largest jq) when /usr/bin/time is installed, else from the action's own
 * `process.resourceUsage()` (bench/peak-rss.ts) and not at all for jq.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ACTION, ROOT, runnerEnv } from '../scripts/run-action.ts'
import { CCUSAGE } from '../scripts/count-transcripts.ts'
import { makeCorpus, type Corpus, type LogShape } from './corpus.ts'
import {
  LONG_STRING_PLACES,
  makeLongStringCorpus,
  makeToolCorpus,
  type LongStringPlace,
  type ToolNames,
} from './worst-cases.ts'
import { makeTranscriptCorpus, type TranscriptCorpus } from './transcripts.ts'

const { values: args } = parseArgs({
  options: {
    small: { type: 'boolean', default: false },
    mb: { type: 'string' },
    files: { type: 'string' },
    runs: { type: 'string' },
    'memory-mb': { type: 'string' },
    'single-mb': { type: 'string' },
    'small-files': { type: 'string' },
    'tool-files': { type: 'string' },
    tools: { type: 'string' },
    'long-mib': { type: 'string' },
    'kept-mib': { type: 'string' },
    only: { type: 'string' },
    'transcripts-mb': { type: 'string' },
  },
})
const MB = 1_000_000
const small = args.small
const mainMb = Number(args.mb ?? (small ? 4 : 400))
const mainFiles = Number(args.files ?? (small ? 10 : 100))
const runs = Number(args.runs ?? (small ? 1 : 5))
const memoryMb = Number(args['memory-mb'] ?? (small ? 20 : 2000))
const singleMb = Number(args['single-mb'] ?? (small ? 20 : 1500))
const smallFiles = Number(args['small-files'] ?? (small ? 200 : 10_000))
const toolFiles = Number(args['tool-files'] ?? (small ? 50 : 1_000))
const toolsPerFile = Number(args.tools ?? (small ? 40 : 200))
const longMib = Number(args['long-mib'] ?? (small ? 2 : 70))
const keptMib = Number(args['kept-mib'] ?? (small ? 0 : 60))
const MIB = 1024 * 1024
/** Sections to run (`--only 6,7`); all by default. */
const only = args.only?.split(',').map(Number)
const selected = (section: number): boolean => only === undefined || only.includes(section)
const transcriptsMb = Number(args['transcripts-mb'] ?? (small ? 4 : 400))
const transcriptSessions = small ? 6 : 40
const corpusRoot = path.join(ROOT, 'bench', '.corpus')
const GNU_TIME = '/usr/bin/time'
const hasGnuTime = existsSync(GNU_TIME)
const hasJq = spawnSync('jq', ['--version']).status === 0

/** The guide's "Generate Report" step, as written; run as GitHub runs a `run:` step. */
const JQ_LOOP = `echo "## Session Analysis Report" >> $GITHUB_STEP_SUMMARY
for log in .claude/session_logs/session_*.json; do
  if [ -f "$log" ]; then
    echo "### $(basename $log)" >> $GITHUB_STEP_SUMMARY
    jq -r '"- Interactions: \\(.interactions | length)"' "$log" >> $GITHUB_STEP_SUMMARY
    jq -r '"- Tools: \\([.interactions[] | select(.type == "tool_call") | .content.tool] | unique | join(", "))"' "$log" >> $GITHUB_STEP_SUMMARY
  fi
done
`

interface Measure {
  readonly ms: number
  /** Peak resident set size in bytes, or NaN when it could not be measured. */
  readonly rss: number
  /** User plus system CPU time in milliseconds (GNU time), or NaN. */
  readonly cpuMs: number
}

const scratch = await mkdtemp(path.join(os.tmpdir(), 'bench-'))
const jqScript = path.join(scratch, 'jq-loop.sh')
await writeFile(jqScript, JQ_LOOP)
let disagreements = 0

/** Runs a command to its end, timing it and taking its peak RSS. */
async function measure(
  command: string,
  commandArgs: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; rssFile?: string },
): Promise<Measure> {
  const timeFile = path.join(scratch, 'time.txt')
  const [file, fileArgs] = hasGnuTime
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...commandArgs]]
    : [command, [...commandArgs]]
  const started = performance.now()
  const child = spawn(file, fileArgs, { cwd: options.cwd, env: options.env, stdio: 'ignore' })
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  const ms = performance.now() - started
  if (code !== 0) throw new Error(`${command} ${commandArgs.join(' ')} exited with ${code}`)
  let rss = Number.NaN
  let cpuMs = Number.NaN
  if (hasGnuTime) {
    // The last line: a command's own error output may come before it.
    const [kib, user, system] = (await readFile(timeFile, 'utf8'))
      .trim()
      .split('\n')
      .pop()!
      .split(' ')
    rss = Number(kib) * 1024
    cpuMs = (Number(user) + Number(system)) * 1000
  } else if (options.rssFile) rss = Number(await readFile(options.rssFile, 'utf8'))
  return { ms, rss, cpuMs }
}

async function runJq(corpus: Corpus): Promise<Measure> {
  const summary = path.join(scratch, 'jq-summary.md')
  await writeFile(summary, '')
  return measure('bash', ['--noprofile', '--norc', '-eo', 'pipefail', jqScript], {
    cwd: corpus.workspace,
    env: { ...process.env, GITHUB_STEP_SUMMARY: summary },
  })
}

/** Runs the bundled action on the corpus and checks its report (by default, against the generator's counts). */
async function runAction(
  corpus: Corpus,
  check: (corpus: Corpus, report: JsonReport) => Promise<void> = checkReport,
): Promise<Measure> {
  return runActionIn(corpus.workspace, {}, (report) => check(corpus, report as JsonReport))
}

/** Runs the bundled action in a workspace with these inputs, and hands its JSON report to `check`. */
async function runActionIn(
  workspace: string,
  inputs: Record<string, string>,
  check: (report: unknown) => Promise<void> | void,
): Promise<Measure> {
  const out = await mkdtemp(path.join(scratch, 'run-'))
  const files = {
    summary: path.join(out, 'summary.md'),
    output: path.join(out, 'outputs.txt'),
    temp: out,
  }
  await writeFile(files.summary, '')
  await writeFile(files.output, '')
  // The action writes only inside the workspace: the report goes there, named for this run.
  const reportName = `report-${path.basename(out)}.json`
  const reportFile = path.join(workspace, reportName)
  const rssFile = path.join(out, 'peak-rss')
  const env = runnerEnv(
    { workspace, inputs: { ...inputs, 'report-file': reportName, 'job-summary': 'true' } },
    files,
  )
  if (!hasGnuTime) {
    env.PEAK_RSS_FILE = rssFile
    env.NODE_OPTIONS = `--import=${path.join(ROOT, 'bench', 'peak-rss.ts')}`
  }
  const result = await measure(process.execPath, [ACTION], { cwd: workspace, env, rssFile })
  await check(JSON.parse(await readFile(reportFile, 'utf8')))
  await rm(reportFile, { force: true })
  await rm(out, { recursive: true, force: true })
  return result
}

interface ReportFile {
  readonly path: string
  readonly byType: Record<string, number>
  readonly tools: Record<string, number>
}

interface JsonReport {
  readonly files: ReportFile[]
  readonly unreadable: { readonly path: string; readonly reason: string }[]
}

/** The fast path's report against the plain truth: the generator's own counts, file by file. */
async function checkReport(corpus: Corpus, report: JsonReport): Promise<void> {
  const expected = Object.entries(corpus.files)
  const sorted = (record: Record<string, number>): string =>
    JSON.stringify(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)))
  const problems: string[] = []
  if (report.files.length !== expected.length)
    problems.push(`${report.files.length} files in the report, ${expected.length} generated`)
  const byPath = new Map(report.files.map((file) => [file.path, file]))
  for (const [name, counts] of expected) {
    const file = byPath.get(name)
    if (!file) problems.push(`${name} is missing from the report`)
    else if (
      sorted(file.byType) !== sorted(counts.byType) ||
      sorted(file.tools) !== sorted(counts.tools)
    )
      problems.push(
        `${name}: the report says ${JSON.stringify(file)}, the file holds ${JSON.stringify(counts)}`,
      )
  }
  if (problems.length > 0) {
    disagreements++
    console.log(
      `  DISAGREES with the generated counts:\n    ${problems.slice(0, 5).join('\n    ')}`,
    )
  }
}

/** Runs the bundled action on generated transcripts and checks its tokens per session. */
async function runActionOnTranscripts(corpus: TranscriptCorpus): Promise<Measure> {
  return runActionIn(corpus.workspace, { path: '.claude/projects/**/*.jsonl' }, (report) =>
    checkTranscriptReport(corpus, report as TranscriptReport),
  )
}

interface TranscriptReport {
  readonly sessions: readonly {
    readonly sessionId: string
    readonly usage?: { readonly tokens?: Record<string, number> } | null
  }[]
}

/** The action's tokens per session against the generator's, each response once. */
function checkTranscriptReport(corpus: TranscriptCorpus, report: TranscriptReport): void {
  const problems: string[] = []
  const reported = new Map(report.sessions.map((session) => [session.sessionId, session]))
  for (const [sessionId, expected] of Object.entries(corpus.sessions)) {
    const tokens = reported.get(sessionId)?.usage?.tokens ?? {}
    const actual = {
      input: tokens.input ?? 0,
      output: tokens.output ?? 0,
      cacheCreation: tokens.cacheCreation ?? 0,
      cacheRead: tokens.cacheRead ?? 0,
    }
    const wanted = {
      input: expected.input,
      output: expected.output,
      cacheCreation: expected.cacheCreation,
      cacheRead: expected.cacheRead,
    }
    if (JSON.stringify(actual) !== JSON.stringify(wanted))
      problems.push(
        `${sessionId}: the report says ${JSON.stringify(actual)}, the files hold ${JSON.stringify(wanted)}`,
      )
  }
  if (problems.length > 0) {
    disagreements++
    console.log(
      `  DISAGREES with the generated counts:\n    ${problems.slice(0, 5).join('\n    ')}`,
    )
  }
}

/** ccusage as its users run it, on the same transcripts. */
async function runCcusageOn(corpus: TranscriptCorpus): Promise<Measure> {
  return measure(CCUSAGE, ['session', '--json', '--offline'], {
    cwd: corpus.workspace,
    env: { ...process.env, CLAUDE_CONFIG_DIR: corpus.configDir },
  })
}

/** Runs each of the commands `times` times, taking turns, and returns the medians. */
async function alternate(
  times: number,
  commands: Record<string, () => Promise<Measure>>,
): Promise<Record<string, Measure>> {
  const seen: Record<string, Measure[]> = {}
  for (let round = 0; round < times; round++)
    for (const [name, command] of Object.entries(commands))
      (seen[name] ??= []).push(await command())
  return Object.fromEntries(
    Object.entries(seen).map(([name, list]) => [
      name,
      {
        ms: median(list.map((m) => m.ms)),
        rss: Math.max(...list.map((m) => m.rss)),
        cpuMs: median(list.map((m) => m.cpuMs)),
      },
    ]),
  )
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const fmt = {
  mb: (bytes: number) => `${(bytes / MB).toFixed(1)} MB`,
  ms: (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`),
  rate: (bytes: number, ms: number) => `${(bytes / MB / (ms / 1000)).toFixed(0)} MB/s`,
  rss: (bytes: number) => (Number.isNaN(bytes) ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(0)} MiB`),
}

function countInteractions(corpus: Corpus): number {
  let total = 0
  for (const counts of Object.values(corpus.files))
    for (const count of Object.values(counts.byType)) total += count
  return total
}

function row(name: string, corpus: { readonly bytes: number }, m: Measure): void {
  console.log(
    `  ${name.padEnd(22)} ${fmt.ms(m.ms).padStart(9)}  ${fmt.rate(corpus.bytes, m.ms).padStart(10)}  peak RSS ${fmt.rss(m.rss).padStart(8)}`,
  )
}

async function corpus(files: number, megabytes: number, shape: LogShape = 'long'): Promise<Corpus> {
  const started = performance.now()
  const made = await makeCorpus(corpusRoot, { files, bytes: megabytes * MB, shape })
  const ms = performance.now() - started
  if (ms > 1000) console.log(`  (generated ${fmt.mb(made.bytes)} in ${fmt.ms(ms)})`)
  return made
}

if (!existsSync(ACTION)) throw new Error(`${ACTION} is missing: run 'npm run package' first.`)
const cpus = os.cpus()
console.log(`claude-session-report benchmark, ${new Date().toISOString().slice(0, 10)}`)
console.log(
  `machine: ${os.availableParallelism()} cores (${cpus[0]?.model ?? 'unknown CPU'}), ` +
    `${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, node ${process.version}, ` +
    `${hasJq ? spawnSync('jq', ['--version']).stdout.toString().trim() : 'no jq'}, ` +
    `load average ${os.loadavg()[0]!.toFixed(2)}`,
)
console.log(
  `peak RSS from: ${hasGnuTime ? 'GNU time %M' : 'process.resourceUsage() (action only)'}`,
)
console.log(`medians of ${runs} run(s) each, taking turns\n`)

// 1. The headline: the jq loop against the action on daily files, of both shapes: real (every
// result "null\n", as the plugin records them today) and long results (as it will record them).
if (selected(1)) {
  for (const shape of ['real', 'long'] as const) {
    console.log(
      `1${shape === 'real' ? 'a' : 'b'}. ${mainFiles} daily files, ${shape === 'real' ? 'real-shaped (every result "null\\n")' : 'long results'}: jq loop against the action`,
    )
    const daily = await corpus(mainFiles, mainMb, shape)
    const interactions = countInteractions(daily)
    console.log(
      `  corpus: ${fmt.mb(daily.bytes)}, ${interactions.toLocaleString('en')} interactions (${(daily.bytes / interactions).toFixed(0)} bytes each)`,
    )
    const head = await alternate(runs, {
      ...(hasJq && { jq: () => runJq(daily) }),
      action: () => runAction(daily),
    })
    if (head.jq) row('jq loop', daily, head.jq)
    row('action', daily, head.action!)
    const action = head.action!
    console.log(
      `  action CPU ${fmt.ms(action.cpuMs)}: ${((action.cpuMs * 1e6) / interactions).toFixed(0)} ns an interaction (start-up included)`,
    )
    if (head.jq) console.log(`  the action is ${(head.jq.ms / action.ms).toFixed(1)}x faster`)
    else console.log('  jq is not installed (apt-get install -y jq): no comparison')
  }
}

// 2. Memory on a corpus larger than a runner's memory would like.
if (selected(2)) {
  console.log(`\n2. memory: ${fmt.mb(memoryMb * MB)} in ${mainFiles} files`)
  const large = await corpus(mainFiles, memoryMb)
  const memory = await alternate(Math.min(runs, 3), { action: () => runAction(large) })
  row('action', large, memory.action!)
}

// 3. One file larger than V8 can hold as a string.
if (selected(3)) {
  console.log(`\n3. one file of ${fmt.mb(singleMb * MB)}`)
  const single = await corpus(1, singleMb)
  const one = await alternate(Math.min(runs, 3), { action: () => runAction(single) })
  row('action', single, one.action!)
}

// 4. Many small files against few large ones, same bytes.
if (selected(4)) {
  console.log(`\n4. ${smallFiles} small files against ${mainFiles} large ones, same bytes`)
  const daily = await corpus(mainFiles, mainMb)
  const many = await corpus(smallFiles, mainMb)
  console.log(`  corpora: ${fmt.mb(many.bytes)} and ${fmt.mb(daily.bytes)}`)
  const spread = await alternate(runs, {
    many: () => runAction(many),
    few: () => runAction(daily),
  })
  row(`${smallFiles} files`, many, spread.many!)
  row(`${mainFiles} files`, daily, spread.few!)
  console.log(`  ratio ${(spread.many!.ms / spread.few!.ms).toFixed(2)}`)
}

// 5. The fixed cost: a tiny corpus against a bare Node start.
if (selected(5)) {
  console.log('\n5. a tiny corpus (one small file) against `node -e 0`')
  const tiny = await corpus(1, 0.01)
  const bare = async (): Promise<Measure> =>
    measure(process.execPath, ['-e', '0'], { cwd: tiny.workspace, env: process.env })
  const start = await alternate(small ? 3 : 21, { bare, action: () => runAction(tiny) })
  row('node -e 0', tiny, start.bare!)
  row('action', tiny, start.action!)
  console.log(`  ratio ${(start.action!.ms / start.bare!.ms).toFixed(2)}`)
}

// 6. Aggregation by tool name: many distinct names, and names that redact alike, against names
// shared by every file (as Read and Bash are), with the same files, calls and bytes.
if (selected(6)) {
  console.log(
    `\n6. ${toolFiles} files of ${toolsPerFile} tool calls: distinct names and names that redact alike, against shared names`,
  )
  const toolCorpora = Object.fromEntries(
    await Promise.all(
      (['shared', 'distinct', 'alike'] as const satisfies readonly ToolNames[]).map(
        async (names) =>
          [
            names,
            await makeToolCorpus(corpusRoot, { files: toolFiles, toolsPerFile, names }),
          ] as const,
      ),
    ),
  ) as Record<ToolNames, Corpus>
  const byNames = await alternate(Math.min(runs, 3), {
    shared: () => runAction(toolCorpora.shared),
    distinct: () => runAction(toolCorpora.distinct),
    alike: () => runAction(toolCorpora.alike),
  })
  row('shared names', toolCorpora.shared, byNames.shared!)
  row('distinct names', toolCorpora.distinct, byNames.distinct!)
  row('names alike', toolCorpora.alike, byNames.alike!)
  console.log(
    `  ratios to shared names: distinct ${(byNames.distinct!.ms / byNames.shared!.ms).toFixed(2)}, ` +
      `alike ${(byNames.alike!.ms / byNames.shared!.ms).toFixed(2)}`,
  )
}

/** A log with a long string is read, or refused with a reason: either way, one file in the report. */
async function oneFile(_: Corpus, report: JsonReport): Promise<void> {
  if (report.files.length + report.unreadable.length !== 1) {
    disagreements++
    console.log(
      `  DISAGREES: ${report.files.length} files read, ${report.unreadable.length} refused`,
    )
  }
}

/** Logs holding one string of `mib` MiB at each of `places`, against an ordinary log of the same size. */
async function longStrings(mib: number, places: readonly LongStringPlace[]): Promise<void> {
  const corpora = new Map<LongStringPlace, Corpus>()
  for (const place of places)
    corpora.set(place, await makeLongStringCorpus(corpusRoot, { bytes: mib * MIB, place }))
  const ordinary = await corpus(1, corpora.get(places[0]!)!.bytes / MB)
  const measured = await alternate(Math.min(runs, 3), {
    ordinary: () => runAction(ordinary),
    ...Object.fromEntries(
      places.map((place) => [place, () => runAction(corpora.get(place)!, oneFile)]),
    ),
  })
  row('ordinary log', ordinary, measured.ordinary!)
  for (const place of places) {
    const ratio = measured[place]!.ms / measured.ordinary!.ms
    row(place, corpora.get(place)!, measured[place]!)
    console.log(`  ${''.padEnd(22)} ratio ${ratio.toFixed(2)}`)
  }
}

// 7. One long string in each place a log can hold one, against an ordinary log of the same size;
// then the longest string that is kept (under 64 MiB), where the report shows and redacts it.
if (selected(7)) {
  console.log(
    `\n7. one string of ${longMib} MiB in each place, against an ordinary log of the same size`,
  )
  await longStrings(longMib, Object.keys(LONG_STRING_PLACES) as LongStringPlace[])
  if (keptMib > 0) {
    console.log(`\n   one string of ${keptMib} MiB, kept, redacted and published`)
    await longStrings(keptMib, ['summary', 'tool name', 'session id'])
  }
}

// 8. Claude Code transcripts: the action against ccusage.
if (selected(8)) {
  console.log(
    `\n8. Claude Code transcripts (${transcriptSessions} sessions with subagents), ccusage against the action`,
  )
  const transcriptsStarted = performance.now()
  const transcripts = await makeTranscriptCorpus(corpusRoot, {
    sessions: transcriptSessions,
    bytes: transcriptsMb * MB,
  })
  const madeIn = performance.now() - transcriptsStarted
  console.log(
    `  corpus: ${fmt.mb(transcripts.bytes)} in ${transcripts.files} files` +
      (madeIn > 1000 ? ` (generated in ${fmt.ms(madeIn)})` : ''),
  )
  const versus = await alternate(runs, {
    ccusage: () => runCcusageOn(transcripts),
    action: () => runActionOnTranscripts(transcripts),
  })
  row('ccusage', transcripts, versus.ccusage!)
  row('action', transcripts, versus.action!)
  console.log(`  ratio action / ccusage ${(versus.action!.ms / versus.ccusage!.ms).toFixed(2)}`)
  console.log('  tokens per session checked against the generated counts')
}

console.log(`\nload average at the end: ${os.loadavg()[0]!.toFixed(2)}`)
await rm(scratch, { recursive: true, force: true })
if (disagreements > 0) {
  console.log(`${disagreements} run(s) disagreed with the generated counts`)
  process.exit(1)
}
console.log('every run agreed with the generated counts')
