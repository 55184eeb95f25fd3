/**
 * `claude-session-report serve [FOLDER]`: the report page and the guide's read-only API for the
 * session logs of a folder, on loopback, until stopped. The logs are read once, at start; a
 * session's interactions are read again from its files when asked for.
 */
import { DEFAULTS } from '../inputs.js'
import { quoted, unseenEscaped } from '../log-text.js'
import { plural } from '../render/format.js'
import { loadAssets } from '../serve/assets.js'
import { chartData, renderPage } from '../serve/page.js'
import { isLoopback, startServer } from '../serve/server.js'
import { servedSessions } from '../serve/sessions.js'
import { EXIT_OK, parseCommandArgs, UsageError, type Command } from './command.js'
import { LOG_OPTIONS, LOG_OPTIONS_HELP, readFolderLogs } from './logs.js'

export const DEFAULT_PORT = 8080
export const DEFAULT_HOST = '127.0.0.1'

const OPTIONS = {
  ...LOG_OPTIONS,
  port: { type: 'string' },
  host: { type: 'string' },
  title: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the report page and a read-only JSON API of the session logs in a folder',
  help: `Usage: claude-session-report serve [FOLDER] [options]

Serves, until stopped with Ctrl-C, the report of the session logs in FOLDER as a page with charts
(GET /), and a read-only JSON API:

  GET /sessions                      the sessions: session_id, start, end, interactions, and
                                     tokens and cost_usd when the logs hold usage
  GET /sessions/<id>                 one session, with its entry of the JSON report
  GET /sessions/<id>/interactions    its interactions, one row each (the export's rows)

The logs are read once, at start (restart to see new ones), redacted as the action redacts them.
An unknown id or path gets 404, a method other than GET or HEAD 405, each with
{ "error": "..." }.

${LOG_OPTIONS_HELP}

Server:
  --port N                 the port (default: ${DEFAULT_PORT}; 0 for any free one)
  --host ADDRESS           the address to listen on (default: ${DEFAULT_HOST}, this machine only)
  --title TEXT             the page's heading (default: ${DEFAULTS.title})
  -h, --help               show this help
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS)
    if (values.help) {
      io.out(this.help)
      return EXIT_OK
    }
    const port = parsePort(values.port)
    const host = values.host ?? DEFAULT_HOST
    if (host === '') throw new UsageError('--host: expected an address, got nothing')
    const title = values.title ?? DEFAULTS.title
    const logs = await readFolderLogs(values, positionals, io)
    const sessions = servedSessions(logs.folder, logs.found, logs.outcomes, logs.analysis)
    const page = renderPage(logs.analysis, sessions.list, chartData(logs.analysis, logs.outcomes), {
      title,
      patterns: logs.patterns,
    })
    let server
    try {
      server = await startServer({
        host,
        port,
        data: { sessions, page, assets: loadAssets(), redact: logs.redact },
        onRowsSkipped: (file, reason) =>
          io.err(`warning: ${unseenEscaped(file)}: ${unseenEscaped(reason)}\n`),
        onError: (error) => io.err(`error: ${unseenEscaped(String(error))}\n`),
      })
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EADDRINUSE')
        throw new Error(`port ${port} of ${host} is in use; choose another with --port`)
      throw new Error(`could not listen on ${host}:${port}: ${code ?? String(error)}`)
    }
    if (!isLoopback(host))
      io.err(
        `warning: ${quoted(host)} is not a loopback address: anyone who can reach this machine ` +
          `on port ${server.port} can read these logs.\n`,
      )
    io.err(
      `Serving ${plural(sessions.list.length, 'session')} of ${unseenEscaped(logs.folder)} at ` +
        `${server.url}/ (read at start; Ctrl-C stops).\n`,
    )
    await stopped(io.signal)
    await server.close()
    return EXIT_OK
  },
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65_535)
    throw new UsageError(`--port is ${quoted(value)}: expected a port number from 0 to 65535`)
  return Number(value)
}

/** Resolves when the signal is aborted; never without one. */
function stopped(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal === undefined) return
    if (signal.aborted) resolve()
    else signal.addEventListener('abort', () => resolve(), { once: true })
  })
}
