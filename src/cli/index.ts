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
  const stop = new AbortController()
  process.once('SIGINT', () => stop.abort())
  process.once('SIGTERM', () => stop.abort())
  process.exitCode = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    signal: stop.signal,
  })
}
