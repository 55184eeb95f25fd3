/**
 * Corpora built against the action's own aggregation and string handling, each beside an ordinary
 * corpus of the same shape and size: many distinct tools, tool names that redact alike, and one
 * string of 70 MiB in each place a log can hold one. Deterministic, like `corpus.ts`.
 */
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { folderBytes, type Corpus, type LogCounts } from './corpus.ts'

/** How the tool names of a tool corpus are chosen. */
export type ToolNames =
  /** The same names in every file, as real logs have (Read, Bash, …): the ordinary case. */
  | 'shared'
  /** A name of its own for every call: as many distinct tools as calls. */
  | 'distinct'
  /** As `shared`, but a tenth of each file's names are one tool with a different secret each: they redact alike. */
  | 'alike'

export interface ToolCorpusOptions {
  readonly files: number
  readonly toolsPerFile: number
  readonly names: ToolNames
}

/** Every name is this long, whatever the kind, so that the corpora have the same bytes. */
const NAME_DIGITS = 7

/** A tool name and the name the report shows for it. */
function toolName(
  names: ToolNames,
  file: number,
  index: number,
  perFile: number,
): [string, string] {
  const pad = (n: number) => String(n).padStart(NAME_DIGITS, '0')
  if (names === 'alike' && index % 10 === 0) {
    const name = `mcp__vault__token=${pad(file * perFile + index)}`
    return [name, 'mcp__vault__token=[REDACTED]']
  }
  const name = `mcp__vault__query_${pad(names === 'distinct' ? file * perFile + index : index)}`
  return [name, name]
}

/** `files` logs of `toolsPerFile` tool calls each, one call per name. */
export async function makeToolCorpus(root: string, options: ToolCorpusOptions): Promise<Corpus> {
  return cached(
    root,
    `tools-${options.files}x${options.toolsPerFile}-${options.names}`,
    options,
    async (folder) => {
      const files: Record<string, LogCounts> = {}
      for (let file = 0; file < options.files; file++) {
        const day = dayOf(file)
        const tools: Record<string, number> = {}
        const interactions: string[] = []
        for (let index = 0; index < options.toolsPerFile; index++) {
          const [name, shown] = toolName(options.names, file, index, options.toolsPerFile)
          tools[shown] = (tools[shown] ?? 0) + 1
          interactions.push(
            JSON.stringify({
              interaction_id: `${day}-${String(index).padStart(6, '0')}`,
              timestamp: `${day}T09:00:00Z`,
              type: 'tool_call',
              content: { tool: name, arguments: {} },
            }),
          )
        }
        const log = `{"session_id":"s-${day}","start_timestamp":"${day}T08:00:00Z","end_timestamp":"${day}T10:00:00Z","interactions":[\n${interactions.join(',\n')}\n]}\n`
        await writeFile(path.join(folder, `session_${day}.json`), log)
        files[logName(day)] = {
          byType: {
            user_message: 0,
            tool_call: options.toolsPerFile,
            tool_result: 0,
            assistant_summary: 0,
            other: 0,
          },
          tools,
        }
      }
      return files
    },
  )
}

/** Where a log holds its one long string. */
export const LONG_STRING_PLACES = {
  'tool result': (s: string) => interaction('tool_result', { tool: 'Bash', result: s }),
  'tool result as text': (s: string) => interaction('tool_result', s),
  'unknown field': (s: string) =>
    interaction('tool_call', { tool: 'Bash', arguments: { command: s } }),
  'tool name': (s: string) => interaction('tool_call', { tool: s, arguments: {} }),
  summary: (s: string) => interaction('assistant_summary', { summary: s }),
  prompt: (s: string) => interaction('user_message', s),
  'interaction id': (s: string) => ({
    ...interaction('tool_call', { tool: 'Read' }),
    interaction_id: s,
  }),
  'session id': null,
} as const satisfies Record<string, ((s: string) => Record<string, unknown>) | null>

export type LongStringPlace = keyof typeof LONG_STRING_PLACES

function interaction(type: string, content: unknown): Record<string, unknown> {
  return { interaction_id: 'i-1', timestamp: '2000-01-01T09:00:00Z', type, content }
}

/**
 * One log holding one string of `bytes` bytes at `place`, beside a few ordinary interactions. The
 * string is prose with escapes (quotes, backslashes, line breaks, `\uXXXX`), as a tool's output is,
 * and words the redaction patterns start on (`token`, `Bearer`, `eyJ`, `--`, `//`).
 */
export async function makeLongStringCorpus(
  root: string,
  options: { readonly bytes: number; readonly place: LongStringPlace },
): Promise<Corpus> {
  const slug = options.place.replaceAll(' ', '-')
  return cached(root, `long-${slug}-${options.bytes}`, options, async (folder) => {
    const day = dayOf(0)
    const file = path.join(folder, `session_${day}.json`)
    const marker = '\u0000LONG\u0000'
    const make = LONG_STRING_PLACES[options.place]
    const header = {
      session_id: make === null ? marker : 's-1',
      start_timestamp: `${day}T08:00:00Z`,
      end_timestamp: `${day}T10:00:00Z`,
      interactions: [
        interaction('user_message', 'Fix the build.'),
        ...(make === null ? [] : [make(marker)]),
        interaction('tool_call', { tool: 'Read', arguments: {} }),
      ],
    }
    const [before, after] = JSON.stringify(header, null, 2).split(JSON.stringify(marker)) as [
      string,
      string,
    ]
    const out = createWriteStream(file)
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, 'drain')
    }
    await write(`${before}"`)
    const piece =
      'the token count went up; Bearer auth in eyJ-style \\"headers\\" -- see //docs\\\\n ' +
      'caf\\u00e9 \\t npm run build --password-file x.txt && echo done\\n'
    const room = options.bytes - before.length - after.length - 2
    let written = 0
    for (; written + piece.length <= room; written += piece.length) await write(piece)
    // Spaces to the size asked: a cut piece could end inside an escape.
    await write(' '.repeat(Math.max(0, room - written)))
    await write(`"${after}\n`)
    out.end()
    await once(out, 'finish')
    // Only the files read are counted; a log refused for its size is checked apart.
    return {}
  })
}

function dayOf(index: number): string {
  return new Date(Date.parse('2000-01-01T00:00:00Z') + index * 86_400_000)
    .toISOString()
    .slice(0, 10)
}

function logName(day: string): string {
  return `.claude/session_logs/session_${day}.json`
}

/** Makes a corpus once, and reuses it while the options are the same. */
async function cached(
  root: string,
  name: string,
  options: object,
  make: (folder: string) => Promise<Record<string, LogCounts>>,
): Promise<Corpus> {
  const workspace = path.join(root, name)
  const marker = path.join(workspace, '.complete.json')
  const done = await readFile(marker, 'utf8').catch(() => '')
  if (done !== '') {
    const made = JSON.parse(done) as { options: object } & Corpus
    if (JSON.stringify(made.options) === JSON.stringify(options)) return { ...made, workspace }
  }
  await rm(workspace, { recursive: true, force: true })
  const folder = path.join(workspace, '.claude', 'session_logs')
  await mkdir(folder, { recursive: true })
  const files = await make(folder)
  const corpus: Corpus = { workspace, files, bytes: await folderBytes(folder) }
  await writeFile(marker, JSON.stringify({ options, ...corpus }))
  return corpus
}
