/**
 * `npm test` prints test results. The search tests run @actions/glob's walk as their reference,
 * and it logs every option as a `::debug::` command on stdout, hundreds of lines a run, unless its
 * @actions/core is the tests' mock (vitest.config.ts bundles it for that).
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../scripts/run-action.ts'

describe('the test output', () => {
  it("holds the search tests' results and none of their debug commands", async () => {
    const vitest = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs')
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [vitest, 'run', 'test/find-listing.test.ts', '--reporter=default', '--no-color'],
      { cwd: ROOT, env: { ...process.env, CI: 'true' } },
    )
    const output = stdout + stderr
    expect(output).toMatch(/Tests\s+\d+ passed/)
    expect(output).not.toContain('::debug::')
  })
})
