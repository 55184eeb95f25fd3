/**
 * The redaction of a file's bytes: every JSON string redacted, every other byte kept, a line
 * that is not JSON redacted as text, and the file streamed a line at a time.
 */
import { Readable } from 'node:stream'
import { text as collect } from 'node:stream/consumers'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { createRedactor, REDACTED } from '../src/redact.ts'
import { emptyTally, redactingStream, type RedactionTally } from '../src/redact-file.ts'

const R = REDACTED
const redact = createRedactor()
const token = `ghp_${'a1B2c3'.repeat(6)}`

/** The text redacted through the stream, fed in chunks of `size` bytes. */
async function through(
  input: string | Buffer,
  size = 64 * 1024,
  tally: RedactionTally = emptyTally(),
  rule = redact,
): Promise<string> {
  const bytes = Buffer.from(input)
  const chunks: Buffer[] = []
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size))
  return collect(Readable.from(chunks).pipe(redactingStream(rule, tally)))
}

/** The text with every JSON string token emptied: what is left is structure. */
function structure(text: string): string {
  return text.replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
}

describe('strings', () => {
  test('a secret in a value is redacted, and nothing else changes', async () => {
    const input = `{"a": "use ${token} now", "n": 1.5e3, "ok": true, "none": null}\n`
    expect(await through(input)).toBe(
      `{"a": "use ${R} now", "n": 1.5e3, "ok": true, "none": null}\n`,
    )
  })

  test('a string without a secret keeps its bytes, escapes and all', async () => {
    const input = '{"a":"caf\\u00e9 \\/ \\"quoted\\" \\t","b":"\u00e9\ud83d\ude00"}\n'
    expect(await through(input)).toBe(input)
  })

  test('only invisible characters (ANSI colours, joiners, BOM) are kept, not removed', async () => {
    const input =
      '{"out":"\\u001b[31mred\\u001b[0m","emoji":"\ud83d\udc69\u200d\ud83d\udcbb","bom":"\ufeffx"}\n'
    expect(await through(input)).toBe(input)
  })

  test('a secret written with escapes is decoded and redacted', async () => {
    const escaped = [...token].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    expect(await through(`["${escaped.join('')}"]`)).toBe(`["${R}"]`)
  })

  test('a lone surrogate in a redacted string stays escaped', async () => {
    expect(await through(`["\\ud800 ${token}"]`)).toBe(`["\\ud800 ${R}"]`)
  })

  test('a secret split by an invisible character is redacted, the string rewritten', async () => {
    const split = `${token.slice(0, 10)}\\u200b${token.slice(10)}`
    expect(await through(`{"a":"x ${split} y"}`)).toBe(`{"a":"x ${R} y"}`)
  })

  test('a key that holds a secret is redacted, and counted as a key', async () => {
    const tally = emptyTally()
    const input = `{"https://deploy:pw123456@example.com/": {"https://example.com/": 1}}`
    expect(await through(input, undefined, tally)).toBe(
      `{"https://${R}@example.com/": {"https://example.com/": 1}}`,
    )
    expect(tally).toMatchObject({ strings: 1, keys: 1, textLines: 0 })
  })

  test.each([
    ['password', 'hunter2', true],
    ['DB_PASSWORD', 'two words', true],
    ['GITHUB_TOKEN', 'abc', true],
    ['apiKey', 'abc', true],
    ['client_secret', 'abc', true],
    ['token_type', 'bearer', false],
    ['apiKeySource', 'ANTHROPIC_API_KEY', false],
    ['description', 'the password', false],
    ['password', '', false],
  ])('the value of key %j (%j) is redacted whole: %s', async (key, value, redacted) => {
    const input = JSON.stringify({ [key]: value, input_tokens: 5 }, null, 2)
    const expected = JSON.stringify({ [key]: redacted ? R : value, input_tokens: 5 }, null, 2)
    expect(await through(input)).toBe(expected)
  })

  test('a secret name redacts only its own value, not the next key nor an array', async () => {
    const input = '{"password": {"user": "ann"}, "token": ["a", "b"], "secret": 7}'
    expect(await through(input)).toBe(input)
  })

  test("the user's rules apply to every string, keys included", async () => {
    const rule = createRedactor([(text) => text.replaceAll('ACME-7', R)])
    expect(await through('{"ACME-7": "ACME-7 and ACME-8"}', undefined, undefined, rule)).toBe(
      `{"${R}": "${R} and ACME-8"}`,
    )
  })
})

