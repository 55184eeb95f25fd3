#!/usr/bin/env node
/** The `claude-session-report` command: see main.ts. */
import { main } from './main.js'

const [major] = process.versions.node.split('.').map(Number)
if (major === undefined || major < 24) {
  process.stderr.write(
    `claude-session-report needs Node.js 24 or later; this is ${process.version}.\n`,
  )
  process.exitCode = 1
} else {
  process.exitCode = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    // Only a command that waits to be stopped (serve) takes Ctrl-C over; the others die of it.
    get signal() {
      const stop = new AbortController()
      process.once('SIGINT', () => stop.abort())
      process.once('SIGTERM', () => stop.abort())
      return stop.signal
    },
    // Only a command that reads standard input opens it.
    get stdin() {
      return process.stdin
    },
    stdout: process.stdout,
    env: process.env,
  })
}
