/**
 * The user's own secret patterns (`redact-patterns`), in RE2 syntax. A module of its own, loaded
 * only when the input is set: the RE2 engine is a quarter of a megabyte that most runs never need.
 */
import { RE2JS } from 're2js'
import { Input } from './inputs.js'
import { REDACTED, type Redactor } from './redact.js'

/**
 * Compiles one of the user's `redact-patterns`. RE2 syntax: matching takes time linear in the
 * text, whatever the pattern, so a pattern cannot hang the step on a crafted log.
 * Throws an Error that says what is wrong with the pattern.
 */
export function compileUserPattern(source: string): RE2JS {
  let pattern: RE2JS
  try {
    pattern = RE2JS.compile(source)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(
      `${JSON.stringify(source)} is not a valid RE2 regular expression (${reason}); RE2 has no lookaround and no backreferences`,
    )
  }
  if (pattern.test(''))
    throw new Error(
      `${JSON.stringify(source)} matches the empty string, so it would redact nothing`,
    )
  return pattern
}

/**
 * Compiles every pattern of the input into a redaction rule. Throws one Error that names the
 * input, its value and each pattern that is wrong, as for any invalid input.
 */
export function compileRedactPatterns(sources: readonly string[]): Redactor[] {
  const problems: string[] = []
  const rules = sources.map((source, index): Redactor => {
    try {
      const pattern = compileUserPattern(source)
      return (text) =>
        pattern.test(text) ? pattern.matcher(text).replaceAll(() => REDACTED) : text
    } catch (error) {
      problems.push(`pattern ${index + 1} ${(error as Error).message}`)
      return (text) => text
    }
  })
  if (problems.length > 0)
    throw new Error(
      `Invalid input: input '${Input.redactPatterns}' is ${JSON.stringify(sources.join('\n'))}: ${problems.join('; ')}`,
    )
  return rules
}
