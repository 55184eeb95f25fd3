import { isUtf8 } from 'node:buffer'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { seededRandom, writeLog } from '../bench/corpus.ts'
import {
  DigestBuilder,
  HASHES,
  hashText,
  parseInstant,
  type InteractionFacts,
  type WrongKind,
} from '../src/formats/digest-builder.js'
import { checkTopLevel, digestRecorderLog, factsOf } from '../src/formats/recorder.js'
import { digestWhole, suitsJsonParse, RecorderScanner } from '../src/formats/recorder-scan.js'
import { readLogFile, readLogFiles } from '../src/read.js'
import { Utf8Check } from '../src/scan-file.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'scan-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Both paths over one file: the outcome of the fast path and of the plain one. */
async function bothPaths(name: string, bytes: Buffer | string) {
  const file = path.join(dir, name)
  await writeFile(file, bytes)
  const [fast] = await readLogFiles(dir, [file], { threads: 1 })
  return { fast, plain: await readLogFile(dir, file) }
}

/** Feeds the scanner in chunks of random sizes (from one byte up), recording the facts. */
function scanInChunks(bytes: Buffer, random: () => number, largest: number) {
  let builder: RecordingBuilder | undefined
  const scanner = new RecorderScanner(() => (builder = new RecordingBuilder()))
  for (let at = 0; at < bytes.length;) {
    const size = 1 + Math.floor(random() * largest)
    scanner.push(Buffer.from(bytes.subarray(at, at + size)))
    at += size
  }
  return { result: scanner.end(), facts: builder!.facts }
}

/**
 * An interaction's facts as the rules see them: the timestamp as its value, a string id as its
 * two hashes (the scanner parses and hashes bytes without decoding them).
 */
type SeenFacts = Omit<InteractionFacts, 'timestamp' | 'id'> & {
  readonly at: number
  readonly id: string | WrongKind | undefined
}

function seen(facts: InteractionFacts, at: number, id: boolean): SeenFacts {
  const rest: { -readonly [K in keyof InteractionFacts]?: InteractionFacts[K] } = { ...facts }
  delete rest.timestamp
  return { ...rest, kind: facts.kind, at, id: id ? `hashes ${HASHES[0]} ${HASHES[1]}` : facts.id }
}

class RecordingBuilder extends DigestBuilder {
  readonly facts: SeenFacts[] = []
  override addParsed(facts: InteractionFacts, at: number, id: boolean): void {
    this.facts.push(seen(facts, at, id))
    super.addParsed(facts, at, id)
  }
}

/** What the plain path extracts from each interaction. */
function plainFacts(text: string): SeenFacts[] {
  const log = JSON.parse(text.replace(/^\uFEFF/, '')) as { interactions: unknown[] }
  return log.interactions.map(factsOf).map((facts) => {
    const id = facts.kind === 'object' && typeof facts.id === 'string'
    if (id) hashText(facts.id as string)
    return seen(facts, parseInstant(facts.timestamp), id)
  })
}

// ── A seeded generator of logs with every oddity the format allows ──────────────────────────────

const AWKWARD_TEXT = [
  'plain words',
  'a "quoted" word and a \\ backslash',
  '{"type": "tool_call", "content": {"tool": "Fake"}}',
  '"interactions": [ "not", "these" ] }',
  'line one\nline two\r\n\ttabbed',
  'control \u0001\u001f and escaped slash \\/ /',
  'accents é ü ß, CJK 日本語, emoji 😀👩‍💻, arrow →',
  'lone backslash at the end \\',
  '\\\\"',
  '',
]
const TYPES = ['user_message', 'tool_call', 'tool_result', 'assistant_summary', 'future_kind', '']

