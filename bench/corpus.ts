/**
 * A deterministic generator of session-recorder logs shaped like real ones: pretty-printed with
 * two-space indentation, tool_call/tool_result pairs sharing a timestamp, results of varied length
 * cut at 10,000 characters like the plugin cuts them, user prompts, some assistant summaries.
 * The same seed and size always give the same bytes, so benchmark runs compare like with like.
 */
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { countOne, emptyPlainCount } from '../scripts/plain-count.ts'

/** A small seeded generator (mulberry32): fast, and the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const TOOLS = [
  ['Read', 30],
  ['Bash', 22],
  ['Edit', 14],
  ['Grep', 10],
  ['Glob', 6],
  ['Write', 5],
  ['TodoWrite', 5],
  ['Task', 3],
  ['WebFetch', 2],
  ['mcp__github__get_issue', 2],
  ['MultiEdit', 1],
] as const
const TOOL_WEIGHT = TOOLS.reduce((sum, [, weight]) => sum + weight, 0)

const WORDS = (
  'the a to of and in is for that with on as be this it by not are from or at function return ' +
  'const let if else await async import export type interface string number value error file path ' +
  'test build run config report session tool result call user message summary read write line ' +
  'count total parse JSON object array index length map set get true false null undefined'
).split(' ')
const LINE_SHAPES = [
  (w: string[]) => `  const ${w[0]} = ${w[1]}(${w[2]}, "${w[3]}")`,
  (w: string[]) => `export function ${w[0]}${w[1]}(${w[2]}: string): ${w[3]} {`,
  (w: string[]) => `    if (${w[0]} === null) return ${w[1]}`,
  (w: string[]) => `// ${w.join(' ')}`,
  (w: string[]) => `\t${w[0]}: '${w[1]} ${w[2]}',`,
  (w: string[]) => `${w.join(' ')}.`,
  (w: string[]) => `  "${w[0]}": "${w[1]}\\\\${w[2]}",`,
  (w: string[]) => `error: ${w[0]} ${w[1]} — ${w[2]} (${w[3]} ✓)`,
  (w: string[]) => `-rw-r--r-- 1 dev dev  4096 ${w[0]}.${w[1]}`,
  () => '',
]

function makeLines(
  random: () => number,
  chars: number,
  shape: (line: string, n: number) => string,
): string {
  const lines: string[] = []
  let length = 0
  for (let n = 1; length < chars; n++) {
    const words = Array.from(
      { length: 4 + Math.floor(random() * 6) },
      () => WORDS[Math.floor(random() * WORDS.length)]!,
    )
    const line = shape(LINE_SHAPES[Math.floor(random() * LINE_SHAPES.length)]!(words), n)
    lines.push(line)
    length += line.length + 1
  }
  return lines.join('\n')
}

/** Tool output of each sort, to cut results from: code, quotes, backslashes, tabs, non-ASCII. */
function makePools(random: () => number): Record<'numbered' | 'grep' | 'paths' | 'text', string> {
  const size = 60_000
  return {
    // Read (and Edit's snippet) number every line with an arrow, as Claude Code shows files.
    numbered: makeLines(random, size, (line, n) => `${String(n).padStart(6)}\u2192${line}`),
    grep: makeLines(random, size, (line, n) => `src/render/report.ts:${n}:${line}`),
    paths: makeLines(random, size, (line, n) => `/home/dev/project/src/${line.length % 7}/${n}.ts`),
    text: makeLines(random, size, (line) => line),
  }
}

/** The plugin keeps the first 10,000 characters of a result and notes the original size. */
const RESULT_LIMIT = 10_000

export interface LogOptions {
  readonly seed: number
  /** The day the log is for, YYYY-MM-DD. */
  readonly day: string
  /** Stop adding interactions once the file reaches this many bytes (roughly). */
  readonly bytes: number
  /**
   * `real`: every result `"null\n"`, as the plugin records them today (about 380 bytes an
   * interaction); `long` (the default): results up to 10,000 characters, as it will once its hook
   * reads the right field (about 2,000 bytes an interaction).
   */
  readonly shape?: LogShape
}

export type LogShape = 'real' | 'long'

/** What a generated log holds, counted as it is written: the truth to check a report against. */
export interface LogCounts {
  readonly byType: Record<string, number>
  readonly tools: Record<string, number>
}

/**
 * Writes one log, interaction by interaction, so that files larger than a string can hold are
 * written too. Returns what it wrote, counted.
 */
