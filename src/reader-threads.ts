/**
 * The worker threads that scan files. The action starts them as it starts (`startReaderThreads`),
 * so that their own start (about 50 ms each) overlaps the loading of the action and the search for
 * files rather than coming after; `readerThreads` hands them out, starting any more it is asked
 * for, and `stopReaderThreads` ends those no one took.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

/**
 * The worker's own bundle, next to the action's (`npm run package` builds both). Named through a
 * constant so that the bundler leaves the reference alone rather than copying the file as an asset.
 */
const WORKER_BUNDLE = ['scan-worker', 'index.js'].join('/')

/** Threads started ahead and not yet handed out. */
let idle: Worker[] = []

/**
 * Starts a worker thread for each core but the main thread's. They do not keep the process alive
 * while no one uses them.
 */
export function startReaderThreads(url = new URL(WORKER_BUNDLE, import.meta.url)): void {
  for (let n = availableParallelism() - 1; n > 0; n--) {
    const worker = new Worker(url)
    // A thread that fails to start is not handed out: the one who asks starts another.
    worker.once('error', () => (idle = idle.filter((other) => other !== worker)))
    worker.unref()
    idle.push(worker)
  }
}

/** `count` worker threads: those started ahead first, then new ones from `url`. */
export function readerThreads(count: number, url?: URL): Worker[] {
  const ahead = url === undefined ? idle.splice(0, count) : []
  for (const worker of ahead) worker.ref()
  const fresh = Array.from(
    { length: count - ahead.length },
    () => new Worker(url ?? new URL(WORKER_BUNDLE, import.meta.url)),
  )
  return [...ahead, ...fresh]
}

/** Ends the threads started ahead that no one took. */
export async function stopReaderThreads(): Promise<void> {
  const stopping = idle
  idle = []
  await Promise.all(stopping.map((worker) => worker.terminate()))
}
