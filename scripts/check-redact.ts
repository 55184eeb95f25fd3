/**
 * The redact command on real session logs: copies every `.json` and `.jsonl` file of the folder,
 * redacts the copies in place with the bundled command (`dist/cli/index.js redact --in-place`),
 * and checks that
 *   - every file, and every line of a transcript, that was JSON still is, with the same bytes
 *     outside its strings;
 *   - the bundled action reports the same from the copies as from the originals (its JSON report,
 *     but for the files' sizes);
 *   - a second redaction finds nothing more.
 *
 *   node scripts/check-redact.ts [folder] [--cli path/to/cli.js]     (default ../shared/corpus)
 */
import { spawnSync } from 'node:child_process'
import { chmod, cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ROOT, runAction } from './run-action.ts'

const args = process.argv.slice(2)
const cliAt = args.indexOf('--cli')
const cli =
  cliAt === -1 ? path.join(ROOT, 'dist', 'cli', 'index.js') : path.resolve(args[cliAt + 1]!)
const folder = path.resolve(
  args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--cli') ??
    path.join(ROOT, '..', 'shared', 'corpus'),
)

const scratch = await mkdtemp(path.join(tmpdir(), 'check-redact-'))
const original = path.join(scratch, 'original')
const redacted = path.join(scratch, 'redacted')
const failures: string[] = []

/** A writable copy of the folder (the corpus may be read-only), its logs listed. */
async function copy(to: string): Promise<string[]> {
  await cp(folder, to, { recursive: true })
  const entries = await readdir(to, { recursive: true, withFileTypes: true })
  for (const entry of entries)
    if (entry.isDirectory()) await chmod(path.join(entry.parentPath, entry.name), 0o755)
  await chmod(to, 0o755)
  return entries
    .filter((entry) => entry.isFile() && /\.jsonl?$/.test(entry.name))
    .map((entry) => path.relative(to, path.join(entry.parentPath, entry.name)))
    .sort()
}

function redact(files: readonly string[]): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, [cli, 'redact', '--in-place', ...files], {
    cwd: redacted,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (run.error) throw run.error
  return { status: run.status, stderr: run.stderr }
}

/** The text with every JSON string token emptied: what is left is structure. */
const structure = (text: string) => text.replace(/"(?:[^"\\\n]|\\.)*"/g, '""')

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

const files = await copy(original)
await copy(redacted)
const started = Date.now()
const first = redact(files)
const seconds = (Date.now() - started) / 1000
if (first.status !== 0) failures.push(`redact exited with ${first.status}: ${first.stderr}`)
const count = (pattern: RegExp) =>
  [...first.stderr.matchAll(pattern)].reduce((sum, match) => sum + Number(match[1]), 0)
const changedFiles = first.stderr.split('\n').filter((line) => line.includes(': redacted ')).length
console.log(
  `${files.length} files redacted in ${seconds.toFixed(1)} s: ${changedFiles} changed, ` +
    `${count(/redacted (\d+) strings?/g)} strings (${count(/(\d+) object keys? among/g)} object keys), ` +
    `${count(/(\d+) lines? not JSON/g)} lines that are not JSON`,
)

// 1. Valid where it was valid, with the same structure.
let lines = 0
for (const file of files) {
  const before = await readFile(path.join(original, file), 'utf8')
  const after = await readFile(path.join(redacted, file), 'utf8')
  const pairs: [string, string, string][] = file.endsWith('.jsonl')
    ? before
        .split('\n')
        .map((line, index) => [`${file}:${index + 1}`, line, after.split('\n')[index] ?? ''])
    : [[file, before, after]]
  if (file.endsWith('.jsonl') && before.split('\n').length !== after.split('\n').length)
    failures.push(
      `${file}: ${before.split('\n').length} lines before, ${after.split('\n').length} after`,
    )
  for (const [where, was, is] of pairs) {
    if (!isJson(was)) continue
    lines++
    if (!isJson(is)) failures.push(`${where}: JSON before, not after`)
    else if (structure(is) !== structure(was)) failures.push(`${where}: the structure changed`)
  }
}
console.log(
  `${lines} JSON documents and lines: ${failures.length === 0 ? 'valid, structure unchanged' : 'see below'}`,
)

// 2. The action's report, the same but for the files' sizes.
const reports: unknown[] = []
for (const workspace of [original, redacted]) {
  const run = await runAction({
    workspace,
    inputs: { path: '**/*.json\n**/*.jsonl', 'report-file': 'report.json', 'job-summary': 'false' },
    outDir: path.join(scratch, `run-${path.basename(workspace)}`),
  })
  if (run.exitCode !== 0)
    failures.push(
      `the action on ${path.basename(workspace)} exited with ${run.exitCode}: ${run.stderr}`,
    )
  const report = await readFile(path.join(workspace, 'report.json'), 'utf8')
  reports.push(JSON.parse(report, (key, value: unknown) => (key === 'bytes' ? undefined : value)))
}
const [before, after] = reports.map((report) => JSON.stringify(report, null, 1)) as [string, string]
const totals = (reports[0] as { totals?: Record<string, unknown> }).totals ?? {}
const usage = (reports[0] as { usage?: { tokens?: Record<string, number> } | null }).usage
console.log(
  `the action's report: ${totals.files} files, ${totals.sessions} sessions, ${totals.interactions} interactions, ` +
    `${totals.toolCalls} tool calls, tokens ${JSON.stringify(usage?.tokens ?? {})}: ` +
    `${before === after ? 'the same from the redacted copies' : 'DIFFERENT from the redacted copies'}`,
)
if (before !== after) {
  const [a, b] = [before.split('\n'), after.split('\n')]
  const first = a.findIndex((line, index) => line !== b[index])
  failures.push(`the reports differ from line ${first + 1}: ${a[first]} / ${b[first]}`)
}

// 3. Nothing more to redact.
const second = redact(files)
const again = second.stderr.split('\n').filter((line) => line.includes(': redacted '))
if (second.status !== 0 || again.length > 0)
  failures.push(`a second redaction changed ${again.length} files: ${again.slice(0, 3).join('; ')}`)
else console.log('a second redaction finds nothing more')

await rm(scratch, { recursive: true, force: true })
if (failures.length > 0) {
  console.log(`\n${failures.length} failure(s):\n  ${failures.slice(0, 20).join('\n  ')}`)
  process.exit(1)
}
