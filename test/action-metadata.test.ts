/**
 * action.yml is the one description of the action: the README's tables are made from it, the
 * inputs' defaults in the code are the same as its own, and its marketplace metadata is what
 * GitHub Marketplace accepts.
 */
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { DEFAULTS, Input } from '../src/inputs.js'
import { parseActionMetadata, readActionMetadata } from '../scripts/action-metadata.ts'
import {
  README,
  endMarker,
  inputsTable,
  outputsTable,
  readmeWithTables,
  replaceTable,
  startMarker,
  type TableName,
} from '../scripts/docs.ts'
import { BRANDING_COLORS, BRANDING_ICONS, DESCRIPTION_MAX } from './support/marketplace.js'

const action = readActionMetadata()

/** The names in the first column of the README's table between the markers. */
function namesInReadme(readme: string, table: TableName): string[] {
  const block = readme.slice(readme.indexOf(startMarker(table)), readme.indexOf(endMarker(table)))
  return [...block.matchAll(/^\| `([^`]+)` /gm)].map((match) => match[1]!)
}

/** action.yml with only what the table functions read. */
const minimal = (inputs: string, outputs = '') =>
  parseActionMetadata(
    `name: x\ndescription: y\ninputs:\n${inputs}\noutputs:\n${outputs || '  o:\n    description: z'}\nruns:\n  using: node24\n  main: dist/index.js\n`,
  )

describe("the README's tables", () => {
  it('list every input and every output of action.yml, in its order, and nothing else', async () => {
    const readme = await readFile(README, 'utf8')
    const hint = 'the README differs from action.yml: run `npm run docs`'
    expect(namesInReadme(readme, 'inputs'), hint).toEqual(Object.keys(action.inputs))
    expect(namesInReadme(readme, 'outputs'), hint).toEqual(Object.keys(action.outputs))
  })

  it('are what `npm run docs` makes of action.yml, word for word', async () => {
    const readme = await readFile(README, 'utf8')
    expect(
      await readmeWithTables(readme, action),
      'the README differs from action.yml: run `npm run docs`',
    ).toBe(readme)
  })

  it('show defaults as code, several patterns one by one, and no default as nothing', () => {
    const table = inputsTable(
      minimal(
        [
          '  path:',
          '    description: Patterns.',
          "    default: 'a/*.json\n\n      !a/old.json'",
          '  token:',
          '    description: A token.',
          "    default: '${{ github.token }}'",
          '  file:',
          '    description: A file.',
          '    required: true',
        ].join('\n'),
      ),
    )
    expect(table.split('\n').slice(2)).toEqual([
      '| `path` | `a/*.json`, `!a/old.json` | Patterns. |',
      '| `token` | `${{ github.token }}` | A token. |',
      '| `file` |  | **Required.** A file. |',
    ])
  })

  it('keep a pipe or a backtick in a description from breaking the table', () => {
    const table = outputsTable(
      minimal('  i:\n    description: I.', "  o:\n    description: 'a | b, `x`'"),
    )
    expect(table.split('\n')[2]).toBe('| `o` | a \\| b, `x` |')
    const code = inputsTable(minimal("  i:\n    description: I.\n    default: 'a`b'"))
    expect(code.split('\n')[2]).toBe('| `i` | ``a`b`` | I. |')
  })

  it('link the documents that descriptions name', () => {
    const table = outputsTable(
      minimal('  i:\n    description: I.', '  o:\n    description: See docs/report-json.md.'),
    )
    expect(table).toContain('See [docs/report-json.md](docs/report-json.md).')
  })

  it('are put between their markers, and a README without them is refused', () => {
    const readme = `# A\n\n${startMarker('inputs')}\nold\n${endMarker('inputs')}\n\nafter\n`
    expect(replaceTable(readme, 'inputs', '| new |')).toBe(
      `# A\n\n${startMarker('inputs')}\n\n| new |\n\n${endMarker('inputs')}\n\nafter\n`,
    )
    expect(() => replaceTable('# A\n', 'outputs', '| new |')).toThrow(
      /README.md needs the lines[\s\S]*where the outputs table goes/,
    )
    expect(() =>
      replaceTable(`${endMarker('inputs')}\n${startMarker('inputs')}\n`, 'inputs', ''),
    ).toThrow(/in this order/)
  })
})

describe('action.yml and the code', () => {
  it('name the same inputs', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Input).sort())
  })

  it('give the same defaults (the token is the workflow expression the runner expands)', () => {
    for (const name of Object.values(Input)) {
      const inActionYml = action.inputs[name]?.default ?? ''
      if (name === Input.githubToken) expect(inActionYml).toBe('${{ github.token }}')
      else expect(inActionYml, name).toBe(DEFAULTS[name])
    }
  })

  it('run the bundle on Node 24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
})

describe('the marketplace metadata', () => {
  it('has a name of one short line', () => {
    expect(action.name).toMatch(/^\S.{0,98}\S$/)
    // A name GitHub keeps for itself or an account is refused; this one is the action's own.
    expect(action.name.toLowerCase()).not.toMatch(/^(github|actions)$/)
  })

  it(`has a description of less than ${DESCRIPTION_MAX + 1} characters, on one line`, () => {
    expect(action.description.length).toBeLessThanOrEqual(DESCRIPTION_MAX)
    expect(action.description).not.toMatch(/\n/)
  })

  it('has a branding icon and colour the marketplace offers', () => {
    expect(BRANDING_ICONS).toContain(action.branding?.icon)
    expect(BRANDING_COLORS).toContain(action.branding?.color)
  })

  it('refuses what the marketplace would', () => {
    for (const icon of 'coffee columns divide divide-circle divide-square frown hexagon key meh mouse-pointer smile tool x-octagon'.split(
      ' ',
    )) {
      expect(BRANDING_ICONS).not.toContain(icon)
    }
    expect(BRANDING_COLORS).not.toContain('pink')
    // An unquoted `true` is a boolean in YAML; the runner wants every default as a string.
    expect(() => minimal('  i:\n    description: I.\n    default: true')).toThrow(/default/)
  })
})
