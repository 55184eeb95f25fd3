import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  TranscriptDigestBuilder,
  type TranscriptContext,
  type TranscriptResult,
} from '../../src/formats/claude-code/digest.js'
import { factsOfValue, type LineFacts } from '../../src/formats/claude-code/line-facts.js'
import { TranscriptLineScanner } from '../../src/formats/claude-code/line-scanner.js'
import { structuralIndex } from '../../src/formats/structural-index.js'
import type { SessionDigest, TranscriptFacts } from '../../src/model.js'
import {
  assistant,
  jsonl,
  prompt,
  SESSION,
  system,
  text,
  toolResult,
  toolUseBlock,
  usage,
  type Line,
} from '../support/transcript.js'

const CONTEXT: TranscriptContext = {
  fallbackSessionId: 'from-the-name',
  agentIdFromName: null,
  agentMeta: null,
}

/** Reads transcript text through the scanner, in chunks of `chunkBytes`. */
function scan(content: string | Buffer, chunkBytes = 1 << 20, context = CONTEXT): TranscriptResult {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content
  const builder = new TranscriptDigestBuilder(context)
  const scanner = new TranscriptLineScanner(builder)
  for (let at = 0; at < bytes.length; at += chunkBytes)
    scanner.push(bytes.subarray(at, at + chunkBytes))
  scanner.end()
  return builder.build()
}

function digestOf(lines: readonly (Line | string)[], context = CONTEXT): SessionDigest {
  const result = scan(jsonl(lines), 1 << 20, context)
  if (!result.ok) throw new Error(`expected a transcript, got: ${result.reason}`)
  return result.digest
}

function factsOf(digest: SessionDigest): TranscriptFacts {
  return digest.transcript!
}

/**
 * What the scanner reports line by line, for comparison with `JSON.parse`. `inWindow`: each chunk
 * is first copied into the structural index's memory, as files are read (long strings are then
 * searched by the module).
 */
function scannedLines(bytes: Buffer, chunkBytes: number, inWindow = false): (LineFacts | string)[] {
  const seen: (LineFacts | string)[] = []
  const scanner = new TranscriptLineScanner({
    line: (facts) => seen.push(structuredClone(facts)),
    badLine: (line, reason) => seen.push(`line ${line}: ${reason}`),
  })
  const window = structuralIndex().window
  for (let at = 0; at < bytes.length; at += chunkBytes) {
    const chunk = bytes.subarray(at, at + chunkBytes)
    if (inWindow) window.set(chunk, 7)
    scanner.push(inWindow ? window.subarray(7, 7 + chunk.length) : chunk)
  }
  scanner.end()
  return seen
}

describe('the line scanner', () => {
  const tricky = [
    assistant('msg_1', [text('Reading "the" file\\ now \u00e9\u{1F600}')], {
      usage: usage(5, 7, 11, 13),
    }),
    assistant('msg_1', [
      toolUseBlock('toolu_1', 'Read', { file_path: '/a "b" \\c', n: [1, 2.5e3, -0] }),
    ]),
    // A usage without the split, after one with it: nothing of the one before is left over.
    assistant('msg_2', [text('x')], {
      usage: { input_tokens: 1, output_tokens: 2, speed: 'fast', inference_geo: 'us' },
    }),
    assistant('msg_3', [text('y')], { usage: { input_tokens: 4 } }),
    toolResult('toolu_1', 'x\\"y'.repeat(2000) + '"}]{[', {
      // A Task result's rollup carries a usage of its own: it must not be read as the line's.
      toolUseResult: {
        usage: { input_tokens: 999_999 },
        content: [{ type: 'text', text: '{"a":1}' }],
      },
    }),
    prompt('  <command-name>/compact</command-name>'),
    prompt([text('<ide_selection>lines 1-2</ide_selection>'), text('Fix the rounding.')]),
    system('turn_duration', { durationMs: 1234.5 }),
    { type: 'file-history-snapshot', messageId: 'm', snapshot: { trackedFileBackups: {} } },
    { type: 'user', message: { role: 'user', content: 'typ\u0065 escaped' }, 'typ\\u0065': 1 },
    '[1,2,3]',
    'plain text that is no JSON',
    '{"type":"user","message":{"content":"cut here',
  ]
  const bytes = Buffer.from(jsonl(tricky))

  it('reads the same facts as JSON.parse, however the file is cut into chunks', () => {
    const reference = jsonl(tricky)
      .split('\n')
      .slice(0, -1)
      .map((line) => {
        try {
          return factsOfValue(JSON.parse(line))
        } catch {
          return 'bad'
        }
      })
    for (const inWindow of [false, true])
      for (const chunk of [1, 2, 3, 7, 64, 1000, 100_000]) {
        const seen = scannedLines(bytes, chunk, inWindow).map((entry) =>
          typeof entry === 'string' ? 'bad' : entry,
        )
        expect(seen, `chunks of ${chunk} bytes, in the window: ${inWindow}`).toEqual(reference)
      }
  })

  it('says why a line is not JSON', () => {
    const bad = scannedLines(bytes, 5).filter((entry) => typeof entry === 'string')
    expect(bad).toEqual([
      "line 12: expected a value, found 'p'",
      'line 13: the line ends inside a string (truncated?)',
    ])
  })

  it('streams a line far larger than a chunk', () => {
    const big = 'a\\"b'.repeat(3 * 1024 * 1024)
    const content = jsonl([
      assistant('msg_1', [toolUseBlock('toolu_1', 'Bash')]),
      toolResult('toolu_1', big, { isError: true }),
      prompt('next'),
    ])
    const result = scan(content, 64 * 1024)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.digest.kinds).toMatchObject({ tool_result: 1, user_message: 1 })
    expect(Object.fromEntries(factsOf(result.digest).toolErrors)).toEqual({ Bash: 1 })
  })
})

