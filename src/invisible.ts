/**
 * Characters that show nothing: controls (other than the line breaks and tabs that separate
 * words), format characters (zero-width spaces and joiners, bidirectional marks and overrides,
 * soft hyphens) and every other default-ignorable code point (variation selectors, tags, fillers).
 * Text from a log is published with them removed, and redacted after they are removed: otherwise
 * one of them inside a token would hide the token from redaction, and the reader would see it whole.
 */
export const INVISIBLE = /(?![\t-\r])[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu

/** The text as it reads: without invisible characters. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '')
}
