/**
 * The README shows docs/example-report.md as what the action writes for the logs in examples/.
 * This keeps that page true: it is the bundled action's step summary for those logs.
 * After an intended change to the report, regenerate it with `UPDATE_OUTPUTS=1 npm test`.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { expect, test } from 'vitest'
import { ROOT, runAction } from '../scripts/run-action.ts'

const PAGE = path.join(ROOT, 'docs', 'example-report.md')
const PREAMBLE = `<!-- The step summary the action writes for the logs in examples/ (kept current by test/example-report.test.ts). -->\n\n`

test('docs/example-report.md is the step summary of the examples', async () => {
  const run = await runAction({ workspace: path.join(ROOT, 'examples') })
  expect(run.exitCode).toBe(0)
  const page = PREAMBLE + run.summary
  if (process.env.UPDATE_OUTPUTS) await writeFile(PAGE, page)
  expect(page).toBe(await readFile(PAGE, 'utf8'))
})
