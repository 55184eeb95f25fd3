/**
 * Reads action.yml: the one description of the action's inputs and outputs, from which the
 * README's tables are made and against which they, the marketplace's rules and the local run are
 * checked.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { JSON_SCHEMA, load } from 'js-yaml'
import { z } from 'zod'
import { ROOT } from './run-action.ts'

export const ACTION_YML = path.join(ROOT, 'action.yml')

const ActionMetadata = z.object({
  name: z.string(),
  description: z.string(),
  author: z.string().optional(),
  branding: z.object({ icon: z.string(), color: z.string() }).optional(),
  inputs: z.record(
    z.string(),
    z.object({
      description: z.string(),
      required: z.boolean().optional(),
      // Quoted in action.yml: the runner passes every default as a string.
      default: z.string().optional(),
    }),
  ),
  outputs: z.record(z.string(), z.object({ description: z.string() })),
  runs: z.object({ using: z.string(), main: z.string() }),
})

export type ActionMetadata = z.infer<typeof ActionMetadata>

/** Parses action.yml's text; throws naming each field that does not have the expected shape. */
export function parseActionMetadata(text: string): ActionMetadata {
  // The JSON schema: `default: true` unquoted would be a boolean, and is refused as one.
  const parsed = ActionMetadata.safeParse(load(text, { schema: JSON_SCHEMA }))
  if (!parsed.success) throw new Error(`action.yml: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}

export function readActionMetadata(file = ACTION_YML): ActionMetadata {
  return parseActionMetadata(readFileSync(file, 'utf8'))
}
