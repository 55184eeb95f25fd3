import path from 'node:path'

/** The fixture sets: each folder is a workspace with session logs under .claude/session_logs/. */
export const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures')

/** The report-file input the committed outputs are rendered with (it shows in the footer). */
export const REPORT_FILE = 'session-report.json'
