/**
 * schema/report-v2.schema.json describes the JSON report (`report-file`). These tests validate the
 * reports the bundled action writes for the fixtures and the examples against it, check that it
 * names every field the report has (and no other), and that it rejects what is not a report.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest'
import { ROOT, runAction } from '../scripts/run-action.ts'
import type { UsageSummary } from '../src/analyse.js'
import { REPORT_SCHEMA_VERSION, toJsonReport, type JsonReport } from '../src/report-json.js'
import { mixedWeek, modelUsage, tokens, usageOf } from './support/analysis.js'
import { FIXTURES, REPORT_FILE } from './support/fixtures.js'

// ajv-formats is CommonJS with a default export; under NodeNext its type is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default

const SCHEMA_FILE = path.join(ROOT, 'schema', `report-v${REPORT_SCHEMA_VERSION}.schema.json`)
type Schema = Record<string, unknown>
const schema = JSON.parse(await readFile(SCHEMA_FILE, 'utf8')) as Schema

/** Strict: an unknown keyword, a misplaced one or an invalid schema fails compilation. */
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true })
addFormats(ajv)
const validate = ajv.compile<JsonReport>(schema)

/** The validation errors of a document, as `instancePath keyword` lines, for readable failures. */
function problems(document: unknown): string[] {
  if (validate(document)) return []
  return (validate.errors ?? []).map(
    (error: ErrorObject) => `${error.instancePath || '/'} ${error.keyword}: ${error.message}`,
  )
}

const temporary: string[] = []
afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })))
})

/** The report the bundled action writes for a copy of a folder, with the default inputs. */
async function reportOf(folder: string): Promise<JsonReport> {
  const workspace = await mkdtemp(path.join(tmpdir(), 'report-schema-'))
  temporary.push(workspace)
  await cp(folder, workspace, { recursive: true })
  const run = await runAction({ workspace, inputs: { 'report-file': REPORT_FILE } })
  expect(run.exitCode, run.stderr).toBe(0)
  return JSON.parse(await readFile(path.join(workspace, REPORT_FILE), 'utf8')) as JsonReport
}

describe('the schema', () => {
  test('is a valid draft 2020-12 schema whose $id and file name carry the version', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.$id).toMatch(new RegExp(`/report-v${REPORT_SCHEMA_VERSION}\\.schema\\.json$`))
    expect(ajv.validateSchema(schema)).toBe(true)
  })

  test('fixes schemaVersion to the version the action writes', () => {
    const properties = schema.properties as Record<string, Schema>
    expect(properties.schemaVersion).toEqual({ const: REPORT_SCHEMA_VERSION })
  })
})

describe('reports the bundled action writes are valid', () => {
  const reports: Record<string, JsonReport> = {}
  beforeAll(async () => {
    for (const set of ['team-week', 'damaged', 'claude-code', 'empty'])
      reports[set] = await reportOf(path.join(FIXTURES, set))
    reports.examples = await reportOf(path.join(ROOT, 'examples'))
  }, 60_000)

  test.each(['team-week', 'damaged', 'claude-code', 'empty', 'examples'])('%s', (set) => {
    expect(problems(reports[set])).toEqual([])
  })

  it('including the parts each set is there to show', () => {
    const { damaged, examples } = reports
    const claudeCode = reports['claude-code']!
    expect(reports['team-week']!.files.some((file) => file.summaries.length > 0)).toBe(true)
    // Unreadable files, with and without a position, next to a file with problems.
    expect(damaged!.unreadable.some((file) => file.line !== null)).toBe(true)
    expect(damaged!.unreadable.some((file) => file.line === null)).toBe(true)
    expect(damaged!.files.some((file) => file.problems.length > 0)).toBe(true)
    // A transcript with a subagent: usage at every level.
    for (const report of [claudeCode, examples!]) {
      expect(report.usage).not.toBeNull()
      expect(report.sessions.flatMap((session) => session.agents)).not.toEqual([])
    }
    // The examples mix recorder logs and a transcript.
    expect(new Set(examples!.files.map((file) => file.format))).toEqual(
      new Set(['session-recorder', 'claude-code']),
    )
    expect(reports.empty!.files).toEqual([])
  })
})

/**
 * A report with every part present: every list holds an entry, every object that may be null is
 * there, an unreadable file has a position, and a model has no price.
 */
function fullReport(): JsonReport {
  const week = mixedWeek()
  const unpriced = modelUsage('claude-experimental', {
    tokens: tokens({ input: 5, output: 7 }),
    costUsd: null,
  })
  const withUnpriced = (usage: UsageSummary) => usageOf([...usage.models, unpriced])
  const [transcript, ...others] = week.sessions
  const agents = transcript!.agents.map((agent) => ({ ...agent, usage: withUnpriced(agent.usage) }))
  return toJsonReport(
    {
      ...week,
      totals: { ...week.totals, busiestDay: { day: '2026-03-03', interactions: 101 } },
      usage: withUnpriced(week.usage!),
      sessions: [{ ...transcript!, agents, usage: withUnpriced(transcript!.usage!) }, ...others],
      unreadable: [
        {
          path: '.claude/session_logs/session_2026-03-04.json',
          reason: 'invalid JSON: the file ends inside a string (truncated?)',
          position: { line: 51, column: 26 },
        },
      ],
    },
    {
      title: 'Claude Code sessions',
      commit: '0123456789abcdef0123456789abcdef01234567',
      patterns: ['.claude/session_logs/session_*.json', '.claude/projects/**/*.jsonl'],
    },
  )
}

