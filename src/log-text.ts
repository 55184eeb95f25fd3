/**
 * Line breaks, controls and characters that show nothing (format characters such as bidirectional
 * overrides and zero-width spaces, and every other default-ignorable code point).
 */
const UNSEEN = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Zl}\p{Zp}]/gu

/**
 * A value from outside the action (an input, a path, a pattern) as it may be written to the log:
 * in double quotes, with quotes, backslashes, line breaks, controls and characters that show
 * nothing escaped as JavaScript escapes them (`\n`, `\u202e`). The value can then neither start a
 * line of its own, which the runner would take for a workflow command (`::error::`), nor hide or
 * reorder the text around it.
 */
export function quoted(value: string): string {
  return unseenEscaped(JSON.stringify(value))
}

/**
 * Text for one line of a terminal or a log: line breaks, controls (an escape sequence's ESC) and
 * characters that show nothing escaped as JavaScript escapes them, the rest as it is.
 */
export function unseenEscaped(value: string): string {
  // One escape per UTF-16 unit, as JSON writes a character outside the first plane.
  const escape = (unit: string) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`
  return value.replace(UNSEEN, (char) => char.split('').map(escape).join(''))
}
