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
  const count = emptyPlainCount()
  for (const item of interactions) countOne(count, item)
  return count
}

export function emptyPlainCount(): PlainCount {
  return {
    byType: { user_message: 0, tool_call: 0, tool_result: 0, assistant_summary: 0, other: 0 },
    tools: {},
  }
}

/** Adds one interaction to a count (for logs written a piece at a time). */
export function countOne(count: PlainCount, interaction: unknown): void {
  const item = interaction as { type?: unknown; content?: { tool?: unknown } } | null
  const type = typeof item?.type === 'string' && item.type in count.byType ? item.type : 'other'
  count.byType[type]! += 1
  if (type === 'tool_call') {
    const tool = item?.content?.tool
    const name = typeof tool === 'string' && tool !== '' ? tool : '(unknown tool)'
    count.tools[name] = (count.tools[name] ?? 0) + 1
  }
}
