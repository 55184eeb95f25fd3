import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** Writes a JSON document, creating its folder; returns the absolute path written. */
export async function writeJsonFile(
  workspace: string,
  file: string,
  document: unknown,
): Promise<string> {
  const target = path.resolve(workspace, file)
  await mkdir(path.dirname(target), { recursive: true })
  await writeFile(target, `${JSON.stringify(document, null, 2)}\n`)
  return target
}