describe('a whole line walked in the module', () => {
  /** Keys of every object the scanner reads, some written with escapes, and others. */
  const key = fc.oneof(
    fc
      .constantFrom(
        'type',
        'timestamp',
        'sessionId',
        'message',
        'toolUseResult',
        'isSidechain',
        'isMeta',
        'durationMs',
        'id',
        'model',
        'content',
        'usage',
        'input_tokens',
        'cache_creation',
        'ephemeral_1h_input_tokens',
        'server_tool_use',
        'web_search_requests',
        'name',
        'tool_use_id',
        'is_error',
        'text',
        'uuid',
      )
      .map((name) => JSON.stringify(name)),
    fc.constantFrom('"typ\\u0065"', '"ty\\"pe"', '"\\u0069d"'),
  )
  const space = fc.constantFrom('', '', '', ' ', '\t', ' \r ')
  const scalar = fc.oneof(
    { weight: 3, arbitrary: fc.string().map((text) => JSON.stringify(text)) },
    fc.constantFrom('"a\\"b"', '"\\u00e9t\\u00e9"', '"bad \\x escape"', '"ctl \u0001"'),
    { weight: 2, arbitrary: fc.integer().map(String) },
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
    { weight: 2, arbitrary: fc.constant('true') },
    fc.constantFrom(
      '0',
      '-0',
      '007',
      '1.',
      '1e5',
      '123456789012345678',
      'false',
      'null',
      'tru',
      'nul',
    ),
  )
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar,
      tie('object'),
      tie('array'),
    ),
    object: fc
      .array(fc.tuple(space, key, space, tie('value'), space), { maxLength: 6 })
      .map((members) => `{${members.map(([a, k, b, v, c]) => `${a}${k}${b}:${v}${c}`).join(',')}}`),
    array: fc
      .array(fc.tuple(space, tie('value'), space), { maxLength: 4 })
      .map((items) => `[${items.map(([a, v, b]) => `${a}${v}${b}`).join(',')}]`),
  })) as { value: fc.Arbitrary<string> }
  /** A line: mostly an object, now and then broken by a cut or a stray byte. */
  const line = fc
    .tuple(
      fc.oneof(
        { weight: 4, arbitrary: value.filter((text) => text.startsWith('{')) },
        { weight: 1, arbitrary: value },
      ),
      fc.nat(),
      fc.constantFrom('none', 'none', 'cut', 'byte'),
      fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'x', '1', '.', ' '),
    )
    .map(([text, at, damage, byte]) => {
      const p = at % (text.length + 1)
      if (damage === 'cut') return text.slice(0, p)
      if (damage === 'byte') return text.slice(0, p) + byte + text.slice(p + 1)
      return text
    })

  it('reads what the byte-by-byte path reads, facts and reasons alike', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (lines) => {
        const bytes = Buffer.from(lines.join('\n') + '\n')
        expect(scannedLines(bytes, bytes.length, true)).toEqual(scannedLines(bytes, bytes.length))
      }),
      { numRuns: 2000 },
    )
  })

  it('reads the lines of a realistic session as JSON.parse does', () => {
    const lines = [
      prompt('Fix the rounding.'),
      assistant('msg_1', [text('Looking.'), toolUseBlock('toolu_1', 'Read', { path: 'a' })], {
        usage: usage(5, 7, 11, 13),
      }),
      toolResult('toolu_1', 'x\\"y'.repeat(50), {
        isError: true,
        toolUseResult: { a: [1, { b: 2 }] },
      }),
      system('turn_duration', { durationMs: 1234 }),
    ]
    const bytes = Buffer.from(jsonl(lines))
    const reference = jsonl(lines)
      .split('\n')
      .slice(0, -1)
      .map((text) => factsOfValue(JSON.parse(text)))
    expect(scannedLines(bytes, bytes.length, true)).toEqual(reference)
  })
})

