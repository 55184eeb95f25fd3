/**
 * The keys a scanner reads in one kind of object, looked up from their bytes as written: most keys
 * are ruled out by their first byte or their length, the rest by their bytes. Shared by the
 * scanners of both formats.
 */

const BACKSLASH = 0x5c

/** What `slotOf` answers for a key that may be one read, written with escapes. */
export const ESCAPED_KEY = -1

export class KeyTable {
  private readonly keys: readonly (readonly [string, number])[]
  /** 1 for each byte a key can start with as written: its first letter, or a backslash. */
  private readonly firstBytes: Uint8Array
  /** By length in bytes, the names and their slots side by side. */
  private readonly names: Uint8Array[][] = []
  private readonly slots: number[][] = []

  /** `keys`: each name with its slot, a number above 0. */
  constructor(keys: readonly (readonly [string, number])[]) {
    this.keys = keys
    for (const [name, slot] of keys) {
      ;(this.names[name.length] ??= []).push(new TextEncoder().encode(name))
      ;(this.slots[name.length] ??= []).push(slot)
    }
    this.firstBytes = Uint8Array.from({ length: 256 }, (_, byte) =>
      byte === BACKSLASH || keys.some(([name]) => name.charCodeAt(0) === byte) ? 1 : 0,
    )
  }

  /**
   * The slot of the key written as `b[start..end)`: 0 when it is no key read, `ESCAPED_KEY` when it
   * may be one written with escapes (`"typ\u0065"`): decode it then, and ask `slotOfName`.
   */
  slotOf(b: Uint8Array, start: number, end: number): number {
    if (this.firstBytes[b[start]!] !== 1) return 0
    const length = end - start
    const names = this.names[length]
    if (names !== undefined) {
      for (let e = 0; e < names.length; e++) {
        const bytes = names[e]!
        let k = 0
        while (k < length && b[start + k] === bytes[k]) k++
        if (k === length) return this.slots[length]![e]!
      }
    }
    // The names read are letters: one written with escapes holds a `\uXXXX`, six bytes at least.
    if (length < 6) return 0
    for (let k = start; k < end; k++) if (b[k] === BACKSLASH) return ESCAPED_KEY
    return 0
  }

  /** The slot of a key already decoded, or 0. */
  slotOfName(name: string): number {
    return this.keys.find(([key]) => key === name)?.[1] ?? 0
  }
}

/** A scanner's tables, indexed by role, from its keys by role. */
export function keyTables(
  keysOf: Record<number, readonly (readonly [string, number])[]>,
): (KeyTable | undefined)[] {
  const tables: KeyTable[] = []
  for (const [role, keys] of Object.entries(keysOf)) tables[Number(role)] = new KeyTable(keys)
  return tables
}