export async function writeLog(file: string, options: LogOptions): Promise<LogCounts> {
  const random = seededRandom(options.seed)
  const uuid = (): string => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('')
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`
  }
  // Pools of text to cut from: generating every result afresh would dominate the time.
  const pools = makePools(random)
  const slice = (pool: string, chars: number): string => {
    const start = Math.floor(random() * (pool.length - RESULT_LIMIT))
    return pool.slice(start, start + Math.min(chars, RESULT_LIMIT))
  }
  const cut = (chars: number): string => slice(pools.text, chars)
  const output = (tool: string, chars: number): string => {
    switch (tool) {
      case 'Read':
        return slice(pools.numbered, chars)
      case 'Edit':
      case 'MultiEdit':
      case 'Write':
        return `The file has been updated. Here's the result of running \`cat -n\` on a snippet of the edited file:\n${slice(pools.numbered, chars)}`
      case 'Grep':
        return slice(pools.grep, chars)
      case 'Glob':
        return slice(pools.paths, chars)
      case 'TodoWrite':
        return 'Todos have been modified successfully. Ensure that you continue to use the todo list to track your progress.'
      default:
        return cut(chars)
    }
  }
  const result = (tool: string): string => {
    if (random() < 0.15 || options.shape === 'real') return 'null\n'
    // Lengths spread evenly on a log scale from 50 to 35,000 characters, cut at the limit.
    const length = Math.floor(Math.exp(4 + random() * 6.5))
    const text = output(tool, length)
    if (length <= RESULT_LIMIT) return text
    return `${text.slice(0, RESULT_LIMIT)}... [truncated, original size: ${length} chars]`
  }
  const tool = (): string => {
    let pick = random() * TOOL_WEIGHT
    for (const [name, weight] of TOOLS) if ((pick -= weight) < 0) return name
    return 'Read'
  }
  const argumentsOf = (name: string): Record<string, unknown> => {
    const filePath = `/home/dev/project/src/${WORDS[Math.floor(random() * WORDS.length)]}.ts`
    switch (name) {
      case 'Bash':
        return { command: `npm run ${cut(20).split('\n')[0]}`, description: cut(40) }
      case 'Edit':
        // Real logs are mostly small reads and searches: shorter edits keep them near 380 bytes.
        return options.shape === 'real'
          ? { file_path: filePath, old_string: cut(80), new_string: cut(90) }
          : { file_path: filePath, old_string: cut(300), new_string: cut(320) }
      case 'Grep':
        return { pattern: 'function\\s+\\w+', path: filePath, output_mode: 'content', '-n': true }
      case 'TodoWrite':
        return {
          todos: Array.from({ length: 3 }, (_, i) => ({
            content: cut(60),
            status: i === 0 ? 'completed' : 'pending',
            activeForm: cut(40),
          })),
        }
      case 'Read':
        return random() < 0.3
          ? { file_path: filePath, offset: 120, limit: 80 }
          : { file_path: filePath }
      default:
        return { file_path: filePath, pattern: '**/*.ts' }
    }
  }

  // The session spans most of the day whatever the size: steps shrink as the file grows.
  const startMs = Date.parse(`${options.day}T07:00:00Z`)
  const endMs = startMs + 14 * 3_600_000
  const perInteraction = options.shape === 'real' ? 380 : 2_000
  const step = Math.min(
    90_000,
    (2 * (endMs - startMs)) / Math.max(1, options.bytes / perInteraction),
  )
  let clock = startMs
  const stamp = (ms = clock): string => new Date(ms).toISOString().replace('.000Z', 'Z')
  const finished = random() < 0.9
  const header = {
    session_id: uuid(),
    start_timestamp: stamp(),
    // Most days end with SessionEnd; a few are left unfinished, as the plugin leaves them.
    end_timestamp: finished ? stamp(endMs) : null,
    project_path: '/home/dev/project',
  }
  const out = createWriteStream(file)
  let written = 0
  const write = async (text: string): Promise<void> => {
    written += Buffer.byteLength(text)
    if (!out.write(text)) await once(out, 'drain')
  }
  await write(`${JSON.stringify(header, null, 2).slice(0, -2)},\n  "interactions": [`)
  let count = 0
  const counted = emptyPlainCount()
  const { byType, tools } = counted
  const add = async (item: Record<string, unknown>): Promise<void> => {
    countOne(counted, item)
    const text = asciiOnly(JSON.stringify(item, null, 2).replaceAll('\n', '\n    '))
    await write(`${count === 0 ? '' : ','}\n    ${text}`)
    count++
  }
  while (written < options.bytes) {
    clock = Math.min(clock + Math.floor((random() * step) / 1000) * 1000, endMs - 1_000)
    if (random() < 0.08 || count === 0) {
      await add({
        interaction_id: uuid(),
        timestamp: stamp(),
        type: 'user_message',
        content: `${cut(40 + Math.floor(random() * 400))}\n`,
        metadata: { hook: 'UserPromptSubmit' },
      })
    }
    const name = tool()
    const callId = uuid()
    await add({
      interaction_id: callId,
      timestamp: stamp(),
      type: 'tool_call',
      content: { tool: name, arguments: argumentsOf(name) },
      metadata: { hook: 'PostToolUse' },
    })
    await add({
      interaction_id: uuid(),
      timestamp: stamp(),
      type: 'tool_result',
      content: { tool: name, result: result(name), tool_call_id: callId },
      metadata: { hook: 'PostToolUse' },
    })
    if (random() < 0.02) {
      await add({
        interaction_id: uuid(),
        timestamp: stamp(),
        type: 'assistant_summary',
        content: { summary: cut(200), actions: [cut(50), cut(50)], tools_used: [name] },
        metadata: { source: 'self_report' },
      })
    }
  }
  await write(`\n  ]\n}\n`)
  out.end()
  await once(out, 'finish')
  return { byType, tools }
}