describe('lines', () => {
  test('line breaks, CRLF, blank lines and a missing final newline are kept', async () => {
    const input = `{"a":"${token}"}\r\n\n  \n{"b":2}`
    expect(await through(input)).toBe(`{"a":"${R}"}\r\n\n  \n{"b":2}`)
  })

  test('a line cut short is redacted whole as text; the next line is JSON again', async () => {
    const tally = emptyTally()
    const input = `{"a":"fine"}\n{"type":"user","content":"key ${token} and\n{"b":"${token}"}\n`
    expect(await through(input, undefined, tally)).toBe(
      `{"a":"fine"}\n{"type":"user","content":"key ${R} and\n{"b":"${R}"}\n`,
    )
    expect(tally).toMatchObject({ lines: 3, textLines: 1, textLinesChanged: 1, strings: 1 })
  })

  test('words outside strings make a line text: password: hunter2 is found', async () => {
    const input = '{"note": "ok", password: hunter2 }\n'
    expect(await through(input)).toBe(`{"note": "ok", password: ${R} }\n`)
  })

  test('a line that is not JSON and holds no secret is kept byte for byte', async () => {
    const input = Buffer.concat([
      Buffer.from('\ufeff{"a": 1}\nnot json at all \xff\n'),
      Buffer.from([0xc3, 0x28, 0x0a]),
    ])
    const bytes: Buffer[] = []
    for await (const chunk of Readable.from([input]).pipe(redactingStream(redact)))
      bytes.push(chunk)
    expect(Buffer.concat(bytes).equals(input)).toBe(true)
  })

  test('a bad escape or a raw control character makes the line text', async () => {
    const tally = emptyTally()
    await through(`{"a":"\\x41 ${token}"}\n{"b":"tab\there"}\n`, undefined, tally)
    expect(tally).toMatchObject({ textLines: 2, textLinesChanged: 1 })
  })

  test('chunks of any size give the same bytes, a multibyte character split included', async () => {
    const input = `{"é":"${token} ü 😀","n":[1,2,{"k":"v"}]}\n{"b":"x"}\n`.repeat(3)
    const whole = await through(input)
    for (const size of [1, 2, 3, 7, 64]) expect(await through(input, size)).toBe(whole)
  })

  test('a line is written out before the next one is read', async () => {
    const stream = redactingStream(redact)
    const first = new Promise<string>((resolve) =>
      stream.once('data', (chunk) => resolve(String(chunk))),
    )
    stream.write(`{"a":"${token}"}\n{"b":`)
    expect(await first).toBe(`{"a":"${R}"}\n`)
    stream.end('1}\n')
  })
})

describe('a string of 70 MB', () => {
  test(
    'is redacted in full, a secret at its start, middle and end',
    { timeout: 120_000 },
    async () => {
      const filler = 'lorem ipsum dolor sit amet '.repeat(1_300_000)
      const value = `${token} ${filler} ${token} ${filler} ${token}`
      const input = `{"type":"user","message":{"content":${JSON.stringify(value)}}}\n{"n":1}\n`
      expect(input.length).toBeGreaterThan(70_000_000)
      const out = await through(input, 1024 * 1024)
      expect(out === input.replaceAll(token, R)).toBe(true)
    },
  )
})

describe('any JSON', () => {
  const secrets = fc.constantFrom(token, `AKIA${'Q7ZX'.repeat(4)}`, 'password=hunter2')
  const withSecrets = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.string(),
      fc.tuple(fc.string(), secrets, fc.string()).map(([a, s, b]) => `${a} ${s} ${b}`),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
    ),
  })).value

  test('stays valid with the same structure, and loses every secret', async () => {
    await fc.assert(
      fc.asyncProperty(withSecrets, fc.constantFrom(0, 2), async (value, indent) => {
        const input = `${JSON.stringify(value, null, indent)}\n`
        const out = await through(input, 5)
        expect(() => JSON.parse(out)).not.toThrow()
        expect(structure(out)).toBe(structure(input))
        expect(out).not.toContain(token)
        expect(out).not.toContain('hunter2')
      }),
      { numRuns: 300 },
    )
  })

  test('comes out byte for byte when nothing is redacted', async () => {
    const keep = (text: string) => text
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.constantFrom(0, 2), async (value, indent) => {
        const input = `${JSON.stringify(value, null, indent)}\n`
        expect(await through(input, 3, undefined, keep)).toBe(input)
      }),
      { numRuns: 300 },
    )
  })
})
