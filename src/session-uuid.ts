/**
 * A session id as a UUID, for a database column of type `uuid`. Transcripts' ids are UUIDs; a
 * session-recorder log's id may be any text, so such an id is mapped to a name-based UUID
 * (version 5, RFC 9562) in a namespace of the action's own: stable across runs and machines, and
 * reproducible in SQL with `uuid_generate_v5` (extension `uuid-ossp`). Pure.
 */
import { createHash } from 'node:crypto'

/** The namespace of the version 5 UUIDs made from session ids that are not UUIDs. */
export const SESSION_ID_NAMESPACE = 'b8772bf5-ef40-4bb2-9ef5-a1d8ec3b452a'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The id itself, in lower case, when it is a UUID; otherwise its version 5 UUID. */
export function sessionUuid(sessionId: string): string {
  return UUID.test(sessionId) ? sessionId.toLowerCase() : uuidV5(SESSION_ID_NAMESPACE, sessionId)
}

/** A version 5 UUID: SHA-1 of the namespace's 16 bytes and the name's UTF-8 bytes. */
export function uuidV5(namespace: string, name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest()
  hash[6] = (hash[6]! & 0x0f) | 0x50
  hash[8] = (hash[8]! & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
