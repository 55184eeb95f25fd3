/**
 * Writes dist/licenses.txt: the license of every package the action ships with (the production
 * dependency tree), in the layout ncc uses. ncc's own `--license` lists only the packages of the
 * last chunk it writes, and the bundle is split (the pull-request comment code is a chunk of its
 * own), so the list is made here from the installed tree instead.
 *
 *   node scripts/licenses.ts   (run by `npm run package`)
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from './run-action.ts'

interface ListedPackage {
  readonly path?: string
  readonly extraneous?: boolean
  readonly dependencies?: Readonly<Record<string, ListedPackage>>
}

/**
 * The folders of the packages reachable from the project's own `dependencies`. Walked from the
 * tree rather than taken from a flat listing, which also names extraneous packages (an install
 * script of the `node` devDependency leaves one at the top).
 */
function productionPackages(): string[] {
  let listing: string
  try {
    listing = execFileSync('npm', ['ls', '--omit=dev', '--all', '--long', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    })
  } catch (error) {
    // npm ls exits non-zero on a tree it finds odd, but still lists it.
    listing = String((error as { stdout?: string }).stdout ?? '')
  }
  const folders = new Set<string>()
  // A package used in several places is listed in full once and as a bare stub elsewhere.
  const expanded = new Set<string>()
  const visit = (node: ListedPackage): void => {
    for (const child of Object.values(node.dependencies ?? {})) {
      if (child.extraneous || child.path === undefined) continue
      folders.add(child.path)
      if (child.dependencies === undefined || expanded.has(child.path)) continue
      expanded.add(child.path)
      visit(child)
    }
  }
  visit(JSON.parse(listing) as ListedPackage)
  return [...folders]
}

const entries = new Map<string, string>()
for (const folder of productionPackages()) {
  const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as {
    name: string
    version: string
    license?: string
  }
  const file = readdirSync(folder).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name))
  const text =
    file && existsSync(path.join(folder, file))
      ? readFileSync(path.join(folder, file), 'utf8').trim()
      : ''
  const key = `${manifest.name}@${manifest.version}`
  entries.set(
    key,
    [manifest.name, manifest.license ?? 'see the package', text].filter(Boolean).join('\n'),
  )
}
const sorted = [...entries]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([, entry]) => entry)
writeFileSync(path.join(ROOT, 'dist', 'licenses.txt'), `${sorted.join('\n\n')}\n`)
console.log(`dist/licenses.txt: ${entries.size} packages`)
