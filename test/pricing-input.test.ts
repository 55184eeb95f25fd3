/**
 * The `pricing-file` input through the whole action, in process: a good table is the one the
 * report names, a bad one fails the step before anything is published.
 */
import { cp, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { runInProcess } from './fake-core.ts'
import { FIXTURES } from './support/fixtures.js'

vi.mock('@actions/core', () => import('./fake-core.ts'))

const temporary: string[] = []
afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })))
})

/** The team-week logs, with a pricing file at `.github/prices.json` holding `prices`. */
async function workspace(prices: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pricing-input-'))
  temporary.push(dir)
  await cp(path.join(FIXTURES, 'team-week'), dir, { recursive: true })
  await mkdir(path.join(dir, '.github'))
  await writeFile(path.join(dir, '.github', 'prices.json'), prices)
  return dir
}

describe('pricing-file', () => {
  it('reports the built-in table when not given', async () => {
    const published = await runInProcess(await workspace('{}'))
    expect(published.failed).toBeUndefined()
    expect(published.report?.pricing).toEqual({
      date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      source: 'built-in',
    })
  })

  it("reports the file's date and path when given", async () => {
    const dir = await workspace(
      JSON.stringify({ date: '2026-12-24', models: { 'acme-coder-2': { input: 2, output: 8 } } }),
    )
    const published = await runInProcess(dir, { 'pricing-file': '.github/prices.json' })
    expect(published.failed).toBeUndefined()
    expect(published.report?.pricing).toEqual({ date: '2026-12-24', source: '.github/prices.json' })
  })

  it('fails the step on a bad file, naming the file and the field, and publishes nothing', async () => {
    const dir = await workspace(
      JSON.stringify({
        date: '2026-12-24',
        models: { 'acme-coder-2': { input: 2, output: 'eight' } },
      }),
    )
    const published = await runInProcess(dir, { 'pricing-file': '.github/prices.json' })
    expect(published.failed).toMatch(
      /^The pricing file "\.github\/prices\.json" is not a valid price table/,
    )
    expect(published.failed).toContain('→ at models["acme-coder-2"].output')
    expect(published.summary).toBe('')
    expect(published.report).toBeUndefined()
  })

  it('refuses a file outside the workspace', async () => {
    const dir = await workspace('{}')
    const published = await runInProcess(dir, { 'pricing-file': '../prices.json' })
    expect(published.failed).toContain('outside the workspace')
  })
})
