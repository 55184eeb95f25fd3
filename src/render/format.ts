/** Number, date and duration formats shared by every renderer; fixed, so output never depends on the runner's locale. */

/** 12345 → "12,345". */
export function count(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** "1 session", "2 sessions". */
export function plural(value: number, one: string, many = `${one}s`): string {
  return `${count(value)} ${value === 1 ? one : many}`
}

/** 0.3961 → "39.6 %". */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)} %`
}

/** 1116000 → "18 min 36 s"; 5400000 → "1 h 30 min"; 187200000 → "2 d 4 h". */
export function duration(ms: number): string {
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60)
    return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`
  const days = Math.floor(hours / 24)
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`
}

/** "2025-12-02T14:00:53.000Z" → "2025-12-02 14:00" (UTC). */
export function dateTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`
}

/** A span of time, leaving out the second date when it is the same day: "2025-12-02 14:00 → 14:19". */
export function span(start: string | null, end: string | null, openEnd = 'not finalized'): string {
  const from = start === null ? '?' : dateTime(start)
  if (end === null) return `${from} → ${openEnd}`
  const sameDay = start !== null && start.slice(0, 10) === end.slice(0, 10)
  return `${from} → ${sameDay ? end.slice(11, 16) : dateTime(end)}`
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/**
 * Joins the words of a table cell that must not wrap (a date cut over two lines reads as two): a
 * no-break space, as a character rather than `&nbsp;` so the committed markdown stays readable.
 */
const KEEP_TOGETHER = '\u00a0'

/**
 * When something started and for how long, on one line: "Mar 2, 09:12 · 41 min" (UTC), "Mar 4,
 * 08:05 · not finalized", or the start alone when the length is unknown. Markdown, not text.
 */
export function startedFor(start: string, length: number | 'not finalized' | null): string {
  const day = `${MONTHS[Number(start.slice(5, 7)) - 1] ?? start.slice(5, 7)} ${Number(start.slice(8, 10))},`
  const words = [day, start.slice(11, 16)]
  if (length !== null) words.push('·', length === 'not finalized' ? length : duration(length))
  return oneLine(words.join(' '))
}

/** A short table cell kept on one line: "33 (2 errors)", "338.6 k". */
export function oneLine(cell: string): string {
  return cell.replace(/ /g, KEEP_TOGETHER)
}

/** 2048 → "2.0 KiB". */
export function bytes(value: number): string {
  if (value < 1024) return `${value} B`
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let scaled = value / 1024
  let unit = 0
  while (scaled >= 1024 && unit < units.length - 1) {
    scaled /= 1024
    unit++
  }
  return `${scaled.toFixed(1)} ${units[unit]}`
}

/**
 * 1.2345 → "$1.23", 1234.5 → "$1,234.50"; a cost above zero that rounds to nothing is "< $0.01",
 * never "$0.00", which would read as free. The `$` needs `text()` before it goes into markdown.
 */
export function usd(value: number): string {
  if (value > 0 && value < 0.005) return '< $0.01'
  const [whole, cents] = value.toFixed(2).split('.')
  return `$${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`
}

const TOKEN_UNITS = ['k', 'M', 'B'] as const

/** A token count at a glance: 912 → "912", 12_345 → "12.3 k", 63_399_833 → "63.4 M". */
export function tokenCount(value: number): string {
  if (value < 1000) return count(value)
  let scaled = value / 1000
  let unit = 0
  // Rounding may carry into the next unit: 999,960 is "1.0 M", not "1000.0 k".
  while (unit < TOKEN_UNITS.length - 1 && Math.round(scaled * 10) >= 10_000) {
    scaled /= 1000
    unit++
  }
  return `${(Math.round(scaled * 10) / 10).toFixed(1)} ${TOKEN_UNITS[unit]}`
}
