/**
 * Webhooks: the sessions reported, as the integration guide's `session_complete` JSON (one
 * payload per session), or as one short message for Slack or Discord. Payloads are built as
 * objects and serialized once, so no text from a log can break out of its string; the text comes
 * from redacted outcomes, and is escaped for the service's markup and cut to its limits with a note.
 */
import type { Analysis, SessionSummary } from '../analyse.js'
import { roundUsd } from '../report-json.js'
import { exportTokens, type ExportTokens } from '../usage.js'
import { send, type Clock, type HttpOutcome, type RetryPolicy } from './http.js'

export const WEBHOOK_FORMATS = ['json', 'slack', 'discord'] as const
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number]

/** Slack: at most 50 blocks, 3,000 characters a section, about 13,000 over all blocks. */
export const SLACK_LIMITS = { blocks: 50, sectionText: 3_000, allBlocks: 12_000, text: 40_000 }
/** Discord: `content` at most 2,000 characters. */
export const DISCORD_CONTENT_LIMIT = 2_000

/** The guide's payload, with tokens and cost when the session's logs hold them. */
export interface SessionCompletePayload {
  readonly event: 'session_complete'
  readonly session_id: string
  readonly format: string
  readonly start: string | null
  readonly end: string | null
  readonly stats: {
    readonly total: number
    readonly user_messages: number
    readonly tool_calls: number
    readonly summaries: number
  }
  readonly tools_used: readonly string[]
  readonly tokens?: ExportTokens
  /** Null when a model of the session has no price. */
  readonly cost_usd?: number | null
}

/** What a message names besides the sessions. */
export interface MessageContext {
  readonly title: string
  /** The run's page, when known. */
  readonly runUrl?: string
}

/** The payloads to post for the sessions of an analysis, in the given format. Pure. */
export function webhookPayloads(
  analysis: Analysis,
  format: WebhookFormat,
  context: MessageContext,
): object[] {
  if (format === 'json')
    return analysis.sessions.map((session) => sessionComplete(analysis, session))
  if (analysis.sessions.length === 0) return []
  return [format === 'slack' ? slackMessage(analysis, context) : discordMessage(analysis, context)]
}

export function sessionComplete(
  analysis: Analysis,
  session: SessionSummary,
): SessionCompletePayload {
  const total = analysis.files
    .filter((file) => file.sessionId === session.sessionId)
    .reduce((sum, file) => sum + file.interactions, 0)
  const { usage } = session
  return {
    event: 'session_complete',
    session_id: session.sessionId,
    format: session.format,
    start: session.firstActivity,
    end: session.lastActivity,
    stats: {
      total,
      user_messages: session.prompts,
      tool_calls: session.toolCalls,
      summaries: session.responses,
    },
    tools_used: session.tools.map(({ tool }) => tool).sort(),
    ...(usage !== null && {
      tokens: exportTokens(usage.tokens),
      cost_usd: usage.unpricedModels.length > 0 ? null : roundUsd(usage.costUsd, 4),
    }),
  }
}

/** One line of plain facts about a session, before any markup. */
function sessionFacts(session: SessionSummary): string {
  const parts = [
    `${session.prompts} prompts`,
    `${session.toolCalls} tool calls`,
    ...(session.toolErrors > 0 ? [`${session.toolErrors} tool errors`] : []),
    ...(session.durationMs !== null ? [`${Math.round(session.durationMs / 60_000)} min`] : []),
    ...(session.usage !== null && session.usage.unpricedModels.length === 0
      ? [`$${roundUsd(session.usage.costUsd, 2).toFixed(2)}`]
      : []),
  ]
  return parts.join(' · ')
}

function totalsLine(analysis: Analysis): string {
  const { totals, usage } = analysis
  return [
    `${totals.sessions} sessions`,
    `${totals.interactions} interactions`,
    `${totals.toolCalls} tool calls`,
    ...(totals.toolErrors > 0 ? [`${totals.toolErrors} tool errors`] : []),
    ...(usage !== null ? [`$${roundUsd(usage.costUsd, 2).toFixed(2)}`] : []),
  ].join(' · ')
}