/**
 * The fields a schema names, as paths (`sessions[].agents[].usage.tokens.input`), following
 * `$ref`, `oneOf` and `items`; an object whose keys are data (`additionalProperties` a schema) is
 * one path ending in `{}`.
 */
function schemaPaths(node: Schema, at = ''): Set<string> {
  const paths = new Set<string>()
  const visit = (part: Schema, where: string): void => {
    if (typeof part.$ref === 'string') {
      const name = part.$ref.replace('#/$defs/', '')
      visit((schema.$defs as Record<string, Schema>)[name]!, where)
    }
    for (const option of (part.oneOf as Schema[] | undefined) ?? []) visit(option, where)
    if (part.items) visit(part.items as Schema, `${where}[]`)
    if (typeof part.additionalProperties === 'object') paths.add(`${where}{}`)
    for (const [key, value] of Object.entries((part.properties as Record<string, Schema>) ?? {})) {
      const child = where === '' ? key : `${where}.${key}`
      paths.add(child)
      visit(value, child)
    }
  }
  visit(node, at)
  return paths
}

/** The fields a document holds, as `schemaPaths` names them; `maps` are the paths of data-keyed objects. */
function documentPaths(value: unknown, maps: Set<string>, at = ''): Set<string> {
  const paths = new Set<string>()
  const visit = (part: unknown, where: string): void => {
    if (Array.isArray(part)) for (const item of part) visit(item, `${where}[]`)
    else if (typeof part === 'object' && part !== null) {
      if (maps.has(`${where}{}`)) {
        paths.add(`${where}{}`)
        return
      }
      for (const [key, child] of Object.entries(part)) {
        const name = where === '' ? key : `${where}.${key}`
        paths.add(name)
        visit(child, name)
      }
    }
  }
  visit(value, at)
  return paths
}

describe('the schema and the report type name the same fields', () => {
  test('a report with every part present is valid', () => {
    expect(problems(fullReport())).toEqual([])
  })

  test('every field of that report is in the schema, and every field of the schema in the report', () => {
    const declared = schemaPaths(schema)
    const maps = new Set([...declared].filter((name) => name.endsWith('{}')))
    expect([...documentPaths(fullReport(), maps)].sort()).toEqual([...declared].sort())
  })

  test('that report fills every list somewhere, so that the types of their items are checked', () => {
    const filled = new Map<string, boolean>()
    const visit = (part: unknown, where: string): void => {
      if (Array.isArray(part)) {
        filled.set(where, (filled.get(where) ?? false) || part.length > 0)
        for (const item of part) visit(item, `${where}[]`)
      } else if (typeof part === 'object' && part !== null)
        for (const [key, child] of Object.entries(part)) visit(child, `${where}.${key}`)
    }
    visit(fullReport(), '')
    expect([...filled].filter(([, some]) => !some).map(([where]) => where)).toEqual([])
  })
})

describe('what is not a report fails validation', () => {
  /**
   * The full report with the field at a JSON pointer (`/files/0/format`) set to a value, or
   * removed when the value is undefined.
   */
  function changed(pointer: string, value: unknown): unknown {
    const report: unknown = structuredClone(fullReport())
    const keys = pointer.split('/').slice(1)
    const last = keys.pop()!
    let parent = report as Record<string, unknown>
    for (const key of keys) parent = parent[key] as Record<string, unknown>
    expect(parent, pointer).toBeTypeOf('object')
    if (value === undefined) delete parent[last]
    else parent[last] = value
    return report
  }

  test.each<[string, string, unknown, string]>([
    ['an unknown top-level field', '/extra', 1, '/ additionalProperties'],
    ['an unknown field in totals', '/totals/cost', 1, '/totals additionalProperties'],
    [
      'an unknown field deep in a subagent',
      '/sessions/0/agents/0/usage/tokens/reasoning',
      3,
      '/sessions/0/agents/0/usage/tokens additionalProperties',
    ],
    ['a sixth interaction type', '/files/0/byType/thinking', 1, '/files/0/byType'],
    ['a count as a string', '/totals/files', '4', '/totals/files type'],
    ['a fractional count', '/tools/0/calls', 1.5, '/tools/0/calls type'],
    ['a negative count', '/sessions/0/prompts', -1, '/sessions/0/prompts minimum'],
    ['another version', '/schemaVersion', 3, '/schemaVersion const'],
    ['a missing field', '/unreadable', undefined, '/ required'],
    ['a null list', '/files/0/problems', null, '/files/0/problems type'],
    ['an unknown format', '/files/0/format', 'jsonl', '/files/0/format enum'],
    ['a local time', '/files/0/start', '2026-03-03 14:30', '/files/0/start'],
    ['a day that does not exist', '/pricing/date', '2026-02-30', '/pricing/date format'],
    ['finalized as a string', '/files/0/finalized', 'true', '/files/0/finalized type'],
  ])('%s', (_, pointer, value, expected) => {
    const found = problems(changed(pointer, value))
    expect(
      found.some((line) => line.startsWith(expected)),
      found.join('\n'),
    ).toBe(true)
  })
})
