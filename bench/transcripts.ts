/**
 * A deterministic generator of Claude Code transcripts shaped like real ones, for the benchmark
 * against ccusage: one JSON object per line under `.claude/projects/<project>/`, each API response
 * written as several lines sharing its `message.id` (older versions with a partial
 * `output_tokens` on the earlier lines), tool results whose text is repeated in `toolUseResult`,
 * a few very large ones, subagents in `<session>/subagents/agent-<id>.jsonl` with their
 * `.meta.json` (or flat `agent-<id>.jsonl` beside the session, as 2.0 wrote them), resumed
 * sessions that copy earlier responses again without `requestId`, and several models.
 * The same seed and size always give the same bytes; the tokens of each session (each response
 * once) are recorded while writing, as the truth to check the action against.
 */
import { once } from 'node:events'
import { createWriteStream, type WriteStream } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { seededRandom } from './corpus.ts'

/** Tokens in the four kinds the action and ccusage both report. */
export interface SessionTokens {
  input: number
  output: number
  cacheCreation: number
  cacheRead: number
  /** API responses, each `message.id` once. */
  responses: number
}

export interface TranscriptCorpus {
  /** The workspace; its `.claude` folder is ccusage's CLAUDE_CONFIG_DIR. */
  readonly workspace: string
  readonly configDir: string
  /** Session id → its tokens, subagents included, each response once. */
  readonly sessions: Readonly<Record<string, SessionTokens>>
  readonly files: number
  readonly bytes: number
}

export interface TranscriptCorpusOptions {
  readonly sessions: number
  /** Total size, spread over the sessions (each session's share varies with the seed). */
  readonly bytes: number
  readonly seed?: number
}

/** Raised whenever a change to this file changes the bytes it writes. */
const GENERATOR_VERSION = 3

const MODELS = ['claude-opus-4-6', 'claude-sonnet-4-5-20250929', 'claude-opus-4-5-20251101']
const SUBAGENT_MODEL = 'claude-haiku-4-5-20251001'
const TOOLS = ['Read', 'Read', 'Read', 'Bash', 'Bash', 'Edit', 'Grep', 'Glob', 'TodoWrite', 'Task']
const WORDS = (
  'the a to of and in is for that with on as be this it by not are from or at function return ' +
  'const let if else await async import export type interface string number value error file path ' +
  'test build run config report session tool result call user message summary read write line'
).split(' ')

/** Writes lines to a file, counting bytes, waiting when the stream asks. */
class LineWriter {
  bytes = 0
  private readonly out: WriteStream
  constructor(file: string) {
    this.out = createWriteStream(file)
  }
  async line(value: unknown): Promise<void> {
    const text = `${JSON.stringify(value)}\n`
    this.bytes += Buffer.byteLength(text)
    if (!this.out.write(text)) await once(this.out, 'drain')
  }
  async close(): Promise<void> {
    this.out.end()
    await once(this.out, 'finish')
  }
}

/**
 * Makes (or reuses, when the same options made it before) a workspace of transcripts under
 * `.claude/projects/`.
 */
