/**
 * The step summary for each fixture set under test/fixtures/, committed as markdown under
 * test/outputs/ so that a change to the report shows up as a readable diff in review.
 *
 * After a deliberate change to the report, regenerate the files and review the diff:
 *
 *   npm test -- -u
 *
 * Links use the same runner context as the end-to-end tests, which check that the bundled action
 * writes exactly these files.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyse } from '../src/analyse.js'
import { findLogFiles } from '../src/find.js'
import { DEFAULTS } from '../src/inputs.js'
import { readFound } from '../src/pipeline.js'
import { renderReport } from '../src/render/report.js'
import { fileUrlAtCommit, runnerContext } from '../src/runner.js'
import { runnerEnv } from '../scripts/run-action.ts'
import { FIXTURES, REPORT_FILE } from './support/fixtures.js'
import { elements, renderGfm } from './support/gfm.js'

/** The step summary the action writes for a fixture set with default inputs and `report-file`. */
async function stepSummary(set: string): Promise<string> {
  const workspace = path.join(FIXTURES, set)
  const runner = runnerContext(runnerEnv({ workspace }, { summary: '', output: '', temp: '' }))
  const patterns = DEFAULTS.path.split('\n')
  const found = await findLogFiles(patterns, { workspace, followSymbolicLinks: false })
  const outcomes = await readFound(workspace, found)
  return renderReport(analyse(outcomes), {
    title: DEFAULTS.title,
    patterns,
    fileUrl: fileUrlAtCommit(runner),
    reportFile: REPORT_FILE,
  })
}

describe('committed step summaries', () => {
  it.each(['team-week', 'damaged', 'empty'])(
    'test/outputs/%s.md is the report of that set',
    async (set) => {
      const markdown = await stepSummary(set)
      await expect(markdown).toMatchFileSnapshot(`outputs/${set}.md`)
    },
  )

  it('team-week: four readable files, one session written into two of them', async () => {
    const markdown = await stepSummary('team-week')
    expect(markdown).toContain('**4 files** · **3 sessions** on 4 days')
    expect(markdown).not.toContain('unreadable')
    expect(elements(renderGfm(markdown)).filter((name) => name === 'details')).toHaveLength(4)
  })

  it('damaged: every bad file is listed with its reason, the readable ones are reported', async () => {
    const markdown = await stepSummary('damaged')
    expect(markdown).toContain('**3 files**')
    expect(markdown).toContain('⚠️ 4 files unreadable')
    for (const day of ['17', '18', '19', '21'])
      expect(markdown).toMatch(new RegExp(`> - <code>.*session&#95;2026-03-${day}\\.json</code>: `))
  })

  it('empty: says that nothing matched', async () => {
    expect(await stepSummary('empty')).toContain('No session logs matched.')
  })
})
