/**
 * The cost threshold: above it the step warns, or fails when `fail-on-cost-warning` is true (the
 * summary and the comment say it first: test/render/comment.test.ts). Made from hand-built
 * analyses, since the price of a log is tested where it is computed.
 */
import { describe, expect, it } from 'vitest'
import { costWarningMessage } from '../src/main.js'
import { analysisOf, mixedWeek } from './support/analysis.js'

describe('costWarningMessage', () => {
  it('names the cost and the threshold when the logs cost more', () => {
    expect(costWarningMessage(mixedWeek(), 2)).toBe(
      "The session logs cost $2.38, more than the $2.00 set in 'cost-warning-usd'.",
    )
    expect(costWarningMessage(mixedWeek(), 0)).toContain('more than the $0.00')
  })

  it('is null at or under the threshold, without one, or without usage', () => {
    const cost = mixedWeek().usage!.costUsd
    expect(costWarningMessage(mixedWeek(), cost)).toBeNull()
    expect(costWarningMessage(mixedWeek(), 100)).toBeNull()
    expect(costWarningMessage(mixedWeek(), null)).toBeNull()
    expect(costWarningMessage(analysisOf({ usage: null }), 0)).toBeNull()
  })
})
