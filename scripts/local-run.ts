/**
 * Runs the action on the example logs in `examples/` as GitHub would, with no GitHub needed:
 * on a copy of the workspace under `out/`, writes the step summary, the outputs and the JSON
 * report there and prints them.
 *
 *   npm run local-action [-- <workspace> [<glob>]]
 */
import { cp, rm } from 'node:fs/promises'
import path from 'node:path'
import { ROOT, runAction } from './run-action.ts'

const source = path.resolve(process.argv[2] ?? path.join(ROOT, 'examples'))
const outDir = path.join(ROOT, 'out')
// The action writes its report only inside the workspace: it runs on a copy under out/.
const workspace = path.join(outDir, 'workspace')
await rm(workspace, { recursive: true, force: true })
await cp(source, workspace, { recursive: true })
const inputs: Record<string, string> = { 'report-file': 'report.json' }
if (process.argv[3]) inputs.path = process.argv[3]

const run = await runAction({ workspace, inputs, outDir })
process.stdout.write(run.stdout)
process.stderr.write(run.stderr)
console.log(`\n───── step summary (${path.relative(ROOT, run.summaryFile)}) ─────\n`)
console.log(run.summary)
console.log('───── outputs ─────')
for (const [name, value] of Object.entries(run.outputs)) console.log(`${name}: ${value}`)
process.exitCode = run.exitCode ?? 1
