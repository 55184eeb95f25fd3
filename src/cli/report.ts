/**
 * `claude-session-report report [FOLDER]`: the action's report of a local folder, on stdout, as
 * the markdown of the step summary or as the JSON report.
 */
import { DEFAULTS } from '../inputs.js'
import { jsonText } from '../json-text.js'
import { quoted } from '../log-text.js'
import { renderReport } from '../render/report.js'
import { toJsonReport } from '../report-json.js'
import { EXIT_OK, parseCommandArgs, UsageError, type Command } from './command.js'
import { LOG_OPTIONS, LOG_OPTIONS_HELP, readFolderLogs } from './logs.js'

const OPTIONS = {
  ...LOG_OPTIONS,
  json: { type: 'boolean' },
  title: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

const TITLE_MAX = 200

export const reportCommand: Command = {
  name: 'report',
  summary: 'print the report of the session logs in a folder (markdown, or JSON)',
  help: `Usage: claude-session-report report [FOLDER] [options]

Prints the report the action would publish for the session logs in FOLDER: the markdown of the
step summary, or the JSON report with --json. Secrets are redacted as the action redacts them.
Counts and warnings go to stderr.

${LOG_OPTIONS_HELP}

Output:
  --json                   print the JSON report (docs/report-json.md) instead of markdown
  --title TEXT             the report's heading (default: ${DEFAULTS.title})
  -h, --help               show this help

Examples:
  claude-session-report report                 the logs of the repository you are in
  claude-session-report report ~/.claude/projects
  claude-session-report report ~/.claude/projects --path '**/*.jsonl' --json > report.json
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS)
    if (values.help) {
      io.out(this.help)
      return EXIT_OK
    }
    const title = values.title ?? DEFAULTS.title
    if (title.trim() === '' || title.length > TITLE_MAX)
      throw new UsageError(
        `--title is ${quoted(title)}: expected 1 to ${TITLE_MAX} characters, not all spaces`,
      )
    const { analysis, patterns } = await readFolderLogs(values, positionals, io)
    io.out(
      values.json
        ? `${jsonText(toJsonReport(analysis, { title, commit: null, patterns }), 2)}\n`
        : renderReport(analysis, { title, patterns }),
    )
    return EXIT_OK
  },
}
