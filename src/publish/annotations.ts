import * as core from '@actions/core'
import type { Analysis } from '../analyse.js'

/** GitHub shows about ten warnings per step; the rest are summed up in one closing warning. */
export const MAX_ANNOTATIONS = 10

/** One warning to attach to a file. */
export interface FileWarning {
  readonly file: string
  readonly title: string
  readonly message: string
  readonly line?: number
  readonly column?: number
}

/** The warnings the analysis calls for: one per unreadable file, one per file with problems. Pure. */
export function fileWarnings(analysis: Analysis): FileWarning[] {
  const unreadable = analysis.unreadable.map((file) => ({
    file: file.path,
    title: 'Session log not read',
    message: `${file.path} ${file.reason}`,
    ...(file.position && { line: file.position.line, column: file.position.column }),
  }))
  const withProblems = analysis.files
    .filter((file) => file.problems.length > 0)
    .map((file) => ({
      file: file.path,
      title: 'Session log partly invalid',
      message: `${file.path}: ${file.problems.join('; ')}`,
    }))
  return [...unreadable, ...withProblems]
}

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