/** Slack's mrkdwn: `&`, `<` and `>` escaped, so no text can become a link or a mention. */
export function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * Discord's markdown: its markup characters escaped; mentions are also switched off by the
 * payload's `allowed_mentions`.
 */
export function discordEscape(text: string): string {
  return text.replace(/[\\*_~`|>#[\]()@<-]/g, (char) => `\\${char}`)
}

/** Text cut to a length, with an ellipsis, never in the middle of a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max - 1
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end -= 1
  return `${text.slice(0, end)}…`
}

function slackMessage(analysis: Analysis, context: MessageContext): object {
  const header = `*${slackEscape(cut(context.title, 150))}*\n${slackEscape(totalsLine(analysis))}`
  const blocks: object[] = [{ type: 'section', text: { type: 'mrkdwn', text: header } }]
  let size = header.length
  // Room for the header, and the note of what is left out.
  const room = SLACK_LIMITS.blocks - 2
  let shown = 0
  for (const session of analysis.sessions) {
    const text = cut(
      `*${slackEscape(session.sessionId)}*\n${slackEscape(sessionFacts(session))}` +
        (session.tools.length > 0
          ? `\n${slackEscape(session.tools.map(({ tool }) => tool).join(', '))}`
          : ''),
      SLACK_LIMITS.sectionText,
    )
    if (shown >= room || size + text.length > SLACK_LIMITS.allBlocks) break
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text } })
    size += text.length
    shown += 1
  }
  const notes = [
    ...(shown < analysis.sessions.length
      ? [`${analysis.sessions.length - shown} more sessions are not shown.`]
      : []),
    ...(context.runUrl !== undefined ? [`<${context.runUrl}|Full report>`] : []),
  ]
  if (notes.length > 0)
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: notes.join(' ') }] })
  return {
    text: cut(`${context.title}: ${totalsLine(analysis)}`, SLACK_LIMITS.text),
    blocks,
  }
}

function discordMessage(analysis: Analysis, context: MessageContext): object {
  const head = `**${discordEscape(cut(context.title, 150))}**\n${discordEscape(totalsLine(analysis))}`
  const lines: string[] = []
  let length = head.length
  // Room kept for the note of what is left out and the link.
  const reserve = 200
  for (const session of analysis.sessions) {
    const line = cut(
      `• ${discordEscape(session.sessionId)}: ${discordEscape(sessionFacts(session))}`,
      400,
    )
    if (length + 1 + line.length > DISCORD_CONTENT_LIMIT - reserve) break
    lines.push(line)
    length += 1 + line.length
  }
  const left = analysis.sessions.length - lines.length
  const tail = [
    ...(left > 0 ? [`${left} more sessions are not shown.`] : []),
    ...(context.runUrl !== undefined ? [`Full report: <${context.runUrl}>`] : []),
  ]
  return {
    content: cut([head, ...lines, ...tail].join('\n'), DISCORD_CONTENT_LIMIT),
    allowed_mentions: { parse: [] },
  }
}

/** What became of the payloads. */
export interface WebhookDelivery {
  readonly sent: number
  /** The first payload that was not delivered, and why; the ones after it are not sent. */
  readonly failed: (HttpOutcome & { readonly ok: false }) | null
  readonly notSent: number
}

/**
 * Posts the payloads one after another. An endpoint that stays down for one is not tried for the
 * rest: hundreds of sessions must not become hundreds of retried requests to a dead endpoint.
 */
export async function deliverWebhooks(
  url: URL,
  payloads: readonly object[],
  policy?: RetryPolicy,
  clock?: Clock,
): Promise<WebhookDelivery> {
  let sent = 0
  for (const payload of payloads) {
    const outcome = await send(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      },
      policy,
      clock,
    )
    if (!outcome.ok) return { sent, failed: outcome, notSent: payloads.length - sent }
    sent += 1
  }
  return { sent, failed: null, notSent: 0 }
}
