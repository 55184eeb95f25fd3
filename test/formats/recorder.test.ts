import { describe, expect, it } from 'vitest'
import { UNKNOWN_TOOL } from '../../src/formats/digest-builder.js'
import { digestRecorderLog, factsOf, type DigestResult } from '../../src/formats/recorder.js'
import type { SessionDigest } from '../../src/model.js'
import {
  assistantSummary,
  logText,
  recorderLog,
  toolCall,
  toolUse,
  userMessage,
  type RecorderLog,
} from '../support/recorder-log.js'

/** The digest of a log that must be readable. */
function digestOf(log: Partial<RecorderLog> | string): SessionDigest {
  const result = digestRecorderLog(typeof log === 'string' ? log : logText(recorderLog(log)))
  if (!result.ok) throw new Error(`expected a readable log, got: ${result.reason}`)
  return result.digest
}

/** Why a log is unreadable. */
function failureOf(text: string): Extract<DigestResult, { ok: false }> {
  const result = digestRecorderLog(text)
  if (result.ok) throw new Error('expected an unreadable log')
  return result
}

describe('digestRecorderLog on a valid log', () => {
  const digest = digestOf({
    interactions: [
      userMessage('The invoice totals are off by a cent.', { timestamp: '2026-03-02T09:13:46Z' }),
      ...toolUse('Grep', '2026-03-02T09:13:51Z'),
      ...toolUse('Read', '2026-03-02T09:14:25Z'),
      ...toolUse('Read', '2026-03-02T09:15:02Z'),
      assistantSummary('Rounding uses floats.', { timestamp: '2026-03-02T09:15:40Z' }),
      userMessage('Fix it.', { timestamp: '2026-03-02T09:16:00Z' }),
      ...toolUse('Edit', '2026-03-02T09:18:12Z'),
      assistantSummary('Amounts are integer minor units now.', {
        timestamp: '2026-03-02T09:21:10Z',
      }),
    ],
  })

  it('counts every interaction by type', () => {
    expect(digest.kinds).toEqual({
      user_message: 2,
      tool_call: 4,
      tool_result: 4,
      assistant_summary: 2,
      other: 0,
    })
  })

  it('counts tool calls by tool, not tool results', () => {
    expect(Object.fromEntries(digest.tools)).toEqual({ Grep: 1, Read: 2, Edit: 1 })
  })

  it('keeps the assistant summaries with their times, in order', () => {
    expect(digest.summaries).toEqual([
      { timestamp: '2026-03-02T09:15:40.000Z', text: 'Rounding uses floats.' },
      { timestamp: '2026-03-02T09:21:10.000Z', text: 'Amounts are integer minor units now.' },
    ])
  })

  it('normalises the session bounds and finds the first and last activity', () => {
    expect(digest).toMatchObject({
      sessionId: 'f1d69ed6-17f5-4837-9708-20fe119a72d1',
      start: '2026-03-02T09:12:04.000Z',
      end: '2026-03-02T09:22:41.000Z',
      projectPath: '/home/dev/projects/invoice-service',
      firstActivity: '2026-03-02T09:12:04.000Z',
      lastActivity: '2026-03-02T09:22:41.000Z',
    })
    expect(Object.fromEntries(digest.interactionsByDay)).toEqual({ '2026-03-02': 12 })
    expect(digest.problems).toEqual([])
  })

  it('reads an empty session', () => {
    const empty = digestOf({ interactions: [] })
    expect(empty.kinds).toEqual({
      user_message: 0,
      tool_call: 0,
      tool_result: 0,
      assistant_summary: 0,
      other: 0,
    })
    expect(empty.tools.size).toBe(0)
    expect(empty.interactionsByDay.size).toBe(0)
    expect(empty.firstActivity).toBe('2026-03-02T09:12:04.000Z')
  })

  it('splits activity by UTC day, whatever zone the timestamps are written in', () => {
    const late = digestOf({
      start_timestamp: '2026-03-02T23:50:00Z',
      end_timestamp: '2026-03-03T00:20:00Z',
      interactions: [
        userMessage('Before midnight', { timestamp: '2026-03-02T23:55:00Z' }),
        userMessage('After midnight', { timestamp: '2026-03-02T19:05:00-05:00' }),
        userMessage('Fractions too', { timestamp: '2026-03-03T00:10:00.250Z' }),
      ],
    })
    expect(Object.fromEntries(late.interactionsByDay)).toEqual({
      '2026-03-02': 1,
      '2026-03-03': 2,
    })
    expect(late.problems).toEqual([])
  })

  it('reads a log whose optional fields are missing', () => {
    const text = JSON.stringify({
      session_id: 'abc',
      start_timestamp: null,
      interactions: [userMessage('hi')],
    })
    expect(digestOf(text)).toMatchObject({
      sessionId: 'abc',
      start: null,
      end: null,
      projectPath: null,
      problems: [],
    })
  })
})

