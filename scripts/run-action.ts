/**
 * Runs the bundled action (`dist/index.js`) as a process with the environment a GitHub runner
 * gives it, and collects what it wrote: the step summary, the outputs, stdout and stderr.
 * Used by the local run, the end-to-end tests and the benchmark.
 */
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const ACTION = path.join(ROOT, 'dist', 'index.js')

export interface RunOptions {
  /** The folder the action sees as GITHUB_WORKSPACE. */
  readonly workspace: string
  /** Inputs by their action.yml name (`path`, `report-file`, …). */
  readonly inputs?: Readonly<Record<string, string>>
  /** Extra or overriding environment variables. */
  readonly env?: Readonly<Record<string, string>>
  /** Where the summary and output files go; a new temporary folder when absent. */
  readonly outDir?: string
  /**
   * The repository and commit the run's files link to; null for none, as outside GitHub.
   * Absent: the tests' own, `acme/invoice-service`, which their committed reports link to.
   */
  readonly repository?: { serverUrl: string; repository: string; sha: string } | null
}

const TEST_REPOSITORY = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/invoice-service',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_RUN_ID: '4242',
}

export interface ActionRun {
  readonly exitCode: number | null
  readonly stdout: string
  readonly stderr: string
  /** What the action appended to GITHUB_STEP_SUMMARY. */
  readonly summary: string
  readonly outputs: Readonly<Record<string, string>>
  readonly summaryFile: string
}

/** The environment of a run on GitHub, without any of the caller's own INPUT_ or GITHUB_ variables. */
export function runnerEnv(
  options: RunOptions,
  files: { summary: string; output: string; temp: string },
) {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(INPUT_|GITHUB_|RUNNER_)/.test(name)) env[name] = value
  }
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_API_URL: 'https://api.github.com',
    RUNNER_TEMP: files.temp,
  })
  const { repository } = options
  if (repository === undefined) Object.assign(env, TEST_REPOSITORY)
  else if (repository !== null) {
    // A run of the action on this machine: no run on GitHub to link to.
    Object.assign(env, {
      GITHUB_SERVER_URL: repository.serverUrl,
      GITHUB_REPOSITORY: repository.repository,
      GITHUB_SHA: repository.sha,
    })
  }
  for (const [name, value] of Object.entries(options.inputs ?? {}))
    env[`INPUT_${name.toUpperCase()}`] = value
  Object.assign(env, options.env ?? {})
  return env
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = options.outDir ?? (await mkdtemp(path.join(tmpdir(), 'action-run-')))
  await mkdir(dir, { recursive: true })
  const files = {
    summary: path.join(dir, 'step-summary.md'),
    output: path.join(dir, 'outputs.txt'),
    temp: path.join(dir, 'runner-temp'),
  }
  await mkdir(files.temp, { recursive: true })
  await writeFile(files.summary, '')
  await writeFile(files.output, '')
  const child = spawn(process.execPath, [ACTION], {
    cwd: options.workspace,
    env: runnerEnv(options, files),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  return {
    exitCode,
    stdout,
    stderr,
    summary: await readFile(files.summary, 'utf8'),
    outputs: parseOutputFile(await readFile(files.output, 'utf8')),
    summaryFile: files.summary,
  }
}

/** Reads the `name<<delimiter … delimiter` blocks that `core.setOutput` writes. */
export function parseOutputFile(content: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = content.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!)
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!)
    outputs[name!] = value.join('\n')
  }
  return outputs
}
