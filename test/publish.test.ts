import * as core from '@actions/core'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { analyse } from '../src/analyse.js'
import {
  annotate,
  fileWarnings,
  MAX_ANNOTATIONS,
  type FileWarning,
} from '../src/publish/annotations.js'
import { outputValues } from '../src/publish/outputs.js'
import { toJsonReport } from '../src/report-json.js'
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