export async function makeTranscriptCorpus(
  root: string,
  options: TranscriptCorpusOptions,
): Promise<TranscriptCorpus> {
  const seed = options.seed ?? 1
  // The generator's version is in the name: a corpus made by an older one is not reused.
  const workspace = path.join(
    root,
    `transcripts-v${GENERATOR_VERSION}-${options.sessions}x${options.bytes}-s${seed}`,
  )
  const marker = path.join(workspace, '.complete.json')
  const done = await readFile(marker, 'utf8').catch(() => '')
  if (done !== '') {
    const made = JSON.parse(done) as { options: TranscriptCorpusOptions } & TranscriptCorpus
    if (JSON.stringify(made.options) === JSON.stringify(options))
      return { ...made, workspace, configDir: path.join(workspace, '.claude') }
  }
  await rm(workspace, { recursive: true, force: true })
  const random = seededRandom(seed)
  const hex = (length: number): string =>
    Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('')
  const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`
  const id = (prefix: string): string => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    return `${prefix}_01${Array.from({ length: 22 }, () => letters[Math.floor(random() * letters.length)]).join('')}`
  }
  const words = (count: number): string =>
    Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ')
  // A pool of file-like text to cut tool output from: generating each afresh would dominate.
  const pool = Array.from(
    { length: 4000 },
    (_, n) =>
      `${String(n + 1).padStart(6)}\u2192  const ${words(6)} = "${words(3)}\\n" // ✓ ${words(4)}`,
  ).join('\n')
  const text = (chars: number): string => {
    let out = ''
    while (out.length < chars) {
      const start = Math.floor(random() * (pool.length - 1000))
      out += pool.slice(start, start + Math.min(chars - out.length, pool.length - start))
    }
    return out
  }
  /** Most results are small; one in 300 is 1 to 4 MB (a large file read or build log). */
  const resultLength = (): number =>
    random() < 1 / 300
      ? 1_000_000 + Math.floor(random() * 3_000_000)
      : Math.floor(Math.exp(4 + random() * 6.5))

  const projects = path.join(workspace, '.claude', 'projects')
  const sessions: Record<string, SessionTokens> = {}
  let files = 0
  let bytes = 0
  const startMs = Date.parse('2026-06-01T08:00:00Z')

  for (let s = 0; s < options.sessions; s++) {
    const project = `-home-dev-work-service-${s % 5}`
    const sessionId = uuid()
    const version = random() < 0.3 ? '1.0.98' : '2.1.40'
    // Older versions wrote a partial `output_tokens` on the earlier lines of a response.
    const partialStreaming = version.startsWith('1.')
    const flatAgents = version.startsWith('1.') || random() < 0.2
    const models = random() < 0.3 ? [MODELS[s % 3]!, MODELS[(s + 1) % 3]!] : [MODELS[s % 3]!]
    const folder = path.join(projects, project)
    await mkdir(folder, { recursive: true })
    const main = new LineWriter(path.join(folder, `${sessionId}.jsonl`))
    const tally: SessionTokens = {
      input: 0,
      output: 0,
      cacheCreation: 0,
      cacheRead: 0,
      responses: 0,
    }
    sessions[sessionId] = tally
    let clock = startMs + s * 3_600_000
    let parent: string | null = null
    let context = 12_000
    const written: object[][] = []
    let agentBytes = 0

    const base = (sidechain: boolean, agentId?: string) => ({
      parentUuid: parent,
      isSidechain: sidechain,
      userType: 'external',
      cwd: `/home/dev/work/service-${s % 5}`,
      sessionId,
      version,
      gitBranch: 'main',
      ...(agentId && { agentId }),
    })
    const stamp = (): string =>
      new Date((clock += 1000 + Math.floor(random() * 20_000))).toISOString()

    /** One API response: its lines (thinking, text, tool uses), each repeating `usage`. */
    const respond = async (
      out: LineWriter,
      model: string,
      sidechain: boolean,
      tools: readonly string[],
      agentId?: string,
    ): Promise<{ lines: object[]; toolIds: string[] }> => {
      const messageId = id('msg')
      const requestId = id('req')
      const fresh = Math.floor(random() * 40)
      const write = random() < 0.4 ? Math.floor(random() * 30_000) : 0
      const hour = random() < 0.5
      const read = context
      context += write + fresh
      const output = 20 + Math.floor(random() * 2000)
      tally.input += fresh
      tally.output += output
      tally.cacheCreation += write
      tally.cacheRead += read
      tally.responses++
      const blocks: object[] = [
        ...(random() < 0.5 ? [{ type: 'thinking', thinking: words(40), signature: hex(200) }] : []),
        { type: 'text', text: words(10 + Math.floor(random() * 60)) },
      ]
      const toolIds: string[] = []
      for (const name of tools) {
        const toolId = id('toolu')
        toolIds.push(toolId)
        blocks.push({
          type: 'tool_use',
          id: toolId,
          name,
          input:
            name === 'Task'
              ? { description: words(4), prompt: words(40), subagent_type: 'Explore' }
              : { file_path: `/home/dev/work/service-${s % 5}/src/${words(1)}.ts` },
        })
      }
      const lines: object[] = []
      for (const [index, block] of blocks.entries()) {
        const last = index === blocks.length - 1
        const uuidOfLine = uuid()
        const line = {
          ...base(sidechain, agentId),
          message: {
            model,
            id: messageId,
            type: 'message',
            role: 'assistant',
            content: [block],
            stop_reason: last ? (tools.length > 0 ? 'tool_use' : 'end_turn') : null,
            stop_sequence: null,
            usage: {
              input_tokens: fresh,
              cache_creation_input_tokens: write,
              cache_read_input_tokens: read,
              cache_creation: {
                ephemeral_5m_input_tokens: hour ? 0 : write,
                ephemeral_1h_input_tokens: hour ? write : 0,
              },
              output_tokens: partialStreaming && !last ? 1 + index : output,
              service_tier: 'standard',
            },
          },
          requestId,
          type: 'assistant',
          uuid: uuidOfLine,
          timestamp: stamp(),
        }
        parent = uuidOfLine
        await out.line(line)
        lines.push(line)
      }
      return { lines, toolIds }
    }

    /** A tool's result: its text in the message, and again in `toolUseResult`. */
    const result = async (
      out: LineWriter,
      name: string,
      toolId: string,
      sidechain: boolean,
      agentId?: string,
    ): Promise<void> => {
      const body = text(resultLength())
      const error = random() < 0.04
      const uuidOfLine = uuid()
      await out.line({
        ...base(sidechain, agentId),
        type: 'user',
        message: {
          role: 'user',
          content: [{ tool_use_id: toolId, type: 'tool_result', content: body, is_error: error }],
        },
        uuid: uuidOfLine,
        timestamp: stamp(),
        toolUseResult:
          name === 'Read'
            ? {
                type: 'text',
                file: {
                  filePath: '/home/dev/x.ts',
                  content: body,
                  numLines: 200,
                  startLine: 1,
                  totalLines: 200,
                },
              }
            : { stdout: body, stderr: '', interrupted: false, isImage: false },
      })
      parent = uuidOfLine
    }

    /** A subagent's own transcript, in the session's folder or beside it. */
    const subagent = async (): Promise<void> => {
      const agentId = flatAgents ? hex(8) : `a${hex(16)}`
      const file = flatAgents
        ? path.join(folder, `agent-${agentId}.jsonl`)
        : path.join(folder, sessionId, 'subagents', `agent-${agentId}.jsonl`)
      await mkdir(path.dirname(file), { recursive: true })
      if (!flatAgents)
        await writeFile(
          file.replace(/\.jsonl$/, '.meta.json'),
          JSON.stringify({ agentType: 'Explore', description: words(4) }),
        )
      const agent = new LineWriter(file)
      const saved = parent
      parent = null
      await agent.line({
        ...base(true, agentId),
        type: 'user',
        message: { role: 'user', content: words(30) },
        uuid: uuid(),
        timestamp: stamp(),
      })
      const turns = 2 + Math.floor(random() * 6)
      for (let t = 0; t < turns; t++) {
        const tools = t < turns - 1 ? ['Read'] : []
        const { toolIds } = await respond(agent, SUBAGENT_MODEL, true, tools, agentId)
        for (const toolId of toolIds) await result(agent, 'Read', toolId, true, agentId)
      }
      await agent.close()
      agentBytes += agent.bytes
      bytes += agent.bytes
      files++
      parent = saved
    }

    // Sessions differ in size, half to one and a half times what is left per session: a session
    // that ran over (a large tool result at its end) leaves less to the ones after it.
    const target = (Math.max(0, options.bytes - bytes) / (options.sessions - s)) * (0.5 + random())
    while (main.bytes + agentBytes < target) {
      if (random() < 0.25 || written.length === 0) {
        const uuidOfLine = uuid()
        await main.line({
          ...base(false),
          type: 'user',
          message: { role: 'user', content: words(12 + Math.floor(random() * 80)) },
          uuid: uuidOfLine,
          timestamp: stamp(),
        })
        parent = uuidOfLine
      }
      const model = models[Math.floor((written.length / 50) % models.length)]!
      const tools = random() < 0.8 ? [TOOLS[Math.floor(random() * TOOLS.length)]!] : []
      const { lines, toolIds } = await respond(main, model, false, tools)
      written.push(lines)
      for (const [index, toolId] of toolIds.entries()) {
        if (tools[index] === 'Task') await subagent()
        await result(main, tools[index]!, toolId, false)
      }
      if (random() < 0.3)
        await main.line({
          ...base(false),
          type: 'system',
          subtype: 'turn_duration',
          durationMs: 5_000 + Math.floor(random() * 90_000),
          uuid: uuid(),
          timestamp: stamp(),
        })
      // A resume: Claude Code writes earlier responses again, without `requestId`.
      if (random() < 0.004 && written.length > 10) {
        for (const lines of written.slice(-10))
          for (const line of lines) {
            const copy: Record<string, unknown> = { ...line }
            delete copy.requestId
            await main.line({ ...copy, timestamp: new Date(clock).toISOString() })
          }
      }
    }
    await main.close()
    bytes += main.bytes
    files++
  }
  const corpus: TranscriptCorpus = {
    workspace,
    configDir: path.join(workspace, '.claude'),
    sessions,
    files,
    bytes,
  }
  await writeFile(marker, JSON.stringify({ options, ...corpus }))
  return corpus
}
