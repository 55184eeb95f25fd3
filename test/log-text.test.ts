import { describe, expect, test } from 'vitest'
import { quoted } from '../src/log-text.ts'

describe('quoted', () => {
  test('keeps a value on one line, whatever line break it holds', () => {
    // Each character that the runner, or a viewer of the log, may take for the end of a line.
    for (const brk of ['\n', '\r', '\r\n', '\u0085', '\u2028', '\u2029', '\u000b', '\u000c']) {
      const text = quoted(`report.json${brk}::error::injected`)
      expect(text).not.toContain(brk)
      expect(text).toContain('::error::injected')
    }
  })

  test('shows characters that show nothing as escapes, and the rest as it is', () => {
    expect(quoted('a\u202eb\u200bc\u{e0041}d\u0000e')).toBe(
      '"a\\u202eb\\u200bc\\udb40\\udc41d\\u0000e"',
    )
    expect(quoted('reports/été "x" \\ 2026.json')).toBe('"reports/été \\"x\\" \\\\ 2026.json"')
  })
})
