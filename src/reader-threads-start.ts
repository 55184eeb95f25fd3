/**
 * Starts the reading threads when imported: the action's entry imports it before anything else,
 * so that the threads start while the rest of the bundle loads.
 */
import { startReaderThreads } from './reader-threads.js'

startReaderThreads()