describe('each API response once', () => {
  const digest = digestOf([
    // Streaming: one line per content block, each with the usage so far.
    assistant('msg_a', [text('Let me look.')], { usage: usage(3, 1, 100, 1000) }),
    assistant('msg_a', [toolUseBlock('toolu_1', 'Read')], { usage: usage(3, 40, 100, 1000) }),
    toolResult('toolu_1', 'file body'),
    // A resumed session rewrites the response again, without requestId.
    assistant('msg_a', [toolUseBlock('toolu_1', 'Read')], {
      usage: usage(3, 40, 100, 1000),
      requestId: undefined,
    }),
    // A sidechain replay of a response under a new requestId, with larger usage: the
    // non-sidechain copy still wins.
    assistant('msg_b', [text('Done.')], { usage: usage(2, 20, 0, 500) }),
    assistant('msg_b', [text('Done.')], { usage: usage(2, 99, 0, 500), isSidechain: true }),
  ])
  const responses = factsOf(digest).responses

  it('keeps one record per message.id, the most complete line', () => {
    expect(responses.map((r) => [r.id, r.tokens.output, r.sidechain])).toEqual([
      ['msg_a', 40, false],
      ['msg_b', 20, false],
    ])
    expect(digest.kinds.assistant_summary).toBe(2)
  })

  it('splits cache writes into 5-minute and 1-hour ones, summing to the total', () => {
    const line = assistant('msg_c', [text('x')], {
      usage: {
        ...usage(1, 1, 300, 0),
        cache_creation: { ephemeral_5m_input_tokens: 100, ephemeral_1h_input_tokens: 200 },
        server_tool_use: { web_search_requests: 2 },
        speed: 'fast',
        inference_geo: 'us',
      },
    })
    const [record] = factsOf(digestOf([line])).responses
    expect(record).toMatchObject({
      model: 'claude-sonnet-4-5-20250929',
      tokens: {
        input: 1,
        output: 1,
        cacheWrite5m: 100,
        cacheWrite1h: 200,
        cacheRead: 0,
        webSearches: 2,
      },
      fast: true,
      inferenceGeo: 'us',
    })
  })

  it('counts each tool_use id once, on its response', () => {
    expect(digest.kinds.tool_call).toBe(1)
    expect(Object.fromEntries(digest.tools)).toEqual({ Read: 1 })
    expect(responses[0]!.toolUses).toEqual(['Read'])
  })

  it('does not take a synthetic error message for a response, and counts it as an API error', () => {
    const d = digestOf([
      assistant('msg_err', [text('API Error: 529 overloaded')], {
        model: '<synthetic>',
        usage: usage(0, 0),
        isApiErrorMessage: true,
      }),
    ])
    expect(factsOf(d).responses).toEqual([])
    expect(factsOf(d).apiErrors).toBe(1)
    expect(d.kinds.assistant_summary).toBe(0)
  })
})

describe('tools, results and errors', () => {
  const digest = digestOf([
    assistant('msg_1', [toolUseBlock('toolu_1', 'Bash'), toolUseBlock('toolu_2', 'Edit')]),
    toolResult('toolu_1', 'exit 1', { isError: true }),
    toolResult('toolu_2', 'ok', { isError: false }),
    toolResult('toolu_1', 'exit 1', { isError: true }),
    assistant('msg_2', [toolUseBlock('toolu_3', 'Task', { subagent_type: 'Explore' })]),
    toolResult('toolu_3', 'found it'),
    toolResult('toolu_unknown', 'no call in this file', { isError: true }),
  ])

  it('counts each tool result once by tool_use_id', () => {
    expect(digest.kinds.tool_result).toBe(4)
  })

  it('counts errors by the name of the tool that was called', () => {
    expect(Object.fromEntries(factsOf(digest).toolErrors)).toEqual({
      Bash: 1,
      '(unknown tool)': 1,
    })
  })

  it('counts subagents started by Task or Agent tool uses', () => {
    expect(factsOf(digest).subagentsStarted).toBe(1)
  })
})

