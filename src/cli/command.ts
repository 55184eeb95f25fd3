/**
 * What every subcommand of `claude-session-report` is: a name, its help, and a `run` that parses
 * its own arguments and answers with an exit code. A new subcommand is a module exporting one of
 * these, listed in main.ts.
 */
import type { Readable, Writable } from 'node:stream'
import { parseArgs, type ParseArgsConfig } from 'node:util'

/** Where a command writes, and the folder it runs in. */
export interface Io {
  readonly cwd: string
  /** The command's result (the report, the JSON). */
  readonly out: (text: string) => void
  /** Progress, warnings and errors, as plain lines. */
  readonly err: (text: string) => void
  /** Aborted when the user asks the command to stop (Ctrl-C): a server then closes. */
  readonly signal?: AbortSignal
  /** Standard input, for the commands that read it (`redact`, `capture`). */
  readonly stdin?: Readable & { readonly isTTY?: boolean }
  /** The stream behind `out`, for a command that writes bytes as they come (`redact`). */
  readonly stdout?: Writable
  /** The environment (`capture` reads CLAUDE_CONFIG_DIR and HOME, and runs git with it). */
  readonly env?: Readonly<Record<string, string | undefined>>
}

export interface Command {
  readonly name: string
  /** One line for the list of commands. */
  readonly summary: string
  /** The whole of `--help`. */
  readonly help: string
  /** Throws a `UsageError` for arguments it cannot use; resolves to the exit code otherwise. */
  run(args: readonly string[], io: Io): Promise<number>
}

/** Exit codes: done, failed, called wrongly. */
export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_USAGE = 2

/** Arguments a command cannot use: reported with a pointer to `--help`, exit code 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * `node:util`'s `parseArgs`, strict, with positionals allowed, its errors turned into usage errors.
 */
export function parseCommandArgs<T extends Options>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}
