/**
 * The `interactions-file`: every interaction row as NDJSON (one JSON object per line, UTF-8,
 * each line ending in `\n`), for tools that keep history (jq, DuckDB, a data warehouse's loader).
 * Written as the rows come, in pieces, so that a run of millions of rows never holds them all.
 */
import type { InteractionRow } from '../interactions.js'
import { writeWorkspaceFile, type WriteOutcome } from './files.js'

/** Characters gathered before a piece is written. */
const PIECE_CHARS = 64 * 1024

/** The rows as NDJSON, in pieces of about `PIECE_CHARS`; counts them into `tally`. */
export async function* ndjson(
  rows: AsyncIterable<InteractionRow>,
  tally: { rows: number } = { rows: 0 },
): AsyncGenerator<string> {
  let piece = ''
  for await (const row of rows) {
    // JSON.stringify escapes line breaks and lone surrogates: each row stays one line of UTF-8.
    piece += `${JSON.stringify(row)}\n`
    tally.rows++
    if (piece.length >= PIECE_CHARS) {
      yield piece
      piece = ''
    }
  }
  if (piece !== '') yield piece
}

/**
 * Writes the rows to a file inside the workspace, under a temporary name renamed into place (as
 * every file the action writes). Never throws: what went wrong is the outcome's reason.
 */
export async function writeInteractionsFile(
  workspace: string,
  file: string,
  rows: AsyncIterable<InteractionRow>,
): Promise<WriteOutcome & { readonly rows: number }> {
  const tally = { rows: 0 }
  const written = await writeWorkspaceFile(workspace, file, ndjson(rows, tally))
  return { ...written, rows: tally.rows }
}