describe('digestRecorderLog on text that is not JSON', () => {
  it.each([
    [
      'plain text',
      'Session started at 09:12',
      0,
      "invalid JSON: unexpected 'S' where a value was expected",
    ],
    ['an empty file', '', 0, 'invalid JSON: the file holds no JSON value (empty?)'],
    [
      'JSON Lines',
      '{"type":"user"}\n{"type":"assistant"}\n',
      16,
      "invalid JSON: unexpected '{' after the end of the JSON value",
    ],
    [
      'a merge conflict',
      '<<<<<<< HEAD\n{}\n=======\n[]\n>>>>>>> main\n',
      0,
      "invalid JSON: unexpected '<' where a value was expected",
    ],
  ])('%s is unreadable, with the offset of the error', (_, text, offset, reason) => {
    expect(failureOf(text)).toEqual({ ok: false, reason, offset })
  })

  it('a truncated log says so, at the end of the text', () => {
    const text = logText(
      recorderLog({ interactions: [...toolUse('Read', '2026-03-02T09:14:25Z')] }),
    )
    const cut = text.slice(0, text.lastIndexOf('"metadata"') + 5)
    expect(failureOf(cut)).toEqual({
      ok: false,
      reason: 'invalid JSON: the file ends inside a string (truncated?)',
      offset: cut.lastIndexOf('"'),
    })
    const atComma = text.slice(0, text.indexOf('"interaction_id"'))
    expect(failureOf(atComma)).toEqual({
      ok: false,
      reason: 'invalid JSON: the file ends inside an object (truncated?)',
      offset: atComma.length,
    })
  })

  it('does not quote the log in the reason', () => {
    const secret = '{"session_id": "s", "token": ghp_abcdef}'
    expect(failureOf(secret).reason).not.toContain('ghp_')
  })
})

describe('digestRecorderLog on JSON that is not a session log', () => {
  it.each([
    ['an array', '[]', 'the top level is an array, not an object'],
    ['a string', '"session"', 'the top level is a string, not an object'],
    ['a number', '42', 'the top level is a number, not an object'],
    ['null', 'null', 'the top level is null, not an object'],
    [
      'an empty object',
      '{}',
      '"session_id" is missing; "start_timestamp" is missing; "interactions" is missing',
    ],
    [
      'a log without interactions',
      JSON.stringify({ session_id: 's', start_timestamp: null }),
      '"interactions" is missing',
    ],
    [
      'interactions as an object',
      JSON.stringify({ session_id: 's', start_timestamp: null, interactions: {} }),
      '"interactions" is an object, expected an array',
    ],
    [
      'interactions as null',
      JSON.stringify({ session_id: 's', start_timestamp: null, interactions: null }),
      '"interactions" is null, expected an array',
    ],
    [
      'a log without session_id',
      JSON.stringify({ start_timestamp: null, interactions: [] }),
      '"session_id" is missing',
    ],
    [
      'a numeric session_id',
      JSON.stringify({ session_id: 7, start_timestamp: null, interactions: [] }),
      '"session_id" is a number, expected a string',
    ],
    [
      'a numeric start_timestamp',
      JSON.stringify({ session_id: 's', start_timestamp: 1772442724, interactions: [] }),
      '"start_timestamp" is a number, expected a string',
    ],
  ])('%s is unreadable', (_, text, why) => {
    expect(failureOf(text)).toEqual({ ok: false, reason: `not a session-recorder log: ${why}` })
  })

  it('a native Claude Code transcript line is not taken for a session log', () => {
    const line = JSON.stringify({ type: 'user', sessionId: 's', message: { content: 'hi' } })
    expect(failureOf(line).reason).toBe(
      'not a session-recorder log: "session_id" is missing; "start_timestamp" is missing; "interactions" is missing',
    )
  })
})

