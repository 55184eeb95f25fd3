/**
 * Assembles `src/formats/structural-index.wat` into `src/formats/structural-index-wasm.ts`, the
 * module's bytes in base64, so that the bundles carry it with no file to find at run time. A test
 * checks that the committed file is what this gives.
 *
 *   node scripts/wasm.ts   (run by `npm run package`)
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import wabt from 'wabt'
import { ROOT } from './run-action.ts'

export const WAT = path.join(ROOT, 'src/formats/structural-index.wat')
export const MODULE_TS = path.join(ROOT, 'src/formats/structural-index-wasm.ts')

/** The TypeScript source that holds the assembled module. */
export async function assembledSource(): Promise<string> {
  const tools = await wabt()
  const parsed = tools.parseWat(path.basename(WAT), readFileSync(WAT, 'utf8'), {
    simd: true,
    multi_value: true,
  })
  parsed.validate()
  const { buffer } = parsed.toBinary({ write_debug_names: false })
  parsed.destroy()
  const base64 = Buffer.from(buffer).toString('base64')
  const lines = base64.match(/.{1,96}/g) ?? []
  return [
    '// Assembled from structural-index.wat by `node scripts/wasm.ts`: do not edit.',
    'export const STRUCTURAL_INDEX_WASM =',
    ...lines.map((line, k) => `  '${line}'${k === lines.length - 1 ? '' : ' +'}`),
    '',
  ].join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`)
  writeFileSync(MODULE_TS, await assembledSource())
