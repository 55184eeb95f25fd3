/**
 * Runs the action on the example logs in `examples/` as GitHub would, with no GitHub needed:
 * on a copy of the workspace under `out/`, writes the step summary, the outputs and the JSON
 * report there and prints them. Files link to the repository of the folder read, at its
 * checked-out commit, when it is in a git work tree with a remote on the web; to nothing
 * otherwise.
 *
 *   npm run local-action [-- <folder> [<glob>]]
 */
import { cp, rm } from 'node:fs/promises'
import path from 'node:path'
import { readActionMetadata } from './action-metadata.ts'
import { repositoryOf, type RepositoryAt } from './local-repository.ts'
import { ROOT, runAction, type ActionRun } from './run-action.ts'

export interface LocalRun extends ActionRun {
  readonly repository: RepositoryAt | null
}

/** A pattern of the folder's files, made a pattern of the same files from the repository's root. */
function fromRoot(pattern: string, prefix: string): string {
  // The folder's own path is literal, whatever glob characters it holds.
  const literal = prefix.replace(/[*?[]/g, '[$&]')
  return pattern.startsWith('!') ? `!${literal}${pattern.slice(1)}` : `${literal}${pattern}`
}

/**
 * Runs the bundled action on a copy of `source` under `outDir`. In a repository, the copy sits
 * at the folder's place in it and the patterns are prefixed to match, so that the report's paths
 * and links are the repository's.
 */
export async function localRun(options: {
  source: string
  pattern?: string
  outDir: string
}): Promise<LocalRun> {
  const source = path.resolve(options.source)
  const repository = repositoryOf(source)
  const prefix = repository?.prefix ?? ''
  // The action writes its report only inside the workspace: it runs on a copy.
  const workspace = path.join(options.outDir, 'workspace')
  await rm(workspace, { recursive: true, force: true })
  await cp(source, path.join(workspace, prefix), { recursive: true })
  const patterns = options.pattern ?? readActionMetadata().inputs.path?.default ?? ''
  const inputs: Record<string, string> = {
    'report-file': 'report.json',
    path: patterns
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => fromRoot(line.trim(), prefix))
      .join('\n'),
  }
  const run = await runAction({ workspace, inputs, outDir: options.outDir, repository })
  return { ...run, repository }
}

if (import.meta.main) {
  const run = await localRun({
    source: process.argv[2] ?? path.join(ROOT, 'examples'),
    ...(process.argv[3] !== undefined && { pattern: process.argv[3] }),
    outDir: path.join(ROOT, 'out'),
  })
  process.stdout.write(run.stdout)
  process.stderr.write(run.stderr)
  const { repository } = run
  console.log(
    repository === null
      ? '\nFiles link to nothing: the folder is not in a git repository with a commit and a remote on the web.'
      : `\nFiles link to ${repository.serverUrl}/${repository.repository} at ${repository.sha}.`,
  )
  console.log(`\n───── step summary (${path.relative(ROOT, run.summaryFile)}) ─────\n`)
  console.log(run.summary)
  console.log('───── outputs ─────')
  for (const [name, value] of Object.entries(run.outputs)) console.log(`${name}: ${value}`)
  process.exitCode = run.exitCode ?? 1
}