describe('digestRecorderLog on odd interactions', () => {
  it('counts unknown types as other, without complaint', () => {
    const digest = digestOf({
      interactions: [
        userMessage('hi'),
        { ...userMessage('x'), type: 'subagent_stop' },
        { ...userMessage('x'), type: 'User_Message' },
        { ...userMessage('x'), type: '' },
      ],
    })
    expect(digest.kinds).toMatchObject({ user_message: 1, other: 3 })
    expect(digest.problems).toEqual([])
  })

  it('counts malformed interactions as other and names each problem', () => {
    const digest = digestOf({
      interactions: [
        null,
        42,
        'user_message',
        [],
        { ...userMessage('x'), type: undefined },
        { ...userMessage('x'), type: 3 },
        toolCall('Read', { content: { arguments: {} } }),
        toolCall('Read', { content: 'Read' }),
        toolCall(''),
        toolCall('Read', { content: { tool: ['Read'] } }),
        assistantSummary('x', { content: { actions: [] } }),
      ],
    })
    expect(digest.kinds).toEqual({
      user_message: 0,
      tool_call: 4,
      tool_result: 0,
      assistant_summary: 1,
      other: 6,
    })
    expect(Object.fromEntries(digest.tools)).toEqual({ [UNKNOWN_TOOL]: 4 })
    expect(digest.problems).toEqual([
      'interactions[0] is null, not an object; counted as other',
      'interactions[1] is a number, not an object; counted as other',
      'interactions[2] is a string, not an object; counted as other',
      'interactions[3] is an array, not an object; counted as other',
      'interactions[4] has no "type"; counted as other',
      'interactions[5] has a non-string "type"; counted as other',
      'interactions[6] is a tool_call without content.tool; counted under (unknown tool)',
      'interactions[7] is a tool_call whose content is a string, not an object; counted under (unknown tool)',
      'interactions[8] is a tool_call with an empty content.tool; counted under (unknown tool)',
      'interactions[9] is a tool_call whose content.tool is an array, not a string; counted under (unknown tool)',
      'interactions[10] is an assistant_summary without content.summary',
    ])
  })

  it('takes a summary written as plain text content', () => {
    const digest = digestOf({
      interactions: [assistantSummary('x', { content: 'Done: tests pass.' })],
    })
    expect(digest.summaries).toEqual([
      { timestamp: '2026-03-02T09:21:10.000Z', text: 'Done: tests pass.' },
    ])
    expect(digest.problems).toEqual([])
  })

  it('keeps the first three problems of each kind and counts the rest', () => {
    const digest = digestOf({ interactions: Array.from({ length: 1000 }, () => null) })
    expect(digest.kinds.other).toBe(1000)
    expect(digest.problems).toEqual([
      'interactions[0] is null, not an object; counted as other',
      'interactions[1] is null, not an object; counted as other',
      'interactions[2] is null, not an object; counted as other',
      '… and 997 more like the one above',
    ])
  })
})

