/**
 * A stand-in for `@actions/core` that records what the action publishes, so that `run()` can be
 * run in-process on a workspace. Use it with
 *
 *   vi.mock('@actions/core', () => import('./fake-core.ts'))
 *
 * and call `runInProcess`.
 */
import { readFile } from 'node:fs/promises'

export interface Published {
  summary: string
  warnings: { message: string; properties: Record<string, unknown> }[]
  infos: string[]
  outputs: Record<string, string>
  failed: string | undefined
  /** The JSON report, when `report-file` was set. */
  report: Record<string, unknown> | undefined
}

let inputs: Record<string, string> = {}
let published: Published = fresh()

function fresh(): Published {
  return { summary: '', warnings: [], infos: [], outputs: {}, failed: undefined, report: undefined }
}

export function getInput(name: string): string {
  return inputs[name] ?? ''
}
export function warning(message: string | Error, properties: Record<string, unknown> = {}): void {
  published.warnings.push({ message: String(message), properties })
}
export function info(message: string): void {
  published.infos.push(message)
}
export function debug(): void {}
export function setOutput(name: string, value: unknown): void {
  published.outputs[name] = String(value)
}
export function setFailed(message: string | Error): void {
  published.failed = String(message)
}
export const summary = {
  addRaw(text: string) {
    published.summary += text
    return summary
  },
  async write() {
    return summary
  },
}

/** Runs the action's `run()` on `workspace` with the given inputs and returns what it published. */
export async function runInProcess(
  workspace: string,
  given: Record<string, string> = {},
): Promise<Published> {
  inputs = { 'report-file': 'out/report.json', ...given }
  published = fresh()
  const saved = { ...process.env }
  Object.assign(process.env, {
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/invoice-service',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_RUN_ID: '4242',
  })
  try {
    const { run } = await import('../src/main.ts')
    await run()
  } finally {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
    Object.assign(process.env, saved)
  }
  // Read where the action says it wrote the report, never where the input alone points.
  if (published.outputs['report-file']) {
    const text = await readFile(published.outputs['report-file'], 'utf8').catch(() => undefined)
    if (text !== undefined) published.report = JSON.parse(text) as Record<string, unknown>
  }
  return published
}
