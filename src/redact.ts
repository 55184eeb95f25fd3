import {
  byCalls,
  type Analysis,
  type FileSummary,
  type ModelUsage,
  type SessionSummary,
  type ToolUsage,
  type UsageSummary,
} from './analyse.js'
import { addTokens, summaryOf } from './usage.js'

/** What a secret is replaced with. */
export const REDACTED = '[REDACTED]'

/** Replaces every secret in a piece of log text. */
export type Redactor = (text: string) => string

/**
 * Credentials redacted from every piece of log text before anything is published. Each pattern
 * starts with a literal (or a bounded run), so that matching stays linear in the text's length.
 * Where a label precedes the secret (`password=`, `Bearer `, `https://`), the label is kept.
 */
const BUILT_IN: readonly { readonly pattern: RegExp; readonly replacement: string }[] = [
  // PEM private keys, including one cut off before its END line (tool results are truncated).
  {
    pattern:
      /-----BEGIN[A-Z0-9 ]{0,40} PRIVATE KEY-----[\s\S]*?(?:-----END[A-Z0-9 ]{0,40} PRIVATE KEY-----|$)/g,
    replacement: REDACTED,
  },
  // `password=…`, `client_secret: …`, `"api_key": "…"`, `GITHUB_TOKEN=…`, `aws_secret_access_key = …`.
  {
    pattern:
      /(password|passwd|secret|api[_-]?key|token|access[_-]?key)((?:[_-]?access)?(?:[_-]?key)?["']?\s*[=:]\s*)\S+/gi,
    replacement: `$1$2${REDACTED}`,
  },
  // 16 characters at least, so that prose ("Bearer authentication") is left alone.
  { pattern: /\b(Bearer\s+)[\w\-.~+/]{16,}=*/gi, replacement: `$1${REDACTED}` },
  {
    pattern: /\b(Authorization:\s*Basic\s+)[A-Za-z0-9+/]{8,}={0,2}/gi,
    replacement: `$1${REDACTED}`,
  },
  // user:password@ in a URL (the user alone is no secret, but is dropped with it).
  {
    pattern: /\b([a-z][a-z0-9+.-]{0,30}:\/\/)[^\s/?#@:]{1,256}:[^\s/?#@]{1,256}@/gi,
    replacement: `$1${REDACTED}@`,
  },
  { pattern: /\bgh[pousr]_[A-Za-z0-9]{30,}/g, replacement: REDACTED },
  { pattern: /\bgithub_pat_[A-Za-z0-9_]{30,}/g, replacement: REDACTED },
  { pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g, replacement: REDACTED },
  // Anthropic (sk-ant-…) and OpenAI (sk-…, sk-proj-…) keys.
  { pattern: /\bsk-[A-Za-z0-9_-]{20,}/g, replacement: REDACTED },
  { pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, replacement: REDACTED },
  { pattern: /\bhttps:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/_-]+/g, replacement: REDACTED },
  { pattern: /\beyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]*/g, replacement: REDACTED },
  { pattern: /\bnpm_[A-Za-z0-9]{36}\b/g, replacement: REDACTED },
  { pattern: /\bAIza[\w-]{35}\b/g, replacement: REDACTED },
]

/** The redactor for the built-in credential patterns, then any further rules (the user's own). */
export function createRedactor(userRules: readonly Redactor[] = []): Redactor {
  return (text) => {
    let result = text
    for (const { pattern, replacement } of BUILT_IN) result = result.replace(pattern, replacement)
    for (const rule of userRules) result = rule(result)
    return result
  }
}

/**
 * The analysis with every piece of text that comes from a log redacted: session ids, tool names,
 * summaries, problems, reasons, model names, CLI versions, git branches, and subagents' ids, types
 * and descriptions. Paths stay as they are: they name files of the repository and
 * link to them. Pure; the step summary, JSON report, outputs and annotations are all made from
 * its result, so they all show the same text.
 */
export function redactAnalysis(analysis: Analysis, redact: Redactor): Analysis {
  const files = analysis.files.map((file): FileSummary => ({
    ...file,
    sessionId: redact(file.sessionId),
    tools: mergeFileTools(file.tools.map((usage) => ({ ...usage, tool: redact(usage.tool) }))),
    summaries: file.summaries.map((summary) => ({ ...summary, text: redact(summary.text) })),
    problems: file.problems.map(redact),
  }))
  const tools = mergeTools(
    analysis.tools.map((usage) => ({ ...usage, tool: redact(usage.tool) })),
    files,
  )
  return {
    ...analysis,
    totals: { ...analysis.totals, distinctTools: tools.length },
    tools,
    files,
    unreadable: analysis.unreadable.map((file) => ({ ...file, reason: redact(file.reason) })),
    sessions: analysis.sessions.map((session) => redactSession(session, redact)),
    usage: analysis.usage && redactUsage(analysis.usage, redact),
  }
}

function redactSession(session: SessionSummary, redact: Redactor): SessionSummary {
  return {
    ...session,
    sessionId: redact(session.sessionId),
    tools: mergeSessionTools(
      session.tools.map((usage) => ({ ...usage, tool: redact(usage.tool) })),
    ),
    agents: session.agents.map((agent) => ({
      ...agent,
      agentId: redact(agent.agentId),
      type: agent.type === null ? null : redact(agent.type),
      description: agent.description === null ? null : redact(agent.description),
      usage: redactUsage(agent.usage, redact),
    })),
    usage: session.usage && redactUsage(session.usage, redact),
    versions: [...new Set(session.versions.map(redact))],
    branches: [...new Set(session.branches.map(redact))],
  }
}

/** Model names redacted; two that redact alike become one model, so that tokens and cost add up. */
function redactUsage(usage: UsageSummary, redact: Redactor): UsageSummary {
  const byName = new Map<string, ModelUsage>()
  for (const model of usage.models) {
    const name = redact(model.model)
    const seen = byName.get(name)
    if (seen === undefined) {
      byName.set(name, { ...model, model: name })
      continue
    }
    const tokens = { ...seen.tokens }
    addTokens(tokens, model.tokens)
    byName.set(name, {
      model: name,
      responses: seen.responses + model.responses,
      tokens,
      costUsd:
        seen.costUsd === null || model.costUsd === null ? null : seen.costUsd + model.costUsd,
    })
  }
  return summaryOf([...byName.values()], usage.costUsd)
}

/* Two tool names that redact to the same text become one entry, so that lists and outputs add up. */

function mergeTools(usages: readonly ToolUsage[], files: readonly FileSummary[]): ToolUsage[] {
  const byName = new Map<string, ToolUsage>()
  for (const usage of usages) {
    const seen = byName.get(usage.tool)
    byName.set(
      usage.tool,
      seen === undefined
        ? usage
        : {
            tool: usage.tool,
            calls: seen.calls + usage.calls,
            share: seen.share + usage.share,
            errors: seen.errors + usage.errors,
            files: files.filter((file) => file.tools.some(({ tool }) => tool === usage.tool))
              .length,
          },
    )
  }
  return [...byName.values()].sort(byCalls)
}

function mergeSessionTools(usages: SessionSummary['tools']): SessionSummary['tools'] {
  const byName = new Map<string, { tool: string; calls: number; errors: number }>()
  for (const usage of usages) {
    const seen = byName.get(usage.tool)
    if (seen === undefined) byName.set(usage.tool, { ...usage })
    else {
      seen.calls += usage.calls
      seen.errors += usage.errors
    }
  }
  return [...byName.values()].sort(byCalls)
}

function mergeFileTools(usages: FileSummary['tools']): FileSummary['tools'] {
  const calls = new Map<string, number>()
  for (const usage of usages) calls.set(usage.tool, (calls.get(usage.tool) ?? 0) + usage.calls)
  return [...calls].map(([tool, count]) => ({ tool, calls: count })).sort(byCalls)
}
