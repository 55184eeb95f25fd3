import { createRedactor, type Redactor } from '../redact.js'

/**
 * The redactor of the action (its built-in credential patterns), with the user's own patterns
 * (`--redact-pattern`, RE2 syntax, as the action's `redact-patterns`) after them. Throws an Error naming
 * the first pattern that is wrong and why. The RE2 engine is loaded only when there are patterns.
 */
export async function commandRedactor(patterns: readonly string[]): Promise<Redactor> {
  if (patterns.length === 0) return createRedactor()
  const { compileUserPattern, userRule } = await import('../user-patterns.js')
  return createRedactor(
    patterns.map((pattern) => {
      try {
        return userRule(compileUserPattern(pattern))
      } catch (error) {
        throw new Error(`--redact-pattern: ${(error as Error).message}`)
      }
    }),
  )
}
