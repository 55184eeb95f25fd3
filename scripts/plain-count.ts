/**
 * A session-recorder log counted plainly, without any of the action's code: every interaction
 * by its type (any other type, or none, as `other`), every tool_call by its tool. The action's
 * numbers are checked against it.
 */

export interface PlainCount {
  readonly byType: Record<string, number>
  readonly tools: Record<string, number>
}

export function countPlainly(interactions: readonly unknown[]): PlainCount {
  const byType: Record<string, number> = {
    user_message: 0,
    tool_call: 0,
    tool_result: 0,
    assistant_summary: 0,
    other: 0,
  }
  const tools: Record<string, number> = {}
  for (const item of interactions as { type?: unknown; content?: { tool?: unknown } }[]) {
    const type = typeof item?.type === 'string' && item.type in byType ? item.type : 'other'
    byType[type]! += 1
    if (type === 'tool_call') {
      const tool = item.content?.tool
      const name = typeof tool === 'string' && tool !== '' ? tool : '(unknown tool)'
      tools[name] = (tools[name] ?? 0) + 1
    }
  }
  return { byType, tools }
}
