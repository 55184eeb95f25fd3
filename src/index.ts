import { startReaderThreads } from './reader-threads.js'

// Started first, so that the threads load and warm up while the action itself loads.
startReaderThreads()
const { run } = await import('./main.js')
await run()
