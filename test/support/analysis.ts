/**
 * Builders for what the analysis hands to the renderers and publishers, with `Partial` overrides:
 * analyses of any mix of formats, built by hand so that rendering is tested apart from reading.
 */
import type {
  AgentSummary,
  Analysis,
  FileSummary,
  ModelUsage,
  SessionSummary,
  ToolUsage,
  Totals,
  UsageSummary,
} from '../../src/analyse.js'
import { ALL_KINDS, emptyKindCounts, emptyTokenCounts, type TokenCounts } from '../../src/model.js'
import { kinds } from './outcomes.js'

export function tokens(overrides: Partial<TokenCounts> = {}): TokenCounts {
  return { ...emptyTokenCounts(), ...overrides }
}

/** One model's tokens and cost; `costUsd: null` makes it unpriced. */
export function modelUsage(
  model: string,
  overrides: Partial<Omit<ModelUsage, 'model'>> = {},
): ModelUsage {
  return { model, responses: 1, tokens: tokens(), costUsd: 0, ...overrides }
}

/**
 * The usage of some models, summed as the analysis sums it: one entry per model, unpriced models
 * outside the cost and last.
 */
export function usageOf(models: readonly ModelUsage[]): UsageSummary {
  const byModel = new Map<string, ModelUsage>()
  for (const usage of models) {
    const seen = byModel.get(usage.model)
    byModel.set(usage.model, seen === undefined ? usage : addModels(seen, usage))
  }
  const merged = [...byModel.values()]
  const sum = (key: keyof TokenCounts) =>
    merged.reduce((total, usage) => total + usage.tokens[key], 0)
  return {
    models: merged.sort(
      (a, b) =>
        (a.costUsd === null ? 1 : 0) - (b.costUsd === null ? 1 : 0) ||
        (b.costUsd ?? 0) - (a.costUsd ?? 0) ||
        (a.model < b.model ? -1 : 1),
    ),
    tokens: {
      input: sum('input'),
      output: sum('output'),
      cacheWrite5m: sum('cacheWrite5m'),
      cacheWrite1h: sum('cacheWrite1h'),
      cacheRead: sum('cacheRead'),
      webSearches: sum('webSearches'),
    },
    costUsd: merged.reduce((total, usage) => total + (usage.costUsd ?? 0), 0),
    unpricedModels: merged.filter((usage) => usage.costUsd === null).map((usage) => usage.model),
  }
}

function addModels(a: ModelUsage, b: ModelUsage): ModelUsage {
  const add = (key: keyof TokenCounts) => a.tokens[key] + b.tokens[key]
  return {
    model: a.model,
    responses: a.responses + b.responses,
    tokens: {
      input: add('input'),
      output: add('output'),
      cacheWrite5m: add('cacheWrite5m'),
      cacheWrite1h: add('cacheWrite1h'),
      cacheRead: add('cacheRead'),
      webSearches: add('webSearches'),
    },
    costUsd: a.costUsd === null || b.costUsd === null ? null : a.costUsd + b.costUsd,
  }
}

export function agent(overrides: Partial<AgentSummary> = {}): AgentSummary {
  return {
    agentId: 'a4f2c19e7b3d5a60',
    type: 'Explore',
    description: 'Find every caller of roundCurrency',
    path: '.claude/projects/-home-dev-invoice-service/b7e1c2d4-5f60-4a8b-9c0d-1e2f3a4b5c6d/subagents/agent-a4f2c19e7b3d5a60.jsonl',
    responses: 1,
    toolCalls: 0,
    usage: usageOf([]),
    ...overrides,
  }
}

/** A Claude Code transcript's session of forty minutes on 2026-03-02, without activity. */
export function session(overrides: Partial<SessionSummary> = {}): SessionSummary {
  return {
    sessionId: 'b7e1c2d4-5f60-4a8b-9c0d-1e2f3a4b5c6d',
    format: 'claude-code',
    paths: [
      '.claude/projects/-home-dev-invoice-service/b7e1c2d4-5f60-4a8b-9c0d-1e2f3a4b5c6d.jsonl',
    ],
    firstActivity: '2026-03-02T09:00:00.000Z',
    lastActivity: '2026-03-02T09:40:00.000Z',
    durationMs: 40 * 60_000,
    activeMs: null,
    prompts: 0,
    responses: 0,
    toolCalls: 0,
    toolErrors: 0,
    tools: [],
    agents: [],
    subagents: 0,
    usage: usageOf([]),
    compactions: 0,
    apiErrors: 0,
    versions: [],
    branches: [],
    runError: null,
    ...overrides,
  }
}

