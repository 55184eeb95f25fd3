// First, so that the reading threads start while the rest of the action loads.
import './reader-threads-start.js'
import { run } from './main.js'

await run()
