/**
 * The user's own secret patterns (`redact-patterns`), in RE2 syntax. A module of its own, loaded
 * only when the input is set: the RE2 engine is a quarter of a megabyte that most runs never need.
 */
import { RE2JS } from 're2js'
import { Input } from './inputs.js'
import { quoted } from './log-text.js'
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
      `${quoted(source)} is not a valid RE2 regular expression (${reason}); RE2 has no lookaround and no backreferences`,
    )
  }
  if (matchesEmptyText(source))
    throw new Error(
      `${quoted(source)} can match empty text, so it would insert ${REDACTED} where nothing is secret; a pattern must match at least one character`,
    )
  return pattern
}

/**
 * The characters on either side of a position, as an empty match there sees them. A match of
 * empty text reads no character, only RE2's empty-width assertions (`^` `$` `\A` `\z` `\b` `\B`,
 * and `^` `$` of `(?m)`), which ask whether the position is at the start or end of the text, after
 * or before a line break, and after or before an ASCII word character. These four cases on each
 * side give every answer those questions can have.
 */
const SIDES = ['', '\n', 'a', ' ']

/**
 * Whether a valid pattern can match empty text at some position of some text: it is tried,
 * enclosed so that it must match exactly nothing, between each pair of sides.
 */
function matchesEmptyText(source: string): boolean {
  // A `\Q` left open quotes the rest of the pattern, and would quote what encloses it too.
  const closed = isValid(`${source}\\E`) ? `${source}\\E` : source
  return SIDES.some((before) =>
    SIDES.some((after) =>
      RE2JS.compile(`\\A${RE2JS.quote(before)}(?:${closed})${RE2JS.quote(after)}\\z`).matches(
        before + after,
      ),
    ),
  )
}

function isValid(source: string): boolean {
  try {
    RE2JS.compile(source)
    return true
  } catch {
    return false
  }
}

/** The redaction rule of a compiled pattern: each match replaced. */
export function userRule(pattern: RE2JS): Redactor {
  return (text) => (pattern.test(text) ? pattern.matcher(text).replaceAll(() => REDACTED) : text)
}

/**
 * Compiles every pattern of the input into a redaction rule. Throws one Error that names the
 * input, its value and each pattern that is wrong, as for any invalid input.
 */
export function compileRedactPatterns(sources: readonly string[]): Redactor[] {
  const problems: string[] = []
  const rules = sources.map((source, index): Redactor => {
    try {
      return userRule(compileUserPattern(source))
    } catch (error) {
      problems.push(`pattern ${index + 1} ${(error as Error).message}`)
      return (text) => text
    }
  })
  if (problems.length > 0)
    throw new Error(
      `Invalid input: input '${Input.redactPatterns}' is ${quoted(sources.join('\n'))}: ${problems.join('; ')}`,
    )
  return rules
}
