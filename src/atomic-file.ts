import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { chmod, open, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Writable } from 'node:stream'

/**
 * Writes a file whole or not at all: `fill` writes to a new temporary file beside it (and ends
 * the stream, as `pipeline` does), which is flushed to disk, given `mode` and renamed over `file`
 * when `fill` resolves to true; removed when it resolves to false or fails. A reader never sees
 * half a file, an interrupted write leaves the old file as it was, and a symbolic link at `file`
 * is replaced, never written through. Resolves to whether the file was replaced.
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
  // Closed when it ends, after its data is flushed to disk.
  const out = handle.createWriteStream({ flush: true })
  let replaced = false
  try {
    const keep = await fill(out)
    if (!out.closed) {
      const closed = once(out, 'close')
      out.end()
      await closed
    }
    if (keep) {
      // The mode given to `open` is narrowed by the umask; this one is not.
      await chmod(temporary, mode)
      await rename(temporary, file)
      replaced = true
    }
    return replaced
  } finally {
    if (!replaced) {
      out.destroy()
      await handle.close().catch(() => undefined)
      await rm(temporary, { force: true })
    }
  }
}
