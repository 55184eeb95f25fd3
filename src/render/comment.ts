import type { Analysis } from '../analyse.js'
import { renderReport, type ReportContext, type SizeLimit } from './report.js'

/**
 * GitHub refuses a comment body over 65,536 characters. UTF-16 code units never number fewer than
 * characters, so counting them is safe however the API counts.
 */
export const COMMENT_LIMIT: SizeLimit = {
  max: 65_536,
  measure: (markdown) => markdown.length,
}

/**
 * The hidden first line by which the comment is found again. The tag is restricted at input to
 * characters that cannot end an HTML comment, and log text never reaches this line.
 */
export function commentMarker(tag: string): string {
  return `<!-- claude-session-report:${tag} -->`
}

/** The comment body: the marker, then the report, the two together within GitHub's limit. Pure. */
export function renderComment(analysis: Analysis, context: ReportContext, marker: string): string {
  const limit = { ...COMMENT_LIMIT, max: COMMENT_LIMIT.max - marker.length - 1 }
  return `${marker}\n${renderReport(analysis, context, limit)}`
}