/** The file of a session, as the analysis lists files. */
export function fileOf(summary: SessionSummary, overrides: Partial<FileSummary> = {}): FileSummary {
  const fileKinds = kinds({
    user_message: summary.prompts,
    tool_call: summary.toolCalls,
    tool_result: summary.toolCalls,
    assistant_summary: summary.responses,
  })
  return {
    path: summary.paths[0]!,
    format: summary.format,
    bytes: 4096,
    sessionId: summary.sessionId,
    start: summary.firstActivity,
    end: summary.lastActivity,
    durationMs: summary.durationMs,
    interactions: Object.values(fileKinds).reduce((sum, n) => sum + n, 0),
    kinds: fileKinds,
    tools: summary.tools.map(({ tool, calls }) => ({ tool, calls })),
    summaries: [],
    problems: [],
    ...overrides,
  }
}

/**
 * An analysis made of the given parts, its totals and tools summed from them (`totals` overrides
 * any). Sessions and files are given newest first, as the analysis orders them.
 */
export function analysisOf(parts: {
  readonly sessions?: readonly SessionSummary[]
  readonly files?: readonly FileSummary[]
  readonly unreadable?: Analysis['unreadable']
  readonly usage?: UsageSummary | null
  readonly pricing?: Analysis['pricing']
  readonly totals?: Partial<Totals>
}): Analysis {
  const sessions = parts.sessions ?? []
  const files = parts.files ?? sessions.map((summary) => fileOf(summary))
  const toolMap = new Map<string, { calls: number; errors: number; files: Set<string> }>()
  for (const summary of sessions)
    for (const { tool, calls, errors } of summary.tools) {
      const entry = toolMap.get(tool) ?? { calls: 0, errors: 0, files: new Set<string>() }
      entry.calls += calls
      entry.errors += errors
      entry.files.add(summary.paths[0]!)
      toolMap.set(tool, entry)
    }
  const toolCalls = [...toolMap.values()].reduce((sum, entry) => sum + entry.calls, 0)
  const tools: ToolUsage[] = [...toolMap]
    .map(([tool, entry]) => ({
      tool,
      calls: entry.calls,
      share: toolCalls === 0 ? 0 : entry.calls / toolCalls,
      files: entry.files.size,
      errors: entry.errors,
    }))
    .sort((a, b) => b.calls - a.calls || (a.tool < b.tool ? -1 : 1))
  const fileKinds = emptyKindCounts()
  for (const file of files) for (const kind of ALL_KINDS) fileKinds[kind] += file.kinds[kind]
  const sum = (of: (summary: SessionSummary) => number) =>
    sessions.reduce((total, summary) => total + of(summary), 0)
  const instants = sessions.flatMap((summary) =>
    [summary.firstActivity, summary.lastActivity].filter((at) => at !== null),
  )
  const days = new Set(instants.map((at) => at.slice(0, 10)))
  const unreadable = parts.unreadable ?? []
  return {
    totals: {
      files: files.length,
      unreadableFiles: unreadable.length,
      sessions: sessions.length,
      interactions: Object.values(fileKinds).reduce((total, n) => total + n, 0),
      kinds: fileKinds,
      toolCalls,
      distinctTools: tools.length,
      sessionTimeMs: sum((summary) => summary.durationMs ?? 0),
      activeDays: days.size,
      firstActivity: instants.length === 0 ? null : instants.reduce((a, b) => (a < b ? a : b)),
      lastActivity: instants.length === 0 ? null : instants.reduce((a, b) => (a > b ? a : b)),
      busiestDay: null,
      prompts: sum((summary) => summary.prompts),
      responses: sum((summary) => summary.responses),
      toolErrors: sum((summary) => summary.toolErrors),
      subagents: sum((summary) => summary.subagents),
      ...parts.totals,
    },
    tools,
    files,
    unreadable,
    sessions,
    usage:
      parts.usage !== undefined
        ? parts.usage
        : sessions.some((summary) => summary.usage !== null)
          ? usageOf(sessions.flatMap((summary) => summary.usage?.models ?? []))
          : null,
    pricing: parts.pricing ?? { date: '2026-11-01', source: 'built-in' },
  }
}

const PROJECT = '.claude/projects/-home-dev-invoice-service'
const OPUS = 'claude-opus-4-5-20251101'
const HAIKU = 'claude-haiku-4-5-20251001'
const SONNET = 'claude-sonnet-4-5-20250929'

