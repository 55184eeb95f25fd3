import type { Analysis } from '../analyse.js'

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
