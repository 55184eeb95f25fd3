/**
 * A real PostgreSQL server for the tests, from Debian's `postgresql` package (which `.ci/run`
 * installs): a fresh cluster in a temporary folder, listening on a free loopback port and on a
 * socket in that folder, stopped and removed by `stop()`. A test that needs it fails when it cannot
 * be started: it never skips.
 *
 * Connections over the socket are trusted; over TCP the server asks for the password, so that a
 * wrong one is refused as a real server refuses it.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { freePort } from './prometheus.js'

/** The superuser's password over TCP. */
export const PASSWORD = 'pw-\'quote"-%-s3cret'

export interface Postgres {
  readonly port: number
  /** The folder of the server's socket. */
  readonly socketDir: string
  /** A connection URL to a database over TCP, with the password. */
  readonly url: (database: string) => string
  /** Creates an empty database and returns its URL. */
  readonly createDatabase: (name: string) => Promise<string>
  /** Runs SQL in a database (over the socket) and returns the rows. */
  readonly query: <Row extends object = Record<string, unknown>>(
    database: string,
    sql: string,
    values?: unknown[],
  ) => Promise<Row[]>
  /** Stops the server (fast shutdown) and removes its folder; safe to call twice. */
  readonly stop: () => Promise<void>
}

/** The folder of `initdb` and `pg_ctl`: `pg_config --bindir`, or the newest Debian cluster's. */
export function postgresBinaries(): string {
  const config = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' })
  const fromConfig = config.status === 0 ? config.stdout.trim() : ''
  if (fromConfig !== '' && existsSync(path.join(fromConfig, 'initdb'))) return fromConfig
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(path.join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : []
  if (versions.length === 0)
    throw new Error(
      "PostgreSQL's initdb and pg_ctl were not found (pg_config --bindir, /usr/lib/postgresql/*/bin): install the Debian package 'postgresql' (.ci/run does).",
    )
  return path.join(root, versions[0]!, 'bin')
}

/** Root may not run the server: it runs as the `postgres` user the Debian package creates. */
const asRoot = process.getuid?.() === 0

function runTool(bin: string, tool: string, args: readonly string[]): SpawnSyncReturns<string> {
  const command = path.join(bin, tool)
  const [file, argv] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, [...args]]
  return spawnSync(file, argv, { encoding: 'utf8', timeout: 120_000 })
}

function failed(run: SpawnSyncReturns<string>, what: string, log = ''): Error {
  const output = `${run.error?.message ?? ''}${run.stdout ?? ''}${run.stderr ?? ''}${log}`.trim()
  return new Error(`PostgreSQL: ${what} failed (status ${run.status}): ${output}`)
}

/** Creates a cluster and starts it; throws, saying why, when it cannot. */
export async function startPostgres(): Promise<Postgres> {
  const bin = postgresBinaries()
  const dir = await mkdtemp(path.join(tmpdir(), 'pg-test-'))
  const data = path.join(dir, 'data')
  const socketDir = path.join(dir, 'socket')
  const log = path.join(dir, 'server.log')
  const passwordFile = path.join(dir, 'password')
  await mkdir(socketDir)
  await writeFile(passwordFile, `${PASSWORD}\n`)
  if (asRoot) {
    const user = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' })
    const group = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' })
    if (user.status !== 0)
      throw new Error(
        "PostgreSQL: there is no 'postgres' user to run the server as root: install the Debian package 'postgresql' (.ci/run does).",
      )
    for (const target of [dir, socketDir, passwordFile])
      await chown(target, Number(user.stdout), Number(group.stdout))
  }
  const init = runTool(bin, 'initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    `--pwfile=${passwordFile}`,
    '--encoding=UTF8',
    '--no-locale',
    '--no-sync',
  ])
  if (init.status !== 0) {
    await rm(dir, { recursive: true, force: true })
    throw failed(init, 'initdb')
  }

  let stopped = false
  const stopServer = () => {
    if (stopped) return
    stopped = true
    runTool(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
  }
  // A worker that exits without running afterAll (a crash, a timeout) still stops its server.
  process.once('exit', stopServer)

  for (let attempt = 0; ; attempt++) {
    const port = await freePort()
    const options = `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off`
    const start = runTool(bin, 'pg_ctl', ['-D', data, '-l', log, '-o', options, '-w', 'start'])
    if (start.status === 0) return server(port)
    const serverLog = await readFile(log, 'utf8').catch(() => '')
    // Another process may have taken the port in the meantime: try another.
    if (attempt < 3 && /could not bind|already in use/i.test(serverLog)) continue
    stopServer()
    await rm(dir, { recursive: true, force: true })
    throw failed(start, 'pg_ctl start', `\n${serverLog}`)
  }

  function server(port: number): Postgres {
    const connect = async (database: string) => {
      const client = new pg.Client({ host: socketDir, port, user: 'postgres', database })
      await client.connect()
      return client
    }
    const query = async <Row extends object>(
      database: string,
      sql: string,
      values: unknown[] = [],
    ) => {
      const client = await connect(database)
      try {
        return (await client.query<Row>(sql, values)).rows
      } finally {
        await client.end()
      }
    }
    const url = (database: string) =>
      `postgres://postgres:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${encodeURIComponent(database)}`
    return {
      port,
      socketDir,
      url,
      query,
      createDatabase: async (name) => {
        if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`)
        await query('postgres', `CREATE DATABASE ${name}`)
        return url(name)
      },
      stop: async () => {
        stopServer()
        process.removeListener('exit', stopServer)
        await rm(dir, { recursive: true, force: true })
      },
    }
  }
}
