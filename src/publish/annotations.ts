import * as core from '@actions/core'
import type { FileWarning } from '../render/warnings.js'

export { fileWarnings, type FileWarning } from '../render/warnings.js'

/** GitHub shows about ten warnings per step; the rest are summed up in one closing warning. */
export const MAX_ANNOTATIONS = 10

/** Emits at most MAX_ANNOTATIONS warnings, then one that counts the rest. */
export function annotate(warnings: readonly FileWarning[]): void {
  const shown =
    warnings.length > MAX_ANNOTATIONS ? warnings.slice(0, MAX_ANNOTATIONS - 1) : warnings
  for (const warning of shown) {
    core.warning(warning.message, {
      title: warning.title,
      file: warning.file,
      ...(warning.line !== undefined && { startLine: warning.line }),
      ...(warning.column !== undefined && { startColumn: warning.column }),
    })
  }
  const rest = warnings.length - shown.length
  if (rest > 0) {
    core.warning(
      `${rest} more session logs were unreadable or partly invalid; the step summary lists every one.`,
      {
        title: 'More session log warnings',
      },
    )
  }
}
