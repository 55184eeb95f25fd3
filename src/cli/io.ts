import { Readable, Writable } from 'node:stream'
import type { Io } from './command.js'

/** What a command that works with streams is given: its own, so that tests can give theirs. */
export interface CommandIo {
  readonly stdin: Readable & { readonly isTTY?: boolean }
  readonly stdout: Writable
  readonly stderr: Writable
  readonly env: Readonly<Record<string, string | undefined>>
  /** The folder relative paths are read from. */
  readonly cwd: string
}

/**
 * The streams of the command line's `Io`: its own when it has them, otherwise streams made of its
 * `out` and `err` (as a test of the dispatcher gives), no input, and no environment.
 */
export function streamsOf(io: Io): CommandIo {
  const writing = (write: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        write(String(chunk))
        done()
      },
    })
  return {
    stdin: io.stdin ?? Readable.from([]),
    stdout: io.stdout ?? writing(io.out),
    stderr: writing(io.err),
    env: io.env ?? {},
    cwd: io.cwd,
  }
}
