import type { Readable, Writable } from 'node:stream'

/** What a command of the package's command line works with: given, so that tests can give their own. */
export interface CommandIo {
  readonly stdin: Readable & { readonly isTTY?: boolean }
  readonly stdout: Writable
  readonly stderr: Writable
  readonly env: Readonly<Record<string, string | undefined>>
  /** The folder relative paths are read from. */
  readonly cwd: string
}

/** A command: its arguments (after its name) in, its exit code out. */
export type Command = (args: string[], io: CommandIo) => Promise<number>