describe('digestRecorderLog on session bounds and timestamps', () => {
  it('reads a session that was not finalized (end_timestamp null)', () => {
    const digest = digestOf({
      end_timestamp: null,
      interactions: [userMessage('hi', { timestamp: '2026-03-02T09:30:00Z' })],
    })
    expect(digest.end).toBeNull()
    expect(digest.lastActivity).toBe('2026-03-02T09:30:00.000Z')
    expect(digest.problems).toEqual([])
  })

  it.each([
    ['a date only', '2026-03-02'],
    ['no zone', '2026-03-02T09:12:04'],
    ['no seconds', '2026-03-02T09:12Z'],
    ['a space for T', '2026-03-02 09:12:04Z'],
    ['words', 'yesterday'],
    ['month 13', '2026-13-02T09:12:04Z'],
    ['February 30th', '2026-02-30T09:12:04Z'],
    ['April 31st', '2026-04-31T09:12:04Z'],
    ['February 29th of a common year', '2026-02-29T09:12:04Z'],
    ['day 0', '2026-03-00T09:12:04Z'],
    ['hour 25', '2026-03-02T25:00:00Z'],
    ['minute 60', '2026-03-02T09:60:00Z'],
    ['an offset beyond a day', '2026-03-02T09:12:04+25:00'],
    ['year 9999 carried past its end by an offset', '9999-12-31T23:00:00-02:00'],
    ['year 0000 carried before its start by an offset', '0000-01-01T00:30:00+01:00'],
  ])('refuses %s as a timestamp (%s)', (_, stamp) => {
    const digest = digestOf({
      start_timestamp: stamp,
      end_timestamp: stamp,
      interactions: [userMessage('hi', { timestamp: stamp })],
    })
    expect(digest.start).toBeNull()
    expect(digest.end).toBeNull()
    expect(digest.firstActivity).toBeNull()
    expect(digest.interactionsByDay.size).toBe(0)
    expect(digest.problems).toEqual([
      'start_timestamp is not an ISO 8601 date-time',
      'end_timestamp is not an ISO 8601 date-time',
      'interactions[0] has no valid ISO 8601 "timestamp"',
    ])
  })

  it.each([
    ['February 29th of a leap year', '2028-02-29T09:12:04Z', '2028-02-29T09:12:04.000Z'],
    ['an offset', '2026-03-02T10:12:04+01:00', '2026-03-02T09:12:04.000Z'],
    ['milliseconds', '2026-03-02T09:12:04.5Z', '2026-03-02T09:12:04.500Z'],
    ['the last day of a month', '2026-04-30T23:59:59Z', '2026-04-30T23:59:59.000Z'],
    ['the last instant of year 9999', '9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
    ['the first instant of year 0000', '0000-01-01T00:00:00Z', '0000-01-01T00:00:00.000Z'],
  ])('accepts %s', (_, stamp, iso) => {
    const digest = digestOf({ start_timestamp: stamp, end_timestamp: null })
    expect(digest.start).toBe(iso)
    expect(digest.problems).toEqual([])
  })

  it('reports an interaction without a timestamp, and still counts it', () => {
    const digest = digestOf({
      interactions: [
        userMessage('hi', { timestamp: undefined }),
        toolCall('Bash', { timestamp: 17 as never }),
      ],
    })
    expect(digest.kinds).toMatchObject({ user_message: 1, tool_call: 1 })
    expect(digest.problems).toEqual([
      'interactions[0] has no valid ISO 8601 "timestamp"',
      'interactions[1] has no valid ISO 8601 "timestamp"',
    ])
  })

  it('keeps the end of a session that ends before it starts, and says so', () => {
    const digest = digestOf({
      start_timestamp: '2026-03-02T10:00:00Z',
      end_timestamp: '2026-03-02T09:00:00Z',
    })
    expect(digest.start).toBe('2026-03-02T10:00:00.000Z')
    expect(digest.end).toBe('2026-03-02T09:00:00.000Z')
    expect(digest.firstActivity).toBe('2026-03-02T09:00:00.000Z')
    expect(digest.lastActivity).toBe('2026-03-02T10:00:00.000Z')
    expect(digest.problems).toEqual([
      'end_timestamp is before start_timestamp; no duration is shown',
    ])
  })

  it('widens the activity bounds to interactions outside the session bounds', () => {
    const digest = digestOf({
      interactions: [
        userMessage('early', { timestamp: '2026-03-02T08:00:00Z' }),
        userMessage('late', { timestamp: '2026-03-02T11:00:00Z' }),
      ],
    })
    expect(digest.firstActivity).toBe('2026-03-02T08:00:00.000Z')
    expect(digest.lastActivity).toBe('2026-03-02T11:00:00.000Z')
  })
})

describe('factsOf', () => {
  it('keeps only the fields the digest rules use, with the kind of anything not a string', () => {
    const call = toolCall('Read', { timestamp: '2026-03-02T09:14:25Z' })
    expect(factsOf(call)).toEqual({
      kind: 'object',
      type: 'tool_call',
      timestamp: '2026-03-02T09:14:25Z',
      id: call.interaction_id,
      contentKind: 'object',
      tool: 'Read',
      summary: undefined,
    })
    expect(factsOf({ type: 1, timestamp: null, content: { tool: {}, summary: [] } })).toEqual({
      kind: 'object',
      type: { wrongKind: 'number' },
      timestamp: { wrongKind: 'null' },
      contentKind: 'object',
      tool: undefined,
      summary: undefined,
    })
    expect(factsOf({ type: 'tool_call', content: { tool: {}, summary: 'x' } })).toMatchObject({
      tool: { wrongKind: 'object' },
      summary: undefined,
    })
    expect(
      factsOf({ type: 'assistant_summary', content: { tool: 'x', summary: [] } }),
    ).toMatchObject({ tool: undefined, summary: { wrongKind: 'array' } })
    // Text the type does not use is left out: the scanner steps over it, however large.
    expect(factsOf({ type: 'tool_result', content: 'a long result' })).toMatchObject({
      contentKind: 'string',
      summary: undefined,
    })
    expect(factsOf([1])).toEqual({ kind: 'array' })
    expect(factsOf(false)).toEqual({ kind: 'boolean' })
  })
})
