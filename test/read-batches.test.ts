import { describe, expect, it } from 'vitest'
import { batchTaker } from '../src/read.js'

describe('batchTaker', () => {
  /** Every batch `batchTaker` hands out for these sizes, as the reading pool takes them. */
  function batchesOf(sizes: readonly number[], threads: number): number[][] {
    const take = batchTaker(sizes, threads)
    const batches: number[][] = []
    for (let batch = take(); batch !== undefined; batch = take()) batches.push(batch)
    return batches
  }
  const MB = 1024 * 1024

  it('hands out every file once, largest first, in batches that shrink as the work runs out', () => {
    const sizes = Array.from({ length: 100 }, (_, n) => (4 + (n % 3)) * MB)
    const batches = batchesOf(sizes, 2)
    expect(batches.flat().sort((a, b) => a - b)).toEqual(sizes.map((_, n) => n))
    const bytes = batches.map((batch) => batch.reduce((sum, index) => sum + sizes[index]!, 0))
    expect(bytes[0]).toBeGreaterThan(40 * MB)
    // The last batches are a file each: no thread is left with much when the others are done.
    expect(batches.slice(-3).map((batch) => batch.length)).toEqual([1, 1, 1])
    // Each batch is at most one file over the one before.
    for (let k = 1; k < bytes.length; k++)
      expect(bytes[k]).toBeLessThanOrEqual(bytes[k - 1]! + 6 * MB)
    expect(bytes.at(-1)).toBeLessThan(bytes[0]! / 8)
  })

  it('keeps batches of small files to about a megabyte or more, not one message a file', () => {
    const sizes = Array.from({ length: 10_000 }, () => 40_000)
    const batches = batchesOf(sizes, 2)
    expect(batches.flat()).toHaveLength(10_000)
    expect(batches.length).toBeLessThan(10_000 / 20)
  })

  it('gives a file larger than the target a batch of its own', () => {
    expect(batchesOf([500 * MB, MB, MB], 2)[0]).toEqual([0])
  })
})
