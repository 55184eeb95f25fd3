/**
 * JSON as text that is safe wherever it is put: in an HTML `<script>` block (`<`, `>` and `&`
 * escaped, so that `</script>` or `<!--` in a log cannot end or change it), in a JavaScript
 * string (the line separators U+2028 and U+2029 escaped) and on a terminal (DEL and the C1
 * controls escaped; JSON already escapes the C0 ones). The same value parses back.
 */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    /[<>&\u007f-\u009f\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