/**
 * Three sessions, one of each format, newest first: a claude-code-action run that ended in error,
 * a Claude Code transcript with a subagent and two models, and a session-recorder log.
 */
export function mixedWeek(): Analysis {
  const explore = agent({
    responses: 4,
    toolCalls: 6,
    usage: usageOf([
      modelUsage(HAIKU, {
        responses: 4,
        tokens: tokens({ input: 2_410, output: 1_873, cacheWrite5m: 18_220, cacheRead: 61_090 }),
        costUsd: 0.0394,
      }),
    ]),
  })
  const transcript = session({
    firstActivity: '2026-03-03T14:30:12.000Z',
    lastActivity: '2026-03-03T15:11:40.000Z',
    durationMs: 41 * 60_000 + 28_000,
    activeMs: 23 * 60_000,
    prompts: 4,
    responses: 31,
    toolCalls: 33,
    toolErrors: 2,
    tools: [
      { tool: 'Grep', calls: 10, errors: 0 },
      { tool: 'Read', calls: 9, errors: 0 },
      { tool: 'Bash', calls: 8, errors: 2 },
      { tool: 'Edit', calls: 5, errors: 0 },
      { tool: 'Task', calls: 1, errors: 0 },
    ],
    paths: [`${PROJECT}/b7e1c2d4-5f60-4a8b-9c0d-1e2f3a4b5c6d.jsonl`, explore.path],
    agents: [explore],
    subagents: 1,
    usage: usageOf([
      modelUsage(OPUS, {
        responses: 27,
        tokens: tokens({
          input: 412,
          output: 18_934,
          cacheWrite5m: 96_310,
          cacheWrite1h: 12_000,
          cacheRead: 1_843_222,
        }),
        costUsd: 2.0949,
      }),
      ...explore.usage.models,
    ]),
    compactions: 1,
    versions: ['2.1.12'],
    branches: ['fix/rounding'],
  })
  const run = session({
    sessionId: '0c5d8e21-93aa-4f1b-8e7d-2a6b9c4d1e30',
    format: 'execution-file',
    paths: ['ci/claude-execution-output.json'],
    firstActivity: null,
    lastActivity: null,
    durationMs: null,
    activeMs: 184_000,
    prompts: 1,
    responses: 12,
    toolCalls: 11,
    toolErrors: 1,
    tools: [
      { tool: 'Bash', calls: 6, errors: 1 },
      { tool: 'Read', calls: 5, errors: 0 },
    ],
    usage: usageOf([
      modelUsage(SONNET, {
        responses: 12,
        tokens: tokens({ input: 36, output: 4_120, cacheWrite5m: 22_904, cacheRead: 311_562 }),
        costUsd: 0.2409,
      }),
    ]),
    runError: true,
  })
  const recorder = session({
    sessionId: 'f1d69ed6-17f5-4837-9708-20fe119a72d1',
    format: 'session-recorder',
    paths: ['.claude/session_logs/session_2026-03-02.json'],
    firstActivity: '2026-03-02T09:12:04.000Z',
    lastActivity: '2026-03-02T09:22:41.000Z',
    durationMs: 637_000,
    prompts: 2,
    responses: 2,
    toolCalls: 12,
    tools: [
      { tool: 'Read', calls: 5, errors: 0 },
      { tool: 'Bash', calls: 4, errors: 0 },
      { tool: 'Edit', calls: 3, errors: 0 },
    ],
    usage: null,
  })
  const agentFile = {
    ...fileOf(transcript),
    path: explore.path,
    kinds: kinds({ tool_call: 6, tool_result: 6, assistant_summary: 4 }),
    interactions: 16,
    tools: [{ tool: 'Grep', calls: 6 }],
    problems: ['line 12: not JSON; skipped'],
  }
  const mainFile = fileOf(transcript, {
    kinds: kinds({ user_message: 4, tool_call: 27, tool_result: 27, assistant_summary: 27 }),
    interactions: 85,
    tools: transcript.tools
      .map(({ tool, calls }) => ({ tool, calls: tool === 'Grep' ? calls - 6 : calls }))
      .sort((a, b) => b.calls - a.calls),
  })
  return analysisOf({
    sessions: [transcript, recorder, run],
    files: [
      mainFile,
      agentFile,
      fileOf(recorder, {
        summaries: [{ timestamp: '2026-03-02T09:15:40.000Z', text: 'Rounding uses floats.' }],
      }),
      fileOf(run),
    ],
  })
}
