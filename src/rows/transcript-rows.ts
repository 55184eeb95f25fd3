/**
 * The rows of a Claude Code transcript or of an execution file's messages, by the same rules as
 * their digest (`formats/claude-code/digest.ts`), so that a file's rows by kind are its digest's
 * counts: each API response once by `message.id` (its most complete line giving model and
 * tokens), each `tool_use` and `tool_result` once by id, and the prompts the user typed.
 */
import type { InteractionKind } from '../model.js'
import type { InteractionRow, RowTokens } from '../interactions.js'
import { isTypedPrompt, SYNTHETIC_MODEL, tokensOf } from '../formats/claude-code/digest.js'
import type { LineFacts } from '../formats/claude-code/line-facts.js'
import { parseInstant, UNKNOWN_TOOL } from '../formats/digest-builder.js'
import { exportTokens } from '../usage.js'
import { SOURCE_TEXT_MAX, type RowText } from './row-text.js'

/** What a row of one file holds before its text is redacted. */
interface Draft {
  kind: InteractionKind
  timestamp: string | null
  tool: string | null
  model: string | null
  tokens: RowTokens | null
  text: string | null
}

interface Response {
  readonly draft: Draft
  total: number
  sidechain: boolean
  /** Its text blocks, each once: the lines of a response and copies of it repeat them. */
  readonly texts: Set<string>
  textLength: number
}

/** The same for every row of a file. */
export interface FileIdentity {
  readonly sessionId: string
  readonly file: string
  readonly agentId: string | null
}

export class TranscriptRows {
  private readonly drafts: Draft[] = []
  private readonly responses = new Map<string, Response>()
  private readonly toolUseNames = new Map<string, string>()
  private readonly results = new Set<string>()

  /**
   * Adds one line (or message). `value` gives the line parsed, for its text: it is only called
   * for a prompt or a response with text, and may answer undefined when the text is not at hand.
   */
  line(facts: LineFacts, isObject: boolean, value: () => unknown): void {
    if (!isObject || facts.type === undefined) return
    if (facts.type === 'assistant') this.assistant(facts, value)
    else if (facts.type === 'user') this.user(facts, value)
  }

  /** The rows, in the order each was first seen, with their text redacted and cut. */
  rows(identity: FileIdentity, names: (name: string) => string, text: RowText): InteractionRow[] {
    return this.drafts.map((draft, index) => ({
      session_id: identity.sessionId,
      file: identity.file,
      index,
      timestamp: draft.timestamp,
      kind: draft.kind,
      tool: draft.tool === null ? null : names(draft.tool),
      model: draft.model === null ? null : names(draft.model),
      agent_id: identity.agentId,
      tokens: draft.tokens,
      text: text(draft.text),
    }))
  }

  private assistant(facts: LineFacts, value: () => unknown): void {
    const id = facts.messageId
    const timestamp = instant(facts.timestamp)
    let response: Response | undefined
    if (id !== undefined && facts.model !== SYNTHETIC_MODEL) {
      response = this.responses.get(id)
      const usage = facts.usage
      const total = usage ? usage.input + usage.output + usage.cacheCreation + usage.cacheRead : 0
      if (response === undefined) {
        const draft = this.add('assistant_summary', timestamp)
        draft.model = facts.model ?? ''
        draft.tokens = rowTokens(facts)
        response = { draft, total, sidechain: facts.isSidechain, texts: new Set(), textLength: 0 }
        this.responses.set(id, response)
      } else if (
        (response.sidechain && !facts.isSidechain) ||
        (response.sidechain === facts.isSidechain && total > response.total)
      ) {
        response.draft.model = facts.model ?? response.draft.model
        response.draft.tokens = rowTokens(facts)
        response.total = total
        response.sidechain = facts.isSidechain
      }
      if (facts.blocks.some((block) => block.type === 'text')) addTexts(response, value())
    }
    for (const block of facts.blocks) {
      if (block.type !== 'tool_use') continue
      if (block.id !== undefined) {
        if (this.toolUseNames.has(block.id)) continue
        this.toolUseNames.set(block.id, block.name || UNKNOWN_TOOL)
      }
      this.add('tool_call', timestamp).tool = block.name || UNKNOWN_TOOL
    }
  }

  private user(facts: LineFacts, value: () => unknown): void {
    let results = 0
    const timestamp = instant(facts.timestamp)
    for (const block of facts.blocks) {
      if (block.type !== 'tool_result') continue
      results++
      const id = block.toolUseId
      if (id !== undefined) {
        if (this.results.has(id)) continue
        this.results.add(id)
      }
      this.add('tool_result', timestamp).tool =
        id === undefined ? null : (this.toolUseNames.get(id) ?? null)
    }
    if (results > 0 || facts.isMeta || facts.isCompactSummary || facts.isSidechain) return
    if (isTypedPrompt(facts)) this.add('user_message', timestamp).text = promptText(value())
  }

  private add(kind: InteractionKind, timestamp: string | null): Draft {
    const draft: Draft = { kind, timestamp, tool: null, model: null, tokens: null, text: null }
    this.drafts.push(draft)
    return draft
  }
}

/** An instant as ISO 8601 UTC, or null when absent or not a valid one. */
export function instant(stamp: unknown): string | null {
  const ms = parseInstant(stamp)
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}

function rowTokens(facts: LineFacts): RowTokens | null {
  if (facts.usage === undefined) return null
  return exportTokens(tokensOf(facts.usage))
}

/** The text a user typed: a string content, or its text blocks. */
function promptText(line: unknown): string | null {
  const content = messageOf(line)?.content
  if (typeof content === 'string') return content
  const texts = textBlocks(content)
  return texts.length === 0 ? null : texts.join('\n')
}

/** Adds a response line's text blocks to what the response said, up to the text kept. */
function addTexts(response: Response, line: unknown): void {
  for (const text of textBlocks(messageOf(line)?.content)) {
    if (response.textLength >= SOURCE_TEXT_MAX || response.texts.has(text)) continue
    const kept = text.slice(0, SOURCE_TEXT_MAX - response.textLength)
    response.texts.add(kept)
    response.textLength += kept.length + 1
  }
  response.draft.text = [...response.texts].join('\n')
}

function messageOf(line: unknown): Record<string, unknown> | undefined {
  const message = record(line)?.message
  return record(message)
}

function textBlocks(content: unknown): string[] {
  if (!Array.isArray(content)) return []
  const texts: string[] = []
  for (const block of content) {
    const fields = record(block)
    if (fields?.type === 'text' && typeof fields.text === 'string' && fields.text !== '')
      texts.push(fields.text)
  }
  return texts
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}
