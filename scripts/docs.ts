/**
 * Rewrites the README's inputs and outputs tables from action.yml, so that they list every input
 * and output as action.yml describes it. Each table lies between two markers in README.md; the
 * text around them is left as it is. A test fails when the README differs from what this writes.
 *
 *   npm run docs
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as prettier from 'prettier'
import { readActionMetadata, type ActionMetadata } from './action-metadata.ts'
import { ROOT } from './run-action.ts'

export const README = path.join(ROOT, 'README.md')

/** The tables made from action.yml, by the name their markers carry. */
export type TableName = 'inputs' | 'outputs'

export const startMarker = (table: TableName) =>
  `<!-- ${table} table: made from action.yml by \`npm run docs\`, edit action.yml instead -->`
export const endMarker = (table: TableName) => `<!-- end of ${table} table -->`

/** A table cell: on one line, with its pipes escaped (a pipe ends a cell even inside code). */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')
}

/** Inline code that holds its text whole, backticks included. */
function code(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

/** Mentions of the project's documents (`docs/….md`) become links to them. */
function linkDocuments(text: string): string {
  return text.replace(/(?<![[(/`\w])(docs\/[\w.-]+\.md)\b/g, '[$1]($1)')
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n')
}

export function inputsTable(action: ActionMetadata): string {
  return table(
    ['input', 'default', 'meaning'],
    Object.entries(action.inputs).map(([name, input]) => [
      code(name),
      cell(
        (input.default ?? '')
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map(code)
          .join(', '),
      ),
      cell(`${input.required === true ? '**Required.** ' : ''}${linkDocuments(input.description)}`),
    ]),
  )
}

export function outputsTable(action: ActionMetadata): string {
  return table(
    ['output', 'meaning'],
    Object.entries(action.outputs).map(([name, output]) => [
      code(name),
      cell(linkDocuments(output.description)),
    ]),
  )
}

/** Puts `content` between the table's two markers, which must each be in the text once. */
export function replaceTable(readme: string, table: TableName, content: string): string {
  const start = startMarker(table)
  const end = endMarker(table)
  const from = readme.indexOf(start)
  const to = readme.indexOf(end)
  if (from === -1 || to === -1 || to < from || readme.indexOf(start, from + 1) !== -1) {
    throw new Error(
      `README.md needs the lines\n${start}\n${end}\nonce each, in this order, where the ${table} table goes.`,
    )
  }
  return `${readme.slice(0, from + start.length)}\n\n${content}\n\n${readme.slice(to)}`
}

/** The README with both tables made from action.yml, formatted as `npm run format:write` would. */
export async function readmeWithTables(readme: string, action: ActionMetadata): Promise<string> {
  const text = replaceTable(
    replaceTable(readme, 'inputs', inputsTable(action)),
    'outputs',
    outputsTable(action),
  )
  const options = await prettier.resolveConfig(README)
  return prettier.format(text, { ...options, filepath: README })
}

if (import.meta.main) {
  const current = await readFile(README, 'utf8')
  const updated = await readmeWithTables(current, readActionMetadata())
  if (updated === current) console.log('README.md: the tables already match action.yml.')
  else {
    await writeFile(README, updated)
    console.log('README.md: the inputs and outputs tables were rewritten from action.yml.')
  }
}
