/**
 * An independent count of the tokens in Claude Code transcripts, written apart from the action's
 * reader on purpose: every line through a plain `JSON.parse`, nothing stepped over. It counts two
 * ways: each API response once by `message.id` (the action's rule), and each (`message.id`,
 * `requestId`) pair once, as ccusage does (what ccusage should print).
 * Used by scripts/check-transcripts.ts and the benchmark.
 */
import { spawn } from 'node:child_process'
import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from './run-action.ts'

/** Token totals, in the four kinds both the action and ccusage report. */
export interface Tokens {
  input: number
  output: number
  cacheCreation: number
  cacheRead: number
}

export const TOKEN_KINDS = ['input', 'output', 'cacheCreation', 'cacheRead'] as const

export function noTokens(): Tokens {
  return { input: 0, output: 0, cacheCreation: 0, cacheRead: 0 }
}

function add(total: Tokens, more: Tokens): void {
  for (const kind of TOKEN_KINDS) total[kind] += more[kind]
}

export function sameTokens(a: Tokens, b: Tokens): boolean {
  return TOKEN_KINDS.every((kind) => a[kind] === b[kind])
}

/** One assistant line with usage, as written. */
export interface UsageLine {
  /** The file, relative to the projects folder, with forward slashes. */
  readonly file: string
  readonly line: number
  /** ccusage's session: the file's name, or the parent's for `<session>/subagents/…` files. */
  readonly unit: string
  readonly sessionId: string
  readonly messageId: string
  readonly requestId: string | null
  readonly sidechain: boolean
  readonly model: string
  readonly tokens: Tokens
  readonly cacheWrite1h: number
  readonly webSearches: number
  readonly fast: boolean
  readonly inferenceGeo: string | null
}

/** ccusage's session for a file: `<project>/<session>.jsonl`, or `<project>/<session>/subagents/…`. */
export function unitOf(file: string): string {
  const parts = file.split('/')
  if (parts.length > 2 && parts[2] === 'subagents') return parts[1]!
  return path.basename(file, '.jsonl')
}

const count = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0

/** Every assistant line with a `message.id` and `usage` in one file; other lines are passed over. */
export function usageLines(projects: string, file: string): UsageLine[] {
  const lines: UsageLine[] = []
  const text = readFileSync(path.join(projects, file), 'utf8')
  let number = 0
  for (const raw of text.split('\n')) {
    number++
    if (raw.trim() === '') continue
    let entry: Record<string, unknown>
    try {
      entry = JSON.parse(raw)
    } catch {
      continue
    }
    if (entry === null || typeof entry !== 'object' || entry.type !== 'assistant') continue
    const message = entry.message as Record<string, unknown> | undefined
    const usage = message?.usage as Record<string, unknown> | undefined
    if (!message || !usage || typeof message.id !== 'string') continue
    const creation = usage.cache_creation as Record<string, unknown> | undefined
    const server = usage.server_tool_use as Record<string, unknown> | undefined
    lines.push({
      file,
      line: number,
      unit: unitOf(file),
      sessionId: typeof entry.sessionId === 'string' ? entry.sessionId : unitOf(file),
      messageId: message.id,
      requestId:
        typeof entry.requestId === 'string' && entry.requestId !== '' ? entry.requestId : null,
      sidechain: entry.isSidechain === true,
      model: typeof message.model === 'string' ? message.model : '',
      tokens: {
        input: count(usage.input_tokens),
        output: count(usage.output_tokens),
        cacheCreation: count(usage.cache_creation_input_tokens),
        cacheRead: count(usage.cache_read_input_tokens),
      },
      cacheWrite1h: count(creation?.ephemeral_1h_input_tokens),
      webSearches: count(server?.web_search_requests),
      fast: usage.speed === 'fast',
      inferenceGeo: typeof usage.inference_geo === 'string' ? usage.inference_geo : null,
    })
  }
  return lines
}

const total = (tokens: Tokens): number =>
  tokens.input + tokens.output + tokens.cacheCreation + tokens.cacheRead

/**
 * Each `message.id` once across all files: a non-sidechain line over a sidechain copy, then the
 * larger token total, then the first seen.
 */
export function eachResponseOnce(lines: readonly UsageLine[]): UsageLine[] {
  const kept = new Map<string, UsageLine>()
  for (const line of lines) {
    const best = kept.get(line.messageId)
    if (
      !best ||
      (best.sidechain && !line.sidechain) ||
      (best.sidechain === line.sidechain && total(line.tokens) > total(best.tokens))
    )
      kept.set(line.messageId, line)
  }
  return [...kept.values()]
}

/**
 * ccusage's rule: each (`message.id`, `requestId`) pair once, a missing `requestId` taken as
 * empty, keeping the pair's larger token total (the streaming lines of one response differ in
 * their output tokens). A copy under another `requestId`, or none, counts again.
 */
export function eachPairOnce(lines: readonly UsageLine[]): UsageLine[] {
  const kept = new Map<string, UsageLine>()
  for (const line of lines) {
    const key = `${line.messageId}\n${line.requestId ?? ''}`
    const best = kept.get(key)
    if (!best || total(line.tokens) > total(best.tokens)) kept.set(key, line)
  }
  return [...kept.values()]
}

/** Token totals by a key of each line. */
export function totalsBy(
  lines: readonly UsageLine[],
  key: (line: UsageLine) => string,
): Map<string, Tokens> {
  const totals = new Map<string, Tokens>()
  for (const line of lines) {
    const name = key(line)
    const entry = totals.get(name) ?? noTokens()
    add(entry, line.tokens)
    totals.set(name, entry)
  }
  return totals
}

export function sumTokens(all: Iterable<Tokens>): Tokens {
  const sum = noTokens()
  for (const tokens of all) add(sum, tokens)
  return sum
}

/** One session as ccusage 20 prints it with `session --json`. */
export interface CcusageSession {
  readonly period: string
  readonly inputTokens: number
  readonly outputTokens: number
  readonly cacheCreationTokens: number
  readonly cacheReadTokens: number
  readonly totalCost: number
}

/**
 * ccusage's native binary, from its Linux package (the `ccusage` wrapper package also lists
 * builds for other systems, which not every registry mirror carries). The package ships it
 * without the executable bit, which the wrapper would set; this sets it once.
 */
export const CCUSAGE = path.join(
  ROOT,
  'node_modules',
  '@ccusage',
  'ccusage-linux-x64',
  'bin',
  'ccusage',
)
if (existsSync(CCUSAGE) && (statSync(CCUSAGE).mode & 0o111) === 0) chmodSync(CCUSAGE, 0o755)

/**
 * Runs `ccusage session --json --offline` over `configDir/projects/` (its CLAUDE_CONFIG_DIR
 * layout; it does not follow linked files, so the files are copies there) and returns its
 * sessions by name.
 */
export async function runCcusage(configDir: string): Promise<Map<string, CcusageSession>> {
  const child = spawn(CCUSAGE, ['session', '--json', '--offline'], {
    env: { ...process.env, CLAUDE_CONFIG_DIR: configDir, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  if (code !== 0) throw new Error(`ccusage exited with ${code}: ${stderr}`)
  const parsed = JSON.parse(stdout) as { session: CcusageSession[] }
  return new Map(parsed.session.map((session) => [session.period, session]))
}

export function ccusageTokens(session: CcusageSession | undefined): Tokens {
  if (!session) return noTokens()
  return {
    input: session.inputTokens,
    output: session.outputTokens,
    cacheCreation: session.cacheCreationTokens,
    cacheRead: session.cacheReadTokens,
  }
}