function generatedLog(random: () => number): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const text = (): string => pick(AWKWARD_TEXT) + (random() < 0.3 ? pick(AWKWARD_TEXT) : '')
  const anyValue = (depth: number): unknown => {
    const roll = random()
    if (depth > 3 || roll < 0.3) return text()
    if (roll < 0.4) return pick([0, -1, 3.25, 1e21, -0.5e-7, 42])
    if (roll < 0.5) return pick([true, false, null])
    if (roll < 0.75)
      return Array.from({ length: Math.floor(random() * 4) }, () => anyValue(depth + 1))
    return Object.fromEntries(
      Array.from({ length: Math.floor(random() * 4) }, () => [
        pick(['tool', 'summary', 'type', 'content', 'x', 'timestamp', text()]),
        anyValue(depth + 1),
      ]),
    )
  }
  const stamp = (): unknown =>
    random() < 0.85
      ? `2025-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}T1${Math.floor(random() * 9)}:00:0${Math.floor(random() * 9)}Z`
      : pick([null, 5, 'yesterday', '2025-03-01T10:00:00.123+02:00', '2025-03-01 10:00:00'])
  // The header's timestamps are strings or null in any readable log; bad text is a problem only.
  const headerStamp = (): string => {
    const value = stamp()
    return typeof value === 'string' ? value : 'soon'
  }
  const content = (type: string): unknown => {
    if (random() < 0.1) return anyValue(2)
    if (type === 'user_message') return `${text()}\n`
    if (type === 'assistant_summary')
      return { summary: random() < 0.8 ? text() : anyValue(3), tools_used: ['Read'] }
    const tool = random() < 0.9 ? pick(['Read', 'Bash', 'Edit', 'mcp__x__y', 'Tööl']) : anyValue(3)
    return type === 'tool_result'
      ? { tool, result: text(), tool_call_id: 'x' }
      : { tool, arguments: anyValue(1) }
  }
  const interaction = (): unknown => {
    if (random() < 0.05) return anyValue(1)
    const type = pick(TYPES)
    const item: Record<string, unknown> = {}
    const fields: [string, () => unknown][] = [
      ['interaction_id', () => (random() < 0.9 ? `id-${Math.floor(random() * 1e6)}` : anyValue(3))],
      ['timestamp', stamp],
      ['type', () => (random() < 0.95 ? type : anyValue(3))],
      ['content', () => content(type)],
      ['metadata', () => ({ hook: 'PostToolUse', nested: anyValue(2) })],
    ]
    // Fields come in any order, and now and then one is missing.
    for (const [key, make] of fields.sort(() => random() - 0.5))
      if (random() < 0.95) item[key] = make()
    return item
  }
  const log: Record<string, unknown> = {
    session_id: `session-${Math.floor(random() * 1000)}`,
    start_timestamp: random() < 0.9 ? headerStamp() : null,
    interactions: Array.from({ length: Math.floor(random() * 30) }, interaction),
  }
  if (random() < 0.8) log.end_timestamp = random() < 0.7 ? headerStamp() : null
  if (random() < 0.8) log.project_path = random() < 0.9 ? '/home/dev/プロジェクト' : null
  if (random() < 0.2) log.extra = anyValue(1)
  return log
}

