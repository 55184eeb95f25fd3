/**
 * A value from outside the action (an input, a path, a pattern) as it may be written to the log:
 * in double quotes, with quotes, backslashes, line breaks, control characters and invisible
 * formatting characters escaped as JSON escapes them. A value can then neither start a line of
 * its own, which the runner could take for a workflow command (`::error::`), nor hide or reorder
 * the text around it.
 */
export function quoted(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
