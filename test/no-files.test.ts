import { describe, expect, it } from 'vitest'
import { DEFAULTS } from '../src/inputs.js'
import { noFilesMessage } from '../src/main.js'

describe('the message when no file matches', () => {
  it('names the default patterns as the default, and the input that changes them', () => {
    expect(noFilesMessage(DEFAULTS.path.split('\n'))).toBe(
      `No files were found with the default path: ".claude/session_logs/session_*.json", ".claude/projects/**/*.jsonl". Set the 'path' input to where the session logs are.`,
    )
  })

  it('names every pattern given, exclusions included, as given in the input', () => {
    expect(noFilesMessage(['logs/*.json', '!logs/old/**'])).toBe(
      `No files were found with the path given in the 'path' input: "logs/*.json", "!logs/old/**".`,
    )
  })

  it('does not call the default plus another pattern the default', () => {
    expect(noFilesMessage([...DEFAULTS.path.split('\n'), 'archive/*.json'])).toMatch(
      /path given in the 'path' input/,
    )
  })
})
