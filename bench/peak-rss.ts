/**
 * Preloaded into a process (`node --import ./bench/peak-rss.ts …`) to write its peak resident set
 * size, worker threads included, in bytes to the file named by PEAK_RSS_FILE when it exits.
 */
import { writeFileSync } from 'node:fs'

const out = process.env.PEAK_RSS_FILE
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS * 1024)))
