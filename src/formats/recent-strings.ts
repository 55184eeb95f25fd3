/** The last few short strings decoded, by their bytes: most values of a slot repeat. */
export class RecentStrings {
  /** Strings up to this many bytes are remembered. */
  static readonly LONGEST = 64
  private readonly size: number
  /** Entry `e`'s bytes are `bytes[e * LONGEST ..]`, `lengths[e]` of them. */
  private readonly bytes: Uint8Array
  private readonly lengths: number[] = []
  private readonly texts: string[] = []
  private next = 0

  constructor(size: number) {
    this.size = size
    this.bytes = new Uint8Array(size * RecentStrings.LONGEST)
  }

  find(b: Buffer, start: number, end: number): string | undefined {
    const length = end - start
    const bytes = this.bytes
    for (let e = 0; e < this.lengths.length; e++) {
      if (this.lengths[e] !== length) continue
      // From the end: timestamps and ids that differ, differ there.
      const base = e * RecentStrings.LONGEST - start
      let k = end - 1
      while (k >= start && bytes[base + k] === b[k]) k--
      if (k < start) return this.texts[e]
    }
    return undefined
  }

  add(b: Buffer, start: number, end: number, text: string): void {
    const e = this.next
    const base = e * RecentStrings.LONGEST - start
    for (let k = start; k < end; k++) this.bytes[base + k] = b[k]!
    this.lengths[e] = end - start
    this.texts[e] = text
    this.next = (e + 1) % this.size
  }
}
