/**
 * What the digest needs from one transcript line: a handful of small fields. Both the streaming
 * scanner and the `JSON.parse` reference fill this shape, so the digest rules exist once.
 */

/** One content block of a message, reduced to the fields the report uses. */
export interface BlockFacts {
  /** `type`: `text`, `tool_use`, `tool_result`, … (empty when absent). */
  type: string
  /** `id` of a `tool_use`. */
  id: string | undefined
  /** `name` of a `tool_use`. */
  name: string | undefined
  /** `tool_use_id` of a `tool_result`. */
  toolUseId: string | undefined
  /** `is_error` of a `tool_result`. */
  isError: boolean
  /** The first few characters of a `text` block, enough to tell command output from a prompt. */
  textStart: string | undefined
}

/** `message.usage` of an assistant line, in tokens. */
export interface UsageFacts {
  input: number
  output: number
  /** `cache_creation_input_tokens`: all cache writes. */
  cacheCreation: number
  /** `cache_creation.ephemeral_5m_input_tokens` and `…_1h_…`, when the split is given. */
  cache5m: number | undefined
  cache1h: number | undefined
  cacheRead: number
  /** `server_tool_use.web_search_requests`. */
  webSearches: number
  /** `speed` (`"fast"` for fast mode) and `inference_geo`. */
  speed: string | undefined
  geo: string | undefined
}

/** One line of a transcript; a field is undefined when the line does not have it as expected. */
export interface LineFacts {
  /** The top-level `type`; a line without a string `type` is not a transcript line. */
  type: string | undefined
  timestamp: string | undefined
  sessionId: string | undefined
  agentId: string | undefined
  version: string | undefined
  gitBranch: string | undefined
  cwd: string | undefined
  /** `subtype` and `durationMs` of a `system` line. */
  subtype: string | undefined
  durationMs: number | undefined
  isSidechain: boolean
  isMeta: boolean
  isCompactSummary: boolean
  isApiErrorMessage: boolean
  /** `message.id` and `message.model`. */
  messageId: string | undefined
  model: string | undefined
  /** What `message.content` is: a string, an array of blocks, or absent/other. */
  content: 'string' | 'array' | 'none'
  /** The first few characters of a string `message.content`. */
  contentStart: string | undefined
  blocks: BlockFacts[]
  usage: UsageFacts | undefined
}

/** Characters of a prompt's start kept to tell a typed prompt from command output. */
export const TEXT_START_CHARS = 32

/**
 * Empties a line's facts for the next line, in place: a scanner reads tens of thousands of lines,
 * and its sink copies what it keeps. A fresh `blocks` array, when the line had blocks.
 */
export function clearLineFacts(facts: LineFacts): void {
  facts.type = undefined
  facts.timestamp = undefined
  facts.sessionId = undefined
  facts.agentId = undefined
  facts.version = undefined
  facts.gitBranch = undefined
  facts.cwd = undefined
  facts.subtype = undefined
  facts.durationMs = undefined
  facts.isSidechain = false
  facts.isMeta = false
  facts.isCompactSummary = false
  facts.isApiErrorMessage = false
  facts.messageId = undefined
  facts.model = undefined
  facts.content = 'none'
  facts.contentStart = undefined
  if (facts.blocks.length > 0) facts.blocks = []
  facts.usage = undefined
}

export function clearBlockFacts(block: BlockFacts): void {
  block.type = ''
  block.id = undefined
  block.name = undefined
  block.toolUseId = undefined
  block.isError = false
  block.textStart = undefined
}

export function clearUsageFacts(usage: UsageFacts): void {
  usage.input = 0
  usage.output = 0
  usage.cacheCreation = 0
  usage.cache5m = undefined
  usage.cache1h = undefined
  usage.cacheRead = 0
  usage.webSearches = 0
  usage.speed = undefined
  usage.geo = undefined
}

