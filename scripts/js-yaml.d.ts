// The one function of js-yaml the scripts use (the package ships no types).
declare module 'js-yaml' {
  export function load(text: string, options?: { schema?: unknown }): unknown
  export const JSON_SCHEMA: unknown
}
