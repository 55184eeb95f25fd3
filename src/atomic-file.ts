import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Writable } from 'node:stream'

/**
 * Writes a file whole or not at all: `fill` writes to a new temporary file beside it, which is
 * given `mode`, flushed to disk and renamed over `file` when `fill` resolves to true; removed when
 * it resolves to false or fails. A reader never sees half a file, an interrupted write leaves the
 * old file as it was, and a symbolic link at `file` is replaced, never written through.
 * Resolves to whether the file was replaced.
 */
export async function replaceFile(
  file: string,
  mode: number,
  fill: (out: Writable) => Promise<boolean>,
): Promise<boolean> {
  // A hidden name that no log pattern matches: `.name.jsonl.<random>.tmp`.
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
  )
  // `wx` creates a new file and never opens one that is there, a link least of all.
  const handle = await open(temporary, 'wx', mode & 0o777)
  let replaced = false
  try {
    const keep = await fill(handle.createWriteStream({ autoClose: false }))
    if (keep) {
      // The mode given to `open` is narrowed by the umask; this one is not.
      await handle.chmod(mode)
      await handle.sync()
      await handle.close()
      await rename(temporary, file)
      replaced = true
    }
    return replaced
  } finally {
    if (!replaced) {
      await handle.close().catch(() => undefined)
      await rm(temporary, { force: true })
    }
  }
}
