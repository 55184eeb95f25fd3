/** Plain-text shortening, shared by the digest rules and the renderers (no markdown here). */

/** Shortens to at most `max` characters (code points), marking the cut with an ellipsis. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value
  // Walks only the first `max` code points: a log string can be megabytes long.
  const kept: string[] = []
  for (const char of value) {
    if (kept.length === max) return `${kept.slice(0, max - 1).join('')}…`
    kept.push(char)
  }
  return value
}
