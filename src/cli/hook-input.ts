/**
 * The JSON a Claude Code hook gives on standard input, read within bounds: Claude Code does not
 * always close standard input, and a hook that waits for its end waits until it is killed.
 */
import type { Readable } from 'node:stream'
import { z } from 'zod'

/** The fields of a hook's input that a capture uses (SessionEnd, Stop and others share them). */
export interface HookInput {
  readonly sessionId: string
  readonly transcriptPath: string
  readonly cwd: string
  readonly hookEventName: string | null
}

/** A session id as Claude Code writes it (a UUID), or anything as plain: it names files. */
const SESSION_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/

const HOOK_INPUT = z.object({
  session_id: z.string().regex(SESSION_ID, 'expected letters, digits, - and _ only'),
  transcript_path: z.string().min(1),
  cwd: z.string().min(1),
  hook_event_name: z.string().optional(),
})

/** Bounds on reading the input: hooks' inputs are a few hundred bytes. */
export interface ReadBounds {
  readonly maxBytes: number
  readonly timeoutMs: number
}

export const HOOK_INPUT_BOUNDS: ReadBounds = { maxBytes: 1024 * 1024, timeoutMs: 3000 }

/**
 * Reads a hook's input: stops as soon as what was read is one whole JSON object, at the end of
 * the input, after `maxBytes`, or after `timeoutMs`, whichever comes first; then stops reading
 * the stream. Resolves to the input, or to why there is none. Never rejects.
 */
export function readHookInput(
  stdin: Readable,
  bounds: ReadBounds = HOOK_INPUT_BOUNDS,
): Promise<HookInput | { readonly problem: string }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let length = 0
    let settled = false
    const finish = (result: HookInput | { readonly problem: string }) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      stdin.off('data', onData).off('end', onEnd).off('error', onError)
      // Nothing more is read, and an input left open keeps no process alive.
      stdin.destroy()
      resolve(result)
    }
    const text = () => Buffer.concat(chunks, length).toString('utf8')
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      chunks.push(bytes)
      length += bytes.length
      if (length > bounds.maxBytes)
        return finish({ problem: `the hook input is longer than ${bounds.maxBytes} bytes` })
      // Most inputs arrive whole in one chunk, and end with their closing brace.
      if (text().trimEnd().endsWith('}')) {
        const parsed = parseHookInput(text())
        if (!('problem' in parsed) || !parsed.problem.startsWith(NOT_JSON)) finish(parsed)
      }
    }
    const onEnd = () => finish(parseHookInput(text()))
    const onError = (error: Error) =>
      finish({ problem: `standard input could not be read: ${error.message}` })
    const timer = setTimeout(
      () =>
        finish(
          length === 0
            ? { problem: `no hook input arrived on standard input within ${bounds.timeoutMs} ms` }
            : parseHookInput(text()),
        ),
      bounds.timeoutMs,
    )
    stdin.on('data', onData).on('end', onEnd).on('error', onError)
  })
}

const NOT_JSON = 'the hook input is not JSON'

/** A hook's input from its text, or why it is not one. Pure. */
export function parseHookInput(text: string): HookInput | { readonly problem: string } {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return {
      problem: text.trim() === '' ? 'the hook input is empty' : `${NOT_JSON} (or is cut short)`,
    }
  }
  const parsed = HOOK_INPUT.safeParse(json)
  if (!parsed.success)
    return {
      problem: `the hook input is not what a Claude Code hook gives: ${parsed.error.issues
        .map((issue) => `${issue.path.join('.') || 'the input'}: ${issue.message}`)
        .join('; ')}`,
    }
  return {
    sessionId: parsed.data.session_id,
    transcriptPath: parsed.data.transcript_path,
    cwd: parsed.data.cwd,
    hookEventName: parsed.data.hook_event_name ?? null,
  }
}
