import { isUtf8 } from 'node:buffer'

/**
 * A matched file's path: a string, or its bytes when its name is not valid UTF-8 (git stores such
 * names, and a string decoded from them would name another file, or none).
 */
export type LogPath = string | Buffer

/** A path as text: a name that is not valid UTF-8 shows each stray byte as `\xHH`. */
export function textOf(file: LogPath): string {
  if (typeof file === 'string') return file
  if (isUtf8(file)) return file.toString()
  let text = ''
  let start = 0
  let i = 0
  while (i < file.length) {
    const length = sequenceLength(file[i]!)
    if (length > 0 && i + length <= file.length && isUtf8(file.subarray(i, i + length))) {
      i += length
      continue
    }
    const hex = file[i]!.toString(16).toUpperCase().padStart(2, '0')
    text += `${file.toString('utf8', start, i)}\\x${hex}`
    start = ++i
  }
  return text + file.toString('utf8', start)
}

/** The length of the UTF-8 sequence a lead byte starts, or 0 for a byte that starts none. */
export function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4
  return 0
}
