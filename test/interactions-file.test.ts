/**
 * The `interactions-file` input, through the action's own `run()`: one NDJSON line per
 * interaction of every readable file, the same on a second run, written only inside the
 * workspace, and a warning (not a failure) when it cannot be written.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, realpath, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import type { InteractionRow } from '../src/interactions.js'
import { ALL_KINDS } from '../src/model.js'
import { runInProcess } from './fake-core.ts'
import { FIXTURES } from './support/fixtures.js'

vi.mock('@actions/core', () => import('./fake-core.ts'))

const EXAMPLES = path.join(import.meta.dirname, '..', 'examples')
const temporary: string[] = []
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))))

async function copyOf(source: string): Promise<string> {
  const dir = await realpath(await mkdtemp(path.join(tmpdir(), 'interactions-file-')))
  temporary.push(dir)
  await cp(source, dir, { recursive: true })
  return dir
}

function parse(text: string): InteractionRow[] {
  expect(text.endsWith('\n')).toBe(true)
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as InteractionRow)
}

describe('interactions-file', () => {
  it.each([
    ['test/fixtures/team-week', path.join(FIXTURES, 'team-week')],
    ['examples/', EXAMPLES],
  ])('has a line per interaction of %s, as the outputs count them', async (_, source) => {
    const workspace = await copyOf(source)
    const published = await runInProcess(workspace, { 'interactions-file': 'out/rows.ndjson' })
    expect(published.failed).toBeUndefined()
    expect(published.warnings).toEqual([])
    const first = await readFile(path.join(workspace, 'out/rows.ndjson'), 'utf8')
    const rows = parse(first)
    expect(rows).toHaveLength(Number(published.outputs.interactions))
    const byKind = Object.fromEntries(ALL_KINDS.map((kind) => [kind, 0]))
    for (const row of rows) byKind[row.kind]!++
    expect(byKind.user_message).toBe(Number(published.outputs['user-messages']))
    expect(byKind.tool_call).toBe(Number(published.outputs['tool-calls']))
    expect(byKind.tool_result).toBe(Number(published.outputs['tool-results']))
    expect(byKind.assistant_summary).toBe(Number(published.outputs['assistant-summaries']))
    expect(Object.keys(rows[0]!)).toEqual([
      'session_id',
      'file',
      'index',
      'timestamp',
      'kind',
      'tool',
      'model',
      'agent_id',
      'tokens',
      'text',
    ])
    expect(published.infos).toContain(
      `Wrote ${rows.length} interactions to ${JSON.stringify(path.join(workspace, 'out/rows.ndjson'))}.`,
    )
    await runInProcess(workspace, { 'interactions-file': 'out/rows.ndjson' })
    expect(await readFile(path.join(workspace, 'out/rows.ndjson'), 'utf8')).toBe(first)
    // Nothing is left behind under a temporary name.
    expect(await readdir(path.join(workspace, 'out'))).toEqual(['report.json', 'rows.ndjson'])
  })

  it('is not written through a link, and says so without failing the step', async () => {
    const workspace = await copyOf(path.join(FIXTURES, 'team-week'))
    const outside = await realpath(await mkdtemp(path.join(tmpdir(), 'interactions-outside-')))
    temporary.push(outside)
    await mkdir(path.join(workspace, 'out'))
    await symlink(outside, path.join(workspace, 'out', 'away'))
    const published = await runInProcess(workspace, { 'interactions-file': 'out/away/rows.ndjson' })
    expect(published.failed).toBeUndefined()
    expect(published.warnings.map((warning) => warning.message)).toEqual([
      `The interactions were not written to "out/away/rows.ndjson" (input 'interactions-file'): the folder "out/away" leads outside the workspace.`,
    ])
    expect(await readdir(outside)).toEqual([])
  })

  it('refuses a path outside the workspace at start-up', async () => {
    const published = await runInProcess(await copyOf(path.join(FIXTURES, 'team-week')), {
      'interactions-file': '../rows.ndjson',
    })
    expect(published.failed).toMatch(/input 'interactions-file' is "\.\.\/rows\.ndjson"/)
  })
})
