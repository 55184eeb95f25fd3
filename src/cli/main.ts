/**
 * `claude-session-report COMMAND ...`: finds the command and runs it, turning a usage error into a
 * message and exit code 2, and any other error into a message and exit code 1.
 */
import { unseenEscaped } from '../log-text.js'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, type Command, type Io } from './command.js'
import { captureCommand } from './capture.js'
import { redactCommand } from './redact.js'
import { reportCommand } from './report.js'
import { serveCommand } from './serve.js'

export const PROGRAM = 'claude-session-report'

/** Every subcommand, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  reportCommand,
  serveCommand,
  redactCommand,
  captureCommand,
]

export function programHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length))
  const list = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`)
  return `Usage: ${PROGRAM} COMMAND [options]

Reports on Claude Code session logs on this machine, as the GitHub Action does in CI, and
gets them into a repository with their secrets redacted.

Commands:
${list.join('\n')}

Run '${PROGRAM} COMMAND --help' for a command's options.
`
}

/** Runs the command line given (without `node` and the script); resolves to the exit code. */
export async function main(args: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = args
  if (name === undefined) {
    io.err(programHelp())
    return EXIT_USAGE
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(programHelp())
    return EXIT_OK
  }
  const command = COMMANDS.find((candidate) => candidate.name === name)
  if (command === undefined) {
    io.err(
      `${PROGRAM}: unknown command '${unseenEscaped(name)}'\n` +
        `Run '${PROGRAM} --help' for the commands.\n`,
    )
    return EXIT_USAGE
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(
        `${PROGRAM} ${command.name}: ${unseenEscaped(error.message)}\n` +
          `Run '${PROGRAM} ${command.name} --help' for its usage.\n`,
      )
      return EXIT_USAGE
    }
    io.err(
      `${PROGRAM} ${command.name}: ${unseenEscaped(error instanceof Error ? error.message : String(error))}\n`,
    )
    return EXIT_FAILED
  }
}