export function emptyLineFacts(): LineFacts {
  return {
    type: undefined,
    timestamp: undefined,
    sessionId: undefined,
    agentId: undefined,
    version: undefined,
    gitBranch: undefined,
    cwd: undefined,
    subtype: undefined,
    durationMs: undefined,
    isSidechain: false,
    isMeta: false,
    isCompactSummary: false,
    isApiErrorMessage: false,
    messageId: undefined,
    model: undefined,
    content: 'none',
    contentStart: undefined,
    blocks: [],
    usage: undefined,
  }
}

export function emptyBlockFacts(): BlockFacts {
  return {
    type: '',
    id: undefined,
    name: undefined,
    toolUseId: undefined,
    isError: false,
    textStart: undefined,
  }
}

export function emptyUsageFacts(): UsageFacts {
  return {
    input: 0,
    output: 0,
    cacheCreation: 0,
    cache5m: undefined,
    cache1h: undefined,
    cacheRead: 0,
    webSearches: 0,
    speed: undefined,
    geo: undefined,
  }
}

/**
 * The facts of a line parsed with `JSON.parse`: the reference the scanner is tested against, and
 * the reader of execution files' messages, which have the same `message` shape.
 */
export function factsOfValue(value: unknown): LineFacts {
  const facts = emptyLineFacts()
  if (!isRecord(value)) return facts
  facts.type = text(value.type)
  facts.timestamp = text(value.timestamp)
  facts.sessionId = text(value.sessionId)
  facts.agentId = text(value.agentId)
  facts.version = text(value.version)
  facts.gitBranch = text(value.gitBranch)
  facts.cwd = text(value.cwd)
  facts.subtype = text(value.subtype)
  facts.durationMs = typeof value.durationMs === 'number' ? value.durationMs : undefined
  facts.isSidechain = value.isSidechain === true
  facts.isMeta = value.isMeta === true
  facts.isCompactSummary = value.isCompactSummary === true
  facts.isApiErrorMessage = value.isApiErrorMessage === true
  const message = value.message
  if (!isRecord(message)) return facts
  facts.messageId = text(message.id)
  facts.model = text(message.model)
  const content = message.content
  if (typeof content === 'string') {
    facts.content = 'string'
    facts.contentStart = content.slice(0, TEXT_START_CHARS)
  } else if (Array.isArray(content)) {
    facts.content = 'array'
    for (const item of content) {
      if (!isRecord(item)) continue
      const block = emptyBlockFacts()
      block.type = text(item.type) ?? ''
      block.id = text(item.id)
      block.name = text(item.name)
      block.toolUseId = text(item.tool_use_id)
      block.isError = item.is_error === true
      const body = text(item.text)
      block.textStart = body?.slice(0, TEXT_START_CHARS)
      facts.blocks.push(block)
    }
  }
  if (isRecord(message.usage)) facts.usage = usageOf(message.usage)
  return facts
}

/** Tokens of an API `usage` object (a message's, or an execution result's). */
export function usageOf(usage: Record<string, unknown>): UsageFacts {
  const facts = emptyUsageFacts()
  facts.input = count(usage.input_tokens)
  facts.output = count(usage.output_tokens)
  facts.cacheCreation = count(usage.cache_creation_input_tokens)
  facts.cacheRead = count(usage.cache_read_input_tokens)
  if (isRecord(usage.cache_creation)) {
    const split = usage.cache_creation
    if (typeof split.ephemeral_5m_input_tokens === 'number')
      facts.cache5m = count(split.ephemeral_5m_input_tokens)
    if (typeof split.ephemeral_1h_input_tokens === 'number')
      facts.cache1h = count(split.ephemeral_1h_input_tokens)
  }
  if (isRecord(usage.server_tool_use))
    facts.webSearches = count(usage.server_tool_use.web_search_requests)
  facts.speed = text(usage.speed)
  facts.geo = text(usage.inference_geo)
  return facts
}

/** A token count: a finite number of zero or more, anything else 0. */
export function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
