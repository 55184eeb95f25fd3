/**
 * Runs the bundled action over a folder of real session-recorder logs (read in place) and checks
 * its numbers: against an independent count of every file, and against the figures known for the
 * one real log published so far.
 *
 *   node scripts/check-corpus.ts <folder>
 */
import { cp, mkdtemp, readFile, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { countPlainly } from './plain-count.ts'
import { runAction } from './run-action.ts'

const KNOWN: Record<
  string,
  { byType: Record<string, number>; tools: Record<string, number>; durationSeconds: number }
> = {
  'rafaelcalleja__claude-market-place__session_2025-12-02.json': {
    byType: { user_message: 3, tool_call: 13, tool_result: 13, assistant_summary: 0, other: 0 },
    tools: { Read: 10, Glob: 3 },
    durationSeconds: 18 * 60 + 36,
  },
}

const folder = path.resolve(process.argv[2] ?? '../shared/corpus/recorder')
const out = await mkdtemp(path.join(tmpdir(), 'corpus-'))
// The action writes its report only inside the workspace, and the corpus is not ours to write in.
const workspace = path.join(out, 'workspace')
await cp(folder, workspace, { recursive: true })
const reportFile = path.join(workspace, 'report.json')
const run = await runAction({
  workspace,
  inputs: { path: '*.json', 'report-file': 'report.json' },
  outDir: out,
})
const failures: string[] = []
const expect = (what: string, actual: unknown, expected: unknown): void => {
  const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)]
  console.log(`   ${a === e ? 'ok  ' : 'FAIL'} ${what}: ${a}${a === e ? '' : ` (expected ${e})`}`)
  if (a !== e) failures.push(what)
}

expect('exit code', run.exitCode, 0)
const report = JSON.parse(await readFile(reportFile, 'utf8'))
const names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort()
let interactions = 0
for (const name of names) {
  const log = JSON.parse(await readFile(path.join(folder, name), 'utf8'))
  const { byType, tools } = countPlainly(log.interactions)
  interactions += log.interactions.length
  const file = report.files.find((entry: { path: string }) => entry.path === name)
  expect(`${name}: by type`, file?.byType, byType)
  expect(`${name}: tools`, sortKeys(file?.tools), sortKeys(tools))
  const known = KNOWN[name]
  if (known) {
    expect(`${name}: by type (known figures)`, file?.byType, known.byType)
    expect(`${name}: tools (known figures)`, sortKeys(file?.tools), sortKeys(known.tools))
    expect(`${name}: duration in seconds`, file?.durationSeconds, known.durationSeconds)
  }
}
expect('outputs: interactions', Number(run.outputs.interactions), interactions)
expect('outputs: files', Number(run.outputs.files), names.length)
expect('step summary written', run.summary.includes('interactions'), true)
if (failures.length > 0) {
  console.log(run.stdout, run.stderr)
  process.exit(1)
}

function sortKeys(value: Record<string, number> | undefined): Record<string, number> | undefined {
  return value && Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
}
