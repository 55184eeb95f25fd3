import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { REPORT_SCHEMA_VERSION } from '../src/report-json.js'

const workflow = readFileSync(new URL('../.github/workflows/ci.yml', import.meta.url), 'utf8')

describe('the repository workflow', () => {
  it("checks the JSON report of today's schema version", () => {
    const versions = [...workflow.matchAll(/\.schemaVersion == (\d+)/g)].map((m) => Number(m[1]))
    expect(versions.length).toBeGreaterThan(0)
    expect(versions).toEqual(versions.map(() => REPORT_SCHEMA_VERSION))
  })
})
