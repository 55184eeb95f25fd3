import { readFile as readText } from 'node:fs/promises'
import path from 'node:path'
import * as core from '@actions/core'
import { beforeEach, describe, expect, it, test, vi } from 'vitest'
import { analyse } from '../src/analyse.js'
import {
  annotate,
  fileWarnings,
  MAX_ANNOTATIONS,
  type FileWarning,
} from '../src/publish/annotations.js'
import { outputValues } from '../src/publish/outputs.js'
import { toJsonReport } from '../src/report-json.js'
import { analysisOf, mixedWeek, modelUsage, session, tokens, usageOf } from './support/analysis.js'
import { readFile, unreadableFile } from './support/outcomes.js'

vi.mock('@actions/core')

beforeEach(() => {
  vi.mocked(core.warning).mockClear()
})

const warning = (n: number): FileWarning => ({ file: `f${n}.json`, title: 't', message: `m${n}` })

describe('fileWarnings', () => {
  it('warns once per unreadable file, with its position, and once per partly invalid file', () => {
    const analysis = analyse([
      readFile('ok.json'),
      readFile('partly.json', {
        problems: ['interactions[0] is null, not an object; counted as other', 'x'],
      }),
      unreadableFile('cut.json', 'invalid JSON: the file ends inside an array (truncated?)', {
        line: 9,
        column: 4,
      }),
      unreadableFile('bin.json', 'is not UTF-8 text'),
    ])
    expect(fileWarnings(analysis)).toEqual([
      { file: 'bin.json', title: 'Session log not read', message: 'bin.json is not UTF-8 text' },
      {
        file: 'cut.json',
        title: 'Session log not read',
        message: 'cut.json invalid JSON: the file ends inside an array (truncated?)',
        line: 9,
        column: 4,
      },
      {
        file: 'partly.json',
        title: 'Session log partly invalid',
        message: 'partly.json: interactions[0] is null, not an object; counted as other; x',
      },
    ])
  })
})

describe('annotate', () => {
  it(`emits up to ${MAX_ANNOTATIONS} warnings as they are`, () => {
    annotate(Array.from({ length: MAX_ANNOTATIONS }, (_, n) => warning(n)))
    expect(vi.mocked(core.warning).mock.calls.map(([message]) => message)).toEqual(
      Array.from({ length: MAX_ANNOTATIONS }, (_, n) => `m${n}`),
    )
  })

  it(`emits ${MAX_ANNOTATIONS - 1} and one that counts the rest when there are more`, () => {
    annotate(Array.from({ length: 25 }, (_, n) => warning(n)))
    const calls = vi.mocked(core.warning).mock.calls
    expect(calls).toHaveLength(MAX_ANNOTATIONS)
    expect(calls.at(-1)).toEqual([
      '16 more session logs were unreadable or partly invalid; the step summary lists every one.',
      { title: 'More session log warnings' },
    ])
  })

  it('attaches each warning to its file, line and column', () => {
    annotate([{ file: 'a.json', title: 'T', message: 'M', line: 3, column: 7 }])
    expect(core.warning).toHaveBeenCalledWith('M', {
      title: 'T',
      file: 'a.json',
      startLine: 3,
      startColumn: 7,
    })
  })
})

describe('outputValues and toJsonReport', () => {
  const analysis = analyse([
    readFile('a.json', {
      sessionId: 'a',
      toolCalls: { Read: 2, Bash: 1 },
      end: '2026-03-02T09:10:00.400Z',
    }),
    unreadableFile('b.json'),
  ])

  it('gives every output as a string, the tools as JSON most called first', () => {
    expect(outputValues(analysis, '/w/report.json')).toEqual({
      files: '1',
      sessions: '1',
      interactions: '6',
      'user-messages': '0',
      'tool-calls': '3',
      'tool-results': '3',
      'assistant-summaries': '0',
      tools: '{"Read":2,"Bash":1}',
      'unreadable-files': '1',
      'report-file': '/w/report.json',
      'tool-errors': '0',
      'input-tokens': '',
      'output-tokens': '',
      'cache-creation-tokens': '',
      'cache-read-tokens': '',
      'cost-usd': '',
      models: '{}',
    })
  })

  it('rounds shares to four decimals and durations to whole seconds in the JSON report', () => {
    const report = toJsonReport(analysis, { title: 't', commit: null, patterns: ['*.json'] })
    expect(report.tools.map((tool) => tool.share)).toEqual([0.6667, 0.3333])
    expect(report.files[0]!.durationSeconds).toBe(600)
    expect(report.totals.sessionTimeSeconds).toBe(600)
    expect(report.unreadable).toEqual([
      {
        path: 'b.json',
        reason: 'invalid JSON: the file ends inside an object (truncated?)',
        line: null,
        column: null,
      },
    ])
  })
})

