import type { LogFormat } from '../model.js'
import type { LineFacts } from './claude-code/line-facts.js'
import { TranscriptLineScanner } from './claude-code/line-scanner.js'

/** The `format` input: decide per file from its content, or read every file as one format. */
export const FORMAT_CHOICES = ['auto', 'session-recorder', 'claude-code'] as const
export type FormatChoice = (typeof FORMAT_CHOICES)[number]

/** Added to what is wrong with a file read in `auto`: the formats read, and how to choose one. */
export const KNOWN_FORMATS_HINT =
  'the formats read are session-recorder logs (a JSON object with "interactions"), Claude Code ' +
  'transcripts (JSON lines, each an object with a "type") and claude-code-action execution files ' +
  '(a JSON array of messages); the format input reads every file as one of them'

/** Bytes of a file's start looked at to tell its format. */
export const SNIFF_BYTES = 64 * 1024
/** Lines of a file's start looked at for a transcript line. */
const SNIFF_LINES = 32

/**
 * The format of a file from its first bytes, never from its name: an array is an execution file
 * of claude-code-action; JSON lines, most of the first ones with a top-level `type`, a Claude
 * Code transcript; anything else is read as a session-recorder log (which says what is wrong with it).
 */
export function detectFormat(head: Buffer): LogFormat {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0
  while (i < head.length && isSpace(head[i]!)) i++
  if (head[i] === 0x5b) return 'execution-file'
  return hasTranscriptLines(head.subarray(0, SNIFF_BYTES)) ? 'claude-code' : 'session-recorder'
}

/**
 * Whether the first lines are mostly transcript lines (JSON objects with a string `type`): a
 * pretty-printed log has some lines that look like one (an interaction alone on its line), but
 * more that are no JSON on their own. A first line longer than what is looked at counts when its
 * `type` came before the cut.
 */
function hasTranscriptLines(head: Buffer): boolean {
  let transcript = 0
  let other = 0
  const scanner = new TranscriptLineScanner({
    line(facts: LineFacts, isObject: boolean) {
      if (isObject && facts.type !== undefined) transcript++
      else other++
    },
    badLine() {
      other++
    },
  })
  let start = 0
  while (start < head.length && transcript + other < SNIFF_LINES) {
    const newline = head.indexOf(0x0a, start)
    if (newline === -1) {
      if (transcript + other > 0) break
      scanner.push(head.subarray(start))
      return scanner.typeSoFar() !== undefined
    }
    scanner.push(head.subarray(start, newline + 1))
    start = newline + 1
    // The usual case: the first line is a transcript line (a recorder log's never is).
    if (transcript === 1 && other === 0) return true
  }
  return transcript > other
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09
}
