import { describe, expect, test } from 'vitest'
import { parseInputs, type InputName } from '../src/inputs.ts'
import { createRedactor, REDACTED } from '../src/redact.ts'
import { compileRedactPatterns } from '../src/user-patterns.ts'

const read = (patterns: string) => (name: InputName) => (name === 'redact-patterns' ? patterns : '')
const compile = (value: string) => () =>
  compileRedactPatterns(parseInputs(read(value)).redactPatterns)

describe('a redact-patterns entry that can match empty text', () => {
  test.each([
    ['a word boundary', '\\b'],
    ['no word boundary', '\\B'],
    ['the start of the text', '^'],
    ['the end of the text', '$'],
    ['the start of a line', '(?m)^'],
    ['the end of a line', '(?m)$'],
    ['the end of a line, flags set inside a group', '(?m:$)'],
    ['a starred character', 'x*'],
    ['an empty group', '(?:)'],
    ['an empty alternative', 'token-[0-9]+|'],
    ['an optional group', '(?:secret)?'],
    ['a repeat from zero', '[a-z]{0,4}'],
    ['a boundary beside a secret', 'secret-[0-9]+|\\b'],
    ['boundaries only', '\\b\\B|^$'],
    ['an open quote of nothing', '(?:x)?\\Q'],
  ])('is refused at start-up: %s (%s)', (_, pattern) => {
    const value = `ok-[0-9]+\n${pattern}`
    expect(compile(value)).toThrow(
      `Invalid input: input 'redact-patterns' is ${JSON.stringify(value)}: pattern 2 ${JSON.stringify(pattern)} can match empty text, so it would insert ${REDACTED} where nothing is secret`,
    )
  })

  test.each([
    ['a secret between word boundaries', '\\bsecret-[0-9]+\\b'],
    ['a whole line', '(?m)^api-key: .+$'],
    ['a plus', 'x+'],
    ['a repeat from one', '[0-9]{1,4}'],
    ['an open quote', 'ACME\\Q(x'],
    ['a closed quote', '\\Q*\\E+'],
  ])('is not what a pattern that reads a character is: %s (%s)', (_, pattern) => {
    const redact = createRedactor(compile(pattern)())
    expect(redact('plain words, no secret at all')).toBe('plain words, no secret at all')
  })

  test('an open quote still matches its text', () => {
    const redact = createRedactor(compile('ACME\\Q(x')())
    expect(redact('id ACME(x.')).toBe(`id ${REDACTED}.`)
  })
})