describe('outputs and the JSON report of transcripts', () => {
  const analysis = mixedWeek()

  it('gives tokens, cost, tool errors and models; cache writes of both lifetimes together', () => {
    const values = outputValues(analysis, '')
    expect(values).toMatchObject({
      sessions: '3',
      'tool-errors': '3',
      'input-tokens': String(412 + 2_410 + 36),
      'output-tokens': String(18_934 + 1_873 + 4_120),
      'cache-creation-tokens': String(96_310 + 12_000 + 18_220 + 22_904),
      'cache-read-tokens': String(1_843_222 + 61_090 + 311_562),
      'cost-usd': '2.3752',
    })
    const models = JSON.parse(values.models!)
    expect(Object.keys(models)).toEqual([
      'claude-opus-4-5-20251101',
      'claude-sonnet-4-5-20250929',
      'claude-haiku-4-5-20251001',
    ])
    expect(models['claude-opus-4-5-20251101']).toEqual({
      responses: 27,
      input: 412,
      output: 18_934,
      cacheCreation: 108_310,
      cacheCreation5m: 96_310,
      cacheCreation1h: 12_000,
      cacheRead: 1_843_222,
      webSearches: 0,
      costUsd: 2.0949,
    })
  })

  it('rounds the cost to four decimals, and gives an unpriced model a null cost', () => {
    const values = outputValues(
      analysisOf({
        sessions: [
          session({
            usage: usageOf([
              modelUsage('claude-sonnet-4-5', { costUsd: 0.1 + 0.2 + 0.123456 }),
              modelUsage('mystery-1', { tokens: tokens({ input: 5 }), costUsd: null }),
            ]),
          }),
        ],
      }),
      '',
    )
    expect(values['cost-usd']).toBe('0.4235')
    expect(JSON.parse(values.models!)['mystery-1']).toMatchObject({ input: 5, costUsd: null })
  })

  it('writes version 2 with sessions, agents, usage and the price table', () => {
    const report = toJsonReport(analysis, { title: 't', commit: null, patterns: ['**'] })
    expect(report.schemaVersion).toBe(2)
    expect(report.pricing).toEqual({ date: '2026-11-01', source: 'built-in' })
    expect(report.totals).toMatchObject({
      prompts: 7,
      responses: 45,
      toolErrors: 3,
      subagents: 1,
    })
    expect(report.usage!.costUsd).toBe(2.3752)
    expect(report.usage!.unpricedModels).toEqual([])
    expect(report.tools.find((tool) => tool.tool === 'Bash')).toEqual({
      tool: 'Bash',
      calls: 18,
      errors: 3,
      share: 0.3214,
      files: 3,
    })
    expect(report.sessions.map((entry) => [entry.format, entry.runError])).toEqual([
      ['claude-code', null],
      ['session-recorder', null],
      ['execution-file', true],
    ])
    const [transcript, recorder, run] = report.sessions
    expect(recorder!.usage).toBeNull()
    expect(run!.durationSeconds).toBeNull()
    expect(run!.activeSeconds).toBe(184)
    expect(transcript).toMatchObject({
      durationSeconds: 2488,
      activeSeconds: 1380,
      toolErrors: 2,
      compactions: 1,
      versions: ['2.1.12'],
      branches: ['fix/rounding'],
    })
    expect(transcript!.agents).toEqual([
      {
        agentId: 'a4f2c19e7b3d5a60',
        type: 'Explore',
        description: 'Find every caller of roundCurrency',
        path: transcript!.paths[1],
        responses: 4,
        toolCalls: 6,
        usage: {
          tokens: {
            input: 2_410,
            output: 1_873,
            cacheCreation: 18_220,
            cacheCreation5m: 18_220,
            cacheCreation1h: 0,
            cacheRead: 61_090,
            webSearches: 0,
          },
          costUsd: 0.0394,
          unpricedModels: [],
          models: [
            {
              model: 'claude-haiku-4-5-20251001',
              responses: 4,
              tokens: expect.objectContaining({ input: 2_410 }),
              costUsd: 0.0394,
            },
          ],
        },
      },
    ])
    expect(report.files.map((file) => file.format)).toEqual([
      'claude-code',
      'claude-code',
      'session-recorder',
      'execution-file',
    ])
  })

  it('keeps costs free of float noise', () => {
    const report = toJsonReport(
      analysisOf({
        sessions: [session({ usage: usageOf([modelUsage('m', { costUsd: 0.1 + 0.2 })]) })],
      }),
      { title: 't', commit: null, patterns: [] },
    )
    expect(report.usage!.costUsd).toBe(0.3)
  })
})

test('docs/report-json.md documents every field the JSON report holds', async () => {
  const report = toJsonReport(mixedWeek(), { title: 't', commit: null, patterns: [] })
  const page = await readText(
    path.join(import.meta.dirname, '..', 'docs', 'report-json.md'),
    'utf8',
  )
  const keys = new Set<string>()
  const collect = (value: unknown, inMap: boolean): void => {
    if (Array.isArray(value)) value.forEach((item) => collect(item, false))
    else if (value !== null && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        // Keys of `byType` and a file's `tools` are data (types, tool names), not fields.
        if (!inMap) keys.add(key)
        collect(inner, key === 'tools' && !Array.isArray(inner))
      }
  }
  collect(report, false)
  const undocumented = [...keys].filter(
    (key) =>
      !page.includes(`\`${key}\``) &&
      !new RegExp(`\\{[^}]*\\b${key}\\b[^}]*\\}`).test(page) &&
      !['user_message', 'tool_call', 'tool_result', 'assistant_summary', 'other'].includes(key),
  )
  expect(undocumented).toEqual([])
  expect(page).toContain(`version \`${report.schemaVersion}\``)
})