/** Serialises as different writers would: indentation, CRLF, escaped non-ASCII, a BOM, escaped keys. */
function serialise(value: unknown, random: () => number): Buffer {
  let json = JSON.stringify(value, null, [0, 1, 2, '\t'][Math.floor(random() * 4)])
  if (random() < 0.3) json = json.replaceAll('\n', '\r\n')
  if (random() < 0.3)
    json = json.replace(
      /[\u0080-\uffff]/g,
      (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
  if (random() < 0.2) json = json.replaceAll('"type":', '"typ\\u0065":')
  if (random() < 0.1) json = `\uFEFF${json}`
  return Buffer.from(json)
}

describe('the fast path against the plain path', () => {
  it('gives the same outcome for 300 generated logs, read whole or in chunks of any size', async () => {
    const random = seededRandom(20251202)
    for (let n = 0; n < 300; n++) {
      const bytes = serialise(generatedLog(random), random)
      const { fast, plain } = await bothPaths(`generated-${n}.json`, bytes)
      expect(plain.ok, `log ${n}`).toBe(true)
      expect(fast, `log ${n}`).toEqual(plain)
      const { result, facts } = scanInChunks(bytes, random, n % 2 === 0 ? 7 : 300)
      expect(result.ok && result.digest, `log ${n} in chunks`).toEqual(plain.ok && plain.digest)
      expect(facts, `facts of log ${n}`).toEqual(plainFacts(bytes.toString()))
    }
  })

  it.each([
    [
      'keys repeated: the last one counts, as JSON.parse keeps it',
      '{"session_id":"a","session_id":"b","start_timestamp":null,"interactions":[{"type":"user_message","type":"tool_call","content":{"tool":"A","tool":"B"}}],"interactions":[{"type":"tool_call","content":"x","content":{"tool":"C"}}]}',
    ],
    [
      'a repeated interactions key whose last value is not an array',
      '{"session_id":"a","start_timestamp":null,"interactions":[],"interactions":{}}',
    ],
    [
      'strings that look like interactions',
      '{"session_id":"a","start_timestamp":null,"interactions":[{"type":"tool_result","content":{"result":"\\"type\\": \\"tool_call\\", \\"tool\\": \\"Evil\\"}, {","tool":"Read"}}]}',
    ],
    [
      'escaped names and values',
      '{"session\\u005fid":"\\u0061","start_timestamp":"2025-01-01T00:00:00\\u005a","interactions":[{"\\u0074ype":"tool\\u005fcall","content":{"to\\u006fl":"R\\u00e9ad \\ud83d\\ude00"}}]}',
    ],
    [
      'numbers of every form',
      '{"session_id":"a","start_timestamp":null,"interactions":[0,-0,1.5,-2e10,3E+2,4e-2,{"type":1e400}],"n":-0.0}',
    ],
    [
      'nothing but the required fields',
      '{"session_id":"","start_timestamp":null,"interactions":[]}',
    ],
    ['a top level that is an array', '[{"session_id":"a"}]'],
    ['a top level that is a string', '"session"'],
    ['a top level that is a number', '12'],
    ['a missing interactions field', '{"session_id":"a","start_timestamp":null}'],
    [
      'fields of the wrong kinds',
      '{"session_id":5,"start_timestamp":{},"end_timestamp":[],"project_path":true,"interactions":"no"}',
    ],
    [
      'deeply nested arguments',
      `{"session_id":"a","start_timestamp":null,"interactions":[{"type":"tool_call","content":{"tool":"T","arguments":${'['.repeat(500)}${']'.repeat(500)}}}]}`,
    ],
    [
      'a summary as content itself',
      '{"session_id":"a","start_timestamp":null,"interactions":[{"type":"assistant_summary","content":"did things"},{"type":"assistant_summary","content":{"summary":7}}]}',
    ],
    [
      'timestamps carried out of years 0000 to 9999 by their offset',
      '{"session_id":"a","start_timestamp":"0000-01-01T00:00:00+00:01","end_timestamp":"9999-12-31T23:59:59-00:01","interactions":[{"type":"user_message","timestamp":"9999-12-31T23:30:00-01:00","content":"hi"}]}',
    ],
    [
      'whitespace of every kind',
      ' \t\r\n{ "session_id" : "a" ,\r\n\t"start_timestamp" : null , "interactions" : [ ] } \n',
    ],
  ])('gives the same outcome for %s', async (name, text) => {
    const { fast, plain } = await bothPaths(`${name}.json`, text)
    expect(fast).toEqual(plain)
    const { result } = scanInChunks(Buffer.from(text), seededRandom(text.length), 3)
    // The scan reads any JSON; whether the top level is a session log is checked after it.
    expect(result.ok && checkTopLevel(result.top).ok && result.digest).toEqual(
      plain.ok && plain.digest,
    )
  })

  it.each([
    ['an empty file', ''],
    ['a truncated file', '{"session_id":"a","start_timestamp":null,"interactions":[{"type":"tool'],
    ['a file cut inside a number', '{"session_id":"a","start_timestamp":null,"interactions":[1.'],
    ['a trailing comma', '{"session_id":"a","start_timestamp":null,"interactions":[1,]}'],
    ['a missing comma', '{"session_id":"a" "start_timestamp":null,"interactions":[]}'],
    ['a missing colon', '{"session_id" "a"}'],
    ['single quotes', "{'session_id':'a'}"],
    ['text after the value', '{"session_id":"a","start_timestamp":null,"interactions":[]} {}'],
    ['a leading zero', '{"session_id":"a","start_timestamp":null,"interactions":[01]}'],
    ['a bare word', '{"session_id":"a","start_timestamp":nul,"interactions":[]}'],
    [
      'a raw line break in a kept string',
      '{"session_id":"a\nb","start_timestamp":null,"interactions":[]}',
    ],
    [
      'an invalid escape in a kept string',
      '{"session_id":"a\\qb","start_timestamp":null,"interactions":[]}',
    ],
    [
      'a control character between values',
      '{"session_id":"a",\u0001"start_timestamp":null,"interactions":[]}',
    ],
    ['an unclosed object', '{"session_id":"a","start_timestamp":null,"interactions":[{}]'],
    ['a mismatched bracket', '{"session_id":"a","start_timestamp":null,"interactions":[}'],
  ])('calls %s invalid JSON, with the plain path wording and position', async (name, text) => {
    const { fast, plain } = await bothPaths(`${name}.json`, text)
    expect(plain.ok).toBe(false)
    expect(fast).toEqual(plain)
    const scanner = new RecorderScanner()
    scanner.push(Buffer.from(text))
    expect(scanner.end().ok).toBe(false)
  })

  it('gives the same verdict, at the same offset, whole or in chunks of any size, on broken logs', () => {
    // Bytes of JSON's structure written over a generated log's: errors anywhere, found by a scan
    // whose windows and chunks cut strings, escapes, numbers and literals at every point.
    const random = seededRandom(20261202)
    const bytesOf = [...'"\\{}[]:, \n\t0123456789-+.eEtrufalsnx'].map((c) => c.charCodeAt(0))
    bytesOf.push(0x01, 0xc3)
    let refused = 0
    for (let n = 0; n < 1500; n++) {
      const bytes = serialise(generatedLog(random), random)
      for (let m = Math.floor(random() * 4); m > 0; m--)
        bytes[Math.floor(random() * bytes.length)] = bytesOf[Math.floor(random() * bytesOf.length)]!
      const whole = new RecorderScanner()
      whole.push(bytes)
      const expected = whole.end()
      if (!expected.ok) refused++
      const { result } = scanInChunks(bytes, random, n % 2 === 0 ? 5 : 400)
      expect(result, `log ${n}`).toEqual(expected)
    }
    expect(refused).toBeGreaterThan(500)
  })

  it('is lenient, by design, inside strings it steps over (and only there)', async () => {
    // A raw control character and an invalid escape inside a tool result: JSON.parse refuses the
    // file, the scanner does not look inside the string. Both call the file's other parts valid.
    const text =
      '{"session_id":"a","start_timestamp":null,"interactions":[{"type":"tool_result","content":{"tool":"R","result":"a\u0001b\\qc"}}]}'
    const scanner = new RecorderScanner()
    scanner.push(Buffer.from(text))
    const result = scanner.end()
    expect(result.ok && result.digest.kinds.tool_result).toBe(1)
    expect(digestRecorderLog(text).ok).toBe(false)
  })

  it('refuses a file that is not UTF-8, as the plain path does, even split mid-character', async () => {
    const valid = Buffer.from('{"session_id":"é😀","start_timestamp":null,"interactions":[]}')
    const invalid = Buffer.concat([
      valid.subarray(0, 20),
      Buffer.from([0xc3, 0x28]),
      valid.subarray(20),
    ])
    for (const [name, bytes] of [
      ['latin1.json', invalid],
      ['overlong.json', Buffer.from([0x22, 0xc0, 0xaf, 0x22])],
      ['cut-at-end.json', Buffer.concat([valid, Buffer.from([0xf0, 0x9f])])],
    ] as const) {
      const { fast, plain } = await bothPaths(name, bytes)
      expect(plain).toMatchObject({ ok: false, reason: 'is not UTF-8 text' })
      expect(fast).toEqual(plain)
    }
    const random = seededRandom(7)
    for (const bytes of [valid, invalid, Buffer.from('a😀b€c\u00e9d', 'utf8')]) {
      for (let round = 0; round < 50; round++) {
        const check = new Utf8Check()
        let ok = true
        for (let at = 0; at < bytes.length && ok;) {
          const size = 1 + Math.floor(random() * 5)
          ok = check.push(bytes.subarray(at, at + size))
          at += size
        }
        expect(ok && check.end()).toBe(isUtf8(bytes))
      }
    }
  })

  it('says what a missing or directory path is, as the plain path does', async () => {
    const missing = path.join(dir, 'gone.json')
    const [fastMissing] = await readLogFiles(dir, [missing, dir], { threads: 1 })
    expect(fastMissing).toEqual(await readLogFile(dir, missing))
    const [, fastDir] = await readLogFiles(dir, [missing, dir], { threads: 1 })
    expect(fastDir).toEqual(await readLogFile(dir, dir))
  })
})

describe('interaction ids, hashed from their bytes', () => {
  const log = (ids: readonly string[]): string =>
    `{"session_id": "s", "start_timestamp": null, "interactions": [${ids
      .map(
        (id) =>
          `{"type": "user_message", "timestamp": "2026-01-01T00:00:00Z", "interaction_id": "${id}", "content": "hi"}`,
      )
      .join(',\n')}]}`

  it.each([
    ['written the same', ['a-1', 'b-2', 'a-1']],
    ['written with escapes, then plainly', ['\\u0061-1', 'b', 'a-1']],
    ['written plainly, then with escapes', ['a-1', 'b', 'a\\u002d1']],
    ['of non-ASCII characters', ['\u65e5-\u00e9', 'b', '\\u65e5-\u00e9']],
    ['with an escaped quote and backslashes before it', ['q\\\\\\"x', 'q\\\\\\"x']],
    ['long', ['x'.repeat(5000), 'y', 'x'.repeat(5000)]],
    ['that differ only at the end', ['same-prefix-1', 'same-prefix-2', 'same-prefix-1']],
  ])(
    'finds a repeat among ids %s, whole or cut anywhere by chunks, as the plain path does',
    async (name, ids) => {
      const text = log(ids)
      const { fast, plain } = await bothPaths(`ids ${name}.json`, text)
      expect(plain.ok && plain.digest.problems.length).toBe(1)
      expect(fast).toEqual(plain)
      for (let size = 1; size <= 13; size += 4) {
        const { result } = scanInChunks(Buffer.from(text), seededRandom(size), size)
        expect(result.ok && result.digest, `chunks up to ${size}`).toEqual(plain.ok && plain.digest)
      }
    },
  )
})

describe('strings stepped over', () => {
  const retyped =
    '{"session_id": "s", "start_timestamp": null, "interactions": [{"type": "tool_result", "content": "hi", "type": "assistant_summary"}]}'

  it('the scan refuses an interaction that names its type again after content the first type did not use', () => {
    const scanner = new RecorderScanner()
    scanner.push(Buffer.from(retyped))
    expect(scanner.end()).toMatchObject({
      ok: false,
      syntax: false,
      reason: 'an interaction gives its "type" again after content that the first type did not use',
    })
  })

  it('a small file dense with structure, read whole, gives the plain path its answer instead', async () => {
    const { fast, plain } = await bothPaths('retyped.json', retyped)
    expect(plain.ok).toBe(true)
    expect(fast).toEqual(plain)
  })
})

describe('logs of both shapes', () => {
  it.each([
    ['real-shaped (every result "null\\n")', 'real', 20_000, true],
    ['long results', 'long', 20_000, false],
    ['real-shaped, too large to read whole', 'real', 300_000, false],
  ] as const)(
    'reads %s as the plain path does, by the path its density picks and by the other',
    async (_, shape, size, readWhole) => {
      const file = path.join(dir, `shape-${shape}-${size}.json`)
      await writeLog(file, { seed: 3, day: '2025-12-02', bytes: size, shape })
      const bytes = await readFile(file)
      expect(suitsJsonParse(bytes)).toBe(readWhole)
      const [fast] = await readLogFiles(dir, [file], { threads: 1 })
      const plain = await readLogFile(dir, file)
      expect(plain.ok).toBe(true)
      expect(fast).toEqual(plain)
      const scanner = new RecorderScanner()
      scanner.push(bytes)
      const scanned = scanner.end()
      const whole = digestWhole(bytes)
      expect(whole).toEqual(scanned)
      expect(scanned.ok && scanned.digest).toEqual(plain.ok && plain.digest)
    },
  )

  it('leaves invalid JSON and text that is not UTF-8 to the scan, which words the error', () => {
    expect(digestWhole(Buffer.from('{"session_id": "a",}'))).toBeNull()
    expect(digestWhole(Buffer.from([0x22, 0xc0, 0xaf, 0x22]))).toBeNull()
  })
})
