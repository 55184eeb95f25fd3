/**
 * The README shows docs/example-report.md as what the action writes for the logs in examples/.
 * This keeps that page true: it is the bundled action's step summary for those logs.
 * After an intended change to the report, regenerate it with `npm test -- -u` and review the diff.
 */
import path from 'node:path'
import { expect, test } from 'vitest'
import { ROOT, runAction } from '../scripts/run-action.ts'

const PAGE = path.join(ROOT, 'docs', 'example-report.md')
const PREAMBLE = `<!-- The step summary the action writes for the logs in examples/ (kept current by test/example-report.test.ts). -->\n\n`

test('docs/example-report.md is the step summary of the examples', async () => {
  const run = await runAction({ workspace: path.join(ROOT, 'examples') })
  expect(run.exitCode).toBe(0)
  await expect(PREAMBLE + run.summary).toMatchFileSnapshot(PAGE)
})