describe('prompts the user typed', () => {
  const cases: [string, Line, number][] = [
    ['a string', prompt('Why do the totals differ?'), 1],
    ['text blocks', prompt([text('Look at this'), { type: 'image', source: {} }]), 1],
    [
      'a slash command',
      prompt('<command-message>init</command-message>\n<command-name>/init</command-name>'),
      1,
    ],
    ['a shell command', prompt('<bash-input>ls</bash-input>'), 1],
    ['a tool result', toolResult('toolu_9', 'out'), 0],
    ['a meta line', prompt([text('Caveat: ...')], { isMeta: true }), 0],
    [
      'a compaction summary',
      prompt('This session is being continued…', { isCompactSummary: true }),
      0,
    ],
    ['a subagent task', prompt('Find every caller of round()', { isSidechain: true }), 0],
    ['command output', prompt('<local-command-stdout>Compacted</local-command-stdout>'), 0],
    ['shell output', prompt('<bash-stdout>a b</bash-stdout>'), 0],
    ['an interruption', prompt([text('[Request interrupted by user for tool use]')]), 0],
    ['editor context alone', prompt([text('<ide_opened_file>a.ts</ide_opened_file>')]), 0],
    ['an empty string', prompt(''), 0],
  ]
  for (const [name, line, expected] of cases) {
    it(`${expected === 1 ? 'counts' : 'does not count'} ${name}`, () => {
      expect(digestOf([line]).kinds.user_message).toBe(expected)
    })
  }
})

describe('the rest of a session', () => {
  const digest = digestOf([
    { type: 'summary', summary: 'Invoice rounding', leafUuid: 'x' },
    prompt('Start', { timestamp: '2026-03-02T23:59:00.000Z', version: '2.0.36' }),
    system('compact_boundary', { compactMetadata: { trigger: 'auto' } }),
    system('turn_duration', { durationMs: 60_000 }),
    system('turn_duration', { durationMs: 30_000 }),
    { type: 'some-future-type', sessionId: SESSION, payload: { a: [1] } },
    assistant('msg_1', [text('Hi')], {
      timestamp: '2026-03-03T00:01:00.000Z',
      gitBranch: 'fix/rounding',
    }),
  ])

  it('takes its session, project, versions and branches from the lines', () => {
    expect(digest).toMatchObject({
      format: 'claude-code',
      sessionId: SESSION,
      projectPath: '/home/dev/invoice-service',
      start: '2026-03-02T09:20:00.000Z',
      end: '2026-03-03T00:01:00.000Z',
      problems: [],
    })
    expect(factsOf(digest).versions).toEqual(['2.0.36', '2.0.37'])
    expect(factsOf(digest).branches).toEqual(['main', 'fix/rounding'])
  })

  it('counts compactions and active time', () => {
    expect(factsOf(digest).compactions).toBe(1)
    expect(factsOf(digest).activeMs).toBe(90_000)
  })

  it('counts prompts, responses, tool uses and results by UTC day', () => {
    expect(Object.fromEntries(digest.interactionsByDay)).toEqual({
      '2026-03-02': 1,
      '2026-03-03': 1,
    })
  })

  it('has no active time when no line gives it', () => {
    expect(factsOf(digestOf([prompt('x')])).activeMs).toBeNull()
  })
})

