import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { DigestBuilder } from '../../src/formats/digest-builder.js'

const HEADER = { sessionId: 's', startTimestamp: null, endTimestamp: null, projectPath: null }
const userMessage = (id: string) =>
  ({ kind: 'object', type: 'user_message', timestamp: '2026-03-02T09:00:00Z', id }) as const

describe('repeated interaction ids', () => {
  it('finds no repeat among 100,000 distinct ids, and names the one repeat added after them', () => {
    const builder = new DigestBuilder()
    const ids = Array.from({ length: 100_000 }, () => randomUUID())
    for (const id of ids) builder.add(userMessage(id))
    builder.add(userMessage(ids[41_999]!))
    expect(builder.build(HEADER).problems).toEqual([
      `interactions[100000] repeats the interaction_id "${ids[41_999]}" of interactions[41999]`,
    ])
  })

  it('tells apart ids that differ in one character anywhere', () => {
    const builder = new DigestBuilder()
    const base = '8115e46a-bdc9-4410-aca5-f8ca04077902'
    for (let at = 0; at < base.length; at++) {
      for (const char of '0123456789abcdef-') {
        const id = base.slice(0, at) + char + base.slice(at + 1)
        if (id !== base) builder.add(userMessage(id))
      }
    }
    builder.add(userMessage(base))
    expect(builder.build(HEADER).problems).toEqual([])
  })
})