/** Python's `json.dump` (which the plugin's hooks use) writes every non-ASCII character as `\\uXXXX`. */
function asciiOnly(json: string): string {
  return json.replace(
    /[\u0080-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

export interface CorpusOptions {
  /** Number of daily files. */
  readonly files: number
  /** Total size, spread evenly over the files. */
  readonly bytes: number
  readonly seed?: number
  /** The shape of the logs (see `LogOptions`); `long` by default. */
  readonly shape?: LogShape
}

export interface Corpus {
  /** The folder to use as the workspace. */
  readonly workspace: string
  /** Each file's path in the workspace (as the report names it), with what it holds. */
  readonly files: Readonly<Record<string, LogCounts>>
  readonly bytes: number
}

/**
 * Makes (or reuses, when the same options made it before) a workspace holding
 * `.claude/session_logs/session_YYYY-MM-DD.json` files.
 */
export async function makeCorpus(root: string, options: CorpusOptions): Promise<Corpus> {
  const seed = options.seed ?? 1
  const shape = options.shape ?? 'long'
  const workspace = path.join(
    root,
    `${options.files}x${options.bytes}-s${seed}${shape === 'long' ? '' : `-${shape}`}`,
  )
  const marker = path.join(workspace, '.complete.json')
  const done = await readFile(marker, 'utf8').catch(() => '')
  if (done !== '') {
    const made = JSON.parse(done) as { options: CorpusOptions } & Corpus
    // The folder may have moved since (a renamed checkout): it is where the marker was found.
    if (JSON.stringify(made.options) === JSON.stringify(options)) return { ...made, workspace }
  }
  await rm(workspace, { recursive: true, force: true })
  const folder = path.join(workspace, '.claude', 'session_logs')
  await mkdir(folder, { recursive: true })
  const perFile = Math.ceil(options.bytes / options.files)
  const firstDay = Date.parse('2000-01-01T00:00:00Z')
  const files: Record<string, LogCounts> = {}
  for (let i = 0; i < options.files; i++) {
    // Daily files from 2000 on: 10,000 of them still have names of their own.
    const day = new Date(firstDay + i * 86_400_000).toISOString().slice(0, 10)
    const name = `session_${day}.json`
    const counts = await writeLog(path.join(folder, name), {
      seed: seed * 1_000_003 + i,
      day,
      bytes: perFile,
      shape,
    })
    files[`.claude/session_logs/${name}`] = counts
  }
  const corpus: Corpus = { workspace, files, bytes: await folderBytes(folder) }
  await writeFile(marker, JSON.stringify({ options, ...corpus }))
  return corpus
}

/** Bytes of the files in a folder. */
export async function folderBytes(folder: string): Promise<number> {
  let total = 0
  for (const name of await readdir(folder)) total += (await stat(path.join(folder, name))).size
  return total
}
