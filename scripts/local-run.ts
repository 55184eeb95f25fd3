/**
 * Runs the action on the example logs in `examples/` as GitHub would, with no GitHub needed:
 * writes the step summary, the outputs and the JSON report under `out/` and prints them.
 *
 *   npm run local-action [-- <workspace> [<glob>]]
 */
import path from 'node:path'
import { ROOT, runAction } from './run-action.ts'

const workspace = path.resolve(process.argv[2] ?? path.join(ROOT, 'examples'))
const outDir = path.join(ROOT, 'out')
const inputs: Record<string, string> = { 'report-file': path.join(outDir, 'report.json') }
if (process.argv[3]) inputs.path = process.argv[3]

const run = await runAction({ workspace, inputs, outDir })
process.stdout.write(run.stdout)
process.stderr.write(run.stderr)
console.log(`\n───── step summary (${path.relative(ROOT, run.summaryFile)}) ─────\n`)
console.log(run.summary)
console.log('───── outputs ─────')
for (const [name, value] of Object.entries(run.outputs)) console.log(`${name}: ${value}`)
process.exitCode = run.exitCode ?? 1
