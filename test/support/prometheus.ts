/**
 * The real Prometheus tools, from the Debian packages `prometheus` (promtool) and
 * `prometheus-pushgateway`, which `.ci/run` installs. A test that needs one fails when it is
 * missing: it never skips.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

export interface ToolRun {
  readonly status: number | null
  /** stdout and stderr together, as promtool splits its findings between them. */
  readonly output: string
}

/** Runs `promtool` with the arguments, `stdin` as its input. */
export function promtool(args: readonly string[], stdin = ''): ToolRun {
  const run = spawnSync('promtool', args, { input: stdin, encoding: 'utf8' })
  if (run.error !== undefined)
    throw new Error(
      `promtool could not be run (${run.error.message}): install the Debian package 'prometheus' (.ci/run does).`,
    )
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

/** A port free on the loopback interface just now. */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

export interface Pushgateway {
  readonly url: string
  readonly stop: () => Promise<void>
}

/** Starts a Pushgateway on a free loopback port, keeping its metrics in memory only. */
export async function startPushgateway(): Promise<Pushgateway> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort()
    const child = spawn(
      'prometheus-pushgateway',
      [`--web.listen-address=127.0.0.1:${port}`, '--persistence.file=', '--log.level=warn'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    )
    const url = `http://127.0.0.1:${port}`
    if (await ready(child, url)) return { url, stop: () => stop(child) }
    await stop(child)
  }
  throw new Error('The Pushgateway did not start on a loopback port in five tries.')
}

async function ready(child: ChildProcess, url: string): Promise<boolean> {
  let spawnError: Error | null = null
  let exited = false
  child.on('error', (error) => (spawnError = error))
  child.on('exit', () => (exited = true))
  for (let wait = 0; wait < 100; wait++) {
    if (spawnError !== null)
      throw new Error(
        `prometheus-pushgateway could not be run (${(spawnError as Error).message}): install the Debian package 'prometheus-pushgateway' (.ci/run does).`,
      )
    if (exited) return false
    const answer = await fetch(`${url}/-/ready`).catch(() => null)
    if (answer?.ok) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}
