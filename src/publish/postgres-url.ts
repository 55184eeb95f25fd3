/**
 * What may be said of a PostgreSQL connection URL, and what must be hidden: its host, port and
 * database name go into messages, its password never. Loaded on every run to mask the password,
 * without loading the client.
 */
import { quoted } from '../log-text.js'

/** Where the URL points: host, port and database, never the user's password. */
export interface DatabaseTarget {
  readonly host: string
  readonly port: number
  readonly database: string
}

/** `host 127.0.0.1, port 5432, database "reports"`: what a message may say of the target. */
export function describeTarget(target: DatabaseTarget): string {
  const host = /^[\w.:/[\]-]+$/.test(target.host) ? target.host : quoted(target.host)
  return `host ${host}, port ${target.port}, database ${quoted(target.database)}`
}

/**
 * The passwords a connection URL holds, in its user part or as a `password` parameter, as written
 * and as decoded: each is masked in the log and hidden from messages. Read from the text alone
 * (the client's parser would read the certificate files the URL names).
 */
export function connectionSecrets(url: string): string[] {
  const found: string[] = []
  const userInfo = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i.exec(url)?.[1]
  const colon = userInfo?.indexOf(':') ?? -1
  if (userInfo !== undefined && colon !== -1) found.push(userInfo.slice(colon + 1))
  const query = url.indexOf('?')
  if (query !== -1) found.push(...new URLSearchParams(url.slice(query + 1)).getAll('password'))
  const secrets = new Set<string>()
  for (const secret of found) {
    secrets.add(secret)
    secrets.add(decoded(secret))
  }
  secrets.delete('')
  return [...secrets]
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