describe('bad lines', () => {
  it('skips a line that is not JSON, naming its number, and counts the rest', () => {
    const digest = digestOf([prompt('one'), '<<<<<<< HEAD', prompt('two'), '{"type":"user","mess'])
    expect(digest.kinds.user_message).toBe(2)
    expect(digest.problems).toEqual([
      "line 2: not JSON (expected a value, found '<'); skipped",
      'line 4: not JSON (the line ends inside a string (truncated?)); skipped',
    ])
  })

  it('keeps the first few bad lines and counts the others', () => {
    const digest = digestOf([prompt('one'), 'x', 'x', 'x', 'x', 'x'])
    expect(digest.problems).toHaveLength(4)
    expect(digest.problems[3]).toBe('… and 2 more like the one above')
  })

  it('names JSON lines that are not transcript lines', () => {
    const digest = digestOf([prompt('one'), '{"no":"type"}', '42'])
    expect(digest.problems).toEqual([
      'line 2: an object without a string "type", not a transcript line; skipped',
      'line 3: not an object, not a transcript line; skipped',
    ])
  })

  it('is unreadable only when no line is a transcript line', () => {
    expect(scan('garbage\n{"a":1}\n')).toEqual({
      ok: false,
      reason: `not a Claude Code transcript: no line is a JSON object with a "type" (line 1: not JSON (expected a value, found 'g'); skipped)`,
    })
    expect(scan('\n\n')).toMatchObject({ ok: false, reason: expect.stringContaining('empty') })
  })

  it('reads a file with Windows line ends and a byte-order mark', () => {
    const content = '\ufeff' + jsonl([prompt('one'), prompt('two')]).replaceAll('\n', '\r\n')
    expect(scan(content, 3)).toMatchObject({
      ok: true,
      digest: { kinds: { user_message: 2 }, problems: [] },
    })
  })
})

describe('a subagent file', () => {
  const lines = [
    prompt('Find every caller of round()', { isSidechain: true, agentId: 'a1b2c3' }),
    assistant('msg_s', [text('Found 3.')], { isSidechain: true, agentId: 'a1b2c3' }),
  ]

  it('belongs to its parent session and names its agent', () => {
    const digest = digestOf(lines, {
      fallbackSessionId: 'x',
      agentIdFromName: 'a1b2c3',
      agentMeta: { type: 'Explore', description: 'Find callers' },
    })
    expect(digest.sessionId).toBe(SESSION)
    expect(digest.kinds.user_message).toBe(0)
    expect(factsOf(digest).agent).toEqual({
      agentId: 'a1b2c3',
      type: 'Explore',
      description: 'Find callers',
    })
    expect(factsOf(digest).responses[0]!.sidechain).toBe(true)
  })

  it('takes the agent id from its lines when the file is not named for it', () => {
    expect(factsOf(digestOf(lines)).agent).toEqual({
      agentId: 'a1b2c3',
      type: null,
      description: null,
    })
  })

  it('falls back on the session id the path gives when no line has one', () => {
    expect(digestOf([{ type: 'summary', summary: 's' }]).sessionId).toBe('from-the-name')
  })
})

describe('the rest of a line after toolUseResult', () => {
  it('is passed over once the type and timestamp were read, even when broken', () => {
    const line = JSON.stringify(toolResult('toolu_1', 'out', { isError: true }))
    // Everything after "toolUseResult" is not looked at: a broken copy still counts.
    const broken = line.replace(/"toolUseResult":\{.*$/, '"toolUseResult":{"stdout":"x}')
    const digest = digestOf([assistant('msg_1', [toolUseBlock('toolu_1', 'Bash')]), broken])
    expect(digest.problems).toEqual([])
    expect(Object.fromEntries(factsOf(digest).toolErrors)).toEqual({ Bash: 1 })
  })

  it('is still a truncated line when the file ends before the newline', () => {
    const line = JSON.stringify(toolResult('toolu_1', 'out'))
    const result = scan(jsonl([prompt('one')]) + line.slice(0, line.indexOf('toolUseResult') + 20))
    expect(result).toMatchObject({
      ok: true,
      digest: {
        problems: [
          'line 2: not JSON (the line ends before its JSON value does (truncated?)); skipped',
        ],
      },
    })
  })

  it('is read when the type or timestamp comes after it', () => {
    const line = { toolUseResult: { usage: { input_tokens: 5 } }, ...prompt('late fields') }
    expect(digestOf([line]).kinds.user_message).toBe(1)
  })
})

describe('timestamps', () => {
  it('takes a time that does not exist for no time, on a day already seen', () => {
    const digest = digestOf([
      prompt('a', { timestamp: '2026-03-02T09:00:00.000Z' }),
      prompt('b', { timestamp: '2026-03-02T25:00:00.000Z' }),
      prompt('c', { timestamp: '2026-03-02T09:30:00.500Z' }),
      prompt('d', { timestamp: '2026-02-30T09:30:00.500Z' }),
    ])
    expect(digest.start).toBe('2026-03-02T09:00:00.000Z')
    expect(digest.end).toBe('2026-03-02T09:30:00.500Z')
    expect(Object.fromEntries(digest.interactionsByDay)).toEqual({ '2026-03-02': 2 })
  })
})
