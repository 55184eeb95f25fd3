import { closeSync, fstatSync, lstatSync, openSync, readSync, constants } from 'node:fs'
import path from 'node:path'
import type { TranscriptContext } from './digest.js'

/** A meta file larger than this is not Claude Code's: it is left alone. */
const META_LIMIT_BYTES = 64 * 1024
const AGENT_FILE = /^agent-(.+)\.jsonl$/

/**
 * What a transcript's path tells: a subagent's file (`agent-<id>.jsonl`, flat beside the session
 * or under `<sessionId>/subagents/`), its parent session's id when no line names it, and the
 * `agent-<id>.meta.json` beside it (agent type and description), when there is one.
 */
export function transcriptContext(file: string): TranscriptContext {
  const name = path.basename(file)
  const agent = AGENT_FILE.exec(name)
  const folders = path.dirname(file).split(path.sep)
  const subagents = folders.lastIndexOf('subagents')
  const fallbackSessionId =
    subagents > 0 ? folders[subagents - 1]! : name.replace(/\.jsonl?$/, '') || name
  return {
    fallbackSessionId,
    agentIdFromName: agent ? agent[1]! : null,
    agentMeta: agent ? readAgentMeta(file.replace(/\.jsonl$/, '.meta.json')) : null,
  }
}

/**
 * Reads `agentType` and `description` from a subagent's meta file. Only a regular file is read
 * (`O_NOFOLLOW`: a symbolic link could lead outside the workspace), and any fault means no meta.
 */
function readAgentMeta(file: string): TranscriptContext['agentMeta'] {
  let fd: number
  try {
    // Most subagents have no meta file: asked without an error thrown for each (a few µs apiece).
    if (lstatSync(file, { throwIfNoEntry: false }) === undefined) return null
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0))
  } catch {
    return null
  }
  try {
    const info = fstatSync(fd)
    if (!info.isFile() || info.size > META_LIMIT_BYTES) return null
    const bytes = Buffer.alloc(info.size)
    const read = readSync(fd, bytes, 0, info.size, 0)
    const meta: unknown = JSON.parse(bytes.toString('utf8', 0, read))
    if (typeof meta !== 'object' || meta === null) return null
    const { agentType, description } = meta as Record<string, unknown>
    return {
      type: typeof agentType === 'string' && agentType !== '' ? agentType : null,
      description: typeof description === 'string' && description !== '' ? description : null,
    }
  } catch {
    return null
  } finally {
    closeSync(fd)
  }
}
