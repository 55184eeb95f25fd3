/** Which copy of each API response is counted, and where. */
import { describe, expect, it } from 'vitest'
import { keepEachResponseOnce, type ResponseSource } from '../src/usage.js'
import { response } from './support/outcomes.js'

const source = (responses: ResponseSource['responses'], fromRun = false): ResponseSource => ({
  responses,
  fromRun,
  firstActivity: '2026-03-02T09:00:00.000Z',
})

describe('keepEachResponseOnce', () => {
  it('keeps each response once, in the source that holds the copy counted', () => {
    const replay = response('msg_b', { sidechain: true })
    const original = response('msg_b')
    const kept = keepEachResponseOnce([
      source([response('msg_a'), replay]),
      source([original, response('msg_c')]),
    ])
    expect(kept.map((responses) => responses.map(({ id }) => id))).toEqual([
      ['msg_a'],
      ['msg_b', 'msg_c'],
    ])
    expect(kept[1]![0]).toBe(original)
  })

  it("lists each source's responses in its own order, whichever source saw a response first", () => {
    const kept = keepEachResponseOnce([
      source([response('msg_z', { sidechain: true }), response('msg_y', { sidechain: true })]),
      source([response('msg_x'), response('msg_y'), response('msg_w'), response('msg_z')]),
    ])
    expect(kept.map((responses) => responses.map(({ id }) => id))).toEqual([
      [],
      ['msg_x', 'msg_y', 'msg_w', 'msg_z'],
    ])
  })

  it('gives an empty list to a source without responses', () => {
    expect(keepEachResponseOnce([source([]), source([response('msg_a')]), source([])])).toEqual([
      [],
      [response('msg_a')],
      [],
    ])
  })
})
